import { api, ApiError } from '../api';
import { h, show } from '../dom';
import { t } from '../i18n';
import { showFieldErrors, textField } from './account-forms';
import { onEvent } from '../events';

/** A citizen creates an account (local identity); they are signed in at once. */
export function signUpPage(main: HTMLElement): void {
  const summary = h('div', { class: 'error-summary', role: 'alert', tabindex: '-1', hidden: true });
  const fields = {
    email: textField('email', t('signUp.email'), { type: 'email', autocomplete: 'email', required: true, autocapitalize: 'none', spellcheck: false }, t('signUp.emailHint')),
    firstName: textField('firstName', t('signUp.firstName'), { autocomplete: 'given-name', required: true }),
    lastName: textField('lastName', t('signUp.lastName'), { autocomplete: 'family-name', required: true }),
    password: textField('password', t('signUp.password'), { type: 'password', autocomplete: 'new-password', required: true }, t('signUp.passwordHint')),
  };
  const button = h('button', { type: 'submit', class: 'button' }, t('signUp.submit'));
  const form = h('form', { novalidate: true }, ...Object.values(fields).map((field) => field.element), button);
  onEvent(form, 'submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    try {
      await api('/api/signup', {
        method: 'POST',
        body: Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, field.input.value])),
      });
      window.location.assign('/');
    } catch (error) {
      if (error instanceof ApiError && error.problem.errors) {
        showFieldErrors(summary, fields, error.problem.errors);
      } else if (error instanceof ApiError && error.status === 429) {
        showFieldErrors(summary, fields, { email: [t('signUp.tooMany')] });
      } else {
        throw error;
      }
    } finally {
      button.disabled = false;
    }
  });
  show(
    main,
    h('h1', {}, t('signUp.title')),
    h('p', {}, t('signUp.intro'), ' ', h('a', { href: '/signin' }, t('signUp.signIn'))),
    summary,
    form,
  );
}
