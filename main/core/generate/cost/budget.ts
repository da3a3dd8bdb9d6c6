import { AppError } from '../../shared/app-error';

const micros = (usd: number): number => Math.round(usd * 1_000_000);
const usd = (m: number): string => `$${(m / 1_000_000).toFixed(2)}`;

/**
 * The cap that applies to a project: its own `settings.budgetUsd`, else the app-wide default
 * (AppSettings.projectBudgetUsd), else none.
 */
export function effectiveBudgetUsd(documentBudgetUsd: number | null | undefined, appDefaultUsd: number | null | undefined): number | null {
  return documentBudgetUsd ?? appDefaultUsd ?? null;
}

/** What is left under the cap after what is spent or committed; null without a cap. */
export function remainingBudgetUsd(budgetUsd: number | null, committedUsd: number): number | null {
  if (budgetUsd === null) return null;
  return Math.max(0, micros(budgetUsd) - micros(committedUsd)) / 1_000_000;
}

/**
 * Refuses new spending that would take a project past its budget. `committedUsd` is what the
 * ledger counts as spent or on its way (CostTotals.committedUsd), so jobs still running count.
 * Compared in whole micro-dollars: $0.30 + $0.20 must fit a $0.50 budget exactly.
 */
export function checkBudget(input: { projectId: string; budgetUsd: number | null; committedUsd: number; addUsd: number }): void {
  const { projectId, budgetUsd, committedUsd, addUsd } = input;
  if (budgetUsd === null || addUsd <= 0) return;
  const after = micros(committedUsd) + micros(addUsd);
  if (after <= micros(budgetUsd)) return;
  throw new AppError(
    'BUDGET_EXCEEDED',
    `This would spend about ${usd(micros(addUsd))} on project ${projectId}, which has ${usd(micros(committedUsd))} spent or committed of its ${usd(micros(budgetUsd))} budget. ` +
      'Raise the budget in the project settings (budgetUsd), generate fewer scenes, or use the free local draft motion.',
    { projectId, budgetUsd, committedUsd, addUsd },
  );
}
