import { api, ApiError } from '../api';
import { h, show } from '../dom';
import { t } from '../i18n';
import { onEvent } from '../events';

interface Preferences {
  email: boolean;
  sms: boolean;
}

/** How the citizen hears about their requests: e-mail, SMS or both. */
export async function notificationsPage(main: HTMLElement): Promise<void> {
  const current = await api<Preferences>('/api/me/notification-preferences');
  const email = h('input', { id: 'notify-email', type: 'checkbox', checked: current.email });
  const sms = h('input', { id: 'notify-sms', type: 'checkbox', checked: current.sms });
  const error = h('p', { id: 'notify-error', class: 'field-error', role: 'alert' });
  const status = h('p', { class: 'meta', role: 'status' });
  const save = h('button', { type: 'submit', class: 'button' }, t('notifications.save'));
  const form = h(
    'form',
    { novalidate: true },
    h(
      'fieldset',
      { 'aria-describedby': 'notify-error' },
      h('legend', {}, t('notifications.legend')),
      error,
      h('div', { class: 'choice' }, email, h('label', { for: 'notify-email' }, t('notifications.email'))),
      h('div', { class: 'choice' }, sms, h('label', { for: 'notify-sms' }, t('notifications.sms'))),
    ),
    save,
    status,
  );
  onEvent(form, 'submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    status.textContent = '';
    try {
      await api('/api/me/notification-preferences', { method: 'PUT', body: { email: email.checked, sms: sms.checked } });
      status.textContent = t('notifications.saved');
    } catch (problem) {
      if (problem instanceof ApiError && problem.status === 400) {
        error.textContent = t('notifications.atLeastOne');
        email.focus();
      } else {
        throw problem;
      }
    }
  });
  show(main, h('h1', {}, t('notifications.title')), h('p', {}, t('notifications.intro')), form);
}
