// Builds DOM nodes without innerHTML, so data from the API is never parsed as markup.
type Child = Node | string | number | null | undefined | false;
type Attributes = Record<string, string | number | boolean | EventListener | undefined | null>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (typeof value === 'function') {
      element.addEventListener(name.replace(/^on/, '').toLowerCase(), value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) {
      element.append(child instanceof Node ? child : String(child));
    }
  }
  return element;
}

/**
 * Replaces the page's content and moves focus to its heading, as a page load would, or to
 * what the page marked to take it instead.
 */
export function show(container: HTMLElement, ...content: (Node | null | undefined)[]): void {
  container.replaceChildren(...content.filter((node): node is Node => node != null));
  const heading = container.querySelector('h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    document.title = `${heading.textContent} – eservices`;
  }
  focusTarget(container)?.focus();
}

/**
 * Where focus goes when a page is shown: the element marked data-focus (say, the document a
 * link pointed to, or a check's result), else the page's heading.
 */
export function focusTarget(container: HTMLElement): HTMLElement | null {
  return container.querySelector<HTMLElement>('[data-focus]') ?? container.querySelector('h1');
}

/** A table of records: column headings and one row per record. */
export function dataTable(headings: string[], rows: HTMLElement[]): HTMLTableElement {
  return h(
    'table',
    { class: 'requests' },
    h('thead', {}, h('tr', {}, headings.map((heading) => h('th', { scope: 'col' }, heading)))),
    h('tbody', {}, rows),
  );
}

/**
 * Fills an error summary: a heading and a link per message that moves focus to its field.
 * Focus goes to the summary, so a screen reader reads it; an empty summary is hidden.
 */
export function showErrorSummary(
  summary: HTMLElement,
  heading: string,
  errors: { text: string; href: string; focus: () => void }[],
): void {
  const items = errors.map((error) => {
    const link = h('a', { href: error.href }, error.text);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      error.focus();
    });
    return h('li', {}, link);
  });
  summary.replaceChildren(h('h2', {}, heading), h('ul', {}, items));
  summary.hidden = items.length === 0;
  if (items.length > 0) {
    summary.focus();
  }
}

/** A value as a person reads it: text as is, numbers and booleans as written, objects as JSON, nothing as ''. */
export function textOf(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'boolean':
    case 'bigint':
      return value.toString();
    case 'object':
      return value === null ? '' : JSON.stringify(value);
    default:
      return '';
  }
}
