import { h } from './dom';
import { t } from './i18n';

/**
 * Listens with an async handler. What the handler does not deal with itself (a dropped
 * connection, an unexpected answer) is not lost as an unhandled rejection: the page says
 * that something went wrong, in an alert a screen reader reads out.
 */
export function onEvent<E extends Event = Event>(
  target: EventTarget,
  type: string,
  handler: (event: E) => Promise<void>,
): void {
  target.addEventListener(type, (event) => {
    handler(event as E).catch(reportUnexpected);
  });
}

/** For async work started outside an event, such as a draft saved while typing. */
export function reportUnexpected(error: unknown): void {
  console.error(error);
  const view = document.querySelector('main > .view');
  if (view && !view.querySelector(':scope > .unexpected-error')) {
    view.prepend(h('p', { class: 'field-error unexpected-error', role: 'alert' }, t('error.generic')));
  }
}
