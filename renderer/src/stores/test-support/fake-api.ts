import type { CommandInput, CommandName, CommandOutput, EventName, EventPayload } from '../../../../preload/contract/api';
import type { UploadReceiptDto } from '../../../../preload/contract/dto/media-dto';
import type { AppErrorDto } from '../../../../preload/contract/errors';
import { ApiError, type ApiClient } from '../../api';

type Handler<N extends CommandName> = (input: CommandInput<N>) => CommandOutput<N> | Promise<CommandOutput<N>>;

/**
 * An in-memory ApiClient for unit tests: commands answered by handlers the test sets, calls
 * recorded in order, events pushed with emit(). Not a mock of main: it only answers what a
 * test decides main would answer.
 */
export class FakeApi implements ApiClient {
  readonly calls: { name: CommandName; input: unknown }[] = [];
  readonly uploads: string[] = [];
  private readonly handlers = new Map<CommandName, Handler<CommandName>>();
  private readonly listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  uploadHandler: (file: Blob & { name: string }) => Promise<UploadReceiptDto> = (file) =>
    Promise.resolve({ uploadId: String(this.uploads.length).padStart(32, '0'), name: file.name, byteSize: file.size });

  constructor(readonly mode: 'electron' | 'browser' = 'browser') {}

  handle<N extends CommandName>(name: N, handler: Handler<N>): this {
    this.handlers.set(name, handler as unknown as Handler<CommandName>);
    return this;
  }

  callsOf<N extends CommandName>(name: N): CommandInput<N>[] {
    return this.calls.filter((c) => c.name === name).map((c) => c.input as CommandInput<N>);
  }

  async call<N extends CommandName>(name: N, input: CommandInput<N>): Promise<CommandOutput<N>> {
    this.calls.push({ name, input });
    const handler = this.handlers.get(name) as Handler<N> | undefined;
    if (!handler) throw new ApiError(name, { code: 'INTERNAL', message: `the fake api has no handler for ${name}` });
    return handler(input);
  }

  on<N extends EventName>(name: N, listener: (payload: EventPayload<N>) => void): () => void {
    const set = this.listeners.get(name) ?? new Set();
    this.listeners.set(name, set);
    set.add(listener as (payload: unknown) => void);
    return () => set.delete(listener as (payload: unknown) => void);
  }

  emit<N extends EventName>(name: N, payload: EventPayload<N>): void {
    for (const listener of this.listeners.get(name) ?? []) listener(payload);
  }

  listenerCount(name: EventName): number {
    return this.listeners.get(name)?.size ?? 0;
  }

  mediaUrl(assetId: string, variant: 'file' | 'thumbnail' | 'filmstrip' = 'file'): string {
    return variant === 'thumbnail' ? `/media/${assetId}/thumbnail` : `/media/${assetId}`;
  }

  previewUrl(previewId: string): string {
    return `/media/preview/${previewId}`;
  }

  upload(file: Blob & { name: string }): Promise<UploadReceiptDto> {
    this.uploads.push(file.name);
    return this.uploadHandler(file);
  }
}

export function apiError(command: string, error: AppErrorDto): ApiError {
  return new ApiError(command, error);
}
