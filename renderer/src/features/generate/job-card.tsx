import type { JobDto } from '../../../../preload/contract/dto/job-dto';
import { Button } from '../../components/button';
import { Icon } from '../../components/icons';
import { ProgressBar } from '../../components/progress-bar';
import { storeApi, useAppStore, useAsset } from '../../stores';
import { formatUsd } from './cost';
import { upgradeJob } from './generate-actions';
import { useGenerateStore } from './generate-store';
import { approveJob, cancelJob, rejectJob, retryJob } from './job-actions';
import { awaitsReview, canRetry, isActive, progressPercent, stateLabel } from './job-groups';
import { isDraftJobProvider, missingKeyHint, PROVIDER_LABELS } from './models';

function jobTitle(job: JobDto): string {
  if (isDraftJobProvider(job.provider)) return 'Draft motion';
  const name = job.provider === 'replicate' || job.provider === 'runway' ? PROVIDER_LABELS[job.provider] : job.provider;
  return job.model === null ? name : `${name} · ${job.model}`;
}

/** The output plays on hover, muted; before there is one, the source image stands in. */
function JobMedia({ job }: { job: JobDto }): React.JSX.Element {
  const output = useAsset(job.outputAssetId);
  const source = useAsset(job.sourceAssetId);
  const api = storeApi();
  if (job.outputAssetId !== null && job.state === 'succeeded') {
    return (
      <video
        className="gen-job-video"
        src={api.mediaUrl(job.outputAssetId, 'file')}
        poster={output?.hasThumbnail ? api.mediaUrl(job.outputAssetId, 'thumbnail') : undefined}
        muted
        loop
        playsInline
        preload="metadata"
        aria-label="Generated clip (plays on hover)"
        data-testid="job-video"
        onMouseEnter={(e) => void e.currentTarget.play().catch(() => undefined)}
        onMouseLeave={(e) => {
          e.currentTarget.pause();
          e.currentTarget.currentTime = 0;
        }}
      />
    );
  }
  return <span className="gen-job-thumb">{source?.hasThumbnail && job.sourceAssetId ? <img src={api.mediaUrl(job.sourceAssetId, 'thumbnail')} alt="" /> : <Icon name="film" size={22} />}</span>;
}

function UpgradeButton({ job }: { job: JobDto }): React.JSX.Element | null {
  const upgrade = useGenerateStore((s) => s.upgrade);
  const keys = useGenerateStore((s) => s.keys);
  const starting = useGenerateStore((s) => s.starting);
  if (!isDraftJobProvider(job.provider) || job.state !== 'succeeded' || job.review === 'rejected' || job.sourceAssetId === null) return null;
  const hint = missingKeyHint(keys, upgrade.provider);
  return (
    <Button size="sm" variant="secondary" disabled={hint !== null || starting} title={hint ?? `Make this scene again with ${PROVIDER_LABELS[upgrade.provider]} ${upgrade.model}`} onClick={() => void upgradeJob(job)}>
      Upgrade to AI
    </Button>
  );
}

/** One generation job: what it is, where it is, and what can be done with it. */
export function JobCard({ job }: { job: JobDto }): React.JSX.Element {
  const live = useAppStore((s) => s.jobProgress[job.id]);
  const source = useAsset(job.sourceAssetId);
  const pct = progressPercent(job, live?.progress);
  const name = `${source?.originalName ?? 'Clip'} · ${jobTitle(job)}`;
  const cost = job.costActualUsd ?? job.costEstimateUsd;
  return (
    <li className={`gen-job is-${job.state} review-${job.review}`} data-testid="job-card" data-job-id={job.id} aria-label={name}>
      <JobMedia job={job} />
      <div className="gen-job-info">
        <p className="gen-job-title" title={name}>
          {jobTitle(job)}
        </p>
        <p className="gen-row">
          <span className={`gen-state state-${job.state}`} data-testid="job-state">
            {stateLabel(job.state)}
          </span>
          {job.review !== 'pending' && <span className={`badge review-${job.review}`}>{job.review === 'approved' ? 'Approved' : 'Rejected'}</span>}
          {cost !== null && cost > 0 && <span className="muted">{formatUsd(cost)}</span>}
        </p>
        {isActive(job) && (
          <div className="gen-row">
            <ProgressBar value={pct === null ? null : pct / 100} label={`Progress of ${name}`} />
            <span className="gen-pct">{pct === null ? (live?.status ?? '') : `${pct}%`}</span>
          </div>
        )}
        {job.state === 'failed' && job.errorMessage && <p className="gen-error">{job.errorMessage}</p>}
      </div>
      <div className="gen-job-actions">
        {isActive(job) && (
          <Button size="sm" variant="ghost" onClick={() => void cancelJob(job.id)}>
            Cancel
          </Button>
        )}
        {canRetry(job) && (
          <Button size="sm" variant="secondary" onClick={() => void retryJob(job.id)}>
            Retry
          </Button>
        )}
        {awaitsReview(job) && (
          <>
            <Button size="sm" variant="primary" onClick={() => void approveJob(job)}>
              Approve
            </Button>
            <Button size="sm" variant="ghost" onClick={() => void rejectJob(job.id)}>
              Reject
            </Button>
          </>
        )}
        <UpgradeButton job={job} />
      </div>
    </li>
  );
}
