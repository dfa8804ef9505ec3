import { api, AttachmentInfo, Page, Service, TaskDetail, TaskSummary } from '../api';
import { answers } from '../answers';
import { documentList } from '../attachments';
import { issuedDocumentList } from '../issued';
import { dataTable, h, show } from '../dom';
import { formatDate, formatNumber, t } from '../i18n';
import { navigate } from '../router';
import { currentUser } from '../session';
import { onEvent } from '../events';
import { pageAsked, pager } from '../pager';

const TWO_DAYS = 2 * 24 * 60 * 60 * 1000;
const PAGE_SIZE = 25;

/** The clerk's inbox: tasks of my groups and mine, by service and due date. */
export async function inboxPage(main: HTMLElement, query: URLSearchParams): Promise<void> {
  const service = query.get('service') ?? '';
  const due = query.get('due') ?? '';
  const pageNumber = pageAsked(query);
  const now = Date.now();
  const search = new URLSearchParams({ page: String(pageNumber), size: String(PAGE_SIZE) });
  if (service) search.set('service', service);
  if (due === 'overdue' || due === 'soon') search.set('dueBefore', new Date(due === 'overdue' ? now : now + TWO_DAYS).toISOString());
  if (due === 'escalated') search.set('escalated', 'true');
  const [tasks, services, user] = await Promise.all([
    api<Page<TaskSummary>>(`/api/tasks?${search}`),
    api<Service[]>('/api/services'),
    currentUser(),
  ]);
  const serviceFilter = h(
    'select',
    { id: 'service' },
    h('option', { value: '' }, t('tasks.allServices')),
    services.map((candidate) => h('option', { value: candidate.key, selected: candidate.key === service }, candidate.name)),
  );
  const dueFilter = h(
    'select',
    { id: 'due' },
    h('option', { value: '' }, t('tasks.anyDue')),
    h('option', { value: 'overdue', selected: due === 'overdue' }, t('tasks.overdue')),
    h('option', { value: 'soon', selected: due === 'soon' }, t('tasks.dueSoon')),
    h('option', { value: 'escalated', selected: due === 'escalated' }, t('tasks.escalated')),
  );
  const supervisor = user?.roles.includes('supervisor') ?? false;
  const selected = new Set<string>();
  const refilter = () => {
    const next = new URLSearchParams();
    if (serviceFilter.value) next.set('service', serviceFilter.value);
    if (dueFilter.value) next.set('due', dueFilter.value);
    navigate(`/tasks${next.size ? `?${next}` : ''}`, true);
  };
  serviceFilter.addEventListener('change', refilter);
  dueFilter.addEventListener('change', refilter);
  const banner = query.get('completed')
    ? h('div', { class: 'banner', role: 'status' }, t('tasks.completed', { task: query.get('task') ?? '', reference: query.get('completed') ?? '' }))
    : null;
  const rows = tasks.content.map((task) => {
    const overdue = task.due !== null && Date.parse(task.due) < now;
    const claim = task.assignee
      ? null
      : h('button', { type: 'button', class: 'link-button' }, t('tasks.claim'));
    if (claim) onEvent(claim, 'click', async () => {
      await api(`/api/tasks/${encodeURIComponent(task.id)}/claim`, { method: 'POST' });
      navigate(`/tasks/${encodeURIComponent(task.id)}`);
    });
    const pick = h('input', { type: 'checkbox', 'aria-label': t('tasks.select', { task: task.name, reference: task.reference }) });
    pick.addEventListener('change', () => {
      if (pick.checked) selected.add(task.id);
      else selected.delete(task.id);
    });
    return h(
      'tr',
      {},
      h('td', {}, pick),
      h('td', {}, h('a', { href: `/tasks/${encodeURIComponent(task.id)}`, 'data-link': true }, task.name)),
      h('td', {}, task.reference, h('br'), h('span', { class: 'meta' }, task.serviceName)),
      h('td', {}, task.due ? formatDate(task.due) : '–', task.dueInWorkingDays != null ? h('span', { class: 'meta' }, ' ', workingDays(task.dueInWorkingDays)) : null, overdue ? h('span', { class: 'status status-rejected' }, ' ', t('tasks.overdueBadge')) : null, task.escalated ? h('span', { class: 'status status-rejected' }, ' ', t('tasks.escalated')) : null),
      h('td', {}, task.assignee === user?.userId ? t('tasks.me') : task.assignee ?? t('tasks.unassigned'), ' ', claim),
    );
  });
  show(
    main,
    banner,
    h('h1', {}, t('tasks.title')),
    h(
      'div',
      { class: 'filters' },
      h('div', {}, h('label', { for: 'service' }, t('tasks.service')), serviceFilter),
      h('div', {}, h('label', { for: 'due' }, t('tasks.due')), dueFilter),
    ),
    tasks.content.length === 0
      ? h('p', {}, t('tasks.none'))
      : dataTable([t('tasks.selectColumn'), t('tasks.task'), t('tasks.reference'), t('tasks.due'), t('tasks.assignee')], rows),
    tasks.content.length === 0 ? null : await bulkActions(selected, supervisor, () => inboxPage(main, query)),
    pager(tasks, (page) => {
      const next = new URLSearchParams(query);
      next.delete('completed');
      next.delete('task');
      next.set('page', String(page));
      return `/tasks?${next}`;
    }),
  );
}

/** Claim the tasks ticked in the inbox, or, for a supervisor, give them to a clerk. */
async function bulkActions(selected: Set<string>, supervisor: boolean, reload: () => Promise<void>): Promise<HTMLElement> {
  const result = h('p', { role: 'status', class: 'meta' });
  const run = async (assignee?: string) => {
    if (selected.size === 0) {
      result.textContent = t('tasks.selectFirst');
      return;
    }
    const outcome = await api<{ done: string[]; refused: Record<string, string> }>('/api/tasks/bulk', {
      method: 'POST',
      body: { tasks: [...selected], assignee },
    });
    await reload();
    const status = document.querySelector('.bulk-actions [role=status]');
    if (status) status.textContent = t('tasks.bulkDone', { done: formatNumber(outcome.done.length), refused: formatNumber(Object.keys(outcome.refused).length) });
  };
  const claim = h('button', { type: 'button', class: 'button secondary' }, t('tasks.claimSelected'));
  onEvent(claim, 'click', () => run());
  const controls: (HTMLElement | null)[] = [claim];
  if (supervisor) {
    const clerks = await api<{ userId: string; name: string }[]>('/api/tasks/assignees');
    const to = h('select', { id: 'assign-to' }, clerks.map((clerk) => h('option', { value: clerk.userId }, clerk.name || clerk.userId)));
    const give = h('button', { type: 'button', class: 'button secondary' }, t('tasks.assignSelected'));
    onEvent(give, 'click', () => run(to.value));
    controls.push(h('label', { for: 'assign-to' }, t('tasks.assignTo')), to, give);
  }
  return h('div', { class: 'bulk-actions' }, ...controls, result);
}

/** One task: the request's data and timeline beside the decision form. */
export async function taskPage(main: HTMLElement, id: string): Promise<void> {
  const [detail, user] = await Promise.all([api<TaskDetail>(`/api/tasks/${encodeURIComponent(id)}`), currentUser()]);
  const { task, request } = detail;
  const issued = request.documents ?? [];
  const files = await api<AttachmentInfo[]>(`/api/tasks/${encodeURIComponent(id)}/attachments`);
  const mine = task.assignee === user?.userId;
  const claimButton = h('button', { type: 'button', class: 'button secondary' }, mine ? t('tasks.unclaim') : t('tasks.claim'));
  onEvent(claimButton, 'click', async () => {
    await api(`/api/tasks/${encodeURIComponent(id)}/${mine ? 'unclaim' : 'claim'}`, { method: 'POST' });
    await taskPage(main, id);
  });
  let assignment: HTMLElement | null = null;
  if (user?.roles.includes('supervisor')) {
    const clerks = await api<{ userId: string; name: string }[]>('/api/tasks/assignees');
    const to = h('select', { id: 'give-to' }, clerks.map((clerk) => h('option', { value: clerk.userId, selected: clerk.userId === task.assignee }, clerk.name || clerk.userId)));
    const give = h('button', { type: 'button', class: 'button secondary' }, t('tasks.assign'));
    onEvent(give, 'click', async () => {
      await api(`/api/tasks/${encodeURIComponent(id)}/assign`, { method: 'POST', body: { assignee: to.value } });
      await taskPage(main, id);
    });
    assignment = h('div', { class: 'assignment' }, h('label', { for: 'give-to' }, t('tasks.assignTo')), ' ', to, ' ', give);
  }
  let decision: HTMLElement = h('p', {}, t('tasks.claimFirst'));
  if (mine) {
    const { RenderedForm } = await import('../forms');
    const form = await RenderedForm.render(detail.form.schema, detail.form.data, t('tasks.complete'), async (data) => {
      await api(`/api/tasks/${encodeURIComponent(id)}/complete`, { method: 'POST', body: data });
      navigate(`/tasks?completed=${encodeURIComponent(task.reference)}&task=${encodeURIComponent(task.name)}`);
    }, `/api/tasks/${encodeURIComponent(id)}/attachments`);
    decision = form.element;
  }
  show(
    main,
    h('h1', {}, `${task.name} – ${task.reference}`),
    h('p', {}, h('span', { class: `status status-${request.status}` }, request.statusLabel), ' ', task.due ? h('span', { class: 'meta' }, `${t('tasks.due')}: ${formatDate(task.due)}`, task.dueInWorkingDays != null ? ` (${workingDays(task.dueInWorkingDays)})` : '') : null),
    claimButton,
    assignment,
    h(
      'div',
      { class: 'task-columns' },
      h(
        'section',
        {},
        h('h2', {}, t('tasks.request')),
        // the request's own form version; none if that version was deleted since
        request.form ? answers(request.form, request.data, { files, href: (file) => `/api/tasks/${encodeURIComponent(id)}/attachments/${encodeURIComponent(file.id)}` }) : null,
        h('h3', {}, t('documents.title')),
        documentList(files, (file) => `/api/tasks/${encodeURIComponent(id)}/attachments/${encodeURIComponent(file.id)}`),
        issued.length > 0
          ? [
              h('h3', {}, t('issued.title')),
              issuedDocumentList(issued, (file) => `/api/tasks/${encodeURIComponent(id)}/attachments/${encodeURIComponent(file.id)}`, { heading: 'h4' }),
            ]
          : null,
        h('h3', {}, t('request.timeline')),
        h('ol', { class: 'timeline' }, request.timeline.map((entry) => h('li', {}, h('span', { class: 'milestone' }, entry.label), ' ', formatDate(entry.reachedAt, true)))),
      ),
      h('section', {}, h('h2', {}, t('tasks.decision')), decision),
    ),
  );
}

/** A due date in the working days of the public body's calendar. */
function workingDays(days: number): string {
  if (days < 0) return t('tasks.workingDaysOverdue', { days: String(-days) });
  if (days === 0) return t('tasks.dueToday');
  return t('tasks.workingDaysLeft', { days: String(days) });
}
