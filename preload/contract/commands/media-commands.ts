import { z } from 'zod';
import { Nothing, ProjectId } from '../dto/common';
import { AssetDto, ProjectAssetDto } from '../dto/asset-dto';
import { ImportMediaInput, ImportResultDto, SetViewTypeInput } from '../dto/media-dto';
import { AssetId } from '../project/primitives';
import { FilmstripDto, FilmstripInput, WaveformDto, WaveformInput } from '../dto/editor-media-dto';
import { command } from './command-spec';

export const mediaCommands = {
  'media.import': command(
    ImportMediaInput,
    ImportResultDto,
    'Copies files (paths or browser uploads) into the library; reports import.progress; one bad file never stops the batch.',
  ),
  'media.list': command(z.object({}).strict(), z.array(AssetDto), 'Every asset in the library, oldest first.'),
  'media.listForProject': command(z.object({ projectId: ProjectId }).strict(), z.array(ProjectAssetDto), "A project's media, in the order it was added."),
  'media.get': command(z.object({ assetId: AssetId }).strict(), AssetDto, 'One asset; NOT_FOUND when the library does not have it.'),
  'media.setViewType': command(SetViewTypeInput, Nothing, 'Sets how a project uses an image (front, side, detail …) for the scene planner, linking it to the project if needed.'),
  'media.filmstrip': command(FilmstripInput, FilmstripDto, "A video asset's filmstrip (cached); the sprite itself is fetched from mediaUrl(mode, id, 'filmstrip')."),
  'media.waveform': command(WaveformInput, WaveformDto, 'Peaks of an asset with sound (cached), for timeline waveforms.'),
} as const;
