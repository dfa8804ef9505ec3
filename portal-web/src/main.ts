import './styles.css';
import { ApiError } from './api';
import { h, show } from './dom';
import { applyLocale, t } from './i18n';
import { header } from './layout';
import { notificationsPage } from './pages/account';
import { catalogPage } from './pages/catalog';
import { myRequestsPage, requestPage } from './pages/requests';
import { servicePage } from './pages/service';
import { signInPage } from './pages/signin';
import { signUpPage } from './pages/signup';
import { inboxPage, taskPage } from './pages/tasks';
import { otherwise, route, startRouter, dispatch } from './router';
import { currentUser, signIn } from './session';

const main = document.getElementById('main') as HTMLElement;
const top = document.getElementById('header') as HTMLElement;

async function renderHeader(): Promise<void> {
  top.replaceChildren(header(await currentUser(), () => void renderAll()));
}

async function renderAll(): Promise<void> {
  await renderHeader();
  await dispatch();
}

/** Every page shows its failure the same way; an ended session leads to sign-in. */
function page(render: (parameters: string[], query: URLSearchParams) => Promise<void>) {
  return async (parameters: string[], query: URLSearchParams) => {
    try {
      await render(parameters, query);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        const button = h('button', { type: 'button', class: 'button' }, t('nav.signIn'));
        button.addEventListener('click', signIn);
        show(main, h('h1', {}, t('error.signIn')), button);
      } else if (error instanceof ApiError && error.status === 404) {
        show(main, h('h1', {}, t('error.notFound')));
      } else {
        console.error(error);
        show(main, h('h1', {}, t('error.generic')));
      }
    }
  };
}

route(/^\/$/, page(() => catalogPage(main)));
route(/^\/services\/([^/]+)$/, page(([key]) => servicePage(main, key)));
route(/^\/requests$/, page(() => myRequestsPage(main)));
route(/^\/requests\/([^/]+)$/, page(([reference], query) => requestPage(main, reference, query)));
route(/^\/tasks$/, page((_, query) => inboxPage(main, query)));
route(/^\/tasks\/([^/]+)$/, page(([id]) => taskPage(main, id)));
route(/^\/account\/notifications$/, page(() => notificationsPage(main)));
route(/^\/login$/, page(async () => signInPage(main)));
route(/^\/signup$/, page(async () => signUpPage(main)));
otherwise(page(async () => show(main, h('h1', {}, t('error.notFound')))));

applyLocale();
void renderHeader();
startRouter();
