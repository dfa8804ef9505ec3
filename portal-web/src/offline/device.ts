import { DBSchema, IDBPDatabase, openDB } from 'idb';

/**
 * What the portal keeps in this browser for the one who is signed in, so that nothing
 * typed or sent is lost without a connection: applications waiting to be sent, drafts
 * typed offline, and who was signed in. Read by the pages and by the service worker;
 * cleared on sign-out and when the account is erased.
 */

/** The header the service worker puts on an answer it gave from its copy, not the server. */
export const OFFLINE_COPY = 'X-Offline-Copy';

/** The Cache Storage cache of the public catalog (shared with the service worker). */
export const CATALOG_CACHE = 'catalog';

/** The Background Sync tag and the Web Lock of sending the outbox. */
export const OUTBOX_SYNC = 'outbox';

/** Pages and the worker tell one another that the outbox changed. */
export const OUTBOX_CHANNEL = 'eservices-outbox';

export interface WaitingFile {
  /** the form's file picker key it was chosen under */
  field: string;
  name: string;
  type: string;
  content: Blob;
  /** already among the draft's documents on the server */
  uploaded: boolean;
}

export interface OutboxEntry {
  /** the Idempotency-Key of this application: the server takes it once */
  key: string;
  userId: string;
  serviceKey: string;
  serviceName: string;
  data: Record<string, unknown>;
  files: WaitingFile[];
  createdAt: string;
  /** the portal's language when it was made: the server's messages come in it */
  locale: string;
  /** the CSRF token of the session it was made in, for a send by the service worker */
  csrfToken?: string;
  /** waiting: to be sent; rejected: the server refused it (problem) */
  state: 'waiting' | 'rejected';
  problem?: { detail?: string; errors?: Record<string, string[]> };
}

/** What was sent while the citizen was not looking: shown once on the service page. */
export interface SentEntry {
  key: string;
  userId: string;
  serviceKey: string;
  reference: string;
  sentAt: string;
}

export interface LocalDraft {
  userId: string;
  serviceKey: string;
  data: Record<string, unknown>;
  /** when it was typed, by this device's clock */
  editedAt: number;
  /** the server draft's version it was typed over, if any */
  basedOn?: number;
  /** saved on the server as it is */
  synced: boolean;
}

interface PortalDatabase extends DBSchema {
  outbox: { key: string; value: OutboxEntry; indexes: { byUser: string } };
  sent: { key: string; value: SentEntry; indexes: { byUser: string } };
  drafts: { key: [string, string]; value: LocalDraft };
  session: { key: string; value: { userId: string; roles: string[]; departments: string[] } };
}

let database: Promise<IDBPDatabase<PortalDatabase>> | undefined;

export function device(): Promise<IDBPDatabase<PortalDatabase>> {
  database ??= openDB<PortalDatabase>('eservices-portal', 1, {
    upgrade(db) {
      db.createObjectStore('outbox', { keyPath: 'key' }).createIndex('byUser', 'userId');
      db.createObjectStore('sent', { keyPath: 'key' }).createIndex('byUser', 'userId');
      db.createObjectStore('drafts', { keyPath: ['userId', 'serviceKey'] });
      db.createObjectStore('session');
    },
  });
  return database;
}

/** Everything this browser keeps of the signed-in user, and the catalog's copy. */
export async function forgetEverything(): Promise<void> {
  const db = await device();
  const tx = db.transaction(['outbox', 'sent', 'drafts', 'session'], 'readwrite');
  await Promise.all([tx.objectStore('outbox').clear(), tx.objectStore('sent').clear(), tx.objectStore('drafts').clear(), tx.objectStore('session').clear(), tx.done]);
  await caches.delete(CATALOG_CACHE);
}
