import { z } from 'zod';
import { KeyProvider, KeyStatusDto, KeyTestResultDto, SetKeyInput } from '../dto/keys-dto';
import { command } from './command-spec';

const ByProvider = z.object({ provider: KeyProvider }).strict();

/** Keys go in and never come out: no command answers with a key. */
export const keysCommands = {
  'keys.status': command(z.object({}).strict(), z.array(KeyStatusDto), 'Which provider keys are configured, and where each is read from.'),
  'keys.set': command(SetKeyInput, KeyStatusDto, 'Stores a key (encrypted); BAD_INPUT where keys come from environment variables.'),
  'keys.clear': command(ByProvider, KeyStatusDto, 'Forgets a key.'),
  'keys.test': command(ByProvider, KeyTestResultDto, 'Checks a key with the provider: ok, invalid, out of credit or missing.'),
} as const;
