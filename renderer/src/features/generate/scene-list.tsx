import { useId } from 'react';
import { VIDEO_PROVIDERS, type VideoProvider } from '../../../../preload/contract/dto/settings-dto';
import type { CombinedEstimate } from './cost';
import { setGenerate, useGenerateStore } from './generate-store';
import { defaultModel, isPaid, missingKeyHint, PROVIDER_LABELS } from './models';
import { PlanSourceBadge } from './plan-variations';
import { SceneCard } from './scene-card';
import { QUICK_SCENE_MS } from './scene-draft';

function AllProviders(): React.JSX.Element {
  const id = useId();
  const keys = useGenerateStore((s) => s.keys);
  const setAll = (provider: VideoProvider): void => setGenerate({ scenes: useGenerateStore.getState().scenes.map((s) => ({ ...s, provider, model: defaultModel(provider) })) });
  const missing = VIDEO_PROVIDERS.filter((p) => isPaid(p) && missingKeyHint(keys, p) !== null);
  return (
    <div className="gen-row gen-all-providers">
      <label htmlFor={id}>Provider for all scenes</label>
      <select id={id} className="input" value="" onChange={(e) => e.target.value !== '' && setAll(e.target.value as VideoProvider)}>
        <option value="">Choose…</option>
        {VIDEO_PROVIDERS.map((p) => (
          <option key={p} value={p} disabled={missingKeyHint(keys, p) !== null}>
            {PROVIDER_LABELS[p]}
          </option>
        ))}
      </select>
      {missing.length > 0 && <p className="gen-hint">{missing.map((p) => PROVIDER_LABELS[p]).join(' and ')}: no key set. Add keys in Settings to use AI models.</p>}
    </div>
  );
}

/** Step 3: the chosen plan's scenes, each editable; without a plan, what the quick path makes. */
export function SceneList({ estimate }: { estimate: CombinedEstimate | null }): React.JSX.Element {
  const scenes = useGenerateStore((s) => s.scenes);
  const chosen = useGenerateStore((s) => s.chosen);
  const plans = useGenerateStore((s) => s.plans);
  const result = plans.find((p) => p.variation === chosen);
  if (chosen === null) {
    return (
      <p className="muted gen-quick" data-testid="quick-scenes">
        No plan yet: “Generate clips” makes a free {QUICK_SCENE_MS / 1000} s draft-motion clip from each selected image. Plan scenes to edit prompts, moves and providers.
      </p>
    );
  }
  return (
    <>
      {result && (
        <div className="gen-row">
          <span>Plan {result.variation + 1}</span>
          <PlanSourceBadge result={result} />
        </div>
      )}
      <AllProviders />
      {scenes.length === 0 ? (
        <p className="muted">Every scene was removed. Plan again, or discard the plan to use the quick drafts.</p>
      ) : (
        <ol className="gen-scenes" aria-label="Scenes to generate">
          {scenes.map((scene, i) => (
            <SceneCard key={scene.key} scene={scene} n={i + 1} cost={estimate?.perScene[i] ?? null} />
          ))}
        </ol>
      )}
    </>
  );
}
