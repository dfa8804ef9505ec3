import { api, ApiError, AttachmentInfo, NetworkError, upload } from './api';
import { onReachabilityChange } from './net/reachability';
import { h } from './dom';
import { formatDate, formatNumber, t } from './i18n';
import { onEvent, reportUnexpected } from './events';

/** Documents as links that download them, each with a Remove button when allowed. */
export function documentList(
  files: AttachmentInfo[],
  href: (file: AttachmentInfo) => string,
  remove?: (file: AttachmentInfo) => Promise<void>,
): HTMLElement {
  if (files.length === 0) {
    return h('p', { class: 'meta' }, t('documents.none'));
  }
  return h(
    'ul',
    { class: 'documents' },
    files.map((file) => {
      const item = h(
        'li',
        {},
        h('a', { href: href(file), download: file.filename }, file.filename),
        ' ',
        h('span', { class: 'meta' }, `${formatNumber(Math.max(1, Math.round(file.sizeBytes / 1024)))} kB, ${formatDate(file.uploadedAt, true)}`),
      );
      if (remove) {
        const button = h('button', { type: 'button', class: 'link-button', 'aria-label': t('documents.remove', { name: file.filename }) }, t('documents.removeShort'));
        onEvent(button, 'click', async () => {
          button.disabled = true;
          await remove(file);
        });
        item.append(' ', button);
      }
      return item;
    }),
  );
}

/**
 * A documents section: the list and a file field to add one. On a request the files stay;
 * on a draft (before the application is sent) the citizen may remove them.
 */
export async function documentsSection(base: string, options: { removable?: boolean; hint?: string } = {}): Promise<HTMLElement> {
  const section = h('section', { class: 'documents-section' });
  const render = async (message?: string): Promise<void> => {
    let files: AttachmentInfo[];
    try {
      files = await api<AttachmentInfo[]>(base);
    } catch (failure) {
      if (!(failure instanceof NetworkError)) {
        throw failure;
      }
      // the documents are on the server: shown, and added, once it can be reached
      section.replaceChildren(h('h2', {}, t('documents.title')), h('p', { class: 'meta' }, t('documents.offline')));
      const stop = onReachabilityChange((reachable) => {
        if (reachable) {
          stop();
          void render().catch(reportUnexpected);
        }
      });
      return;
    }
    const input = h('input', { id: 'document', type: 'file', accept: '.pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg', 'aria-describedby': 'document-hint document-error' });
    const error = h('p', { id: 'document-error', class: 'field-error', role: 'alert' });
    const button = h('button', { type: 'button', class: 'button secondary' }, t('documents.upload'));
    onEvent(button, 'click', async () => {
      const file = input.files?.[0];
      if (!file) {
        error.textContent = t('documents.choose');
        input.focus();
        return;
      }
      button.disabled = true;
      try {
        await upload<AttachmentInfo>(base, file);
        await render(t('documents.uploaded', { name: file.name }));
        section.querySelector<HTMLElement>('#document')?.focus();
      } catch (problem) {
        error.textContent =
          problem instanceof ApiError
            ? problem.problem.errors?.file?.join(' ') ?? problem.message
            : t(problem instanceof NetworkError ? 'documents.offline' : 'error.generic');
        input.setAttribute('aria-invalid', 'true');
        input.focus();
        button.disabled = false;
      }
    });
    const remove = options.removable
      ? async (file: AttachmentInfo) => {
          await api<void>(`${base}/${encodeURIComponent(file.id)}`, { method: 'DELETE' });
          await render(t('documents.removed', { name: file.filename }));
          section.querySelector<HTMLElement>('#document')?.focus();
        }
      : undefined;
    section.replaceChildren(
      h('h2', {}, t('documents.title')),
      options.hint ? h('p', {}, options.hint) : '',
      message ? h('p', { role: 'status', class: 'meta' }, message) : '',
      documentList(files, (file) => `${base}/${encodeURIComponent(file.id)}`, remove),
      h('label', { for: 'document' }, t('documents.add')),
      h('p', { id: 'document-hint', class: 'meta' }, t('documents.hint')),
      error,
      input,
      button,
    );
  };
  await render();
  return section;
}
