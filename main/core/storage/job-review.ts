/**
 * A person's verdict on a finished output: kept (approved), thrown away (rejected) or not yet
 * seen (pending). Only succeeded jobs have an output to judge; the contract repeats this list.
 */
export const JOB_REVIEWS = ['pending', 'approved', 'rejected'] as const;
export type JobReview = (typeof JOB_REVIEWS)[number];

export function isJobReview(value: unknown): value is JobReview {
  return typeof value === 'string' && (JOB_REVIEWS as readonly string[]).includes(value);
}
