import type { CostEstimateDto } from '../../../../preload/contract/dto/generate-dto';

export type CostItem = CostEstimateDto['items'][number];

/** The estimates of several generate requests (one per provider and model) as one. */
export interface CombinedEstimate {
  totalUsd: number;
  verified: boolean;
  /** Indexed like the scene list; null where no answer covers a scene. */
  perScene: (CostItem | null)[];
  budgetUsd: number | null;
  committedUsd: number;
  remainingUsd: number | null;
  withinBudget: boolean;
}

const round6 = (n: number): number => Math.round(n * 1e6) / 1e6;

/**
 * Sums the parts: the budget, what is committed and what remains are the project's, so the same
 * in every answer; the request as a whole is within budget when its total fits what remains.
 */
export function combineEstimates(parts: readonly { estimate: CostEstimateDto; sceneIndexes: readonly number[] }[], sceneCount: number): CombinedEstimate {
  const perScene: (CostItem | null)[] = Array.from({ length: sceneCount }, () => null);
  for (const { estimate, sceneIndexes } of parts) {
    estimate.items.forEach((item, i) => {
      const at = sceneIndexes[i];
      if (at !== undefined && at < sceneCount) perScene[at] = item;
    });
  }
  const first = parts[0]?.estimate;
  const totalUsd = round6(parts.reduce((sum, p) => sum + p.estimate.totalUsd, 0));
  const remainingUsd = first?.remainingUsd ?? null;
  return {
    totalUsd,
    verified: parts.every((p) => p.estimate.verified),
    perScene,
    budgetUsd: first?.budgetUsd ?? null,
    committedUsd: first?.committedUsd ?? 0,
    remainingUsd,
    withinBudget: remainingUsd === null || totalUsd <= remainingUsd + 1e-9,
  };
}

/** "$0.25"; amounts under a cent keep three decimals so they do not read as free. */
export function formatUsd(usd: number): string {
  if (usd > 0 && usd < 0.01) return `$${usd.toFixed(3)}`;
  return `$${usd.toFixed(2)}`;
}

/** The estimate's headline: "Free" for a total of zero, else the amount, marked when unconfirmed. */
export function totalText(estimate: Pick<CombinedEstimate, 'totalUsd' | 'verified'>): string {
  if (estimate.totalUsd === 0) return 'Free';
  return estimate.verified ? formatUsd(estimate.totalUsd) : `about ${formatUsd(estimate.totalUsd)}`;
}

/** "Budget $5.00 · $1.20 spent or running · $3.80 left", or that there is no budget. */
export function budgetText(estimate: Pick<CombinedEstimate, 'budgetUsd' | 'committedUsd' | 'remainingUsd'>): string {
  if (estimate.budgetUsd === null) return `No budget set · ${formatUsd(estimate.committedUsd)} spent or running`;
  return `Budget ${formatUsd(estimate.budgetUsd)} · ${formatUsd(estimate.committedUsd)} spent or running · ${formatUsd(estimate.remainingUsd ?? 0)} left`;
}
