import { postForm } from '../api';
import { h, show } from '../dom';
import { formatNumber, t } from '../i18n';
import { showFieldErrors, textField } from './account-forms';
import { onEvent } from '../events';

/**
 * The local sign-in form (with Keycloak, Keycloak's page is used instead). Spring Security
 * checks the password; its answer is read here rather than shown, so that a wrong password
 * or too many attempts appear in the portal, in the citizen's language.
 */
export function signInPage(main: HTMLElement): void {
  const summary = h('div', { class: 'error-summary', role: 'alert', tabindex: '-1', hidden: true });
  const username = textField('username', t('signIn.username'), { autocomplete: 'username', required: true, autocapitalize: 'none', spellcheck: false });
  const password = textField('password', t('signIn.password'), { type: 'password', autocomplete: 'current-password', required: true });
  const button = h('button', { type: 'submit', class: 'button' }, t('signIn.submit'));
  const form = h('form', { novalidate: true, method: 'post', action: '/login' }, username.element, password.element, button);
  const fields = { username, password };
  onEvent(form, 'submit', async (event) => {
    event.preventDefault();
    const missing = Object.fromEntries(
      Object.entries(fields)
        .filter(([, field]) => field.input.value.trim() === '')
        .map(([key]) => [key, [t(key === 'username' ? 'signIn.usernameMissing' : 'signIn.passwordMissing')]]),
    );
    if (Object.keys(missing).length > 0) {
      showFieldErrors(summary, fields, missing);
      return;
    }
    button.disabled = true;
    try {
      const response = await postForm('/login', new URLSearchParams({ username: username.input.value.trim(), password: password.input.value }));
      if (response.status === 429) {
        const seconds = Number(response.headers.get('Retry-After') ?? '10');
        showFieldErrors(summary, fields, { password: [t('signIn.tooMany', { seconds: formatNumber(seconds) })] });
      } else if (new URL(response.url).pathname === '/login') {
        password.input.value = '';
        showFieldErrors(summary, fields, { password: [t('signIn.wrong')] });
      } else {
        // signed in: the page Spring Security returns to (the one that asked for sign-in)
        window.location.assign(response.url);
      }
    } finally {
      button.disabled = false;
    }
  });
  show(
    main,
    h('h1', {}, t('signIn.title')),
    summary,
    form,
    h('p', {}, t('signIn.noAccount'), ' ', h('a', { href: '/signup', 'data-link': true }, t('signIn.createAccount'))),
  );
}
