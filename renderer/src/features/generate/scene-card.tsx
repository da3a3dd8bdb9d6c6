import { useEffect, useId, useState } from 'react';
import { VIDEO_PROVIDERS, type VideoProvider } from '../../../../preload/contract/dto/settings-dto';
import { CAMERA_MOVES, type CameraMove } from '../../../../preload/contract/project/primitives';
import { Button } from '../../components/button';
import { Icon } from '../../components/icons';
import { storeApi, useAsset } from '../../stores';
import { formatUsd, type CostItem } from './cost';
import { removeScene, updateScene, useGenerateStore } from './generate-store';
import { VIEW_LABELS } from './image-picker';
import { defaultModel, isPaid, missingKeyHint, MODEL_CHOICES, PROVIDER_SHORT_LABELS } from './models';
import { CAMERA_MOVE_LABELS } from './plan-summary';
import { secondsToMs, type SceneDraft } from './scene-draft';

/** A label with the scene number for screen readers, so every control's name is unique. */
function Label({ htmlFor, text, n }: { htmlFor: string; text: string; n: number }): React.JSX.Element {
  return (
    <label htmlFor={htmlFor}>
      {text}
      <span className="visually-hidden">, scene {n}</span>
    </label>
  );
}

function DurationField({ scene, n }: { scene: SceneDraft; n: number }): React.JSX.Element {
  const id = useId();
  const [text, setText] = useState(String(scene.durationMs / 1000));
  useEffect(() => setText(String(scene.durationMs / 1000)), [scene.durationMs]);
  const commit = (): void => {
    const ms = secondsToMs(text);
    if (ms === null) setText(String(scene.durationMs / 1000));
    else updateScene(scene.key, { durationMs: ms });
  };
  return (
    <div className="field">
      <Label htmlFor={id} text="Duration (s)" n={n} />
      <input id={id} className="input" type="number" min={0.5} max={60} step={0.5} value={text} onChange={(e) => setText(e.target.value)} onBlur={commit} onKeyDown={(e) => e.key === 'Enter' && commit()} />
    </div>
  );
}

function ProviderFields({ scene, n }: { scene: SceneDraft; n: number }): React.JSX.Element {
  const keys = useGenerateStore((s) => s.keys);
  const providerId = useId();
  const modelId = useId();
  const paid = isPaid(scene.provider);
  const hint = missingKeyHint(keys, scene.provider);
  return (
    <>
      <div className="gen-two">
        <div className="field">
          <Label htmlFor={providerId} text="Provider" n={n} />
          <select id={providerId} className="input" value={scene.provider} onChange={(e) => updateScene(scene.key, { provider: e.target.value as VideoProvider, model: defaultModel(e.target.value as VideoProvider) })}>
            {VIDEO_PROVIDERS.map((p) => (
              <option key={p} value={p} disabled={missingKeyHint(keys, p) !== null}>
                {PROVIDER_SHORT_LABELS[p]}
                {missingKeyHint(keys, p) !== null ? ' (no key)' : ''}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <Label htmlFor={modelId} text="Model" n={n} />
          <input id={modelId} className="input" list={paid ? `${modelId}-models` : undefined} disabled={!paid} value={paid ? scene.model : 'Not needed'} onChange={(e) => updateScene(scene.key, { model: e.target.value })} />
          {isPaid(scene.provider) && (
            <datalist id={`${modelId}-models`}>
              {MODEL_CHOICES[scene.provider].map((m) => (
                <option key={m.model} value={m.model} label={m.label} />
              ))}
            </datalist>
          )}
        </div>
      </div>
      {hint && <p className="gen-hint">{hint}</p>}
    </>
  );
}

/** One scene: its image and everything that can be changed before it is generated. */
export function SceneCard({ scene, n, cost }: { scene: SceneDraft; n: number; cost: CostItem | null }): React.JSX.Element {
  const asset = useAsset(scene.assetId);
  const promptId = useId();
  const moveId = useId();
  const intensityId = useId();
  return (
    <li className="gen-scene" data-testid="scene-card">
      <div className="gen-scene-head">
        <span className="gen-thumb">{asset?.hasThumbnail ? <img src={storeApi().mediaUrl(scene.assetId, 'thumbnail')} alt="" /> : <Icon name="image" size={20} />}</span>
        <div className="gen-scene-title">
          <h4>Scene {n}</h4>
          <p className="muted" title={asset?.originalName}>
            {asset?.originalName ?? 'Image not in this project'}
            {scene.viewType !== null && ` · ${VIEW_LABELS[scene.viewType]}`}
          </p>
        </div>
        <span className="gen-scene-cost" title={cost?.basis}>
          {cost === null ? '' : cost.cached ? 'Reused, free' : cost.usd === 0 ? 'Free' : formatUsd(cost.usd)}
        </span>
        <Button size="sm" variant="ghost" icon={<Icon name="close" size={14} />} label={`Remove scene ${n}`} onClick={() => removeScene(scene.key)} />
      </div>
      <div className="field">
        <Label htmlFor={promptId} text="Prompt" n={n} />
        <textarea id={promptId} className="input" rows={3} maxLength={1000} value={scene.prompt} placeholder="Left empty: a generic product shot prompt" onChange={(e) => updateScene(scene.key, { prompt: e.target.value })} />
      </div>
      <div className="gen-two">
        <div className="field">
          <Label htmlFor={moveId} text="Camera move" n={n} />
          <select id={moveId} className="input" value={scene.cameraMove} onChange={(e) => updateScene(scene.key, { cameraMove: e.target.value as CameraMove })}>
            {CAMERA_MOVES.map((m) => (
              <option key={m} value={m}>
                {CAMERA_MOVE_LABELS[m]}
              </option>
            ))}
          </select>
        </div>
        <DurationField scene={scene} n={n} />
      </div>
      <div className="field">
        <Label htmlFor={intensityId} text="Intensity" n={n} />
        <input id={intensityId} type="range" min={0} max={1} step={0.05} value={scene.intensity} aria-valuetext={`${Math.round(scene.intensity * 100)}%`} onChange={(e) => updateScene(scene.key, { intensity: Number(e.target.value) })} />
      </div>
      <ProviderFields scene={scene} n={n} />
    </li>
  );
}
