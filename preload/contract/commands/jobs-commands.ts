import { z } from 'zod';
import { JobId, Nothing } from '../dto/common';
import { JobDto, JobReview, ListJobsInput } from '../dto/job-dto';
import { command } from './command-spec';

const ById = z.object({ jobId: JobId }).strict();

export const jobsCommands = {
  'jobs.list': command(ListJobsInput, z.array(JobDto), "Jobs of a project or of the whole library, newest first, optionally by state."),
  'jobs.cancel': command(ById, JobDto, 'Cancels a job, including its remote task.'),
  'jobs.retry': command(ById, JobDto, 'Queues a failed or cancelled job again.'),
  'jobs.resume': command(z.object({}).strict(), Nothing, 'Resumes unfinished jobs (polling remote tasks that were already paid for).'),
  'jobs.review': command(
    z.object({ jobId: JobId, review: JobReview }).strict(),
    JobDto,
    'Records whether the person kept (approved) or threw away (rejected) a finished output; BAD_INPUT for a job that has not succeeded.',
  ),
} as const;
