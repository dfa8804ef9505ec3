import { h, showErrorSummary } from '../dom';
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

/** Errors beside their fields and in the summary, whose links move to the fields. */
export function showFieldErrors(summary: HTMLElement, fields: Record<string, TextField>, errors: Record<string, string[]>): void {
  for (const [key, field] of Object.entries(fields)) {
    const messages = errors[key] ?? [];
    field.error.textContent = messages.join(' ');
    field.input.setAttribute('aria-invalid', String(messages.length > 0));
  }
  showErrorSummary(
    summary,
    t('service.errors'),
    Object.entries(fields).flatMap(([key, field]) =>
      (errors[key] ?? []).map((message) => ({ text: message, href: `#${field.input.id}`, focus: () => field.input.focus() })),
    ),
  );
}
