import { mediaUrl, previewUrl, type CommandInput, type CommandName, type CommandOutput, type EventName, type EventPayload } from '../../../preload/contract/api';
import type { UploadReceiptDto } from '../../../preload/contract/dto/media-dto';
import { ApiError } from './api-error';
import type { Transport } from './transport';

export interface ApiClient {
  readonly mode: 'electron' | 'browser';
  /** Runs a contract command; resolves with its output or rejects with an ApiError (code + message). */
  call<N extends CommandName>(name: N, input: CommandInput<N>): Promise<CommandOutput<N>>;
  /** Listens to a contract event; returns the function that stops listening. */
  on<N extends EventName>(name: N, listener: (payload: EventPayload<N>) => void): () => void;
  /** Where <img>/<video> load a library asset from, in this mode. */
  mediaUrl(assetId: string, variant?: 'file' | 'thumbnail' | 'filmstrip'): string;
  /** Where a finished preview render (render.finished output id) plays from, in this mode. */
  previewUrl(previewId: string): string;
  /** Browser mode: uploads a dropped file and gives the id media.import takes. */
  upload(file: Blob & { name: string }): Promise<UploadReceiptDto>;
}

export function createApiClient(transport: Transport): ApiClient {
  return {
    mode: transport.mode,
    async call(name, input) {
      const result = await transport.invoke(name, input);
      if (!result.ok) throw new ApiError(name, result.error);
      // Main checked the value against the command's output schema before sending it.
      return result.value as CommandOutput<typeof name>;
    },
    on(name, listener) {
      return transport.on(name, listener as (payload: unknown) => void);
    },
    mediaUrl: (assetId, variant = 'file') => mediaUrl(transport.mode, assetId, variant),
    previewUrl: (previewId) => previewUrl(transport.mode, previewId),
    async upload(file) {
      if (!transport.upload) {
        throw new ApiError('upload', { code: 'BAD_INPUT', message: 'uploads exist only in browser mode; the desktop app imports files by path' });
      }
      const result = await transport.upload(file);
      if (!result.ok) throw new ApiError('upload', result.error);
      return result.value;
    },
  };
}
