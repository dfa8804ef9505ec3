import { download, IssuedDocument, Receipt } from './api';
import { isolated } from './answers';
import { h } from './dom';
import { formatDate, formatMoney, t } from './i18n';
import { onEvent } from './events';

/** An issued document's state in words: valid until its end, or revoked or expired since when. */
export function issuedStatus(issued: IssuedDocument): string {
  switch (issued.status) {
    case 'revoked':
      return issued.revokedAt ? t('issued.revokedOn', { date: formatDate(issued.revokedAt) }) : t('issued.revoked');
    case 'expired':
      return issued.validUntil ? t('issued.expiredOn', { date: formatDate(issued.validUntil) }) : t('issued.expired');
    default:
      return issued.validUntil ? t('issued.validUntil', { date: formatDate(issued.validUntil) }) : t('issued.valid');
  }
}

/**
 * The licences, certificates and permits issued on a request, each under a heading of the
 * given level: its number, when it was issued, its state in words, the code anyone can
 * check it with (and a link to that check) and a link that downloads it. The document
 * named by `focus` (the one an e-mail linked to) is marked and takes the page's focus.
 */
export function issuedDocumentList(
  documents: IssuedDocument[],
  href: (issued: IssuedDocument) => string,
  options: { heading: 'h3' | 'h4'; focus?: string | null },
): HTMLElement {
  return h(
    'ul',
    { class: 'issued-documents' },
    documents.map((issued) => {
      const targeted = issued.id === options.focus;
      return h(
        'li',
        { class: targeted ? 'issued-document targeted' : 'issued-document' },
        h(options.heading, { id: `issued-${issued.id}`, tabindex: targeted ? -1 : undefined, 'data-focus': targeted }, issued.title),
        h(
          'dl',
          { class: 'answers' },
          h('dt', {}, t('issued.number')),
          h('dd', {}, isolated(issued.number)),
          h('dt', {}, t('issued.issuedAt')),
          h('dd', {}, h('time', { datetime: issued.issuedAt }, formatDate(issued.issuedAt))),
          h('dt', {}, t('issued.status')),
          h('dd', {}, h('span', { class: `status status-${issued.status}` }, issuedStatus(issued))),
          h('dt', {}, t('issued.code')),
          h(
            'dd',
            {},
            isolated(issued.verificationCode),
            ' ',
            // the check page of this portal, whatever host the printed address names
            // named with its document: a request may have several
            h(
              'a',
              {
                href: `/verify/${encodeURIComponent(issued.verificationCode)}`,
                'data-link': true,
                'aria-label': `${t('issued.check')}: ${issued.title}`,
              },
              t('issued.check'),
            ),
          ),
        ),
        h('a', { class: 'button secondary', href: href(issued), download: issued.filename }, t('documents.downloadPdf', { title: issued.title })),
      );
    }),
  );
}

/**
 * The citizen's receipts, each a link that downloads its PDF in the portal's language
 * (the server makes it in the language it is asked for, which a plain link would take
 * from the browser).
 */
export function receiptList(receipts: Receipt[]): HTMLElement {
  return h(
    'ul',
    { class: 'receipts' },
    receipts.map((receipt) => {
      const link = h('a', { href: receipt.path, download: '' }, t('documents.downloadPdf', { title: receipt.title }));
      onEvent<MouseEvent>(link, 'click', async (event) => {
        event.preventDefault();
        await download(receipt.path, `${receipt.kind}-receipt.pdf`);
      });
      const amount = receipt.amount !== undefined && receipt.currency ? formatMoney(receipt.amount, receipt.currency) : null;
      return h(
        'li',
        {},
        link,
        ' ',
        h('span', { class: 'meta' }, amount ? `${amount}, ` : '', h('time', { datetime: receipt.date }, formatDate(receipt.date))),
      );
    }),
  );
}
