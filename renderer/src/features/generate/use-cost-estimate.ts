import { useEffect, useMemo, useState } from 'react';
import { errorText, storeApi } from '../../stores';
import { combineEstimates, type CombinedEstimate } from './cost';
import { generateRequests, type SceneDraft } from './scene-draft';

export type EstimateState =
  | { status: 'idle' }
  | { status: 'loading'; last: CombinedEstimate | null }
  | { status: 'ready'; estimate: CombinedEstimate }
  | { status: 'error'; error: string };

/** Typing in a prompt should not ask main for a price on every key. */
export const ESTIMATE_DELAY_MS = 400;

/**
 * generate.estimate for the scenes as they stand, once edits pause; an answer for scenes that
 * have changed since is dropped. `refreshKey` changes when the budget or the spending may have
 * (a saved document, a job that started or ended), which asks again for the same scenes.
 */
export function useCostEstimate(projectId: string | null, scenes: readonly SceneDraft[], refreshKey = ''): EstimateState {
  const requests = useMemo(() => (projectId === null ? [] : generateRequests(projectId, scenes)), [projectId, scenes]);
  // Scene edits that do not change the requests (a key, a view type) do not ask again.
  const signature = JSON.stringify([refreshKey, requests.map((r) => r.input)]);
  const [state, setState] = useState<EstimateState>({ status: 'idle' });

  useEffect(() => {
    if (requests.length === 0) {
      setState({ status: 'idle' });
      return;
    }
    let current = true;
    setState((s) => ({ status: 'loading', last: s.status === 'ready' ? s.estimate : s.status === 'loading' ? s.last : null }));
    const timer = setTimeout(() => {
      Promise.all(requests.map(async (r) => ({ estimate: await storeApi().call('generate.estimate', r.input), sceneIndexes: r.sceneIndexes })))
        .then((parts) => {
          if (current) setState({ status: 'ready', estimate: combineEstimates(parts, scenes.length) });
        })
        .catch((err: unknown) => {
          if (current) setState({ status: 'error', error: errorText(err) });
        });
    }, ESTIMATE_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // The signature stands for requests and scenes, which are rebuilt on every render.
  }, [signature]);

  return state;
}
