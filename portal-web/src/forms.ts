import { Form } from '@bpmn-io/form-js-viewer';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import { ApiError, FormComponent, FormSchema, NetworkError, upload } from './api';
import { h, showErrorSummary } from './dom';
import { reportUnexpected } from './events';
import { localiseDatePicker, translateFixedTexts, translateModule } from './form-js-i18n';
import { literalTextModule } from './form-js-literal-text';
import { formatNumber, t } from './i18n';
import type { SendProgress } from './net/send';

/**
 * A form the analyst modelled, rendered by form-js, with a submit button of ours and an
 * error summary that links to the fields (form-js shows each field's own messages).
 */
export class RenderedForm {
  private readonly form: Form;
  private readonly summary = h('div', { class: 'error-summary', role: 'alert', tabindex: '-1', hidden: true });
  readonly element: HTMLElement;
  private readonly submitButton: HTMLButtonElement;
  /** Files of the form's file pickers already sent, so that a retry sends each once. */
  private readonly uploaded = new Set<File>();
  /** The data as last imported or saved: typing that comes back to it saves nothing. */
  private baseline = '';

  private constructor(
    private readonly schema: FormSchema,
    private readonly container: HTMLElement,
    submitLabel: string,
    onSubmit: (data: Record<string, unknown>, files: ChosenFile[]) => Promise<void>,
    private readonly uploadTo?: string,
  ) {
    localiseDatePicker();
    this.form = new Form({ container, additionalModules: [translateModule, literalTextModule] });
    translateFixedTexts(container);
    const button = h('button', { type: 'button', class: 'button' }, submitLabel);
    // form-js draws its own <form>: ours is a plain wrapper, and Enter in a field submits
    // through form-js's submit event like the button does
    button.addEventListener('click', () => this.form.submit());
    this.form.on('submit', async (event: { data: Record<string, unknown>; errors: Record<string, unknown>; files?: Map<string, File[]> }) => {
      if (Object.keys(event.errors).length > 0) {
        this.showSummary(event.errors);
        return;
      }
      if (button.disabled) {
        return;
      }
      this.summary.hidden = true;
      button.disabled = true;
      button.textContent = t('service.sending');
      try {
        const chosen = chosenFiles(event.data, event.files);
        await this.uploadFiles(chosen);
        await onSubmit(event.data, chosen);
      } catch (error) {
        // the server's rules for the same form: its field errors belong on the fields
        if (error instanceof ApiError && error.status === 400 && error.problem.errors) {
          this.showServerErrors(error.problem.errors);
        } else if (error instanceof NetworkError) {
          // tried for a while: the citizen sends again when they can, with the same key
          this.summary.replaceChildren(h('p', {}, t('service.notSent')));
          this.summary.hidden = false;
          this.summary.focus();
        } else {
          throw error;
        }
      } finally {
        button.disabled = false;
        button.textContent = submitLabel;
      }
    });
    this.submitButton = button;
    this.element = h('div', { class: 'portal-form' }, this.summary, container, button);
  }

  /** What the submit button says while a send is retried: the citizen sees it is not stuck. */
  sendingProgress(): SendProgress {
    return {
      waitingForConnection: () => {
        this.submitButton.textContent = t('service.waitingForConnection');
      },
      retrying: () => {
        this.submitButton.textContent = t('service.sending');
      },
    };
  }

  /** Content between the form's fields and its submit button, such as documents. */
  addBeforeSubmit(content: HTMLElement): void {
    this.element.insertBefore(content, this.submitButton);
  }

  /**
   * @param uploadTo where the files chosen in the form's file pickers go (the documents
   * of the draft, request or task), each under its picker's files key, which is the
   * field's value
   */
  static async render(
    schema: FormSchema,
    data: Record<string, unknown>,
    submitLabel: string,
    onSubmit: (data: Record<string, unknown>, files: ChosenFile[]) => Promise<void>,
    uploadTo?: string,
  ): Promise<RenderedForm> {
    const rendered = new RenderedForm(schema, h('div', { class: 'form-js' }), submitLabel, onSubmit, uploadTo);
    await rendered.form.importSchema(schema, data);
    rendered.baseline = JSON.stringify(rendered.currentData());
    return rendered;
  }

  /** Shows other data (a newer draft from another device), as if it had been opened with it. */
  async replaceData(data: Record<string, unknown>): Promise<void> {
    await this.form.importSchema(this.schema, data);
    this.baseline = JSON.stringify(this.currentData());
  }

  private currentData(): unknown {
    // form-js has no public getter for its state
    return (this.form as unknown as { _getState(): { data: unknown } })._getState().data;
  }

  /** Without a place to upload to, the caller takes the files with the data. */
  private async uploadFiles(chosen: ChosenFile[]): Promise<void> {
    if (!this.uploadTo) return;
    for (const { field, file } of chosen.filter((candidate) => !this.uploaded.has(candidate.file))) {
      await upload(this.uploadTo, file, field);
      this.uploaded.add(file);
    }
  }

  /** Called with the form's data a moment after the citizen stops typing. */
  onPause(listener: (data: Record<string, unknown>) => Promise<void>, delayMs = 800): void {
    let timer: number | undefined;
    this.form.on('changed', (event: { data: Record<string, unknown> }) => {
      window.clearTimeout(timer);
      if (JSON.stringify(event.data) === this.baseline) {
        return;
      }
      timer = window.setTimeout(() => {
        this.baseline = JSON.stringify(event.data);
        listener(event.data).catch(reportUnexpected);
      }, delayMs);
    });
  }

  /**
   * The server's errors, keyed by data path (`site.structures[1].type`), on the fields
   * form-js drew: form-js keeps a list item's errors under the field's id, by item index.
   */
  private showServerErrors(errorsByPath: Record<string, string[]>): void {
    const fields = fieldsByPath(this.schema.components);
    const byId: Record<string, unknown> = {};
    const elsewhere: SummaryEntry[] = [];
    for (const [path, messages] of Object.entries(errorsByPath)) {
      const indexes: number[] = [];
      const template = path.replace(/\[(\d+)\]/g, (_, index: string) => {
        indexes.push(Number(index));
        return '[]';
      });
      const field = fields.get(template);
      if (field && field.type !== 'dynamiclist') {
        setAt(byId, [field.id, ...indexes], messages);
      } else {
        elsewhere.push({ component: field, indexes, messages });
      }
    }
    // form-js keeps field errors in its state; there is no public setter for them
    (this.form as unknown as { _setState(state: unknown): void })._setState({ errors: byId });
    this.showSummary(byId, elsewhere);
  }

  private showSummary(errorsById: Record<string, unknown>, elsewhere: SummaryEntry[] = []): void {
    const components = new Map(allComponents(this.schema.components).map((component) => [component.id, component]));
    const lists = enclosingLists(this.schema.components);
    const entries: SummaryEntry[] = Object.entries(errorsById).flatMap(([id, errors]) =>
      messagesByItem(errors).map(({ indexes, messages }) => ({ component: components.get(id), indexes, messages })),
    );
    showErrorSummary(
      this.summary,
      t('service.errors'),
      [...entries, ...elsewhere].flatMap(({ component, indexes, messages }) => {
        const items = (component ? (lists.get(component.id) ?? []) : []).map((list, depth) =>
          indexes[depth] === undefined ? list.label ?? '' : `${list.label ?? ''} ${formatNumber(indexes[depth] + 1)}`,
        );
        const label = [...items, component?.label ?? component?.id ?? ''].filter((part) => part).join(' – ');
        const field = CSS.escape([component?.id ?? '', ...indexes].join('_'));
        return messages.map((message) => ({
          text: label ? `${label}: ${message}` : message,
          href: `#${field}`,
          focus: () => this.container.querySelector<HTMLElement>(`[id$="-${field}"], [id*="-${field}-"]`)?.focus(),
        }));
      }),
    );
  }
}

/** A file chosen in one of the form's file pickers, under the picker's files key. */
export interface ChosenFile {
  field: string;
  file: File;
}

/** The files of the pickers whose key the data holds (a hidden picker's are left out). */
function chosenFiles(data: Record<string, unknown>, files: Map<string, File[]> = new Map()): ChosenFile[] {
  const sent = JSON.stringify(data);
  return [...files].filter(([key]) => sent.includes(JSON.stringify(key))).flatMap(([field, chosen]) => chosen.map((file) => ({ field, file })));
}

interface SummaryEntry {
  component?: FormComponent;
  indexes: number[];
  messages: string[];
}

/** form-js's errors of one field: its messages, or per list item (a sparse array) the item's. */
function messagesByItem(errors: unknown, indexes: number[] = []): { indexes: number[]; messages: string[] }[] {
  if (!Array.isArray(errors)) return [];
  if (errors.every((error) => typeof error === 'string')) return [{ indexes, messages: errors }];
  const found: { indexes: number[]; messages: string[] }[] = [];
  errors.forEach((item: unknown, index: number) => found.push(...messagesByItem(item, [...indexes, index])));
  return found;
}

function setAt(target: Record<string, unknown>, path: (string | number)[], value: unknown): void {
  let node: Record<string | number, unknown> = target;
  path.slice(0, -1).forEach((segment, depth) => {
    node[segment] ??= typeof path[depth + 1] === 'number' ? [] : {};
    node = node[segment] as Record<string | number, unknown>;
  });
  node[path[path.length - 1]] = value;
}

/** Each component by the data path the server keys its errors with, list items as `[]`. */
function fieldsByPath(components: FormComponent[] = [], prefix = '', found = new Map<string, FormComponent>()): Map<string, FormComponent> {
  const join = (first: string, second: string) => (first && second ? `${first}.${second}` : first || second);
  for (const component of components) {
    const path = typeof component.path === 'string' ? component.path : '';
    if (component.type === 'dynamiclist' && component.isRepeating === true && path) {
      found.set(join(prefix, path), component);
      fieldsByPath(component.components, `${join(prefix, path)}[]`, found);
    } else if (component.type === 'group' || component.type === 'dynamiclist') {
      fieldsByPath(component.components, join(prefix, path), found);
    } else if (component.key) {
      found.set(join(prefix, component.key), component);
    }
  }
  return found;
}

/** For each component, the dynamic lists it sits in, outermost first. */
function enclosingLists(components: FormComponent[] = [], around: FormComponent[] = [], found = new Map<string, FormComponent[]>()): Map<string, FormComponent[]> {
  for (const component of components) {
    found.set(component.id, around);
    const repeating = component.type === 'dynamiclist' && component.isRepeating === true;
    enclosingLists(component.components, repeating ? [...around, component] : around, found);
  }
  return found;
}

function allComponents(components: FormComponent[] = []): FormComponent[] {
  return components.flatMap((component) => [component, ...allComponents(component.components)]);
}
