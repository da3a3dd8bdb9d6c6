import type { Command } from 'commander';
import type { KeyTestResult } from '../../core/generate/provider';
import { createProviders } from '../../core/generate/providers/create-providers';
import { SECRET_NAMES, type SecretName } from '../../core/ports/secret-store';
import { AppError, toAppError } from '../../core/shared/app-error';
import type { CliContext } from '../cli-context';
import { printResult } from '../cli-io';
import { oneOf } from '../parse-options';
import { secretsOf } from './generation-cli';

interface KeyReport extends KeyTestResult {
  provider: SecretName;
  /** Where the key is read from; never the key. */
  source: string;
}

async function testOne(ctx: CliContext, provider: SecretName): Promise<KeyReport> {
  const secrets = secretsOf(ctx);
  const source = secrets.describe(provider);
  if ((await secrets.get(provider)) === null) return { provider, source, status: 'missing', message: `No key is set; set ${source}.` };
  const providers = createProviders({ secrets, env: ctx.io.env, dataDir: ctx.dataDir() });
  try {
    return { provider, source, ...(await providers[provider].testKey()) };
  } catch (err) {
    // A network or service failure is not a verdict on the key: say what happened instead.
    const e = toAppError(err);
    return { provider, source, status: 'invalid', message: `Could not test the key: ${e.message}`, details: { code: e.code } };
  }
}

export function registerKeys(program: Command, ctx: CliContext): void {
  const keys = program.command('keys').description('API keys for the paid providers (read from environment variables)');
  keys
    .command('test')
    .description('check each key with a cheap call: ok, invalid, out of credit or missing')
    .option('--provider <provider>', `only this one: ${SECRET_NAMES.join(', ')}`)
    .option('--json', 'machine-readable output')
    .action(async (opts: { provider?: string; json?: boolean }) => {
      const only = oneOf('--provider', opts.provider, SECRET_NAMES);
      const reports = await Promise.all((only ? [only] : [...SECRET_NAMES]).map((p) => testOne(ctx, p)));
      printResult(ctx.io, {
        json: Boolean(opts.json),
        value: reports,
        human: () => reports.map((r) => `${r.provider.padEnd(10)} ${r.status.padEnd(13)} ${r.message} (${r.source})`).join('\n'),
      });
      const bad = reports.filter((r) => r.status === 'invalid' || r.status === 'out-of-credit' || (only !== undefined && r.status === 'missing'));
      if (bad.length > 0) {
        const code = bad.every((r) => r.status === 'out-of-credit') ? 'OUT_OF_CREDIT' : 'AUTH_FAILED';
        throw new AppError(code, `key check failed for ${bad.map((r) => `${r.provider} (${r.status})`).join(', ')}`, { providers: bad.map((r) => r.provider) });
      }
    });
}
