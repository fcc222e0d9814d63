// embed.html only: tells the framing page how tall the content is, so the portal can size the
// iframe without scrollbars. Message format, version 1 (docs/embedding.md):
//   { source: 'enlistment-self-check', version: 1, type: 'height', height: <CSS pixels> }
// Only the height is ever sent, never an answer; hence the target origin '*'.
let last = -1;
let queued = false;
const send = () => {
  queued = false;
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height !== last) {
    last = height;
    window.parent.postMessage({ source: 'enlistment-self-check', version: 1, type: 'height', height }, '*');
  }
};
const schedule = () => {
  if (!queued) {
    queued = true;
    requestAnimationFrame(send);
  }
};
if (window.parent !== window) {
  if (typeof ResizeObserver === 'function') new ResizeObserver(schedule).observe(document.documentElement);
  else setInterval(send, 500);
  addEventListener('load', schedule);
  schedule();
}
