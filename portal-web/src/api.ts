import { locale } from './i18n';
import { heardFrom, noAnswer } from './net/reachability';

// The portal API, called with the browser's session: the CSRF token travels from the
// XSRF-TOKEN cookie to the X-XSRF-TOKEN header on every change.
export interface Problem {
  title?: string;
  detail?: string;
  status?: number;
  errors?: Record<string, string[]>;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
    /** The server's Retry-After, in seconds, when it said when to come back. */
    readonly retryAfter?: string,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
  }
}

export function csrfToken(): string | undefined {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : undefined;
}

/**
 * Every call's headers. X-Requested-With: the server then sends no Basic challenge, so
 * the browser shows no password dialog; a change carries the CSRF token.
 */
function headersFor(method: string): Record<string, string> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': locale(),
    'X-Requested-With': 'XMLHttpRequest',
  };
  const token = csrfToken();
  if (method !== 'GET' && token) {
    headers['X-XSRF-TOKEN'] = token;
  }
  return headers;
}

/** No answer: the connection failed or the server took too long. Worth trying again. */
export class NetworkError extends Error {}

export interface ApiInit {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Give up waiting after this long (a NetworkError). */
  timeoutMs?: number;
}

export async function api<T>(path: string, init: ApiInit = {}): Promise<T> {
  const method = init.method ?? 'GET';
  const headers = { ...headersFor(method), ...init.headers };
  if (init.body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  const response = await reached(
    fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
      signal: init.timeoutMs ? AbortSignal.timeout(init.timeoutMs) : undefined,
    }),
  );
  return read<T>(response);
}

/** The answer, telling the portal whether the server was reached; no answer is a NetworkError. */
async function reached(call: Promise<Response>): Promise<Response> {
  try {
    const response = await call;
    heardFrom(response);
    return response;
  } catch (error) {
    noAnswer();
    throw new NetworkError(error instanceof Error ? error.message : String(error));
  }
}

/**
 * A form post (application/x-www-form-urlencoded), such as Spring Security's sign-in,
 * with the portal's headers; the raw response, redirects followed.
 */
export function postForm(path: string, body: URLSearchParams): Promise<Response> {
  return reached(fetch(path, { method: 'POST', headers: headersFor('POST'), credentials: 'same-origin', body }));
}

/** The answer's JSON, or an ApiError with the problem the server described. */
async function read<T>(response: Response): Promise<T> {
  if (response.status === 204) {
    return undefined as T;
  }
  if (!response.ok) {
    const problem: unknown = await response.json().catch(() => ({}));
    throw new ApiError(response.status, problem as Problem, response.headers.get('Retry-After') ?? undefined);
  }
  try {
    return (await response.json()) as T;
  } catch (error) {
    // the answer was cut off on the way: whether it was done, a retry with its key tells
    throw new NetworkError(error instanceof Error ? error.message : String(error));
  }
}

export interface Service {
  key: string;
  name: string;
  description?: string;
  category?: string;
  processingDays?: number;
}

export interface ServiceDetail extends Service {
  fee?: string;
  requirements: string[];
  version: number;
  milestones: { code: string; label: string }[];
  startForm: FormSchema;
}

export interface FormSchema {
  id: string;
  components: FormComponent[];
  [other: string]: unknown;
}

export interface FormComponent {
  id: string;
  key?: string;
  type: string;
  label?: string;
  dateLabel?: string;
  values?: { label: string; value: unknown }[];
  /** a group's or dynamic list's data path */
  path?: string;
  isRepeating?: boolean;
  components?: FormComponent[];
  [other: string]: unknown;
}

export interface RequestSummary {
  reference: string;
  serviceKey: string;
  serviceName: string;
  status: string;
  statusLabel: string;
  closed: boolean;
  submittedAt: string;
  updatedAt: string;
}

export interface RequestDetail extends RequestSummary {
  data: Record<string, unknown>;
  /** the start form of the version the request was made with, unless that was deleted */
  form?: FormSchema;
  timeline: { code: string; label: string; reachedAt: string }[];
  closedAt?: string;
  /** what the process gave the applicant to read (a licence number, a rejection reason), by variable name */
  outcome?: Record<string, unknown>;
  payment?: { status: string; amount: number; currency: string; checkoutUrl?: string; payBy?: string };
  /** The service-level clock of an open request: a decision's date, still while waiting for the applicant. */
  serviceLevel?: { workingDays: number; decisionExpectedBy?: string; waitingForCitizen: boolean; pausedWorkingDays: number };
  actions: { id: string; name: string; created: string; due?: string; form: { schema: FormSchema; data: Record<string, unknown> } }[];
  /** the licences, certificates and permits issued on the request */
  documents?: IssuedDocument[];
  /** the citizen's receipts: for the application and for each payment */
  receipts?: Receipt[];
}

/** A licence, certificate or permit issued on a request: its PDF, and the code that proves it genuine. */
export interface IssuedDocument {
  id: string;
  /** what it is, in the reader's language */
  title: string;
  number: string;
  filename: string;
  issuedAt: string;
  validUntil: string | null;
  status: 'valid' | 'revoked' | 'expired';
  revokedAt: string | null;
  /** printed on the document, for anyone to check it on the verification page */
  verificationCode: string;
  verificationUrl: string;
}

/** A receipt the server makes as a PDF on request, in the language asked for. */
export interface Receipt {
  kind: 'submission' | 'payment';
  title: string;
  date: string;
  /** a payment's */
  amount?: number;
  currency?: string;
  path: string;
}

export interface Page<T> {
  content: T[];
  page: number;
  size: number;
  totalElements: number;
  totalPages: number;
}

export interface CurrentUser {
  userId: string;
  roles: string[];
  departments: string[];
}

export interface TaskSummary {
  id: string;
  name: string;
  taskKey: string;
  serviceKey: string;
  serviceName: string;
  reference: string;
  assignee: string | null;
  created: string;
  due: string | null;
  /** Working days from today to the due date in the public body's calendar: 0 today, negative when late. */
  dueInWorkingDays?: number | null;
  /** Late and escalated to the department's supervisors. */
  escalated?: boolean;
}

export interface TaskDetail {
  task: TaskSummary;
  form: { schema: FormSchema; data: Record<string, unknown> };
  request: RequestDetail;
}

export interface AttachmentInfo {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: string;
  /** the file picker's files key it was chosen under */
  field?: string;
}

/**
 * Downloads a file the server makes for the reader (a receipt) in the portal's language,
 * not the browser's: fetched with the portal's headers, then saved under the name the
 * server gives it.
 */
export async function download(path: string, fallbackName: string): Promise<void> {
  const headers = { ...headersFor('GET'), Accept: 'application/pdf, application/problem+json' };
  const response = await reached(fetch(path, { headers, credentials: 'same-origin' }));
  if (!response.ok) {
    const problem: unknown = await response.json().catch(() => ({}));
    throw new ApiError(response.status, problem as Problem);
  }
  const file = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = file;
  link.download = filenameOf(response) ?? fallbackName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // the browser has read the file once its download has begun; a minute is ample
  window.setTimeout(() => URL.revokeObjectURL(file), 60_000);
}

/** The file name in a Content-Disposition header: the UTF-8 one if given, else the plain one. */
function filenameOf(response: Response): string | undefined {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (encoded) {
    return decodeURIComponent(encoded[1]);
  }
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1];
}

/** A multipart upload, with the session's CSRF token like every change. */
export async function upload<T>(path: string, file: File, field?: string): Promise<T> {
  const body = new FormData();
  body.append('file', file);
  if (field) {
    body.append('field', field);
  }
  const headers = headersFor('POST');
  return read<T>(await reached(fetch(path, { method: 'POST', headers, body, credentials: 'same-origin' })));
}
