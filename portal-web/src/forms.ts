import { Form } from '@bpmn-io/form-js-viewer';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import { ApiError, FormComponent, FormSchema } from './api';
import { h, showErrorSummary } from './dom';
import { reportUnexpected } from './events';
import { localiseDatePicker, translateFixedTexts, translateModule } from './form-js-i18n';
import { literalTextModule } from './form-js-literal-text';
import { t } from './i18n';

/**
 * A form the analyst modelled, rendered by form-js, with a submit button of ours and an
 * error summary that links to the fields (form-js shows each field's own messages).
 */
export class RenderedForm {
  private readonly form: Form;
  private readonly summary = h('div', { class: 'error-summary', role: 'alert', tabindex: '-1', hidden: true });
  readonly element: HTMLElement;
  private readonly submitButton: HTMLButtonElement;

  private constructor(
    private readonly schema: FormSchema,
    private readonly container: HTMLElement,
    submitLabel: string,
    onSubmit: (data: Record<string, unknown>) => Promise<void>,
  ) {
    localiseDatePicker();
    this.form = new Form({ container, additionalModules: [translateModule, literalTextModule] });
    translateFixedTexts(container);
    const button = h('button', { type: 'button', class: 'button' }, submitLabel);
    // form-js draws its own <form>: ours is a plain wrapper, and Enter in a field submits
    // through form-js's submit event like the button does
    button.addEventListener('click', () => this.form.submit());
    this.form.on('submit', async (event: { data: Record<string, unknown>; errors: Record<string, string[]> }) => {
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
        await onSubmit(event.data);
      } catch (error) {
        // the server's rules for the same form: its field errors belong on the fields
        if (error instanceof ApiError && error.status === 400 && error.problem.errors) {
          this.showServerErrors(error.problem.errors);
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

  /** Content between the form's fields and its submit button, such as documents. */
  addBeforeSubmit(content: HTMLElement): void {
    this.element.insertBefore(content, this.submitButton);
  }

  static async render(
    schema: FormSchema,
    data: Record<string, unknown>,
    submitLabel: string,
    onSubmit: (data: Record<string, unknown>) => Promise<void>,
  ): Promise<RenderedForm> {
    const rendered = new RenderedForm(schema, h('div', { class: 'form-js' }), submitLabel, onSubmit);
    await rendered.form.importSchema(schema, data);
    return rendered;
  }

  /** Called with the form's data a moment after the citizen stops typing. */
  onPause(listener: (data: Record<string, unknown>) => Promise<void>, delayMs = 800): void {
    let timer: number | undefined;
    // form-js has no public getter for its state; the data as imported is the baseline
    let last = JSON.stringify((this.form as unknown as { _getState(): { data: unknown } })._getState().data);
    this.form.on('changed', (event: { data: Record<string, unknown> }) => {
      const now = JSON.stringify(event.data);
      if (now === last) {
        return;
      }
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        last = now;
        listener(event.data).catch(reportUnexpected);
      }, delayMs);
    });
  }

  /** The server's errors, keyed by field key, on the fields form-js drew. */
  private showServerErrors(errorsByKey: Record<string, string[]>): void {
    const byId: Record<string, string[]> = {};
    for (const component of allComponents(this.schema.components)) {
      if (component.key && errorsByKey[component.key]) {
        byId[component.id] = errorsByKey[component.key];
      }
    }
    // form-js keeps field errors in its state; there is no public setter for them
    (this.form as unknown as { _setState(state: unknown): void })._setState({ errors: byId });
    this.showSummary(byId);
  }

  private showSummary(errorsById: Record<string, string[]>): void {
    const components = allComponents(this.schema.components);
    showErrorSummary(
      this.summary,
      t('service.errors'),
      Object.entries(errorsById).flatMap(([id, messages]) => {
        const label = components.find((candidate) => candidate.id === id)?.label ?? id;
        const field = CSS.escape(id);
        return messages.map((message) => ({
          text: `${label}: ${message}`,
          href: `#${id}`,
          focus: () => this.container.querySelector<HTMLElement>(`[id$="-${field}"], [id*="-${field}-"]`)?.focus(),
        }));
      }),
    );
  }
}

function allComponents(components: FormComponent[] = []): FormComponent[] {
  return components.flatMap((component) => [component, ...allComponents(component.components)]);
}
