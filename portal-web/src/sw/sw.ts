/// <reference lib="webworker" />
import { CATALOG_CACHE, device, OFFLINE_COPY, OUTBOX_SYNC } from '../offline/device';
import { sendWaiting } from '../offline/outbox';

/**
 * The portal's service worker: it keeps the portal's shell (its page and scripts) and the
 * public catalog, so the portal opens without a connection, and it sends the outbox by
 * Background Sync when the connection returns, also with no tab open. Nothing personal
 * is cached: the catalog is the same for everyone, and every other call goes to the
 * server. Addresses that are not the portal's (Camunda's webapps, the REST API, sign-in)
 * are left alone.
 */
declare const self: ServiceWorkerGlobalScope;
/** the built files of the shell, and a name that changes with them (set by the build) */
declare const SHELL_FILES: string[];
declare const SHELL_VERSION: string;

const SHELL_CACHE = `shell-${SHELL_VERSION}`;
const SHELL_PAGE = '/webjars/portal-web/index.html';
const PORTAL_PAGES = /^\/(?:$|services(?:\/|$)|requests(?:\/|$)|tasks(?:\/|$)|workspace(?:\/|$)|account(?:\/|$)|verify(?:\/|$))/;
const CATALOG = /^\/api\/services(?:\/[^/]+)?$/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL_CACHE);
      await cache.addAll([SHELL_PAGE, ...SHELL_FILES]);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const old = (await caches.keys()).filter((name) => name.startsWith('shell-') && name !== SHELL_CACHE);
      await Promise.all(old.map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === 'navigate' && PORTAL_PAGES.test(url.pathname)) {
    event.respondWith(pageOrShell(request));
  } else if (url.pathname.startsWith('/webjars/portal-web/assets/')) {
    event.respondWith(keptOrFetched(request));
  } else if (CATALOG.test(url.pathname)) {
    event.respondWith(catalogAnswer(request));
  }
});

/** Background Sync's event (not in TypeScript's lib yet). */
interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
}

self.addEventListener('sync' as keyof ServiceWorkerGlobalScopeEventMap, (event) => {
  const sync = event as SyncEvent;
  if (sync.tag === OUTBOX_SYNC) {
    sync.waitUntil(sendOutbox());
  }
});

/** The server's page; without a connection, the shell, which draws any page itself. */
async function pageOrShell(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const shell = await caches.match(SHELL_PAGE);
    if (shell) {
      return shell;
    }
    throw error;
  }
}

/** The built files have their content's hash in their names: a kept copy never goes stale. */
async function keptOrFetched(request: Request): Promise<Response> {
  const kept = await caches.match(request);
  if (kept) {
    return kept;
  }
  const response = await fetch(request);
  if (response.ok) {
    const copy = response.clone();
    await (await caches.open(SHELL_CACHE)).put(request, copy);
  }
  return response;
}

/**
 * The catalog from the server, a copy kept per language; without a connection the copy,
 * marked as one so that the portal knows it is offline.
 */
async function catalogAnswer(request: Request): Promise<Response> {
  const cache = await caches.open(CATALOG_CACHE);
  const key = catalogKey(request);
  try {
    const response = await fetch(request);
    if (response.ok) {
      await cache.put(key, response.clone());
    }
    return response;
  } catch (error) {
    const kept = await cache.match(key);
    if (!kept) {
      throw error;
    }
    const headers = new Headers(kept.headers);
    headers.set(OFFLINE_COPY, 'true');
    return new Response(kept.body, { status: kept.status, statusText: kept.statusText, headers });
  }
}

/** The catalog answers in the language asked for: one copy per language. */
function catalogKey(request: Request): string {
  const url = new URL(request.url);
  url.searchParams.set('language', request.headers.get('Accept-Language') ?? '');
  return url.toString();
}

/**
 * Only the applications of who is signed in in this browser: the server takes them in
 * the session's name. After a sign-out (everything forgotten) or an ended session, none.
 */
async function sendOutbox(): Promise<void> {
  const signedIn = await (await device()).get('session', 'me');
  if (!signedIn) {
    return;
  }
  // the Cookie Store API where the browser has it; else the token kept with each entry
  const cookies = (self as unknown as { cookieStore?: { get(name: string): Promise<{ value: string } | null> } }).cookieStore;
  const token = await cookies?.get('XSRF-TOKEN');
  const result = await sendWaiting(token?.value ? decodeURIComponent(token.value) : undefined, signedIn.userId);
  if (result.waiting > 0) {
    // the browser tries the sync again later
    throw new Error('Applications are still waiting for the connection');
  }
}
