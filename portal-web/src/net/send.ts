import { api, ApiError, ApiInit, NetworkError } from '../api';
import { isReachable, reachableAgain } from './reachability';

/**
 * A change the citizen makes (a submission, an answer) sent until the server has it, and
 * taken once: every try of one attempt carries the same Idempotency-Key, so a try whose
 * answer was lost on the way is answered by the server as the first was.
 */

/** A key for one attempt: random, and fine outside secure contexts too. */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Seconds between tries: quick at first, then every half minute. */
const BACKOFF = [1, 2, 4, 8, 16, 30];

/** After these many tries the citizen is told, and may try again (with the same key). */
const TRIES = 8;

const TIMEOUT_MS = 30_000;

export interface SendProgress {
  /** The server cannot be reached: the next try waits for the connection. */
  waitingForConnection(): void;
  /** Trying again, after a failed try. */
  retrying(): void;
}

export async function send<T>(path: string, init: ApiInit, key: string, progress?: SendProgress): Promise<T> {
  const headers = { ...init.headers, 'Idempotency-Key': key };
  for (let tried = 1; ; tried++) {
    try {
      return await api<T>(path, { timeoutMs: TIMEOUT_MS, ...init, headers });
    } catch (error) {
      if (!worthRetrying(error) || tried >= TRIES) {
        throw error;
      }
      if (!isReachable()) {
        progress?.waitingForConnection();
        await reachableAgain();
      } else {
        await pause(delayBefore(tried, error));
      }
      progress?.retrying();
    }
  }
}

function worthRetrying(error: unknown): boolean {
  if (error instanceof NetworkError) {
    return true;
  }
  return error instanceof ApiError && (error.status >= 500 || error.status === 408 || error.status === 429);
}

/** With a fifth either way, so that many phones back on line do not all come at once. */
function delayBefore(tried: number, error: unknown): number {
  const seconds = BACKOFF[Math.min(tried, BACKOFF.length) - 1];
  const retryAfter = error instanceof ApiError ? Number(error.retryAfter) : NaN;
  const base = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : seconds;
  return base * 1000 * (0.8 + Math.random() * 0.4);
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}


/**
 * One attempt's key, kept while the data stays the same: sending the same application
 * again (after "try again") cannot make a second request, new data gets a new key.
 */
export class AttemptKeys {
  private last?: { data: string; key: string };

  keyFor(data: unknown): string {
    const json = JSON.stringify(data);
    if (this.last?.data !== json) {
      this.last = { data: json, key: newIdempotencyKey() };
    }
    return this.last.key;
  }
}
