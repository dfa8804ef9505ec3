import { device, OFFLINE_COPY, OUTBOX_CHANNEL, OUTBOX_SYNC, OutboxEntry, SentEntry } from './device';

/**
 * Applications kept in the browser until the server has them. Each carries its
 * Idempotency-Key from the moment it was made, so however often it is sent (by the page
 * that made it, by another tab, by the service worker's background sync) it makes one
 * request. Sends run one at a time under a Web Lock. Used by the pages and by the worker:
 * no window, no document.
 */

export type Delivery = { outcome: 'sent'; reference: string } | { outcome: 'later'; noAnswer?: boolean } | { outcome: 'rejected' };

export interface OutboxResult {
  sent: SentEntry[];
  /** still waiting: no connection, or a session to sign in to again */
  waiting: number;
  /** the server gave no answer: the connection is gone */
  noAnswer: boolean;
}

export async function keep(entry: OutboxEntry): Promise<void> {
  await (await device()).put('outbox', entry);
  announce();
}

export async function waitingFor(userId: string, serviceKey?: string): Promise<OutboxEntry[]> {
  const entries = await (await device()).getAllFromIndex('outbox', 'byUser', userId);
  return entries.filter((entry) => serviceKey === undefined || entry.serviceKey === serviceKey).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export async function discard(key: string): Promise<void> {
  await (await device()).delete('outbox', key);
  announce();
}

/** What was sent for this service while the citizen was away, taken once to be shown. */
export async function takeSent(userId: string, serviceKey: string): Promise<SentEntry[]> {
  const db = await device();
  const sent = (await db.getAllFromIndex('sent', 'byUser', userId)).filter((entry) => entry.serviceKey === serviceKey);
  await Promise.all(sent.map((entry) => db.delete('sent', entry.key)));
  return sent;
}

/**
 * Sends what waits (of one user, or all), oldest first, and stops at the first that finds
 * no connection: the others would find none either.
 * @param csrfToken the session's current token, if the caller can read it
 */
export function sendWaiting(csrfToken: string | undefined, userId?: string): Promise<OutboxResult> {
  return navigator.locks.request(OUTBOX_SYNC, async () => {
    const db = await device();
    const all = userId ? await db.getAllFromIndex('outbox', 'byUser', userId) : await db.getAll('outbox');
    const waiting = all.filter((entry) => entry.state === 'waiting').sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    const result: OutboxResult = { sent: [], waiting: waiting.length, noAnswer: false };
    for (const entry of waiting) {
      const delivery = await deliver(entry, csrfToken ?? entry.csrfToken);
      if (delivery.outcome === 'later') {
        result.noAnswer = delivery.noAnswer === true;
        break;
      }
      result.waiting--;
      if (delivery.outcome === 'sent') {
        const sent: SentEntry = { key: entry.key, userId: entry.userId, serviceKey: entry.serviceKey, reference: delivery.reference, sentAt: new Date().toISOString() };
        const tx = db.transaction(['outbox', 'sent'], 'readwrite');
        await Promise.all([tx.objectStore('outbox').delete(entry.key), tx.objectStore('sent').put(sent), tx.done]);
        result.sent.push(sent);
      }
    }
    if (waiting.length > 0) {
      announce();
    }
    return result;
  });
}

/** One entry: its files among the draft's documents first (each once), then the application. */
async function deliver(entry: OutboxEntry, csrfToken: string | undefined): Promise<Delivery> {
  const service = `/api/services/${encodeURIComponent(entry.serviceKey)}`;
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': entry.locale, 'X-Requested-With': 'XMLHttpRequest' };
  if (csrfToken) {
    headers['X-XSRF-TOKEN'] = csrfToken;
  }
  try {
    if (entry.files.some((file) => !file.uploaded)) {
      const there = await call(`${service}/draft/attachments`, { headers });
      if (!there.ok) {
        return refused(entry, there);
      }
      const already = (await there.json()) as { filename: string; sizeBytes: number; field?: string }[];
      for (const file of entry.files.filter((candidate) => !candidate.uploaded)) {
        // an upload whose answer was lost is on the server already: not sent twice
        if (!already.some((got) => got.field === file.field && got.filename === file.name && got.sizeBytes === file.content.size)) {
          const body = new FormData();
          body.append('file', new File([file.content], file.name, { type: file.type }));
          body.append('field', file.field);
          const uploaded = await call(`${service}/draft/attachments`, { method: 'POST', headers, body });
          if (!uploaded.ok) {
            return refused(entry, uploaded);
          }
        }
        file.uploaded = true;
        await (await device()).put('outbox', entry);
      }
    }
    const response = await call(`${service}/requests`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json', 'Idempotency-Key': entry.key },
      body: JSON.stringify(entry.data),
    });
    if (!response.ok) {
      return refused(entry, response);
    }
    const created = (await response.json()) as { reference: string };
    return { outcome: 'sent', reference: created.reference };
  } catch {
    // no answer, or one cut off: the same key tells next time whether it was taken
    return { outcome: 'later', noAnswer: true };
  }
}

function call(path: string, init: RequestInit): Promise<Response> {
  return fetch(path, { ...init, credentials: 'same-origin', signal: AbortSignal.timeout(30_000) });
}

/**
 * A refusal that passes (the server busy, the session to be signed in to again, its
 * CSRF token renewed) waits; a refusal of the application itself is kept for the citizen
 * to see and put right.
 */
async function refused(entry: OutboxEntry, response: Response): Promise<Delivery> {
  if (response.status >= 500 || [401, 403, 408, 429].includes(response.status) || response.headers.has(OFFLINE_COPY)) {
    return { outcome: 'later' };
  }
  const problem = (await response.json().catch(() => ({}))) as OutboxEntry['problem'];
  await (await device()).put('outbox', { ...entry, state: 'rejected', problem });
  return { outcome: 'rejected' };
}

/** Tells the other tabs and the worker that the outbox changed. */
function announce(): void {
  const channel = new BroadcastChannel(OUTBOX_CHANNEL);
  channel.postMessage('changed');
  channel.close();
}
