import { api, ApiError } from '../api';
import { isolated } from '../answers';
import { h, show } from '../dom';
import { formatDay, MessageKey, t } from '../i18n';
import { navigate } from '../router';
import { showFieldErrors, textField } from './account-forms';

/** What the check tells anyone about a document: just enough to match it with the paper. */
interface Verification {
  status: 'valid' | 'revoked' | 'expired';
  kind: string;
  number: string;
  holder: string;
  /** a calendar date, yyyy-mm-dd */
  issuedOn: string;
}

const verdicts: Record<Verification['status'], MessageKey> = {
  valid: 'verify.valid',
  revoked: 'verify.revoked',
  expired: 'verify.expired',
};

/**
 * The public check of an issued document, with no sign-in. `/verify/{code}` (the address
 * printed on the document) says in words whether it is genuine and still valid, with
 * what it is, its number, its holder and its date of issue; `/verify` asks for the code
 * printed on it. The code goes to the server as typed, trimmed: the server ignores case,
 * dashes and spaces.
 */
export async function verifyPage(main: HTMLElement, code?: string): Promise<void> {
  const typed = code?.trim() ?? '';
  if (!typed) {
    show(main, h('h1', {}, t('verify.title')), h('p', { class: 'lead' }, t('verify.intro')), codeForm(''));
    return;
  }
  const answer = await lookUp(typed);
  show(
    main,
    h('h1', {}, t('verify.title')),
    answer.result,
    answer.found
      ? h('p', {}, h('a', { href: '/verify', 'data-link': true }, t('verify.another')))
      : codeForm(typed),
  );
}

/** The check's result, in a live region whose heading takes the page's focus. */
async function lookUp(code: string): Promise<{ found: boolean; result: HTMLElement }> {
  try {
    const checked = await api<Verification>(`/api/verify/${encodeURIComponent(code)}`);
    return {
      found: true,
      result: result(
        checked.status,
        t(verdicts[checked.status]),
        h(
          'dl',
          { class: 'answers' },
          h('dt', {}, t('verify.kind')),
          h('dd', {}, isolated(checked.kind)),
          h('dt', {}, t('issued.number')),
          h('dd', {}, isolated(checked.number)),
          h('dt', {}, t('verify.holder')),
          h('dd', {}, isolated(checked.holder)),
          h('dt', {}, t('verify.issuedOn')),
          h('dd', {}, h('time', { datetime: checked.issuedOn }, formatDay(checked.issuedOn))),
        ),
      ),
    };
  } catch (error) {
    // a code the server cannot even read (say, with a slash) matches no document either
    if (error instanceof ApiError && (error.status === 404 || error.status === 400)) {
      return { found: false, result: result('not-found', t('verify.notFound'), h('p', {}, t('verify.notFoundDetail', { code }))) };
    }
    if (error instanceof ApiError && error.status === 429) {
      return { found: false, result: result('not-checked', t('verify.notChecked'), h('p', {}, t('verify.tooMany'))) };
    }
    throw error;
  }
}

function result(kind: string, heading: string, details: HTMLElement): HTMLElement {
  return h('div', { class: `verify-result verify-${kind}`, role: 'status' }, h('h2', { tabindex: -1, 'data-focus': true }, heading), details);
}

/** The code as printed on the document; checking it opens its own address, which can be shared. */
function codeForm(value: string): HTMLFormElement {
  const summary = h('div', { class: 'error-summary', role: 'alert', tabindex: '-1', hidden: true });
  const code = textField(
    'code',
    t('issued.code'),
    { autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', required: true, value },
    t('verify.codeHint'),
  );
  const form = h('form', { novalidate: true, class: 'verify-form' }, summary, code.element, h('button', { type: 'submit', class: 'button' }, t('verify.submit')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const typed = code.input.value.trim();
    if (!typed) {
      showFieldErrors(summary, { code }, { code: [t('verify.codeMissing')] });
      return;
    }
    navigate(`/verify/${encodeURIComponent(typed)}`);
  });
  return form;
}
