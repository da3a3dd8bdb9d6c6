import { z } from 'zod';

const Credits = z.looseObject({ credits: z.number() });

export const CreateResponse = z.looseObject({ id: z.string().min(1), estimatedCost: Credits.optional() });

/** GET /v1/tasks/{id} (api-protocols.md §1.6): the fields per status. */
export const Task = z.discriminatedUnion('status', [
  z.looseObject({ id: z.string(), status: z.literal('PENDING'), estimatedCost: Credits.optional() }),
  z.looseObject({ id: z.string(), status: z.literal('THROTTLED'), estimatedCost: Credits.optional() }),
  z.looseObject({ id: z.string(), status: z.literal('RUNNING'), progress: z.number().optional(), estimatedCost: Credits.optional() }),
  z.looseObject({ id: z.string(), status: z.literal('SUCCEEDED'), output: z.array(z.string()), cost: Credits.optional() }),
  z.looseObject({ id: z.string(), status: z.literal('FAILED'), failure: z.string(), failureCode: z.string().optional(), cost: Credits.optional() }),
  z.looseObject({ id: z.string(), status: z.literal('CANCELLED'), cost: Credits.optional() }),
]);
export type Task = z.infer<typeof Task>;

export const Organization = z.looseObject({ creditBalance: z.number() });

/** Error envelope: `error` always, `issues` (zod-style) on validation errors. */
export const ErrorBody = z.looseObject({
  error: z.string().optional(),
  issues: z.array(z.looseObject({ path: z.array(z.union([z.string(), z.number()])).optional(), message: z.string().optional() })).optional(),
});
