import { csrfToken } from '../api';
import { isReachable, noAnswer, onReachabilityChange } from '../net/reachability';
import { OUTBOX_CHANNEL, OUTBOX_SYNC } from './device';
import { OutboxResult, sendWaiting } from './outbox';

/**
 * The page's side of the outbox: it sends what waits when the page opens, when the
 * connection returns and, while something still waits with the server reachable, again
 * with backoff; and it asks the service worker to send it by Background Sync, should the
 * tab be closed first. Pages listen for the outbox's changes, also those made elsewhere.
 */

type Listener = (result?: OutboxResult) => void;

const listeners = new Set<Listener>();
const BACKOFF_SECONDS = [1, 2, 4, 8, 16, 30];
let user: string | undefined;
let retry: number | undefined;
let failures = 0;

/** Called with each send's result, and with none when another tab or the worker changed it. */
export function onOutboxChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Starts sending the signed-in citizen's outbox; none for no citizen. */
export function sendOutboxOf(userId: string | undefined): void {
  user = userId;
  if (user) {
    void sendNow();
  }
}

export async function sendNow(): Promise<OutboxResult | undefined> {
  if (!user) {
    return undefined;
  }
  window.clearTimeout(retry);
  const result = await sendWaiting(csrfToken(), user);
  listeners.forEach((listener) => listener(result));
  if (result.waiting === 0) {
    failures = 0;
    return result;
  }
  await askForBackgroundSync();
  if (result.noAnswer) {
    // sent again when the connection is back (the portal listens for it)
    noAnswer();
  } else if (isReachable()) {
    // the server answered lately, so this was a passing failure: try again soon
    const seconds = BACKOFF_SECONDS[Math.min(failures++, BACKOFF_SECONDS.length - 1)];
    retry = window.setTimeout(() => void sendNow(), seconds * 1000 * (0.8 + Math.random() * 0.4));
  }
  return result;
}

async function askForBackgroundSync(): Promise<void> {
  const registration = await navigator.serviceWorker?.getRegistration();
  // Background Sync, where the browser has it (not in TypeScript's lib yet)
  const sync = (registration as { sync?: { register(tag: string): Promise<void> } } | undefined)?.sync;
  await sync?.register(OUTBOX_SYNC).catch(() => undefined);
}

onReachabilityChange((reachable) => {
  if (reachable) {
    failures = 0;
    void sendNow();
  }
});

new BroadcastChannel(OUTBOX_CHANNEL).addEventListener('message', () => listeners.forEach((listener) => listener()));
