import { describe, expect, it } from 'vitest';
import type { CostEstimateDto } from '../../../../preload/contract/dto/generate-dto';
import { budgetText, combineEstimates, formatUsd, totalText } from './cost';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const item = (assetId: string, usd: number, extra: { verified?: boolean; cached?: boolean } = {}) => ({ assetId, usd, basis: `${usd}`, verified: extra.verified ?? true, cached: extra.cached ?? false });
const estimate = (items: ReturnType<typeof item>[], budget: { budgetUsd: number | null; committedUsd: number; remainingUsd: number | null }): CostEstimateDto => ({
  totalUsd: items.reduce((s, i) => s + i.usd, 0),
  verified: items.every((i) => i.verified),
  items,
  ...budget,
  withinBudget: true,
});

describe('combineEstimates', () => {
  const budget = { budgetUsd: 1, committedUsd: 0.4, remainingUsd: 0.6 };

  it('puts each answer’s items back at their scenes and sums the totals', () => {
    const combined = combineEstimates(
      [
        { estimate: estimate([item(A, 0), item(B, 0)], budget), sceneIndexes: [0, 2] },
        { estimate: estimate([item(A, 0.25, { verified: false })], budget), sceneIndexes: [1] },
      ],
      3,
    );
    expect(combined).toEqual({
      totalUsd: 0.25,
      verified: false,
      perScene: [item(A, 0), item(A, 0.25, { verified: false }), item(B, 0)],
      budgetUsd: 1,
      committedUsd: 0.4,
      remainingUsd: 0.6,
      withinBudget: true,
    });
  });

  it('is over budget when the parts together exceed what is left, though each alone fits', () => {
    const parts = [
      { estimate: estimate([item(A, 0.35)], budget), sceneIndexes: [0] },
      { estimate: estimate([item(B, 0.35)], budget), sceneIndexes: [1] },
    ];
    expect(combineEstimates(parts, 2)).toMatchObject({ totalUsd: 0.7, withinBudget: false });
  });

  it('is always within budget without one', () => {
    const none = { budgetUsd: null, committedUsd: 3, remainingUsd: null };
    expect(combineEstimates([{ estimate: estimate([item(A, 50)], none), sceneIndexes: [0] }], 1)).toMatchObject({ withinBudget: true, budgetUsd: null });
  });
});

describe('money text', () => {
  it('formats dollars, keeping sub-cent amounts visible', () => {
    expect([formatUsd(0), formatUsd(0.004), formatUsd(0.25), formatUsd(12)]).toEqual(['$0.00', '$0.004', '$0.25', '$12.00']);
  });

  it('says Free for nothing and marks unconfirmed totals', () => {
    expect([totalText({ totalUsd: 0, verified: false }), totalText({ totalUsd: 1.5, verified: true }), totalText({ totalUsd: 1.5, verified: false })]).toEqual(['Free', '$1.50', 'about $1.50']);
  });

  it('describes the budget or its absence', () => {
    expect([budgetText({ budgetUsd: 5, committedUsd: 1.2, remainingUsd: 3.8 }), budgetText({ budgetUsd: null, committedUsd: 0, remainingUsd: null })]).toEqual([
      'Budget $5.00 · $1.20 spent or running · $3.80 left',
      'No budget set · $0.00 spent or running',
    ]);
  });
});
