import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/app-error';
import { checkBudget, effectiveBudgetUsd, remainingBudgetUsd } from './budget';

describe('budget', () => {
  it('lets spending up to the cap through, exactly', () => {
    expect(() => checkBudget({ projectId: 'p', budgetUsd: 0.5, committedUsd: 0.3, addUsd: 0.2 })).not.toThrow();
    expect(() => checkBudget({ projectId: 'p', budgetUsd: null, committedUsd: 100, addUsd: 100 })).not.toThrow();
    expect(() => checkBudget({ projectId: 'p', budgetUsd: 0, committedUsd: 0, addUsd: 0 })).not.toThrow();
  });

  it('blocks spending beyond the cap with BUDGET_EXCEEDED and the numbers', () => {
    let caught: unknown;
    try {
      checkBudget({ projectId: 'p1', budgetUsd: 1, committedUsd: 0.75, addUsd: 0.5 });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('BUDGET_EXCEEDED');
    expect((caught as AppError).message).toMatch(/^This would spend about \$0\.50 on project p1, which has \$0\.75 spent or committed of its \$1\.00 budget\./);
    expect((caught as AppError).details).toEqual({ projectId: 'p1', budgetUsd: 1, committedUsd: 0.75, addUsd: 0.5 });
  });

  it('picks the project cap over the app default and reports what is left', () => {
    expect(effectiveBudgetUsd(2, 10)).toBe(2);
    expect(effectiveBudgetUsd(null, 10)).toBe(10);
    expect(effectiveBudgetUsd(undefined, null)).toBe(null);
    expect(remainingBudgetUsd(1, 0.3)).toBe(0.7);
    expect(remainingBudgetUsd(1, 3)).toBe(0);
    expect(remainingBudgetUsd(null, 3)).toBe(null);
  });
});
