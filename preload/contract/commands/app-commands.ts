import { z } from 'zod';
import { Nothing } from '../dto/common';
import { AppInfoDto, OpenDialogInput, OpenDialogResultDto, RevealInput, SaveDialogInput, SaveDialogResultDto } from '../dto/app-dto';
import { command } from './command-spec';

export const appCommands = {
  'app.info': command(z.object({}).strict(), AppInfoDto, 'Version, mode (electron or browser), data folder and what this mode can do.'),
  'app.openDialog': command(OpenDialogInput, OpenDialogResultDto, 'A native open dialog (Electron only); no paths when cancelled.'),
  'app.saveDialog': command(SaveDialogInput, SaveDialogResultDto, 'A native save dialog (Electron only); null when cancelled.'),
  'app.reveal': command(RevealInput, Nothing, 'Shows an asset, an export or the data folder in the file manager.'),
} as const;
