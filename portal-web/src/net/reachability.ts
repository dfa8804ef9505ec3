import { OFFLINE_COPY } from '../offline/device';

/**
 * Whether the server can be reached, from two signals: the browser's own (navigator.onLine,
 * which only knows whether there is a network at all) and the portal's calls (no answer,
 * or an answer the service worker gave from its copy). A café's Wi-Fi before its sign-in
 * page is "online" to the browser and unreachable here. While unreachable, the server is
 * asked now and then, so the portal notices the connection's return by itself.
 */

type Listener = (reachable: boolean) => void;

const listeners = new Set<Listener>();
let reachable = navigator.onLine;
let probe: number | undefined;
let probeDelayMs = 2_000;

export function isReachable(): boolean {
  return reachable && navigator.onLine;
}

/** Called with each change; the returned function stops the calls. */
export function onReachabilityChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** An answer came: from the server, or from the worker's copy when it could not be reached. */
export function heardFrom(response: Response): void {
  if (response.headers.has(OFFLINE_COPY)) {
    noAnswer();
  } else {
    change(true);
  }
}

export function noAnswer(): void {
  change(false);
}

/** Resolves when the server can be reached again (at once if it can). */
export function reachableAgain(): Promise<void> {
  if (isReachable()) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const stop = onReachabilityChange((now) => {
      if (now) {
        stop();
        resolve();
      }
    });
  });
}

function change(now: boolean): void {
  if (now === reachable) {
    return;
  }
  reachable = now;
  window.clearTimeout(probe);
  probe = undefined;
  probeDelayMs = 2_000;
  if (!now) {
    scheduleProbe();
  }
  listeners.forEach((listener) => listener(now));
}

/** A call no cache answers: any answer at all, even 401, means the server is there. */
function scheduleProbe(): void {
  probe = window.setTimeout(async () => {
    try {
      heardFrom(await fetch('/api/me', { cache: 'no-store', credentials: 'same-origin', headers: { 'X-Requested-With': 'XMLHttpRequest' } }));
    } catch {
      // still unreachable
    }
    if (!reachable) {
      probeDelayMs = Math.min(probeDelayMs * 2, 8_000);
      scheduleProbe();
    }
  }, probeDelayMs);
}

window.addEventListener('online', () => change(true));
window.addEventListener('offline', () => change(false));

if (!reachable) {
  scheduleProbe();
}
