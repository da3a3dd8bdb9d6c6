import type { z } from 'zod';
import type { CommandName, Commands } from '../../preload/contract/commands';
import type { HandlerContext } from './handler-context';

/** A handler gets the parsed input (defaults filled in) and may answer in the output's input shape. */
export type Handler<N extends CommandName> = (
  input: z.output<Commands[N]['input']>,
  ctx: HandlerContext,
) => Promise<z.input<Commands[N]['output']>> | z.input<Commands[N]['output']>;

/** Every command, implemented: a missing or mistyped handler fails `tsc`. */
export type Handlers = { [N in CommandName]: Handler<N> };

/** The handlers of one namespace ("projects" → projects.*), for the one-file-per-namespace layout. */
export type NamespaceHandlers<P extends string> = { [N in Extract<CommandName, `${P}.${string}`>]: Handler<N> };
