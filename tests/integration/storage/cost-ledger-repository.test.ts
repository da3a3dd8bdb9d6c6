import { describe, expect, it } from 'vitest';
import { tempStore } from './temp-store';

describe('cost ledger repository', () => {
  it('records estimates and actuals and lists them per project and per job', () => {
    const store = tempStore();
    const p = store.projects.create({ name: 'P', document: {}, schemaVersion: 1 });
    const job = store.jobs.insert({ id: 'j', projectId: p.id, kind: 'k', provider: 'runway', input: {} });
    const estimate = store.ledger.recordEstimate({ projectId: p.id, jobId: job.id, provider: 'runway', model: 'gen4_turbo', amountUsd: 0.5, note: '10 s' });
    expect(estimate).toEqual({
      id: 1,
      projectId: p.id,
      jobId: 'j',
      provider: 'runway',
      model: 'gen4_turbo',
      kind: 'estimate',
      amountUsd: 0.5,
      note: '10 s',
      createdAt: '2025-03-01T10:00:02.000Z',
    });
    const actual = store.ledger.recordActual({ projectId: p.id, jobId: job.id, provider: 'runway', amountUsd: 0.45 });
    expect(actual).toMatchObject({ id: 2, kind: 'actual', model: null, note: null });
    expect(store.ledger.listForProject(p.id)).toEqual([estimate, actual]);
    expect(store.ledger.listForJob('j')).toEqual([estimate, actual]);
    expect(store.ledger.listForProject('other')).toEqual([]);
  });

  it('totals: estimated, actual, and committed = actual + estimates of unfinished jobs', () => {
    const store = tempStore();
    const p = store.projects.create({ name: 'P', document: {}, schemaVersion: 1 });
    const other = store.projects.create({ name: 'O', document: {}, schemaVersion: 1 });
    const job = (id: string, projectId = p.id) => store.jobs.insert({ id, projectId, kind: 'k', provider: 'replicate', input: {} });
    const estimate = (jobId: string | null, amountUsd: number, projectId = p.id) =>
      store.ledger.recordEstimate({ projectId, jobId, provider: 'replicate', amountUsd });
    const actual = (jobId: string, amountUsd: number) => store.ledger.recordActual({ projectId: p.id, jobId, provider: 'replicate', amountUsd });

    job('done');
    estimate('done', 0.4);
    actual('done', 0.35);
    store.jobs.update('done', { state: 'succeeded' });
    job('running');
    estimate('running', 0.3);
    store.jobs.update('running', { state: 'running' });
    job('queued');
    estimate('queued', 0.2);
    estimate('queued', 0.25);
    job('failed');
    estimate('failed', 1);
    store.jobs.update('failed', { state: 'failed' });
    estimate(null, 0.1);
    job('elsewhere', other.id);
    estimate('elsewhere', 5, other.id);

    expect(store.ledger.totalsForProject(p.id)).toEqual({ estimatedUsd: 2.05, actualUsd: 0.35, committedUsd: 0.9 });
    expect(store.ledger.totalsForProject(other.id)).toEqual({ estimatedUsd: 5, actualUsd: 0, committedUsd: 5 });
    expect(store.ledger.totalsAll()).toEqual({ estimatedUsd: 7.05, actualUsd: 0.35, committedUsd: 5.9 });

    // The running job finishing moves its cost from "estimate" to "actual" in committed.
    actual('running', 0.28);
    store.jobs.update('running', { state: 'succeeded' });
    expect(store.ledger.totalsForProject(p.id)).toEqual({ estimatedUsd: 2.05, actualUsd: 0.63, committedUsd: 0.88 });
  });

  it('refuses a negative or non-finite amount and names a missing project or job', () => {
    const store = tempStore();
    const p = store.projects.create({ name: 'P', document: {}, schemaVersion: 1 });
    expect(() => store.ledger.recordActual({ provider: 'x', amountUsd: -1 })).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
    expect(() => store.ledger.recordActual({ provider: 'x', amountUsd: Number.NaN })).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
    expect(() => store.ledger.recordEstimate({ projectId: 'ghost', provider: 'x', amountUsd: 1 })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: 'cannot record a cost estimate: project ghost does not exist' }),
    );
    expect(() => store.ledger.recordEstimate({ projectId: p.id, jobId: 'ghost', provider: 'x', amountUsd: 1 })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', message: 'cannot record a cost estimate: job ghost does not exist' }),
    );
    expect(store.ledger.totalsAll()).toEqual({ estimatedUsd: 0, actualUsd: 0, committedUsd: 0 });
  });
});
