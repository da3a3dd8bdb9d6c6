import { z } from 'zod';
import { Id } from '../project/primitives';

/** Commands that take nothing still take an object, so they can grow without a breaking change. */
export const NoInput = z.object({}).strict();

/** Commands that answer nothing answer null (a JSON value, unlike undefined). */
export const Nothing = z.null();

/** An ISO-8601 timestamp as written by the store. */
export const Timestamp = z.string().min(1).max(40);

export const ProjectId = Id;
export const JobId = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'must be a job id');

/** Money in US dollars, as estimated or charged. */
export const Usd = z.number().nonnegative().finite();
