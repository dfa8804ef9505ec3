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

interface Erased {
  erased: boolean;
  withdrawn: string[];
}

/** The citizen's own data: take a copy of it, or erase the account with everything in it. */
export function yourDataPage(main: HTMLElement, onSignedOut: () => void): void {
  const understood = h('input', { id: 'erase-understood', type: 'checkbox', 'aria-describedby': 'erase-error' });
  const error = h('p', { id: 'erase-error', class: 'field-error', role: 'alert' });
  const erase = h('button', { type: 'submit', class: 'button danger' }, t('data.erase'));
  const form = h(
    'form',
    { novalidate: true },
    h('div', { class: 'choice' }, understood, h('label', { for: 'erase-understood' }, t('data.eraseUnderstood'))),
    error,
    erase,
  );
  onEvent(form, 'submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    if (!understood.checked) {
      error.textContent = t('data.eraseConfirm');
      understood.focus();
      return;
    }
    erase.disabled = true;
    try {
      const answer = await api<Erased>('/api/me/erasure', { method: 'POST', body: { confirm: true } });
      onSignedOut();
      show(
        main,
        h('h1', { tabindex: -1 }, t('data.erasedTitle')),
        h('p', { role: 'status' }, t('data.erased')),
        answer.withdrawn.length > 0 ? h('p', {}, t('data.withdrawn', { references: answer.withdrawn.join(', ') })) : null,
      );
      main.querySelector('h1')?.focus();
    } catch (problem) {
      erase.disabled = false;
      if (problem instanceof ApiError && problem.status === 400) {
        error.textContent = t('data.eraseConfirm');
        understood.focus();
      } else {
        throw problem;
      }
    }
  });
  show(
    main,
    h('h1', {}, t('data.title')),
    h(
      'section',
      { 'aria-labelledby': 'data-download' },
      h('h2', { id: 'data-download' }, t('data.downloadTitle')),
      h('p', {}, t('data.downloadIntro')),
      h('a', { class: 'button', href: '/api/me/data', download: '' }, t('data.download')),
    ),
    h(
      'section',
      { 'aria-labelledby': 'data-erase' },
      h('h2', { id: 'data-erase' }, t('data.eraseTitle')),
      h('p', {}, t('data.eraseIntro')),
      h('p', {}, t('data.eraseKept')),
      form,
    ),
  );
}
