import './styles.css';
import { ApiError, NetworkError } from './api';
import { focusTarget, h, show } from './dom';
import { applyLocale, t } from './i18n';
import { footer, header } from './layout';
import { notificationsPage, yourDataPage } from './pages/account';
import { catalogPage } from './pages/catalog';
import { myRequestsPage, requestPage } from './pages/requests';
import { servicePage } from './pages/service';
import { signInPage } from './pages/signin';
import { signUpPage } from './pages/signup';
import { inboxPage, taskPage } from './pages/tasks';
import { searchPage, staffRequestPage } from './pages/search';
import { verifyPage } from './pages/verify';
import { otherwise, route, startRouter, dispatch } from './router';
import { currentUser, sessionEnded, signIn } from './session';
import { isReachable, onReachabilityChange } from './net/reachability';
import { sendOutboxOf } from './offline/sending';

const main = document.getElementById('main') as HTMLElement;
const top = document.getElementById('header') as HTMLElement;
const bottom = document.getElementById('footer') as HTMLElement;

const connection = document.getElementById('connection') as HTMLElement;

async function renderHeader(): Promise<void> {
  const user = await currentUser();
  top.replaceChildren(header(user, () => void renderAll()));
  sendOutboxOf(user?.roles.includes('citizen') ? user.userId : undefined);
}

/** Without a connection, the portal says so, and what it can still do. */
function renderConnection(): void {
  connection.replaceChildren(
    isReachable() ? '' : h('div', { class: 'banner offline', role: 'status' }, h('p', {}, t('offline.banner')), h('p', {}, t('offline.whatWorks'))),
  );
}

async function renderAll(): Promise<void> {
  bottom.replaceChildren(footer());
  renderConnection();
  await renderHeader();
  await dispatch();
}

let latestNavigation = 0;

/**
 * Every page renders into a view of its own, shown once it is ready and only if no later
 * navigation has started meanwhile: a slow answer for a page the user has already left
 * (say, the inbox before a filter was chosen) never replaces the page they are on. Every
 * page shows its failure the same way; an ended session leads to sign-in.
 */
function page(render: (view: HTMLElement, parameters: string[], query: URLSearchParams) => Promise<void>) {
  return async (parameters: string[], query: URLSearchParams) => {
    const navigation = ++latestNavigation;
    const view = h('div', { class: 'view' });
    try {
      await render(view, parameters, query);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        const button = h('button', { type: 'button', class: 'button' }, t('nav.signIn'));
        button.addEventListener('click', signIn);
        show(view, h('h1', {}, t('error.signIn')), button);
      } else if (error instanceof NetworkError) {
        show(view, h('h1', {}, t('offline.needsConnection')), h('p', {}, t('offline.reopens')));
        // opened by itself once the connection is back, if the user is still here
        const stop = onReachabilityChange((reachable) => {
          stop();
          if (reachable && navigation === latestNavigation) {
            void renderAll();
          }
        });
      } else if (error instanceof ApiError && error.status === 404) {
        show(view, h('h1', {}, t('error.notFound')));
      } else {
        console.error(error);
        show(view, h('h1', {}, t('error.generic')));
      }
    }
    if (navigation === latestNavigation) {
      main.replaceChildren(view);
      focusTarget(view)?.focus();
    }
  };
}

route(/^\/$/, page((view) => catalogPage(view)));
route(/^\/services\/([^/]+)$/, page((view, [key]) => servicePage(view, key)));
route(/^\/requests$/, page((view, _, query) => myRequestsPage(view, query)));
route(/^\/requests\/([^/]+)$/, page((view, [reference], query) => requestPage(view, reference, query)));
route(/^\/tasks$/, page((view, _, query) => inboxPage(view, query)));
route(/^\/tasks\/([^/]+)$/, page((view, [id]) => taskPage(view, id)));
route(/^\/workspace\/requests$/, page((view, _, query) => searchPage(view, query)));
route(/^\/workspace\/requests\/([^/]+)$/, page((view, [reference]) => staffRequestPage(view, reference)));
// with its charting library, loaded only by those who open it
route(/^\/workspace\/reports$/, page(async (view, _, query) => (await import('./pages/reports')).reportsPage(view, query)));
route(/^\/account\/notifications$/, page((view) => notificationsPage(view)));
route(
  /^\/account\/data$/,
  page((view) =>
    Promise.resolve(
      yourDataPage(view, () => {
        void sessionEnded().then(renderHeader);
      }),
    ),
  ),
);
// the public check of an issued document: no sign-in
route(/^\/verify\/?$/, page((view) => verifyPage(view)));
route(/^\/verify\/([^/]+)$/, page((view, [code]) => verifyPage(view, code)));
route(/^\/login$/, page((view) => Promise.resolve(signInPage(view))));
route(/^\/signup$/, page((view) => Promise.resolve(signUpPage(view))));
otherwise(page((view) => Promise.resolve(show(view, h('h1', {}, t('error.notFound'))))));

applyLocale();
bottom.replaceChildren(footer());
renderConnection();
onReachabilityChange((reachable) => {
  renderConnection();
  if (reachable) {
    // who is signed in is asked again, and what waits is sent
    void renderHeader();
  }
});
void renderHeader();
startRouter();
// the portal's service worker, at the root so that it serves every page offline
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((error) => console.warn('No offline copy of the portal', error));
}
