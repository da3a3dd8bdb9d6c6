import { commands, isCommandName } from '../../preload/contract/commands';
import type { Result } from '../../preload/contract/result';
import { AppError } from '../core/shared/app-error';
import { badInput, badOutput, toErrorDto } from './error-mapping';
import type { HandlerContext } from './handler-context';
import type { Handler, Handlers } from './handler-types';
import { handlers as registry } from './registry';

export interface DispatchRequest {
  /** From the wire: not trusted to be a contract name. */
  name: unknown;
  rawInput: unknown;
  ctx: HandlerContext;
  /** Defaults to the registry; tests pass their own to exercise error mapping. */
  handlers?: Handlers;
  /** Check every answer against the output schema (dev and tests; off in production builds). */
  validateOutput?: boolean;
}

/**
 * The single entry both transports call: name check → input parse (BAD_INPUT with the zod
 * path) → handler → output check → errors as values. Never throws.
 */
export async function dispatch(request: DispatchRequest): Promise<Result<unknown>> {
  const { name, rawInput, ctx, handlers = registry, validateOutput = process.env.NODE_ENV !== 'production' } = request;
  if (!isCommandName(name)) {
    const shown = typeof name === 'string' ? `"${name.slice(0, 100)}"` : typeof name;
    return { ok: false, error: new AppError('BAD_INPUT', `unknown command ${shown}`, { command: typeof name === 'string' ? name.slice(0, 100) : null }).toDto() };
  }
  const spec = commands[name];
  try {
    const parsed = spec.input.safeParse(rawInput);
    if (!parsed.success) throw badInput(name, parsed.error);
    // The registry's type ties each name to its handler; indexing by a union loses that link.
    const handler = handlers[name] as Handler<typeof name> as (input: unknown, ctx: HandlerContext) => unknown;
    const value = await handler(parsed.data, ctx);
    if (!validateOutput) return { ok: true, value };
    const checked = spec.output.safeParse(value);
    if (!checked.success) throw badOutput(name, checked.error);
    return { ok: true, value: checked.data };
  } catch (err) {
    const { dto, unexpected } = toErrorDto(name, err);
    if (unexpected || dto.code === 'INTERNAL') {
      ctx.log({ level: 'error', message: `${name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`, fields: { command: name } });
    }
    return { ok: false, error: dto };
  }
}
