import { useEffect, useId, useState, useSyncExternalStore } from 'react';
import { Button } from '../../components/button';
import { ProgressBar } from '../../components/progress-bar';
import { storeApi, useAppStore } from '../../stores';
import { Section } from './fields/basic-fields';
import { scopeOf, startVoiceover, subscribeVoiceoverRuns, voiceoverRun } from './voiceover-runner';
import { voiceoverStatus } from './voiceover-status';

/** Whether an ElevenLabs key is set, asked once per view; null until known (or if main cannot say). */
function useElevenLabsKey(): { configured: boolean; source: string } | null {
  const [status, setStatus] = useState<{ configured: boolean; source: string } | null>(null);
  useEffect(() => {
    let live = true;
    storeApi()
      .call('keys.status', {})
      .then((all) => {
        const key = all.find((k) => k.provider === 'elevenlabs');
        if (live && key) setStatus({ configured: key.configured, source: key.source });
      })
      // Only a hint before the press: the press itself reports a missing key clearly.
      .catch(() => undefined);
    return () => void (live = false);
  }, []);
  return status;
}

function RunStatus({ scope }: { scope: string }): React.JSX.Element | null {
  const run = useSyncExternalStore(subscribeVoiceoverRuns, () => voiceoverRun(scope));
  const job = useAppStore((s) => (run ? s.jobs[run.jobId] : undefined));
  const progress = useAppStore((s) => (run ? s.jobProgress[run.jobId] : undefined));
  const projectId = useAppStore((s) => s.projectId);
  if (run === undefined || run.projectId !== projectId) return null;
  const status = voiceoverStatus(job, progress);
  if (status.phase === 'waiting' || status.phase === 'running') {
    return (
      <div className="insp-job" role="status">
        <ProgressBar value={status.phase === 'running' ? status.progress : null} label="Voice-over progress" />
        <span className="insp-hint">{status.phase === 'running' ? status.label : 'Starting…'}</span>
      </div>
    );
  }
  if (status.phase === 'failed') {
    return (
      <p className={`field-error${status.missingKey ? ' insp-missing-key' : ''}`} role="alert">
        {status.message}
      </p>
    );
  }
  if (status.phase === 'cancelled') return <p className="insp-hint">The voice-over was cancelled.</p>;
  return run.placeError ? (
    <p className="field-error" role="alert">
      Made, but not placed: {run.placeError}
    </p>
  ) : (
    <p className="insp-hint" role="status">
      Voice-over ready.
    </p>
  );
}

/**
 * A script spoken by ElevenLabs text-to-speech (the person's key, their credit). With a
 * voice-over item selected it replaces that item's audio; otherwise it adds a new one.
 */
export function VoiceoverGenerator({ title, replaceItemId, initialScript }: { title: string; replaceItemId: string | null; initialScript: string }): React.JSX.Element {
  const id = useId();
  const scope = scopeOf(replaceItemId);
  const [script, setScript] = useState(initialScript);
  const [error, setError] = useState<{ message: string; missingKey: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const key = useElevenLabsKey();
  const generate = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    const outcome = await startVoiceover({ script, replaceItemId });
    setBusy(false);
    if (!outcome.ok) setError({ message: outcome.message, missingKey: outcome.missingKey });
  };
  return (
    <Section title={title}>
      <div className="field insp-field">
        <label htmlFor={id}>Voice-over script</label>
        <textarea id={id} className="input insp-textarea" rows={5} maxLength={5000} value={script} placeholder="What the voice says, exactly as written." onChange={(e) => setScript(e.target.value)} />
      </div>
      {key !== null && !key.configured && !error?.missingKey && (
        <p className="insp-missing-key" role="note">
          Needs an ElevenLabs key: none is set (keys are read from {key.source}).
        </p>
      )}
      <Button variant="primary" size="sm" disabled={busy} onClick={() => void generate()}>
        Generate voice-over
      </Button>
      <p className="insp-hint">{replaceItemId === null ? 'Adds the spoken script to the voice-over track.' : "Replaces this voice-over's audio."} Uses your ElevenLabs credit.</p>
      {error ? (
        <p className={`field-error${error.missingKey ? ' insp-missing-key' : ''}`} role="alert">
          {error.message}
        </p>
      ) : (
        <RunStatus scope={scope} />
      )}
    </Section>
  );
}
