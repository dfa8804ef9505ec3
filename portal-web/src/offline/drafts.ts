import { api, ApiError, NetworkError } from '../api';
import { formatDate, t } from '../i18n';
import { isReachable, reachableAgain } from '../net/reachability';
import { device, LocalDraft } from './device';

/** A draft as the server keeps it. */
export interface ServerDraft {
  data: Record<string, unknown>;
  savedAt: string;
  version: number;
  changes?: { added: string[]; removed: string[] };
}

export interface OpenedDraft {
  keeper: DraftKeeper;
  /** what the form starts with */
  data: Record<string, unknown>;
  changes?: ServerDraft['changes'];
}

const BACKOFF_SECONDS = [1, 2, 4, 8, 16, 30];

/**
 * A citizen's draft of one application, kept in the browser first and then on the
 * server, with the version it was typed over (If-Match): typing offline loses nothing,
 * and a copy typed offline never silently overwrites one saved since on another device.
 * When the two differ, the newer wins and the citizen is told which.
 */
export class DraftKeeper {
  private pushing = false;
  /** Submitted: nothing more to save. */
  private done = false;
  private again = false;
  private failures = 0;
  private serverWins?: (data: Record<string, unknown>) => Promise<void>;
  /** When the other device's draft this browser's newer one is replacing was saved. */
  private replacing?: string;

  private constructor(
    private readonly userId: string,
    private readonly serviceKey: string,
    /** the server draft's version this browser last saw */
    private version: number | undefined,
    private readonly status: HTMLElement,
  ) {}

  private get path(): string {
    return `/api/services/${encodeURIComponent(this.serviceKey)}/draft`;
  }

  /** The draft to go on with: this browser's unsent one or the server's, whichever is newer. */
  static async open(userId: string, serviceKey: string, status: HTMLElement): Promise<OpenedDraft> {
    // read once no save of this browser's is on its way, so that it is not taken for another device's
    const [local, server] = await inTurnFor(userId, serviceKey, async (): Promise<[LocalDraft | undefined, ServerDraft | null | undefined]> => [
      await (await device()).get('drafts', [userId, serviceKey]),
      await serverDraft(`/api/services/${encodeURIComponent(serviceKey)}/draft`),
    ]);
    const keeper = new DraftKeeper(userId, serviceKey, server?.version, status);
    if (!local || local.synced) {
      if (server) {
        keeper.say(t('service.draftResumed', { time: formatDate(server.savedAt, true) }));
        return { keeper, data: server.data, changes: server.changes };
      }
      // offline (the server unknown), or the server's is gone: this browser's copy, if any
      return { keeper, data: server === undefined ? (local?.data ?? {}) : {} };
    }
    if (server && server.version !== local.basedOn && Date.parse(server.savedAt) > local.editedAt) {
      await keeper.forgetLocal();
      keeper.say(t('service.draftNewerElsewhere', { time: formatDate(server.savedAt, true) }));
      return { keeper, data: server.data, changes: server.changes };
    }
    keeper.say(t('service.draftOnDevice', { time: formatDate(new Date(local.editedAt).toISOString(), true) }));
    void keeper.push();
    return { keeper, data: local.data };
  }

  /** What the form shows when a newer draft from another device wins. */
  onServerWins(listener: (data: Record<string, unknown>) => Promise<void>): void {
    this.serverWins = listener;
  }

  /** Typed: kept in this browser at once, then saved on the server. */
  async typed(data: Record<string, unknown>): Promise<void> {
    if (this.done) {
      return;
    }
    await this.inTurn(async () => {
      if (this.done) {
        return;
      }
      const db = await device();
      const before = await db.get('drafts', [this.userId, this.serviceKey]);
      const local: LocalDraft = { userId: this.userId, serviceKey: this.serviceKey, data, editedAt: Date.now(), basedOn: before?.basedOn ?? this.version, synced: false };
      await db.put('drafts', local);
    });
    await this.push();
  }

  /**
   * One save of this draft at a time in this browser, across pages and tabs: each starts
   * from the version the one before it saved, so a browser never conflicts with itself.
   */
  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    return inTurnFor(this.userId, this.serviceKey, work);
  }

  /**
   * The application is on its way: the draft is done with, in this browser too, and a
   * save still pending from the last keystrokes must not bring it back.
   */
  async submitted(): Promise<void> {
    this.done = true;
    await this.inTurn(() => this.forgetLocal());
  }

  /** The server refused the application: the citizen puts it right, and the draft is kept again. */
  refused(): void {
    this.done = false;
  }

  private async forgetLocal(): Promise<void> {
    await (await device()).delete('drafts', [this.userId, this.serviceKey]);
  }

  /** Saves this browser's copy on the server; one save at a time, the latest last. */
  private async push(): Promise<void> {
    if (this.done) {
      return;
    }
    if (this.pushing) {
      this.again = true;
      return;
    }
    this.pushing = true;
    try {
      do {
        this.again = false;
        await this.inTurn(() => this.pushOnce());
      } while (this.again);
    } finally {
      this.pushing = false;
    }
  }

  private async pushOnce(): Promise<void> {
    const db = await device();
    const local = await db.get('drafts', [this.userId, this.serviceKey]);
    if (!local || local.synced || this.done) {
      return;
    }
    // the version this browser saw last, whichever of its pages saved it
    this.version = local.basedOn ?? this.version;
    try {
      if (this.version === undefined) {
        const there = await serverDraft(this.path);
        if (there) {
          // saved on another device since this page found none
          await this.settle(local, there);
          return;
        }
      }
      const saved = await api<ServerDraft>(this.path, {
        method: 'PUT',
        body: local.data,
        headers: this.version === undefined ? {} : { 'If-Match': `"${this.version}"` },
        timeoutMs: 30_000,
      });
      this.version = saved.version;
      this.failures = 0;
      const now = await db.get('drafts', [this.userId, this.serviceKey]);
      // typed on meanwhile: that is saved next, over this version
      await db.put('drafts', now && now.editedAt !== local.editedAt ? { ...now, basedOn: saved.version } : { ...local, basedOn: saved.version, synced: true });
      this.say(
        this.replacing
          ? t('service.draftReplacedElsewhere', { time: formatDate(this.replacing, true) })
          : t('service.draftSaved', { time: formatDate(saved.savedAt, true) }),
      );
      this.replacing = undefined;
    } catch (error) {
      if (error instanceof ApiError && error.status === 412) {
        await this.settle(local, await serverDraft(this.path));
      } else if (error instanceof NetworkError || (error instanceof ApiError && (error.status >= 500 || error.status === 429))) {
        this.say(t('service.draftOnDevice', { time: formatDate(new Date(local.editedAt).toISOString(), true) }));
        this.later();
      } else {
        throw error;
      }
    }
  }

  /** Another device saved the draft since: the newer of the two stays. */
  private async settle(local: LocalDraft, server: ServerDraft | null | undefined): Promise<void> {
    this.version = server?.version;
    if (server && Date.parse(server.savedAt) > local.editedAt) {
      await this.forgetLocal();
      await this.serverWins?.(server.data);
      this.say(t('service.draftNewerElsewhere', { time: formatDate(server.savedAt, true) }));
    } else {
      // this browser's is the newer: it goes over the other, and the citizen is told
      await (await device()).put('drafts', { ...local, basedOn: this.version });
      this.replacing = server?.savedAt;
      this.again = true;
    }
  }

  /** Again when the connection is back, or after a pause if the server had a passing fault. */
  private later(): void {
    if (!isReachable()) {
      void reachableAgain().then(() => this.push());
      return;
    }
    const seconds = BACKOFF_SECONDS[Math.min(this.failures++, BACKOFF_SECONDS.length - 1)];
    window.setTimeout(() => void this.push(), seconds * 1000);
  }

  private say(text: string): void {
    this.status.textContent = text;
  }
}

/** Under the Web Lock of one citizen's draft of one service. */
function inTurnFor<T>(userId: string, serviceKey: string, work: () => Promise<T>): Promise<T> {
  return navigator.locks.request(`draft:${userId}:${serviceKey}`, work) as Promise<T>;
}

/** The server's draft; null for none; undefined without a connection. */
async function serverDraft(path: string): Promise<ServerDraft | null | undefined> {
  try {
    return await api<ServerDraft>(path);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      return null;
    }
    if (error instanceof NetworkError) {
      return undefined;
    }
    throw error;
  }
}
