// index.html only: registers the service worker (offline use) and, when a new build has been
// downloaded, shows the "update ready" bar; the update happens only when the user accepts it, and
// the answers survive the reload (they are in the address).
const bar = document.getElementById('update-ready');
let accepted = false;

function offer(worker) {
  bar.hidden = false;
  bar.querySelector('button').addEventListener('click', () => {
    accepted = true;
    worker.postMessage('skip-waiting');
  }, { once: true });
}

if ('serviceWorker' in navigator && bar) {
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (accepted) location.reload();
  });
  navigator.serviceWorker.register('./sw.js').then((reg) => {
    if (reg.waiting && navigator.serviceWorker.controller) offer(reg.waiting);
    reg.addEventListener('updatefound', () => {
      const worker = reg.installing;
      worker.addEventListener('statechange', () => {
        if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
      });
    });
    // A phone tab stays open for days: look for a new build when it comes back to the front. This
    // is a GET of sw.js with nothing of the user's in it, which the privacy rule allows (ARCHITECTURE.md).
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') reg.update().catch(() => {});
    });
  }).catch(() => {
    // Without a service worker the tool still works online; nothing to tell the user.
  });
}
