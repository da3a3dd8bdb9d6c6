import { afterEach, describe, expect, it } from 'vitest';
import { runCliCaptured, tempHome } from '../../helpers/run-cli';

const homes: (() => void)[] = [];
afterEach(() => homes.splice(0).forEach((cleanup) => cleanup()));

function home(): string {
  const h = tempHome();
  homes.push(h.cleanup);
  return h.dir;
}

describe('adloom serve / start', () => {
  it('refuses to listen on anything but loopback (exit 1, one line)', async () => {
    for (const host of ['0.0.0.0', '::', '10.0.0.5']) {
      const run = await runCliCaptured(['serve', '--host', host], { home: home() });
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(`adloom: browser mode listens on this machine only (127.0.0.1 or ::1); "${host}" is not a loopback address\n`);
      expect(run.stdout).toBe('');
    }
  });

  it('treats a bad port as a usage error (exit 2)', async () => {
    expect((await runCliCaptured(['serve', '--port', '70000'], { home: home() })).code).toBe(2);
    expect((await runCliCaptured(['start', '--browser', '--port', 'abc'], { home: home() })).code).toBe(2);
  });

  it('lists serve and start in the help', async () => {
    const run = await runCliCaptured(['--help'], { home: home() });
    expect(run.stdout).toMatch(/\n {2}start \[options\]/);
    expect(run.stdout).toMatch(/\n {2}serve \[options\]/);
  });
});
