import { z } from 'zod';

/** The parts of a prediction (api-protocols.md §2.3) the adapter reads; the rest may vary. */
export const Prediction = z.looseObject({
  id: z.string().min(1),
  model: z.string().optional(),
  status: z.enum(['starting', 'processing', 'succeeded', 'failed', 'canceled', 'aborted']),
  input: z.record(z.string(), z.unknown()).nullish(),
  output: z.unknown().optional(),
  error: z.unknown().optional(),
  logs: z.string().nullish(),
  data_removed: z.boolean().optional(),
  metrics: z
    .looseObject({
      predict_time: z.number().optional(),
      input_token_count: z.number().optional(),
      output_token_count: z.number().optional(),
    })
    .nullish(),
});
export type Prediction = z.infer<typeof Prediction>;

export const Account = z.looseObject({ type: z.string().optional(), username: z.string() });

export const FileObject = z.looseObject({ id: z.string(), urls: z.looseObject({ get: z.string() }) });

/** Error bodies are RFC 7807-ish: detail always, often title and invalid_fields. */
export const ProblemBody = z.looseObject({
  detail: z.unknown().optional(),
  title: z.string().optional(),
  invalid_fields: z.array(z.looseObject({ field: z.string().optional(), description: z.string().optional() })).optional(),
});
