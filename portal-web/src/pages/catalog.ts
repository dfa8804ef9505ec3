import { api, Service } from '../api';
import { h, show } from '../dom';
import { formatNumber, t } from '../i18n';

export async function catalogPage(main: HTMLElement): Promise<void> {
  const services = await api<Service[]>('/api/services');
  const categories = [...new Set(services.map((service) => service.category).filter(Boolean))] as string[];
  const search = h('input', { id: 'search', type: 'search', autocomplete: 'off' });
  const category = h(
    'select',
    { id: 'category' },
    h('option', { value: '' }, t('catalog.allCategories')),
    categories.map((name) => h('option', { value: name }, name)),
  );
  const list = h('ul', { class: 'cards', 'aria-live': 'polite' });
  const render = () => {
    const words = search.value.trim().toLocaleLowerCase();
    const shown = services.filter(
      (service) =>
        (!category.value || service.category === category.value) &&
        (!words || `${service.name} ${service.description ?? ''}`.toLocaleLowerCase().includes(words)),
    );
    list.replaceChildren(
      ...(shown.length === 0
        ? [h('li', { class: 'empty' }, t('catalog.none'))]
        : shown.map((service) =>
            h(
              'li',
              { class: 'card' },
              h('h2', {}, h('a', { href: `/services/${encodeURIComponent(service.key)}`, 'data-link': true }, service.name)),
              service.category ? h('p', { class: 'tag' }, service.category) : null,
              h('p', {}, service.description ?? ''),
              service.processingDays
                ? h('p', { class: 'meta' }, t('catalog.days', { days: formatNumber(service.processingDays) }))
                : null,
            ),
          )),
    );
  };
  search.addEventListener('input', render);
  category.addEventListener('change', render);
  render();
  show(
    main,
    h('h1', {}, t('catalog.title')),
    h('p', { class: 'lead' }, t('catalog.intro')),
    h(
      'div',
      { class: 'filters' },
      h('div', {}, h('label', { for: 'search' }, t('catalog.search')), search),
      h('div', {}, h('label', { for: 'category' }, t('catalog.category')), category),
    ),
    list,
  );
}
