import { Button } from '../../components/button';
import { formatDuration } from '../../lib/format';
import { storeApi } from '../../stores';
import { chooseVariation, clearPlan } from './generate-actions';
import { useGenerateStore } from './generate-store';
import { CAMERA_MOVE_LABELS, planLine, planNotes, planSource } from './plan-summary';
import type { ScenePlanResult } from '../../../../preload/contract/plan/scene-plan';

export function PlanSourceBadge({ result }: { result: ScenePlanResult }): React.JSX.Element {
  const { label, isLlm } = planSource(result);
  const notes = planNotes(result);
  return (
    <span className={`gen-source${isLlm ? ' is-llm' : ''}`} data-testid="plan-source" title={notes.length > 0 ? notes.join('\n') : undefined}>
      {label}
    </span>
  );
}

function VariationColumn({ result, chosen }: { result: ScenePlanResult; chosen: boolean }): React.JSX.Element {
  const { plan } = result;
  const title = `Plan ${result.variation + 1}`;
  return (
    <article className={`gen-variation${chosen ? ' is-chosen' : ''}`} aria-label={title} data-testid="plan-variation">
      <header>
        <h4>{title}</h4>
        <PlanSourceBadge result={result} />
      </header>
      <p className="gen-hook">“{plan.hook}”</p>
      <p className="muted">{planLine(result)}</p>
      <ol className="gen-variation-scenes">
        {plan.scenes.map((s, i) => (
          <li key={i} title={s.prompt}>
            <img src={storeApi().mediaUrl(s.assetId, 'thumbnail')} alt="" loading="lazy" />
            <span>
              {CAMERA_MOVE_LABELS[s.cameraMove]} · {formatDuration(s.durationMs)}
            </span>
          </li>
        ))}
      </ol>
      <p className="muted">CTA: {plan.cta}</p>
      <Button size="sm" variant={chosen ? 'secondary' : 'primary'} disabled={chosen} onClick={() => chooseVariation(result.variation)}>
        {chosen ? 'In use' : 'Use this plan'}
      </Button>
    </article>
  );
}

/** The planner's variations side by side; one is picked for editing. */
export function PlanVariations(): React.JSX.Element | null {
  const plans = useGenerateStore((s) => s.plans);
  const chosen = useGenerateStore((s) => s.chosen);
  if (plans.length === 0) return null;
  return (
    <div className="gen-variations-wrap">
      {plans.length > 1 && (
        <div className="gen-variations" style={{ gridTemplateColumns: `repeat(${plans.length}, minmax(124px, 1fr))` }}>
          {plans.map((p) => (
            <VariationColumn key={p.variation} result={p} chosen={chosen === p.variation} />
          ))}
        </div>
      )}
      <Button size="sm" variant="ghost" onClick={clearPlan}>
        Discard plan
      </Button>
    </div>
  );
}
