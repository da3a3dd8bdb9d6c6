import { describe, expect, it } from 'vitest';
import { JOB_REVIEWS as CONTRACT_JOB_REVIEWS, JOB_STATES as CONTRACT_JOB_STATES } from '../../preload/contract/dto/job-dto';
import { KEY_PROVIDERS } from '../../preload/contract/dto/keys-dto';
import { MAX_PLAN_VARIATIONS } from '../../preload/contract/commands/plan-commands';
import { MAX_VARIATIONS } from '../core/generate/planner';
import { SECRET_NAMES } from '../core/ports/secret-store';
import { JOB_REVIEWS } from '../core/storage/job-review';
import { JOB_STATES } from '../core/storage/job-state';

// The contract may not import main/, so it repeats these lists; this keeps the copies equal.
describe('lists the contract repeats from core', () => {
  it('job states', () => expect(CONTRACT_JOB_STATES).toEqual(JOB_STATES));
  it('job reviews', () => expect(CONTRACT_JOB_REVIEWS).toEqual(JOB_REVIEWS));
  it('key providers', () => expect(KEY_PROVIDERS).toEqual(SECRET_NAMES));
  it('plan variations', () => expect(MAX_PLAN_VARIATIONS).toBe(MAX_VARIATIONS));
});
