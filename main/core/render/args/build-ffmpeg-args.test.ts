import { describe, expect, it } from 'vitest';
import { buildDraftMotionFilter } from '../draft-motion/build-filter';
import { planRender } from '../plan/plan-render';
import { smallAd, testMedia } from '../plan/test-document';
import { buildFfmpegArgs } from './build-ffmpeg-args';

function argsFor(document: ReturnType<typeof smallAd>): string[] {
  return buildFfmpegArgs({ plan: planRender({ document, media: testMedia, fontsDir: '/fonts' }), outputPath: '/out/x.mp4', workDir: '/work' });
}

describe('buildFfmpegArgs', () => {
  it('builds the whole command for a card, a crossfaded clip, a silent contained clip and a text overlay', () => {
    const document = smallAd({
      video: [
        { id: 'intro', type: 'card', durationMs: 1000, title: 'Hello', background: { kind: 'color', color: '#336699' } },
        { id: 'clip', type: 'clip', media: { path: '/m/clip.mp4' }, inMs: 500, outMs: 2500, transitionIn: { kind: 'crossfade', durationMs: 500 } },
        { id: 'mute', type: 'clip', media: { path: '/m/silent.mp4' }, outMs: 1000, framing: 'contain' },
      ],
      music: [],
      voiceover: [],
    });
    document.captions.cues = [];
    expect(argsFor(document)).toEqual([
      ...['-an', '-ss', '0.5', '-t', '2', '-i', '/m/clip.mp4'],
      ...['-vn', '-ss', '0.5', '-t', '2', '-i', '/m/clip.mp4'],
      ...['-an', '-t', '1', '-i', '/m/silent.mp4'],
      '-filter_complex',
      [
        'color=c=0x336699:s=1280x720:r=30:d=0.033333,format=pix_fmts=yuv420p[v0_bg]',
        '[v0_bg]drawtext=fontfile=/fonts/Inter-Bold.ttf:textfile=/work/text-0.txt:expansion=none:text_shaping=1:fontsize=59:fontcolor=0xFFFFFFFF:x=640-text_w/2:y=381-ascent,loop=loop=29:size=1,setpts=expr=N[v0]',
        '[0:v]crop=w=iw*min(1\\,(1280/720)/dar):h=ih*min(1\\,dar/(1280/720)),scale=w=1280:h=720:flags=bicubic,format=pix_fmts=yuv420p,setsar=r=1,fps=fps=30:start_time=0,tpad=stop_mode=clone:stop=4,trim=end_frame=60[v1]',
        '[2:v]fps=fps=30:start_time=0,scale=w=trunc(min(1280\\,720*dar)/2)*2:h=trunc(min(720\\,1280/dar)/2)*2:flags=bicubic,format=pix_fmts=yuv420p,setsar=r=1,pad=w=1280:h=720:x=(ow-iw)/2:y=(oh-ih)/2:color=black,tpad=stop_mode=clone:stop=4,trim=end_frame=30[v2]',
        '[v0]split=2[v0bs][v0ts]',
        '[v0bs]trim=end_frame=15,setpts=expr=PTS-STARTPTS[v0b]',
        '[v0ts]trim=start_frame=15,setpts=expr=PTS-STARTPTS[v0t]',
        '[v1]split=2[v1hs][v1bs]',
        '[v1hs]trim=end_frame=15,setpts=expr=PTS-STARTPTS[v1h]',
        '[v1bs]trim=start_frame=15:end_frame=60,setpts=expr=PTS-STARTPTS[v1b]',
        '[v1h]format=pix_fmts=yuva420p,fade=t=in:s=0:n=15:alpha=1[v1xa]',
        '[v0t][v1xa]overlay=eof_action=pass[v1x]',
        '[v0b][v1x][v1b][v2]concat=n=4:v=1:a=0,fps=fps=30[joined]',
        '[joined]drawtext=fontfile=/fonts/Inter-Bold.ttf:textfile=/work/text-1.txt:expansion=none:text_shaping=1:fontsize=43:fontcolor=0xFFFFFFFF:x=640-text_w/2:y=79-ascent:shadowx=1:shadowy=1:shadowcolor=0x00000099:alpha=clip(min((t-0.6)/0.25\\,(1.6-t)/0.25)\\,0\\,1):enable=between(t\\,0.583333\\,1.583333)[txt0]',
        '[1:a]aresample=osr=48000,aformat=sample_fmts=fltp:channel_layouts=stereo,asetpts=expr=N/SR/TB,atrim=end_sample=96000,afade=t=in:ss=0:ns=24000,adelay=delays=24000S:all=1[ac0]',
        'anullsrc=r=48000:cl=stereo,atrim=end_sample=168000[bed]',
        '[bed][ac0]amix=inputs=2:duration=first:normalize=0,loudnorm=I=-14:TP=-1:LRA=11,aresample=osr=48000,aformat=sample_fmts=fltp:channel_layouts=stereo[aout]',
      ].join(';'),
      ...['-map', '[txt0]', '-map', '[aout]'],
      ...['-c:v', 'libx264', '-preset', 'medium', '-crf', '20', '-profile:v', 'high', '-pix_fmt', 'yuv420p'],
      ...['-c:a', 'aac', '-b:a', '192k', '-ar', '48000', '-ac', '2', '-movflags', '+faststart'],
      ...['-t', '3.5', '-f', 'mp4', '/out/x.mp4'],
    ]);
  });

  it('gives a silent video a silent audio track of exactly its length', () => {
    const document = smallAd({ video: [{ id: 'mute', type: 'clip', media: { path: '/m/silent.mp4' }, outMs: 1000 }], overlay: [], music: [], voiceover: [] });
    document.captions.cues = [];
    const args = argsFor(document);
    expect(args.slice(0, 5)).toEqual(['-an', '-t', '1', '-i', '/m/silent.mp4']);
    expect(args[args.indexOf('-filter_complex') + 1]?.split(';').at(-1)).toBe('anullsrc=r=48000:cl=stereo,atrim=end_sample=48000[aout]');
    expect(args.slice(args.indexOf('-map'), args.indexOf('-map') + 4)).toEqual(['-map', '[v0]', '-map', '[aout]']);
  });

  it('draws a still with the draft-motion builder, its labels and frame count substituted', () => {
    const document = smallAd({ video: [{ id: 'still', type: 'still', media: { path: '/m/photo.jpg' }, durationMs: 1000, motion: { move: 'pan-left', intensity: 1 } }], overlay: [], music: [], voiceover: [] });
    document.captions.cues = [];
    const args = argsFor(document);
    expect(args.slice(0, 2)).toEqual(['-i', '/m/photo.jpg']);
    const expected = buildDraftMotionFilter({ move: 'pan-left', intensity: 1, easing: 'ease-in-out', durationMs: 1000, fps: 30, width: 1280, height: 720, framing: 'cover', sourceWidth: 1000, sourceHeight: 1500, inputLabel: '0:v', outputLabel: 'v0', labelPrefix: 'v0_' });
    expect(args[args.indexOf('-filter_complex') + 1]?.startsWith(`${expected};`)).toBe(true);
  });
});
