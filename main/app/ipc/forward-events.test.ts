import { describe, expect, it } from 'vitest';
import { createEventBus } from '../../handlers';
import { forwardEvents, type EventTarget } from './forward-events';

class Target implements EventTarget {
  sent: Array<[string, unknown]> = [];
  constructor(private url: string, private destroyed = false) {}
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getURL(): string {
    return this.url;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
}

describe('forwardEvents', () => {
  const payload = { projectId: 'p1', name: 'Spring ad', revision: 3, updatedAt: '2026-01-01T00:00:00.000Z' };

  it('sends bus events on the evt: channel to windows showing our page only', () => {
    const bus = createEventBus({ validate: false });
    const ours = new Target('app://adloom/index.html');
    const foreign = new Target('https://evil.example/');
    const gone = new Target('app://adloom/index.html', true);
    const stop = forwardEvents({ bus, targets: () => [ours, foreign, gone], trustedOrigins: ['app://adloom'] });
    bus.emit('project.saved', payload as never);
    expect(ours.sent).toEqual([['evt:project.saved', payload]]);
    expect(foreign.sent).toEqual([]);
    expect(gone.sent).toEqual([]);
    stop();
    bus.emit('project.saved', payload as never);
    expect(ours.sent).toHaveLength(1);
  });
});
