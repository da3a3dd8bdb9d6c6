import { z } from 'zod';
import { AppSettings, SettingsPatch } from '../dto/settings-dto';
import { command } from './command-spec';

export const settingsCommands = {
  'settings.get': command(z.object({}).strict(), AppSettings, 'App-wide preferences, with defaults filled in.'),
  'settings.set': command(z.object({ patch: SettingsPatch }).strict(), AppSettings, 'Changes some preferences and answers with all of them.'),
} as const;
