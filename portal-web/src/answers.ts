import { AttachmentInfo, FormComponent, FormSchema } from './api';
import { h, textOf } from './dom';
import { formatDay, formatNumber, t } from './i18n';

/** Component types whose value is part of a form's data. */
const INPUT_TYPES = new Set(['textfield', 'textarea', 'number', 'checkbox', 'checklist', 'radio', 'select', 'taglist', 'datetime', 'filepicker', 'expression']);

/**
 * What was entered in a form, read-only, with the labels and options of the form it was
 * entered in: groups as headed parts, each item of a dynamic list numbered. Only what
 * has an answer is shown (hidden fields have none).
 */
export function answers(schema: FormSchema, data: Record<string, unknown>, documents?: Documents): HTMLElement {
  const list = h('dl', { class: 'answers' });
  for (const part of parts(schema.components ?? [], data, documents)) {
    list.append(...part);
  }
  return list;
}

/** The request's documents: a file picker's answer is those chosen under its key. */
interface Documents {
  files: AttachmentInfo[];
  href: (file: AttachmentInfo) => string;
}

function parts(components: FormComponent[], scope: unknown, documents?: Documents): HTMLElement[][] {
  return components.flatMap((component) => {
    const path = typeof component.path === 'string' && component.path ? component.path.split('.') : [];
    if (component.type === 'dynamiclist' && component.isRepeating === true && path.length > 0) {
      const items = valueAt(scope, path);
      if (!Array.isArray(items) || items.length === 0) return [];
      const label = component.label ?? '';
      return [
        [
          h('dt', {}, label),
          h(
            'dd',
            {},
            h(
              'ol',
              { class: 'answer-items' },
              items.map((item) => {
                const nested = h('dl', { class: 'answers' }, ...parts(component.components ?? [], item, documents).flat());
                return h('li', {}, nested);
              }),
            ),
          ),
        ],
      ];
    }
    if (component.type === 'group' || component.type === 'dynamiclist') {
      const nested = parts(component.components ?? [], path.length ? valueAt(scope, path) : scope, documents);
      if (nested.length === 0) return [];
      return component.label ? [[h('dt', { class: 'answer-group' }, component.label), h('dd', {}, h('dl', { class: 'answers' }, ...nested.flat()))]] : nested;
    }
    if (!INPUT_TYPES.has(component.type) || !component.key) return [];
    const value = valueAt(scope, component.key.split('.'));
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return [];
    const label = h('dt', {}, component.label ?? component.dateLabel ?? component.key);
    if (component.type === 'filepicker') {
      const chosen = documents?.files.filter((file) => file.field === value) ?? [];
      return [[label, h('dd', {}, chosen.length ? h('ul', { class: 'answer-files' }, chosen.map((file) => h('li', {}, h('a', { href: documents?.href(file) ?? '#', download: file.filename }, isolated(file.filename))))) : '–')]];
    }
    return [[label, h('dd', {}, isolated(answerText(value, component)))]];
  });
}

function valueAt(scope: unknown, path: string[]): unknown {
  return path.reduce<unknown>((node, name) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[name] : undefined), scope);
}

/**
 * Text in its own direction: a phone number or e-mail stays left to right on an Arabic
 * page, an Arabic name right to left on an English one.
 */
export function isolated(text: string): HTMLElement {
  return h('bdi', { dir: /[\u0590-\u08ff]/.test(text) ? 'rtl' : 'ltr' }, text);
}

/** An answer as the applicant saw it: option labels, dates and numbers in the reader's locale. */
export function answerText(value: unknown, field?: FormComponent): string {
  if (typeof value === 'boolean') return value ? t('answer.yes') : t('answer.no');
  if (value === null || value === undefined || value === '') return '–';
  const label = (option: unknown) => field?.values?.find((candidate) => candidate.value === option)?.label ?? textOf(option);
  if (Array.isArray(value)) return value.map(label).join(', ');
  if (field?.values) return label(value);
  if (typeof value === 'number') return formatNumber(value);
  if (field?.type === 'datetime' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDay(value);
  return textOf(value);
}
