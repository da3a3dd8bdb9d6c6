import type { CommandName, EventName } from '../../../preload/contract/api';
import type { UploadReceiptDto } from '../../../preload/contract/dto/media-dto';
import type { Result } from '../../../preload/contract/result';

/**
 * How commands reach main: Electron IPC (window.adloom) or the browser-mode WebSocket. The api
 * client is the only user; features never see which one is in use.
 */
export interface Transport {
  readonly mode: 'electron' | 'browser';
  invoke(name: CommandName, input: unknown): Promise<Result<unknown>>;
  on(name: EventName, listener: (payload: unknown) => void): () => void;
  /** Browser mode only: sends a dropped file's bytes (the browser hides its path). */
  upload?(file: Blob & { name: string }): Promise<Result<UploadReceiptDto>>;
}

/** A transport-level failure, shaped like any other command error. */
export function transportFailure(message: string): Result<never> {
  return { ok: false, error: { code: 'IO_ERROR', message } };
}
