import { useId, useMemo, useState } from 'react';
import { Button } from '../../components/button';
import { Icon } from '../../components/icons';
import { storeApi, useAppStore, useAsset } from '../../stores';
import { setGenerate, useGenerateStore } from './generate-store';
import { approveAll } from './job-actions';
import { groupJobs, pendingApprovals, projectClipJobs, type JobGroup } from './job-groups';
import { JobCard } from './job-card';
import { defaultModel, missingKeyHint, MODEL_CHOICES, PROVIDER_LABELS, type PaidProvider } from './models';

function UpgradeSettings(): React.JSX.Element {
  const upgrade = useGenerateStore((s) => s.upgrade);
  const keys = useGenerateStore((s) => s.keys);
  const providerId = useId();
  const modelId = useId();
  const hint = missingKeyHint(keys, upgrade.provider);
  return (
    <>
      <div className="gen-two gen-upgrade">
        <div className="field">
          <label htmlFor={providerId}>Upgrade with</label>
          <select id={providerId} className="input" value={upgrade.provider} onChange={(e) => setGenerate({ upgrade: { provider: e.target.value as PaidProvider, model: defaultModel(e.target.value as PaidProvider) } })}>
            {(['replicate', 'runway'] as const).map((p) => (
              <option key={p} value={p}>
                {PROVIDER_LABELS[p]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={modelId}>Upgrade model</label>
          <input id={modelId} className="input" list={`${modelId}-models`} value={upgrade.model} onChange={(e) => setGenerate({ upgrade: { ...upgrade, model: e.target.value } })} />
          <datalist id={`${modelId}-models`}>
            {MODEL_CHOICES[upgrade.provider].map((m) => (
              <option key={m.model} value={m.model} label={m.label} />
            ))}
          </datalist>
        </div>
      </div>
      {hint && <p className="gen-hint">“Upgrade to AI” is off: {hint}</p>}
    </>
  );
}

function GroupRow({ group }: { group: JobGroup }): React.JSX.Element {
  const source = useAsset(group.sourceAssetId);
  const name = source?.originalName ?? (group.sourceAssetId === null ? 'Clip' : 'Image no longer in this project');
  return (
    <li className="gen-job-group" data-testid="job-group">
      <div className="gen-row gen-job-group-head">
        <span className="gen-thumb gen-thumb-sm">{source?.hasThumbnail && group.sourceAssetId ? <img src={storeApi().mediaUrl(group.sourceAssetId, 'thumbnail')} alt="" /> : <Icon name="image" size={16} />}</span>
        <span className="gen-image-name">{name}</span>
        {group.jobs.length > 1 && <span className="muted">{group.jobs.length} versions</span>}
      </div>
      <ul className="gen-job-row" aria-label={`Clips from ${name}`}>
        {group.jobs.map((job) => (
          <JobCard key={job.id} job={job} />
        ))}
      </ul>
    </li>
  );
}

/** Step 6: every clip job of the project, versions of one image side by side, newest first. */
export function JobList(): React.JSX.Element {
  const projectId = useAppStore((s) => s.projectId);
  const jobs = useAppStore((s) => s.jobs);
  const order = useGenerateStore((s) => s.jobOrder);
  const [approving, setApproving] = useState(false);
  const clipJobs = useMemo(() => (projectId === null ? [] : projectClipJobs(jobs, projectId)), [jobs, projectId]);
  const groups = useMemo(() => groupJobs(clipJobs, order), [clipJobs, order]);
  const pending = pendingApprovals(clipJobs, order).length;

  return (
    <>
      <div className="gen-row">
        <p className="gen-count">{clipJobs.length === 0 ? 'No clips yet' : `${clipJobs.length} ${clipJobs.length === 1 ? 'job' : 'jobs'}`}</p>
        <Button
          size="sm"
          variant="primary"
          disabled={pending === 0 || approving}
          title="Places each image's newest finished clip on the timeline"
          onClick={() => {
            setApproving(true);
            void approveAll().finally(() => setApproving(false));
          }}
        >
          Approve all
        </Button>
      </div>
      {clipJobs.length > 0 && <UpgradeSettings />}
      {groups.length > 0 && (
        <ul className="gen-job-groups" aria-label="Generation jobs">
          {groups.map((g) => (
            <GroupRow key={g.key} group={g} />
          ))}
        </ul>
      )}
    </>
  );
}
