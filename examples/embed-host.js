// Sizing the iframe from the tool's height messages (format version 1, docs/embedding.md).
// The address of the tool and its parameters come from this page's own query string here, so the
// end-to-end test can point it anywhere; a portal writes its fixed address instead:
//   https://<where the tool is hosted>/embed.html?region=32&lang=zh&sections=check,benefits,process
const here = new URLSearchParams(location.search);
const app = here.get('app') || 'https://example.invalid/enlistment/';
const params = here.get('params') ?? 'region=32&sections=check,benefits,process';
const frame = document.getElementById('enlistment');
frame.src = new URL(`embed.html?${params}`, app).href;

// Everything received, for the test to inspect (a portal would not keep this).
window.receivedMessages = [];
window.addEventListener('message', (event) => {
  // Only messages from this iframe, in the format we know.
  if (event.source !== frame.contentWindow) return;
  const m = event.data;
  window.receivedMessages.push(m);
  if (!m || m.source !== 'enlistment-self-check' || m.version !== 1) return;
  if (m.type === 'height' && Number.isFinite(m.height) && m.height > 0) {
    frame.style.height = `${Math.min(m.height, 20000)}px`;
  }
});
