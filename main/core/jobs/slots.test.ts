import { describe, expect, it } from 'vitest';
import { createSlots } from './slots';

describe('createSlots', () => {
  it('lets at most the limit through per provider, first come first served', async () => {
    const slots = createSlots((p) => (p === 'a' ? 2 : 1));
    const order: string[] = [];
    const r1 = await slots.acquire('a');
    const r2 = await slots.acquire('a');
    const third = slots.acquire('a').then((r) => (order.push('third'), r));
    const fourth = slots.acquire('a').then((r) => (order.push('fourth'), r));
    const other = await slots.acquire('b');
    expect(slots.usage('a')).toEqual({ active: 2, waiting: 2 });
    r1();
    r1(); // a second release of the same slot is ignored
    const r3 = await third;
    expect(slots.usage('a')).toEqual({ active: 2, waiting: 1 });
    r2();
    (await fourth)();
    r3();
    other();
    expect(order).toEqual(['third', 'fourth']);
    expect(slots.usage('a')).toEqual({ active: 0, waiting: 0 });
  });

  it('claims past the limit without waiting, and new waiters queue behind the claim', async () => {
    const slots = createSlots(() => 1);
    const a = await slots.acquire('a');
    const b = slots.claim('a');
    expect(slots.usage('a')).toEqual({ active: 2, waiting: 0 });
    let granted = false;
    const c = slots.acquire('a').then((r) => ((granted = true), r));
    a();
    await Promise.resolve();
    expect(granted).toBe(false);
    b();
    (await c)();
    expect(slots.usage('a')).toEqual({ active: 0, waiting: 0 });
  });

  it('drops an aborted waiter from the line', async () => {
    const slots = createSlots(() => 1);
    const release = await slots.acquire('a');
    const ctrl = new AbortController();
    const waiting = slots.acquire('a', ctrl.signal);
    ctrl.abort();
    await expect(waiting).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(slots.usage('a')).toEqual({ active: 1, waiting: 0 });
    release();
    expect(slots.usage('a')).toEqual({ active: 0, waiting: 0 });
  });
});
