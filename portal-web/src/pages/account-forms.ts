import { h } from '../dom';
import { t } from '../i18n';

/** One labelled text field with its hint and its error, described by both. */
export interface TextField {
  readonly input: HTMLInputElement;
  readonly error: HTMLElement;
  readonly element: HTMLElement;
}

export function textField(
  id: string,
  label: string,
  attributes: Record<string, string | boolean> = {},
  hint?: string,
): TextField {
  const error = h('p', { id: `${id}-error`, class: 'field-error' });
  const input = h('input', { id, name: id, 'aria-describedby': `${hint ? `${id}-hint ` : ''}${id}-error`, ...attributes });
  const element = h('div', { class: 'text-field' }, h('label', { for: id }, label), hint ? h('p', { id: `${id}-hint`, class: 'meta' }, hint) : null, error, input);
  return { input, error, element };
}

/**
 * Errors beside their fields and in a summary whose links move to the fields; focus goes
 * to the summary so a screen reader reads it.
 */
export function showFieldErrors(summary: HTMLElement, fields: Record<string, TextField>, errors: Record<string, string[]>): void {
  const items: HTMLElement[] = [];
  for (const [key, field] of Object.entries(fields)) {
    const messages = errors[key] ?? [];
    field.error.textContent = messages.join(' ');
    field.input.setAttribute('aria-invalid', String(messages.length > 0));
    for (const message of messages) {
      const link = h('a', { href: `#${field.input.id}` }, message);
      link.addEventListener('click', (event) => {
        event.preventDefault();
        field.input.focus();
      });
      items.push(h('li', {}, link));
    }
  }
  summary.replaceChildren(h('h2', {}, t('service.errors')), h('ul', {}, items));
  summary.hidden = items.length === 0;
  if (items.length > 0) {
    summary.focus();
  }
}
