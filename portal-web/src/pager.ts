import { Page } from './api';
import { h } from './dom';
import { formatNumber, t } from './i18n';

/** Previous and next links when the list has more than one page. */
export function pager(page: Page<unknown>, href: (page: number) => string): HTMLElement | null {
  if (page.totalPages <= 1) {
    return null;
  }
  const link = (target: number, label: string) => h('a', { href: href(target), 'data-link': true }, label);
  return h(
    'nav',
    { class: 'pager', 'aria-label': t('pager.label') },
    page.page > 0 ? link(page.page - 1, t('pager.previous')) : null,
    h('span', {}, t('pager.status', { page: formatNumber(page.page + 1), pages: formatNumber(page.totalPages), total: formatNumber(page.totalElements) })),
    page.page + 1 < page.totalPages ? link(page.page + 1, t('pager.next')) : null,
  );
}

/** The page a list's address asks for (?page=, from 0). */
export function pageAsked(query: URLSearchParams): number {
  return Math.max(0, Number.parseInt(query.get('page') ?? '0', 10) || 0);
}
