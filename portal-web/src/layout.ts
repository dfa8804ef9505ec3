import { csrfToken, CurrentUser } from './api';
import { h } from './dom';
import { onEvent } from './events';
import { forgetEverything } from './offline/device';
import { waitingFor } from './offline/outbox';
import { locale, setLocale, t } from './i18n';

/** The header: where to go, who is signed in, and the language switch. */
export function header(user: CurrentUser | null, onLocaleChange: () => void): HTMLElement {
  const language = h('button', { type: 'button', class: 'link-button', lang: locale() === 'en' ? 'ar' : 'en' }, t('nav.language'));
  language.addEventListener('click', () => {
    setLocale(locale() === 'en' ? 'ar' : 'en');
    onLocaleChange();
  });
  const links = [h('li', {}, h('a', { href: '/', 'data-link': true }, t('nav.services')))];
  if (user?.roles.some((role) => role === 'clerk' || role === 'supervisor')) {
    links.push(h('li', {}, h('a', { href: '/tasks', 'data-link': true }, t('nav.tasks'))));
    links.push(h('li', {}, h('a', { href: '/workspace/requests', 'data-link': true }, t('nav.search'))));
  }
  if (user?.roles.some((role) => role === 'supervisor' || role === 'admin')) {
    links.push(h('li', {}, h('a', { href: '/workspace/reports', 'data-link': true }, t('nav.reports'))));
  }
  if (user?.roles.includes('citizen')) {
    links.push(h('li', {}, h('a', { href: '/requests', 'data-link': true }, t('nav.requests'))));
    links.push(h('li', {}, h('a', { href: '/account/notifications', 'data-link': true }, t('nav.notifications'))));
    links.push(h('li', {}, h('a', { href: '/account/data', 'data-link': true }, t('nav.yourData'))));
  }
  const account = user
    ? [h('span', { class: 'user' }, user.userId), signOutForm(user)]
    : [h('a', { href: '/signin' }, t('nav.signIn')), h('a', { href: '/signup' }, t('nav.signUp'))];
  return h(
    'div',
    { class: 'header-bar' },
    h('a', { href: '/', 'data-link': true, class: 'brand' }, t('app.name')),
    h('nav', { 'aria-label': t('nav.main') }, h('ul', {}, links)),
    h('div', { class: 'account' }, ...account, language),
  );
}

/** The footer: what everyone may use, signed in or not, such as checking a document. */
export function footer(): HTMLElement {
  return h(
    'div',
    { class: 'footer-bar' },
    h('nav', { 'aria-label': t('nav.more') }, h('ul', {}, h('li', {}, h('a', { href: '/verify', 'data-link': true }, t('nav.checkDocument'))))),
  );
}

/**
 * Signing out forgets what this browser keeps of the citizen. Applications still waiting
 * to be sent would be lost with it: the citizen is told, and signs out only if they say so.
 */
function signOutForm(user: CurrentUser): HTMLFormElement {
  const form = h(
    'form',
    { method: 'post', action: '/logout', class: 'inline' },
    h('input', { type: 'hidden', name: '_csrf', value: csrfToken() ?? '' }),
    h('button', { type: 'submit', class: 'link-button' }, t('nav.signOut')),
  );
  let confirmed = false;
  onEvent(form, 'submit', async (event) => {
    event.preventDefault();
    const waiting = await waitingFor(user.userId);
    if (waiting.length > 0 && !confirmed) {
      const anyway = h('button', { type: 'button', class: 'button danger' }, t('outbox.signOutAnyway'));
      const warning = h('div', { class: 'banner warning', role: 'alert' }, h('p', {}, t('outbox.signOutLoses', { count: waiting.length })), anyway);
      anyway.addEventListener('click', () => {
        confirmed = true;
        warning.remove();
        form.requestSubmit();
      });
      document.querySelector('main > .view')?.prepend(warning);
      anyway.focus();
      return;
    }
    await forgetEverything();
    form.submit();
  });
  return form;
}
