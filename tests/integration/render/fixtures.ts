import path from 'node:path';
import { ffmpeg } from './render-env';

export interface RenderFixtures {
  /** 2 s 320x180 30 fps solid colours, each with its own tone. */
  red: string;
  green: string;
  blue: string;
  yellow: string;
  /** 2 s 640x360 24 fps test pattern with sound. */
  wide24: string;
  /** 2 s 180x320 60 fps test pattern, no audio stream. */
  tall60: string;
  /** 2 s stored 320x180 (left red, right blue), display matrix +90°: shown 180x320. */
  rotated: string;
  /** 2 s 352x288 25 fps with SAR 16:15 (anamorphic). */
  anamorphic: string;
  /** 400x300 PNG photo and a 200x100 RGBA logo (transparent left half). */
  photo: string;
  logo: string;
  /** 3 s of two tones (music) and 1.5 s of pink-noise bursts (voice), mono 44.1 kHz. */
  music: string;
  voice: string;
}

const tone = (hz: number, seconds: number): string[] => ['-f', 'lavfi', '-i', `sine=f=${hz}:r=44100:d=${seconds}`];
const h264 = ['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'];

/** Generates the media the render tests use (lavfi sources, a few seconds of encoding). */
export async function makeRenderFixtures(dir: string): Promise<RenderFixtures> {
  const p = (name: string): string => path.join(dir, name);
  const f: RenderFixtures = {
    red: p('red.mp4'),
    green: p('green.mp4'),
    blue: p('blue.mp4'),
    yellow: p('yellow.mp4'),
    wide24: p('wide24.mp4'),
    tall60: p('tall60.mp4'),
    rotated: p('rotated.mp4'),
    anamorphic: p('anamorphic.mp4'),
    photo: p('photo.png'),
    logo: p('logo.png'),
    music: p('music.m4a'),
    voice: p('voice.wav'),
  };
  const solids: Array<[string, string, number]> = [
    [f.red, 'red', 330],
    [f.green, 'lime', 440],
    [f.blue, 'blue', 550],
    [f.yellow, 'yellow', 660],
  ];
  for (const [file, color, hz] of solids) {
    await ffmpeg(['-f', 'lavfi', '-i', `color=c=${color}:s=320x180:r=30:d=2`, ...tone(hz, 2), ...h264, '-c:a', 'aac', '-shortest', file]);
  }
  await ffmpeg(['-f', 'lavfi', '-i', 'testsrc2=s=640x360:r=24:d=2', ...tone(500, 2), ...h264, '-c:a', 'aac', '-shortest', f.wide24]);
  await ffmpeg(['-f', 'lavfi', '-i', 'testsrc2=s=180x320:r=60:d=2', ...h264, f.tall60]);
  // The rotation is written on a stream copy: when encoding, FFmpeg 5.1 does not keep it.
  const upright = p('upright.mp4');
  await ffmpeg(['-f', 'lavfi', '-i', 'color=c=red:s=160x180:r=30:d=2', '-f', 'lavfi', '-i', 'color=c=blue:s=160x180:r=30:d=2', '-filter_complex', '[0][1]hstack', ...h264, upright]);
  await ffmpeg(['-i', upright, '-c', 'copy', '-metadata:s:v:0', 'rotate=90', f.rotated]);
  await ffmpeg(['-f', 'lavfi', '-i', 'testsrc2=s=352x288:r=25:d=2,setsar=16/15', ...tone(600, 2), ...h264, '-c:a', 'aac', '-shortest', f.anamorphic]);
  await ffmpeg(['-f', 'lavfi', '-i', 'testsrc2=s=400x300', '-frames:v', '1', f.photo]);
  await ffmpeg(['-f', 'lavfi', '-i', 'color=c=white@0:s=100x100,format=rgba', '-f', 'lavfi', '-i', 'color=c=orange:s=100x100,format=rgba', '-filter_complex', '[0][1]hstack', '-frames:v', '1', f.logo]);
  await ffmpeg([...tone(220, 3), ...tone(277, 3), '-filter_complex', 'amix=inputs=2', '-c:a', 'aac', f.music]);
  await ffmpeg(['-f', 'lavfi', '-i', "anoisesrc=d=1.5:c=pink:a=0.4:r=44100,volume='if(lt(mod(t,0.5),0.35),1,0.05)':eval=frame", '-ac', '1', f.voice]);
  return f;
}
