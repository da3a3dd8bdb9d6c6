import { KEY_PROVIDERS, type KeyProvider, type KeyStatusDto } from '../../preload/contract/dto/keys-dto';
import type { HandlerContext } from './handler-context';
import type { NamespaceHandlers } from './handler-types';

async function statusOf(ctx: HandlerContext, provider: KeyProvider): Promise<KeyStatusDto> {
  const secret = await ctx.secrets.get(provider);
  return { provider, configured: secret !== null, source: ctx.secrets.describe(provider) };
}

export const keysHandlers: NamespaceHandlers<'keys'> = {
  'keys.status': (_input, ctx) => Promise.all(KEY_PROVIDERS.map((provider) => statusOf(ctx, provider))),

  'keys.set': async ({ provider, key }, ctx) => {
    await ctx.secrets.set(provider, key);
    ctx.log({ level: 'info', message: `the ${provider} key was set`, fields: { provider } });
    return statusOf(ctx, provider);
  },

  'keys.clear': async ({ provider }, ctx) => {
    await ctx.secrets.delete(provider);
    ctx.log({ level: 'info', message: `the ${provider} key was cleared`, fields: { provider } });
    return statusOf(ctx, provider);
  },

  'keys.test': ({ provider }, ctx) => ctx.providers(provider).testKey(),
};
