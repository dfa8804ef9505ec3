import { api, AttachmentInfo, Page, RequestDetail, Service } from '../api';
import { answers, isolated } from '../answers';
import { documentList } from '../attachments';
import { dataTable, h, show, textOf } from '../dom';
import { formatDate, formatDay, formatMoney, formatNumber, MessageKey, t } from '../i18n';
import { issuedDocumentList } from '../issued';
import { navigate } from '../router';

interface StaffRequestRow {
  reference: string;
  serviceName: string;
  status: string;
  statusLabel: string;
  closed: boolean;
  applicantName: string | null;
  submittedAt: string;
  taskId: string | null;
}

const FIELDS = ['reference', 'name', 'service', 'status', 'field', 'value'] as const;

/** A fee's state as the staff read it. */
const paymentLabel: Record<string, MessageKey> = {
  PENDING: 'workspace.paymentPending',
  PAID: 'request.paid',
  FAILED: 'workspace.paymentFailed',
  REFUNDED: 'request.refunded',
  PROCESSING: 'workspace.paymentProcessing',
};

/** The staff's search over the requests of their departments' services. */
export async function searchPage(main: HTMLElement, query: URLSearchParams): Promise<void> {
  const search = new URLSearchParams({ page: query.get('page') ?? '0', size: '25' });
  for (const field of FIELDS) {
    const value = query.get(field);
    if (value) search.set(field, value);
  }
  const [found, services] = await Promise.all([
    api<Page<StaffRequestRow>>(`/api/workspace/requests?${search}`),
    api<Service[]>('/api/services'),
  ]);
  const reference = h('input', { id: 'reference', type: 'search', value: query.get('reference') ?? '', autocomplete: 'off' });
  const name = h('input', { id: 'name', type: 'search', value: query.get('name') ?? '', autocomplete: 'off' });
  const field = h('input', { id: 'field', type: 'text', value: query.get('field') ?? '', autocomplete: 'off', spellcheck: false, pattern: '[A-Za-z_][A-Za-z0-9_]*' });
  const answer = h('input', { id: 'value', type: 'search', value: query.get('value') ?? '', autocomplete: 'off' });
  const service = h(
    'select',
    { id: 'service' },
    h('option', { value: '' }, t('tasks.allServices')),
    services.map((candidate) => h('option', { value: candidate.key, selected: candidate.key === query.get('service') }, candidate.name)),
  );
  const form = h(
    'form',
    { class: 'filters', role: 'search' },
    h('div', {}, h('label', { for: 'reference' }, t('search.reference')), reference),
    h('div', {}, h('label', { for: 'name' }, t('search.name')), name),
    h('div', {}, h('label', { for: 'service' }, t('tasks.service')), service),
    h('div', {}, h('label', { for: 'field' }, t('search.field')), field),
    h('div', {}, h('label', { for: 'value' }, t('search.value')), answer),
    h('div', {}, h('button', { type: 'submit', class: 'button' }, t('search.submit'))),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (reference.value.trim()) next.set('reference', reference.value.trim());
    if (name.value.trim()) next.set('name', name.value.trim());
    if (service.value) next.set('service', service.value);
    if (field.value.trim() && answer.value.trim()) {
      next.set('field', field.value.trim());
      next.set('value', answer.value.trim());
    }
    navigate(`/workspace/requests${next.size ? `?${next}` : ''}`);
  });
  const rows = found.content.map((row) =>
    h(
      'tr',
      {},
      // an open task's page, where the clerk acts; the request's own page for every row
      h(
        'td',
        {},
        row.taskId
          ? [
              h('a', { href: `/tasks/${encodeURIComponent(row.taskId)}`, 'data-link': true }, row.reference),
              h('br'),
              h('a', { href: requestHref(row.reference), 'data-link': true }, t('search.requestDetails')),
            ]
          : h('a', { href: requestHref(row.reference), 'data-link': true }, row.reference),
      ),
      h('td', {}, row.applicantName ?? '–'),
      h('td', {}, row.serviceName),
      h('td', {}, h('span', { class: `status status-${row.status}` }, row.statusLabel)),
      h('td', {}, formatDate(row.submittedAt)),
    ),
  );
  show(
    main,
    h('h1', {}, t('search.title')),
    form,
    h('p', { class: 'meta', role: 'status' }, t('search.found', { total: formatNumber(found.totalElements) })),
    rows.length === 0
      ? h('p', {}, t('search.none'))
      : dataTable([t('tasks.reference'), t('search.name'), t('tasks.service'), t('search.status'), t('search.submitted')], rows),
  );
}

function requestHref(reference: string): string {
  return `/workspace/requests/${encodeURIComponent(reference)}`;
}

/**
 * One request of my departments' services, read-only, wherever it stands: its state or
 * outcome, the documents issued on it, its fee, the answers with the form they were given
 * in, the applicant's documents and its progress.
 */
export async function staffRequestPage(main: HTMLElement, reference: string): Promise<void> {
  const base = `/api/workspace/requests/${encodeURIComponent(reference)}`;
  const [request, files] = await Promise.all([api<RequestDetail>(base), api<AttachmentInfo[]>(`${base}/attachments`)]);
  const href = (file: { id: string }) => `${base}/attachments/${encodeURIComponent(file.id)}`;
  const issued = request.documents ?? [];
  const payment = request.payment;
  const paymentState = payment ? paymentLabel[payment.status] : undefined;
  const expectedBy = request.closed ? undefined : request.serviceLevel?.decisionExpectedBy;
  show(
    main,
    h('h1', {}, `${request.serviceName} – ${request.reference}`),
    h(
      'dl',
      { class: 'answers' },
      h('dt', {}, request.closed ? t('workspace.outcome') : t('search.status')),
      h('dd', {}, h('span', { class: `status status-${request.status}` }, request.statusLabel)),
      // what the applicant was given to read, by the process's names (the keys the search takes too)
      Object.entries(request.outcome ?? {}).flatMap(([name, value]) => [h('dt', {}, name), h('dd', {}, isolated(textOf(value)))]),
      h('dt', {}, t('search.submitted')),
      h('dd', {}, h('time', { datetime: request.submittedAt }, formatDate(request.submittedAt, true))),
      request.closedAt ? [h('dt', {}, t('workspace.closed')), h('dd', {}, h('time', { datetime: request.closedAt }, formatDate(request.closedAt, true)))] : null,
      expectedBy ? [h('dt', {}, t('workspace.expectedBy')), h('dd', {}, formatDay(expectedBy))] : null,
    ),
    issued.length > 0 ? h('section', {}, h('h2', {}, t('issued.title')), issuedDocumentList(issued, href, { heading: 'h3' })) : null,
    payment
      ? h(
          'section',
          {},
          h('h2', {}, t('request.payment')),
          h(
            'p',
            {},
            `${formatMoney(payment.amount, payment.currency)} – ${paymentState ? t(paymentState) : payment.status}`,
            payment.status === 'PENDING' && payment.payBy ? h('span', { class: 'meta' }, ' ', t('workspace.payBy', { date: formatDate(payment.payBy) })) : null,
          ),
        )
      : null,
    // the request's own form version; none if that version was deleted since
    request.form ? h('section', {}, h('h2', {}, t('workspace.application')), answers(request.form, request.data, { files, href })) : null,
    h('section', {}, h('h2', {}, t('documents.title')), documentList(files, href)),
    h(
      'section',
      {},
      h('h2', {}, t('request.timeline')),
      h(
        'ol',
        { class: 'timeline' },
        request.timeline.map((entry) =>
          h('li', {}, h('span', { class: 'milestone' }, entry.label), ' ', h('time', { datetime: entry.reachedAt }, formatDate(entry.reachedAt, true))),
        ),
      ),
    ),
  );
}
