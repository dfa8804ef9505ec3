import { api, Page, Service } from '../api';
import { dataTable, h, show } from '../dom';
import { formatDate, formatNumber, t } from '../i18n';
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
      h('td', {}, row.taskId ? h('a', { href: `/tasks/${encodeURIComponent(row.taskId)}`, 'data-link': true }, row.reference) : row.reference),
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
