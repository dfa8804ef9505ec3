import { api, ApiError, ServiceDetail } from '../api';
import { documentsSection } from '../attachments';
import { h, show } from '../dom';
import type { RenderedForm } from '../forms';
import { formatDate, formatNumber, t } from '../i18n';
import { AttemptKeys, send } from '../net/send';
import { navigate } from '../router';
import { currentUser, signIn } from '../session';

export async function servicePage(main: HTMLElement, key: string): Promise<void> {
  const [service, user] = await Promise.all([
    api<ServiceDetail>(`/api/services/${encodeURIComponent(key)}`),
    currentUser(),
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
  if (!user?.roles.includes('citizen')) {
    const button = h('button', { type: 'button', class: 'button' }, t('service.signInToApply'));
    button.addEventListener('click', signIn);
    show(main, ...intro, button);
    return;
  }
  const draft = await api<{ data: Record<string, unknown>; savedAt: string; changes?: { added: string[]; removed: string[] } }>(
    `/api/services/${encodeURIComponent(key)}/draft`,
  ).catch((error) => {
    if (error instanceof ApiError && error.status === 404) {
      return null;
    }
    throw error;
  });
  const saved = h('p', { class: 'meta draft-status', role: 'status' }, draft ? t('service.draftResumed', { time: formatDate(draft.savedAt, true) }) : '');
  const attempts = new AttemptKeys();
  const form: RenderedForm = await (await import('../forms')).RenderedForm.render(service.startForm, draft?.data ?? {}, t('service.submit'), async (data) => {
    try {
      const created = await send<{ reference: string }>(
        `/api/services/${encodeURIComponent(key)}/requests`,
        { method: 'POST', body: data },
        attempts.keyFor(data),
        form.sendingProgress(),
      );
      navigate(`/requests/${encodeURIComponent(created.reference)}?submitted`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        signIn();
      } else {
        throw error;
      }
    }
  }, `/api/services/${encodeURIComponent(key)}/draft/attachments`);
  form.onPause(async (data) => {
    const result = await api<{ savedAt: string }>(`/api/services/${encodeURIComponent(key)}/draft`, { method: 'PUT', body: data });
    saved.textContent = t('service.draftSaved', { time: formatDate(result.savedAt, true) });
  });
  form.addBeforeSubmit(
    await documentsSection(`/api/services/${encodeURIComponent(key)}/draft/attachments`, {
      removable: true,
      hint: service.requirements.length > 0 ? t('documents.beforeSubmit') : undefined,
    }),
  );
  // the e-service has a newer form than the draft's: the answers are kept where its
  // fields stayed, and the citizen is told what is new and what is gone
  const changes = draft?.changes
    ? h(
        'div',
        { class: 'banner', role: 'status' },
        h('p', {}, t('service.formChanged')),
        draft.changes.added.length ? h('p', {}, t('service.formAdded', { fields: draft.changes.added.join(', ') })) : null,
        draft.changes.removed.length ? h('p', {}, t('service.formRemoved', { fields: draft.changes.removed.join(', ') })) : null,
      )
    : null;
  show(main, ...intro, h('h2', {}, t('service.apply')), saved, changes, form.element);
}
