import { useEffect, useMemo } from 'react';
import { Button } from '../../components/button';
import { useAppStore, useAssets } from '../../stores';
import { CostSummary } from './cost-summary';
import { generateClips, loadKeyStatus } from './generate-actions';
import { bindProject, useGenerateStore } from './generate-store';
import { ImagePicker } from './image-picker';
import { isActive } from './job-groups';
import { JobList } from './job-list';
import { hasKey } from './models';
import { PlanForm } from './plan-form';
import { checkedImages } from './plan-request';
import { PlanVariations } from './plan-variations';
import { quickScenes } from './scene-draft';
import { SceneList } from './scene-list';
import { useCostEstimate } from './use-cost-estimate';
import { useProjectJobs } from './use-project-jobs';

function Step({ id, title, children }: { id: string; title: string; children: React.ReactNode }): React.JSX.Element {
  return (
    <section className="gen-step" aria-labelledby={`gen-${id}`}>
      <h3 id={`gen-${id}`} className="gen-step-title">
        {title}
      </h3>
      {children}
    </section>
  );
}

/** The scenes "Generate clips" would make right now: the edited plan, else a quick draft per selected image. */
function useEffectiveScenes(): ReturnType<typeof quickScenes> {
  const assets = useAssets();
  const excluded = useGenerateStore((s) => s.excluded);
  const chosen = useGenerateStore((s) => s.chosen);
  const scenes = useGenerateStore((s) => s.scenes);
  return useMemo(() => (chosen !== null ? scenes : quickScenes(checkedImages(assets, excluded))), [assets, excluded, chosen, scenes]);
}

/**
 * Generate: choose images → plan scenes (LLM or local) → edit each scene → see the cost
 * against the budget → "Generate clips" → review each job's clip (approve, reject, upgrade).
 */
export function GeneratePanel(): React.JSX.Element {
  const projectId = useAppStore((s) => (s.doc === null ? null : s.projectId));
  const starting = useGenerateStore((s) => s.starting);
  const keys = useGenerateStore((s) => s.keys);
  const scenes = useEffectiveScenes();
  // The budget lives in the saved document and the spending in the ledger: ask again when either may have moved.
  const revision = useAppStore((s) => s.revision);
  const activeJobs = useAppStore((s) => Object.values(s.jobs).filter((j) => j.projectId === projectId && isActive(j)).length);
  const estimate = useCostEstimate(projectId, scenes, `${revision}|${activeJobs}`);
  useProjectJobs();

  useEffect(() => {
    bindProject(projectId);
    void loadKeyStatus();
  }, [projectId]);

  const overBudget = estimate.status === 'ready' && !estimate.estimate.withinBudget;
  const keyMissing = scenes.some((s) => !hasKey(keys, s.provider));
  const blockedBy = scenes.length === 0 ? 'Select at least one image.' : overBudget ? 'Over the project budget.' : keyMissing ? 'A scene uses a provider without a key.' : null;
  const current = estimate.status === 'ready' ? estimate.estimate : estimate.status === 'loading' ? estimate.last : null;

  return (
    <div className="generate-panel" data-testid="generate-panel">
      <Step id="images" title="1 · Images">
        <ImagePicker />
      </Step>
      <Step id="plan" title="2 · Plan">
        <PlanForm />
        <PlanVariations />
      </Step>
      <Step id="scenes" title="3 · Scenes">
        <SceneList estimate={current} />
      </Step>
      <Step id="cost" title="4 · Cost">
        <CostSummary state={estimate} />
        <div className="gen-generate">
          <Button variant="primary" disabled={blockedBy !== null || starting} aria-busy={starting} onClick={() => void generateClips()}>
            Generate clips
          </Button>
          {blockedBy && <p className="gen-hint">{blockedBy}</p>}
        </div>
      </Step>
      <Step id="jobs" title="5 · Clips">
        <JobList />
      </Step>
    </div>
  );
}
