import { useId } from 'react';
import { PLATFORMS, type Platform } from '../../../../preload/contract/project/primitives';
import { Button } from '../../components/button';
import { SelectField } from '../../components/fields';
import { useProjectDocument } from '../../stores';
import { presetFor } from '../projects/project-presets';
import { planScenes } from './generate-actions';
import { setGenerate, useGenerateStore } from './generate-store';
import { MOOD_STOPS, moodCategory, moodText } from './mood';
import { PLATFORM_ASPECTS, planAspect } from './plan-request';

const PLATFORM_CHOICES = PLATFORMS.map((p) => ({ value: p, label: presetFor(p).label }));
const VARIATION_CHOICES = [
  { value: '1', label: '1 plan' },
  { value: '2', label: '2 plans side by side' },
  { value: '3', label: '3 plans side by side' },
] as const;

function MoodSlider(): React.JSX.Element {
  const mood = useGenerateStore((s) => s.mood);
  const id = useId();
  const category = moodCategory(mood);
  return (
    <div className="field gen-mood">
      <label htmlFor={id}>Mood</label>
      <div className="gen-row">
        <input id={id} type="range" min={0} max={100} step={1} value={mood} list={`${id}-stops`} aria-valuetext={moodText(mood)} onChange={(e) => setGenerate({ mood: Number(e.target.value) })} />
        <output htmlFor={id} className="gen-mood-value">
          {moodText(mood)}
        </output>
      </div>
      <datalist id={`${id}-stops`}>
        {MOOD_STOPS.map((s) => (
          <option key={s.value} value={s.value} label={s.label} />
        ))}
      </datalist>
      <div className="gen-mood-stops" role="group" aria-label="Mood presets">
        {MOOD_STOPS.map((s) => (
          <button key={s.value} type="button" className={`gen-stop${s.category === category ? ' is-current' : ''}`} aria-pressed={s.category === category} onClick={() => setGenerate({ mood: s.value })}>
            {s.label}
          </button>
        ))}
      </div>
    </div>
  );
}

/** Step 2: the brief, mood, platform and how many variations the planner makes. */
export function PlanForm(): React.JSX.Element {
  const doc = useProjectDocument();
  const brief = useGenerateStore((s) => s.brief);
  const platform = useGenerateStore((s) => s.platform);
  const variations = useGenerateStore((s) => s.variations);
  const planning = useGenerateStore((s) => s.planning);
  const planError = useGenerateStore((s) => s.planError);
  const briefId = useId();
  const chosenPlatform = platform ?? doc?.settings.platform ?? 'generic';
  const aspect = doc?.settings.aspect ?? '9:16';
  const aspectHint = planAspect(chosenPlatform, aspect) === undefined ? `${presetFor(chosenPlatform).label} ads are ${PLATFORM_ASPECTS[chosenPlatform].join(' or ')}; this project is ${aspect}, so the plan is made for ${PLATFORM_ASPECTS[chosenPlatform][0]}.` : null;
  return (
    <form
      className="gen-plan-form"
      onSubmit={(e) => {
        e.preventDefault();
        void planScenes();
      }}
    >
      <div className="field">
        <label htmlFor={briefId}>Brief</label>
        <textarea id={briefId} className="input gen-brief" rows={3} maxLength={2000} value={brief} placeholder="What is the product, who is it for, what should the ad say?" onChange={(e) => setGenerate({ brief: e.target.value, planError: null })} />
      </div>
      <MoodSlider />
      <div className="gen-two">
        <SelectField<Platform> label="Platform" value={chosenPlatform} choices={PLATFORM_CHOICES} onChange={(p) => setGenerate({ platform: p })} />
        <SelectField label="Variations" value={String(variations) as '1' | '2' | '3'} choices={VARIATION_CHOICES} onChange={(v) => setGenerate({ variations: Number(v) })} />
      </div>
      {aspectHint && <p className="gen-hint">{aspectHint}</p>}
      <div className="gen-row">
        <Button type="submit" variant="secondary" disabled={planning} aria-busy={planning}>
          Plan scenes
        </Button>
        {planning && (
          <span className="muted" role="status">
            Planning…
          </span>
        )}
      </div>
      {planError && (
        <p className="gen-error" role="alert">
          {planError}
        </p>
      )}
    </form>
  );
}
