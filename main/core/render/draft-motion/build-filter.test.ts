import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/app-error';
import { buildDraftMotionFilter, draftMotionFrameCount, num } from './build-filter';
import type { DraftMotionFilterOptions } from './build-filter';

const base: DraftMotionFilterOptions = {
  move: 'zoom-in',
  intensity: 0.5,
  easing: 'ease-in-out',
  durationMs: 5000,
  fps: 30,
  width: 1920,
  height: 1080,
  framing: 'cover',
  sourceWidth: 4000,
  sourceHeight: 3000,
};

const SMOOTH = 'ld(0)*ld(0)*(3-2*ld(0))';

describe('buildDraftMotionFilter', () => {
  it('builds a cover zoom-in: canvas once, 150 frames, corners eased by smoothstep', () => {
    const p = 'st(0,clip((on-1)/149,0,1))';
    expect(buildDraftMotionFilter(base)).toBe(
      'color=c=#000000:s=1920x1080:r=1:d=1[dmbg];' +
        '[in]trim=end_frame=1,setpts=PTS-STARTPTS,scale=1920:1080:force_original_aspect_ratio=increase:flags=lanczos,crop=1920:1080[dmfg];' +
        '[dmbg][dmfg]overlay=x=0:y=0,format=yuv420p,setsar=1,' +
        'loop=loop=149:size=1:start=0,settb=1/30,setpts=N,fps=30,' +
        // At the end the view is 1/1.15 of the frame: x0 = 960 − 960/1.15 + 0.5/1.15 − 0.5.
        `perspective=x0='${p};0+125.1522*${SMOOTH}':y0='${p};0+70.3696*${SMOOTH}'` +
        `:x1='${p};1920-125.2826*${SMOOTH}':y1='${p};0+70.3696*${SMOOTH}'` +
        `:x2='${p};0+125.1522*${SMOOTH}':y2='${p};1080-70.5*${SMOOTH}'` +
        `:x3='${p};1920-125.2826*${SMOOTH}':y3='${p};1080-70.5*${SMOOTH}'` +
        ':interpolation=linear:eval=frame[out]',
    );
  });

  it('leaves perspective out when nothing moves, and uses the given labels and background', () => {
    expect(
      buildDraftMotionFilter({
        ...base,
        move: 'none',
        framing: 'contain',
        width: 1080,
        height: 1920,
        fps: 24,
        durationMs: 2000,
        sourceWidth: 1600,
        sourceHeight: 900,
        background: '#112233',
        inputLabel: 'v3',
        outputLabel: 'still3',
        labelPrefix: 's3_',
      }),
    ).toBe(
      'color=c=#112233:s=1080x1920:r=1:d=1[s3_bg];' +
        '[v3]trim=end_frame=1,setpts=PTS-STARTPTS,scale=1080:1920:force_original_aspect_ratio=decrease:force_divisible_by=2:flags=lanczos[s3_fg];' +
        '[s3_bg][s3_fg]overlay=x=(W-w)/2:y=(H-h)/2,format=yuv420p,setsar=1,' +
        'loop=loop=47:size=1:start=0,settb=1/24,setpts=N,fps=24[still3]',
    );
  });

  it('builds a linear pan over a blurred background', () => {
    const p = 'st(0,clip((on-1)/49,0,1))';
    expect(
      buildDraftMotionFilter({ ...base, move: 'pan-left', easing: 'linear', intensity: 1, framing: 'blur', width: 1280, height: 720, fps: 25, durationMs: 2000, sourceWidth: 1000, sourceHeight: 1000 }),
    ).toBe(
      '[in]trim=end_frame=1,setpts=PTS-STARTPTS,split=2[dma][dmb];' +
        '[dma]scale=320:180:force_original_aspect_ratio=increase,crop=320:180,gblur=sigma=8,format=gbrp,' +
        'colorchannelmixer=rr=0.55:gg=0.55:bb=0.55,scale=1280:720:flags=bicubic[dmbg];' +
        '[dmb]scale=1280:720:force_original_aspect_ratio=decrease:force_divisible_by=2:flags=lanczos[dmfg];' +
        '[dmbg][dmfg]overlay=x=(W-w)/2:y=(H-h)/2,format=yuv420p,setsar=1,' +
        'loop=loop=49:size=1:start=0,settb=1/25,setpts=N,fps=25,' +
        // The view (1/1.3 of the frame) starts at the right edge and ends at the left one.
        `perspective=x0='${p};295.2692-295.3846*ld(0)':y0=82.9615:x1='${p};1279.8846-295.3846*ld(0)':y1=82.9615` +
        `:x2='${p};295.2692-295.3846*ld(0)':y2=636.8077:x3='${p};1279.8846-295.3846*ld(0)':y3=636.8077` +
        ':interpolation=linear:eval=frame[out]',
    );
  });

  it('uses the plain cover graph for contain/blur when the picture already has the frame shape', () => {
    const cover = buildDraftMotionFilter({ ...base, sourceWidth: 3840, sourceHeight: 2160 });
    expect(buildDraftMotionFilter({ ...base, framing: 'blur', sourceWidth: 3840, sourceHeight: 2160 })).toBe(cover);
    expect(buildDraftMotionFilter({ ...base, framing: 'contain', sourceWidth: 1921, sourceHeight: 1080 })).toBe(cover);
  });

  it('keeps a one-frame still still', () => {
    expect(buildDraftMotionFilter({ ...base, durationMs: 10 })).toContain("loop=loop=0:size=1:start=0,settb=1/30,setpts=N,fps=30,perspective=x0='st(0,0);");
  });

  it('rejects options that would make a broken graph, naming the field', () => {
    const failure = (o: Partial<DraftMotionFilterOptions>): AppError | null => {
      try {
        buildDraftMotionFilter({ ...base, ...o });
        return null;
      } catch (err) {
        return err instanceof AppError ? err : null;
      }
    };
    expect(failure({ width: 1081 })?.message).toBe('Draft motion: width must be an even whole number of pixels (got 1081).');
    expect(failure({ fps: 29.97 })?.code).toBe('BAD_INPUT');
    expect(failure({ intensity: 1.5 })?.details).toEqual({ field: 'intensity' });
    expect(failure({ durationMs: 0 })?.code).toBe('BAD_INPUT');
    expect(failure({ background: 'red' })?.code).toBe('BAD_INPUT');
    expect(failure({ inputLabel: 'a];[b' })?.code).toBe('BAD_INPUT');
    expect(failure({ sourceWidth: 0 })?.code).toBe('BAD_INPUT');
  });
});

describe('draftMotionFrameCount', () => {
  it('rounds to whole frames and never returns 0', () => {
    expect([draftMotionFrameCount(5000, 30), draftMotionFrameCount(1010, 30), draftMotionFrameCount(1020, 30), draftMotionFrameCount(1, 24)]).toEqual([150, 30, 31, 1]);
  });
});

describe('num', () => {
  it('prints at most four decimals, no exponent, no negative zero', () => {
    expect([num(125.15217391), num(-0.00001), num(1e-7), num(1920), num(-70.5), num(0.00005)]).toEqual(['125.1522', '0', '0', '1920', '-70.5', '0.0001']);
  });
});
