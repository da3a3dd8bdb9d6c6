import { describe, expect, it } from 'vitest';
import { createShutdown } from './shutdown';

describe('createShutdown', () => {
  it('runs every step in order, once, and keeps going after a failure', () => {
    const ran: string[] = [];
    const failures: string[] = [];
    const shutdown = createShutdown({
      steps: [
        { name: 'stop ffmpeg', run: () => ran.push('ffmpeg') },
        { name: 'close events', run: () => { throw new Error('boom'); } },
        { name: 'close store', run: () => ran.push('store') },
      ],
      report: (step, err) => failures.push(`${step}: ${(err as Error).message}`),
    });
    shutdown();
    shutdown();
    expect(ran).toEqual(['ffmpeg', 'store']);
    expect(failures).toEqual(['close events: boom']);
  });
});
