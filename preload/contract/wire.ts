import { z } from 'zod';
import { ResultEnvelope } from './result';

/**
 * Browser-mode WebSocket frames (JSON text). The client numbers its calls; the server answers
 * each with the same id and pushes events unasked. Names are checked against the contract
 * after parsing the frame, inputs by the command's schema in main/handlers.
 */
export const MAX_WIRE_MESSAGE_BYTES = 1024 * 1024;

export const CallFrame = z
  .object({
    t: z.literal('call'),
    id: z.number().int().nonnegative().max(2 ** 31),
    name: z.string().max(100),
    input: z.unknown(),
  })
  .strict();
export type CallFrame = z.infer<typeof CallFrame>;

export const ResultFrame = z.object({ t: z.literal('result'), id: z.number().int().nonnegative(), result: ResultEnvelope }).strict();
export type ResultFrame = z.infer<typeof ResultFrame>;

export const EventFrame = z.object({ t: z.literal('event'), name: z.string(), payload: z.unknown() }).strict();
export type EventFrame = z.infer<typeof EventFrame>;

export const ServerFrame = z.discriminatedUnion('t', [ResultFrame, EventFrame]);
export type ServerFrame = z.infer<typeof ServerFrame>;

/** The WebSocket path and the header/cookie/query names browser mode uses for its token. */
export const WS_PATH = '/ws';
export const TOKEN_QUERY = 'token';
export const TOKEN_COOKIE = 'adloom_token';
export const TOKEN_HEADER = 'x-adloom-token';
