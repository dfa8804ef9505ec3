import { api, ApiError, csrfToken, CurrentUser, ServiceDetail } from '../api';
import { documentsSection } from '../attachments';
import { h, show } from '../dom';
import type { ChosenFile, RenderedForm } from '../forms';
import { formatDate, formatNumber, locale, t } from '../i18n';
import { OutboxEntry } from '../offline/device';
import { DraftKeeper } from '../offline/drafts';
import { discard, keep, takeSent, waitingFor } from '../offline/outbox';
import { onOutboxChange, sendNow } from '../offline/sending';
import { AttemptKeys } from '../net/send';
import { navigate } from '../router';
import { currentUser, signIn } from '../session';

export async function servicePage(main: HTMLElement, key: string): Promise<void> {
  const user = await currentUser();
  const citizen = user?.roles.includes('citizen') ? user : null;
  const status = h('p', { class: 'meta draft-status', role: 'status' });
  const [service, draft] = await Promise.all([
    api<ServiceDetail>(`/api/services/${encodeURIComponent(key)}`),
    citizen ? DraftKeeper.open(citizen.userId, key, status) : null,
  ]);
  const intro = [
    h('h1', {}, service.name),
    h('p', { class: 'lead' }, service.description ?? ''),
    service.processingDays ? h('p', { class: 'meta' }, t('catalog.days', { days: formatNumber(service.processingDays) })) : null,
    service.fee ? h('section', {}, h('h2', {}, t('service.fee')), h('p', {}, service.fee)) : null,
    service.requirements.length > 0
      ? h('section', {}, h('h2', {}, t('service.requirements')), h('ul', {}, service.requirements.map((item) => h('li', {}, item))))
      : null,
  ];
  if (!citizen || !draft) {
    const button = h('button', { type: 'button', class: 'button' }, t('service.signInToApply'));
    button.addEventListener('click', signIn);
    show(main, ...intro, button);
    return;
  }
  const path = location.pathname;
  const outbox = h('div', {});
  const applying = h('section', {});
  const attempts = new AttemptKeys();
  const submitting = new Set<string>();
  const form: RenderedForm = await (await import('../forms')).RenderedForm.render(
    service.startForm,
    draft.data,
    t('service.submit'),
    async (data, files) => {
      const attempt = attempts.keyFor(data);
      // this submit shows its own refusal on the form's fields
      submitting.add(attempt);
      const entry = await kept(citizen, service, data, files, attempt);
      await draft.keeper.submitted();
      const sent = (await sendNow())?.sent.find((done) => done.key === entry.key);
      if (sent) {
        await takeSent(citizen.userId, key);
        navigate(`/requests/${encodeURIComponent(sent.reference)}?submitted`);
        return;
      }
      const [now] = (await waitingFor(citizen.userId, key)).filter((waiting) => waiting.key === entry.key);
      if (now?.state === 'rejected') {
        // the server's rules: the citizen puts it right in the form, and sends it anew
        await discard(now.key);
        draft.keeper.refused();
        throw new ApiError(400, now.problem ?? {});
      }
      await refresh();
    },
  );
  form.onPause((data) => draft.keeper.typed(data));
  draft.keeper.onServerWins((data) => form.replaceData(data));
  form.addBeforeSubmit(
    await documentsSection(`/api/services/${encodeURIComponent(key)}/draft/attachments`, {
      removable: true,
      hint: service.requirements.length > 0 ? t('documents.beforeSubmit') : undefined,
    }),
  );
  // the e-service has a newer form than the draft's: the answers are kept where its
  // fields stayed, and the citizen is told what is new and what is gone
  const changes = draft.changes
    ? h(
        'div',
        { class: 'banner', role: 'status' },
        h('p', {}, t('service.formChanged')),
        draft.changes.added.length ? h('p', {}, t('service.formAdded', { fields: draft.changes.added.join(', ') })) : null,
        draft.changes.removed.length ? h('p', {}, t('service.formRemoved', { fields: draft.changes.removed.join(', ') })) : null,
      )
    : null;
  applying.append(h('h2', {}, t('service.apply')), status, changes ?? '', form.element);

  /**
   * While an application waits to be sent, the page says so instead of offering the
   * form again (a second submission would be a second application); once it has gone,
   * the citizen is taken to their new request.
   */
  async function refresh(): Promise<void> {
    if (location.pathname !== path) {
      stop();
      return;
    }
    const [sent] = await takeSent(citizen!.userId, key);
    if (sent) {
      stop();
      navigate(`/requests/${encodeURIComponent(sent.reference)}?submitted`, true);
      return;
    }
    const all = await waitingFor(citizen!.userId, key);
    const waiting = all.filter((entry) => entry.state === 'waiting');
    const refused = all.find((entry) => entry.state === 'rejected' && !submitting.has(entry.key));
    if (refused) {
      // refused while the citizen was away: back in the form, with the server's reason
      await discard(refused.key);
      await form.replaceData(refused.data);
      await draft!.keeper.typed(refused.data);
    }
    outbox.replaceChildren(
      ...waiting.map((entry) => waitingNotice(entry)),
      refused ? h('div', { class: 'banner warning', role: 'alert' }, h('p', {}, t('outbox.rejected', { service: refused.serviceName, time: formatDate(refused.createdAt, true) })), h('p', {}, refused.problem?.detail ?? '')) : '',
    );
    applying.hidden = waiting.length > 0;
  }
  const stop = onOutboxChange(() => void refresh());
  await refresh();
  show(main, ...intro, outbox, applying);
}

/** The application kept in this browser, files and all, before the first try to send it. */
async function kept(user: CurrentUser, service: ServiceDetail, data: Record<string, unknown>, files: ChosenFile[], key: string): Promise<OutboxEntry> {
  const entry: OutboxEntry = {
    key,
    userId: user.userId,
    serviceKey: service.key,
    serviceName: service.name,
    data,
    files: files.map(({ field, file }) => ({ field, name: file.name, type: file.type, content: file, uploaded: false })),
    createdAt: new Date().toISOString(),
    locale: locale(),
    csrfToken: csrfToken(),
    state: 'waiting',
  };
  await keep(entry);
  return entry;
}

/** An application waiting to be sent: made when, and that it goes by itself. */
export function waitingNotice(entry: OutboxEntry): HTMLElement {
  return h(
    'section',
    { class: 'outbox', role: 'status' },
    h('h2', {}, t('outbox.waitingTitle')),
    h('p', {}, t('outbox.waiting', { service: entry.serviceName, time: formatDate(entry.createdAt, true) })),
    h('p', {}, t('outbox.noNeedAgain')),
  );
}
