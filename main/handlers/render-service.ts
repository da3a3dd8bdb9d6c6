import { randomUUID } from 'node:crypto';
import { AppError } from '../core/shared/app-error';
import type { HandlerLogEntry } from './handler-context';
import { PROXY_SHORT_SIDE } from './proxy-size';

export type RenderKind = 'export' | 'preview';

export interface RenderRequest {
  kind: RenderKind;
  projectId: string;
  /** For the CONFLICT message a second export gets, e.g. 'export of "Mug ad" to /x/ad.mp4'. */
  describe: string;
}

/** Runs one render in the background; reports its own progress and result (it must not throw). */
export type RenderWork = (renderId: string, signal: AbortSignal) => Promise<void>;

/**
 * The renders running in this app. One export at a time (two FFmpeg encodes on a laptop only
 * make both slow); one preview at a time too, but a new preview replaces the running one, since
 * only the latest edit is worth looking at.
 */
export interface RenderService {
  /** Short side of proxy renders (previews, draft exports), in pixels. */
  readonly proxyShortSide: number;
  /** Starts `work` and returns its render id; CONFLICT while another export runs. */
  begin(request: RenderRequest, work: RenderWork): string;
  /** Stops a render and resolves once its files are cleaned up; a finished render is left alone. */
  cancel(renderId: string): Promise<void>;
  /** Stops every render (the app is quitting). */
  stop(): Promise<void>;
}

interface Running extends RenderRequest {
  ctrl: AbortController;
  done: Promise<void>;
}

/** Recently finished ids, so a cancel that races the end of a render is not an error. */
const FINISHED_MEMORY = 50;

export function createRenderService(opts: { proxyShortSide?: number; log: (entry: HandlerLogEntry) => void }): RenderService {
  const running = new Map<string, Running>();
  const finished: string[] = [];

  const remember = (renderId: string): void => {
    finished.push(renderId);
    if (finished.length > FINISHED_MEMORY) finished.shift();
  };

  return {
    proxyShortSide: opts.proxyShortSide ?? PROXY_SHORT_SIDE,
    begin(request, work) {
      const busy = [...running.entries()].find(([, r]) => r.kind === request.kind);
      if (busy && request.kind === 'export') {
        const [id, other] = busy;
        throw new AppError('CONFLICT', `render ${id} (${other.describe}) is still running; wait for it to finish or cancel it first`, { renderId: id, projectId: other.projectId });
      }
      if (busy) busy[1].ctrl.abort('replaced');
      const renderId = randomUUID();
      const ctrl = new AbortController();
      const entry: Running = { ...request, ctrl, done: Promise.resolve() };
      running.set(renderId, entry);
      entry.done = work(renderId, ctrl.signal)
        .catch((err: unknown) => opts.log({ level: 'error', message: `render ${renderId} failed unexpectedly: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`, fields: { renderId } }))
        .finally(() => {
          running.delete(renderId);
          remember(renderId);
        });
      return renderId;
    },
    async cancel(renderId) {
      const entry = running.get(renderId);
      if (entry === undefined) {
        if (finished.includes(renderId)) return;
        throw new AppError('NOT_FOUND', `render ${renderId} is not running in this app`, { renderId });
      }
      entry.ctrl.abort('cancel');
      await entry.done;
    },
    async stop() {
      for (const entry of running.values()) entry.ctrl.abort('shutdown');
      await Promise.all([...running.values()].map((r) => r.done));
    },
  };
}
