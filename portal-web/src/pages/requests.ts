import { api, AttachmentInfo, NetworkError, Page, RequestDetail, RequestSummary } from '../api';
import { onReachabilityChange } from '../net/reachability';
import { waitingFor } from '../offline/outbox';
import { onOutboxChange } from '../offline/sending';
import { currentUser } from '../session';
import { documentsSection } from '../attachments';

interface Message {
  channel: string;
  to: string;
  subject: string | null;
  body: string;
  status: string;
  deliveryStatus: string | null;
  sentAt: string;
}
import { dataTable, h, show } from '../dom';
import type { RenderedForm } from '../forms';
import { formatDate, formatDay, formatMoney, MessageKey, t } from '../i18n';
import { AttemptKeys, send } from '../net/send';
import { pageAsked, pager } from '../pager';
import { dispatch } from '../router';
import { answers } from '../answers';
import { issuedDocumentList, receiptList } from '../issued';

const paymentLabel: Record<string, MessageKey> = { PAID: 'request.paid', REFUNDED: 'request.refunded', PROCESSING: 'request.paymentOnItsWay' };

/** The citizen's requests, newest first, a page of 20 at a time, with their drafts. */
export async function myRequestsPage(main: HTMLElement, query: URLSearchParams): Promise<void> {
  const user = await currentUser();
  const waiting = user ? await waitingFor(user.userId) : [];
  const outbox =
    waiting.length === 0
      ? null
      : h(
          'section',
          { class: 'outbox' },
          h('h2', {}, t('outbox.waitingTitle')),
          h(
            'ul',
            {},
            waiting.map((entry) =>
              h(
                'li',
                {},
                h('a', { href: `/services/${encodeURIComponent(entry.serviceKey)}`, 'data-link': true }, entry.serviceName),
                ' ',
                h('span', { class: 'meta' }, t(entry.state === 'rejected' ? 'outbox.rejectedShort' : 'outbox.waitingShort', { time: formatDate(entry.createdAt, true) })),
              ),
            ),
          ),
        );
  if (waiting.length > 0) {
    // once something has gone, the list shows it as a request
    const stop = onOutboxChange((result) => {
      if (result && result.sent.length > 0) {
        stop();
        if (location.pathname === '/requests') {
          void dispatch();
        }
      }
    });
  }
  let page: Page<RequestSummary>;
  let drafts: { serviceKey: string; serviceName: string; savedAt: string }[];
  try {
    [page, drafts] = await Promise.all([
      api<Page<RequestSummary>>(`/api/requests?page=${pageAsked(query)}&size=20`),
      api<{ serviceKey: string; serviceName: string; savedAt: string }[]>('/api/drafts'),
    ]);
  } catch (error) {
    if (error instanceof NetworkError && outbox) {
      // what waits in this browser is shown all the same; the rest comes with the connection
      show(main, h('h1', {}, t('requests.title')), outbox, h('p', {}, t('offline.requestsNeedConnection')));
      const stop = onReachabilityChange((reachable) => {
        stop();
        if (reachable && location.pathname === '/requests') {
          void dispatch();
        }
      });
      return;
    }
    throw error;
  }
  const draftList =
    drafts.length === 0
      ? null
      : h(
          'section',
          {},
          h('h2', {}, t('requests.drafts')),
          h(
            'ul',
            { class: 'drafts' },
            drafts.map((draft) =>
              h(
                'li',
                {},
                h('a', { href: `/services/${encodeURIComponent(draft.serviceKey)}`, 'data-link': true }, t('requests.continue', { service: draft.serviceName })),
                ' ',
                h('span', { class: 'meta' }, t('requests.savedAt', { time: formatDate(draft.savedAt, true) })),
              ),
            ),
          ),
        );
  const table =
    page.content.length === 0
      ? h('p', {}, t('requests.none'))
      : dataTable(
          [t('requests.reference'), t('requests.service'), t('requests.status'), t('requests.submitted')],
          page.content.map((request) =>
            h(
              'tr',
              {},
              h('td', {}, h('a', { href: `/requests/${encodeURIComponent(request.reference)}`, 'data-link': true }, request.reference)),
              h('td', {}, request.serviceName),
              h('td', {}, h('span', { class: `status status-${request.status}` }, request.statusLabel)),
              h('td', {}, formatDate(request.submittedAt)),
            ),
          ),
        );
  show(main, h('h1', {}, t('requests.title')), outbox, draftList, table, pager(page, (number) => `/requests?page=${number}`));
}

export async function requestPage(main: HTMLElement, reference: string, query: URLSearchParams): Promise<void> {
  // what the page shows, asked for at once
  const [request, messages, files] = await Promise.all([
    api<RequestDetail>(`/api/requests/${encodeURIComponent(reference)}`),
    api<Message[]>(`/api/requests/${encodeURIComponent(reference)}/messages`),
    api<AttachmentInfo[]>(`/api/requests/${encodeURIComponent(reference)}/attachments`),
  ]);
  const banner = query.has('submitted')
    ? h('div', { class: 'banner', role: 'status' }, t('request.submittedBanner', { reference: request.reference }))
    : null;
  const [actions, documents] = await Promise.all([
    Promise.all(
    request.actions.map(async (action) => {
      const attempts = new AttemptKeys();
      const form: RenderedForm = await (await import('../forms')).RenderedForm.render(action.form.schema, action.form.data, t('request.send'), async (data) => {
        await send(
          `/api/requests/${encodeURIComponent(reference)}/actions/${encodeURIComponent(action.id)}`,
          { method: 'POST', body: data },
          attempts.keyFor(data),
          form.sendingProgress(),
        );
        await dispatch();
      }, `/api/requests/${encodeURIComponent(reference)}/attachments`);
      return h('section', { class: 'action' }, h('h3', {}, action.name), form.element);
    }),
    ),
    documentsSection(`/api/requests/${encodeURIComponent(request.reference)}/attachments`),
  ]);
  const payment = request.payment;
  const issued = request.documents ?? [];
  const receipts = request.receipts ?? [];
  show(
    main,
    ...[
      banner,
      h('h1', {}, `${request.serviceName} – ${request.reference}`),
      h('p', {}, h('span', { class: `status status-${request.status}` }, request.statusLabel)),
      serviceLevel(request),
      issued.length > 0
        ? h(
            'section',
            {},
            h('h2', {}, t('issued.title')),
            // ?document=: the approval e-mail's link brings its document into view
            issuedDocumentList(issued, (file) => `/api/requests/${encodeURIComponent(reference)}/attachments/${encodeURIComponent(file.id)}`, {
              heading: 'h3',
              focus: query.get('document'),
            }),
          )
        : null,
      actions.length > 0 ? h('section', { class: 'actions' }, h('h2', {}, t('request.actions')), actions) : null,
      payment
        ? h(
            'section',
            {},
            h('h2', {}, t('request.payment')),
            payment.status === 'PAID' || payment.status === 'REFUNDED' || payment.status === 'PROCESSING'
              ? h('p', {}, `${formatMoney(payment.amount, payment.currency)} – ${t(paymentLabel[payment.status])}`)
              : h(
                  'p',
                  {},
                  payment.checkoutUrl
                    ? h('a', { class: 'button', href: payment.checkoutUrl }, t('request.pay', { amount: formatMoney(payment.amount, payment.currency) }))
                    : formatMoney(payment.amount, payment.currency),
                  payment.payBy ? h('span', { class: 'meta' }, ' ', t('request.payBy', { date: formatDate(payment.payBy) })) : null,
                ),
          )
        : null,
      receipts.length > 0 ? h('section', {}, h('h2', {}, t('receipts.title')), receiptList(receipts)) : null,
      request.form ? h('details', { class: 'answers-section' }, h('summary', {}, h('h2', {}, t('request.answers'))), answers(request.form, request.data, { files, href: (file) => `/api/requests/${encodeURIComponent(reference)}/attachments/${encodeURIComponent(file.id)}` })) : null,
      documents,
      h(
        'section',
        {},
        h('h2', {}, t('messages.title')),
        messages.length === 0
          ? h('p', { class: 'meta' }, t('messages.none'))
          : h(
              'ul',
              { class: 'messages' },
              messages.map((message) =>
                h(
                  'li',
                  {},
                  h('span', { class: 'tag' }, message.channel === 'SMS' ? t('messages.sms') : t('messages.email')),
                  ' ',
                  h('strong', {}, message.subject ?? message.body.split('\n')[0]),
                  ' ',
                  h('span', { class: 'meta' }, `${t('messages.to', { to: message.to })}, ${formatDate(message.sentAt, true)}`),
                ),
              ),
            ),
      ),
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
    ],
  );
}

/** "Decision expected by": the service's target in working days, moved by the days the applicant took to answer. */
function serviceLevel(request: RequestDetail) {
  const clock = request.serviceLevel;
  if (!clock) {
    return null;
  }
  if (!clock.decisionExpectedBy) {
    return h('p', { class: 'service-level' }, t('request.expectedAfterPayment', { days: String(clock.workingDays) }));
  }
  return h(
    'p',
    { class: 'service-level' },
    t('request.expectedBy', { date: formatDay(clock.decisionExpectedBy) }),
    clock.waitingForCitizen ? h('span', { class: 'meta' }, ' ', t('request.clockPaused')) : null,
  );
}
