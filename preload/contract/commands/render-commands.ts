import { z } from 'zod';
import { Nothing } from '../dto/common';
import { PreviewRenderInput, RenderId, RenderStartedDto, StartRenderInput } from '../dto/render-dto';
import { command } from './command-spec';

export const renderCommands = {
  'render.start': command(StartRenderInput, RenderStartedDto, 'Starts exporting a project to MP4; progress and the result arrive as render.progress.'),
  'render.cancel': command(z.object({ renderId: RenderId }).strict(), Nothing, 'Stops a render; its partial output is removed.'),
  'render.preview': command(PreviewRenderInput, RenderStartedDto, 'Renders a fast proxy-size preview of the project or a time range.'),
} as const;
