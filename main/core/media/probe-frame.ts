import { z } from 'zod';
import { AppError } from '../shared/app-error';
import type { ImageFrameInfo } from './media-facts';
import { rotationFromProbe } from './rotation';
import { runTool } from './run-tool';

const FrameOutput = z.object({
  frames: z
    .array(
      z.looseObject({
        side_data_list: z.array(z.looseObject({ side_data_type: z.string().optional(), rotation: z.number().optional() })).optional(),
      }),
    )
    .default([]),
});

/**
 * Decodes the first frame of stream v:0 with ffprobe. FFmpeg 5.1 turns a JPEG's EXIF
 * orientation into a display matrix on the decoded FRAME only (the stream shows none), and the
 * ffmpeg CLI applies it when it decodes; this reads the same matrix so the record agrees with
 * what thumbnails and renders show. The shared ffprobe() schema drops "frames", hence a
 * separate call.
 */
export async function probeImageFrame({ ffprobePath, file, signal }: { ffprobePath: string; file: string; signal?: AbortSignal }): Promise<ImageFrameInfo | null> {
  const args = ['-v', 'error', '-print_format', 'json', '-select_streams', 'v:0', '-show_frames', '-read_intervals', '%+#1', '--', file];
  const { stdout } = await runTool({ bin: ffprobePath, args, signal, captureStdout: true });
  let json: unknown;
  try {
    json = JSON.parse(stdout.toString('utf8'));
  } catch (cause) {
    throw new AppError('MEDIA_INVALID', `${file}: ffprobe printed frame output that is not JSON.`, { file }, { cause });
  }
  const parsed = FrameOutput.safeParse(json);
  const frame = parsed.success ? parsed.data.frames[0] : undefined;
  return frame ? { rotation: rotationFromProbe(frame.side_data_list, undefined) } : null;
}
