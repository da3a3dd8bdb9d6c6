import { useAsset } from '../../stores';
import { budgetText, formatUsd, totalText, type CombinedEstimate, type CostItem } from './cost';
import type { EstimateState } from './use-cost-estimate';

function SceneCostRow({ item, n }: { item: CostItem; n: number }): React.JSX.Element {
  const asset = useAsset(item.assetId);
  return (
    <li>
      <span>
        Scene {n}
        {asset ? ` · ${asset.originalName}` : ''}
      </span>
      <span className="gen-cost-amount" title={item.basis}>
        {item.cached ? 'Reused, free' : item.usd === 0 ? 'Free' : `${formatUsd(item.usd)}${item.verified ? '' : ' ?'}`}
      </span>
    </li>
  );
}

function Breakdown({ estimate }: { estimate: CombinedEstimate }): React.JSX.Element {
  return (
    <>
      <p className="gen-cost-total">
        <span>Total</span>
        <strong data-testid="cost-total">{totalText(estimate)}</strong>
      </p>
      {!estimate.verified && <p className="gen-hint">Some prices are not confirmed by the provider (marked ?); the real charge is recorded when a clip is done.</p>}
      <details className="gen-cost-details">
        <summary>Per scene</summary>
        <ul>
          {estimate.perScene.map((item, i) => (item === null ? null : <SceneCostRow key={i} item={item} n={i + 1} />))}
        </ul>
      </details>
      <p className="muted" data-testid="budget-line">
        {budgetText(estimate)}
      </p>
      {!estimate.withinBudget && (
        <p className="gen-warning" role="alert" data-testid="budget-warning">
          Over budget: this costs {formatUsd(estimate.totalUsd)} but only {formatUsd(estimate.remainingUsd ?? 0)} of the project budget is left. Use draft motion for some scenes, or raise the budget in the project settings.
        </p>
      )}
    </>
  );
}

/** Step 4: what generating would cost, against the project's budget. */
export function CostSummary({ state }: { state: EstimateState }): React.JSX.Element {
  if (state.status === 'idle') return <p className="muted">Nothing to estimate: choose images first.</p>;
  if (state.status === 'error') {
    return (
      <p className="gen-error" role="alert">
        The cost could not be estimated: {state.error}
      </p>
    );
  }
  if (state.status === 'loading') {
    return (
      <div aria-busy="true">
        {state.last ? <Breakdown estimate={state.last} /> : null}
        <p className="muted" role="status">
          Estimating…
        </p>
      </div>
    );
  }
  return <Breakdown estimate={state.estimate} />;
}
