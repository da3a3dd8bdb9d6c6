import { expect } from 'vitest';
import { resolveFfmpegBinaries } from '../../../main/core/ffmpeg/binaries';
import { ffprobe, toNumber } from '../../../main/core/ffmpeg/ffprobe';
import type { ContractEnv } from './contract-env';
import { tinyMedia } from './tiny-media';

export interface RenderableProject {
  projectId: string;
  imageId: string;
}

/** A 9:16 project with a title card and a still from a lavfi PNG (stillMs long), made through the contract. */
export async function renderableProject(env: Pick<ContractEnv, 'value'>, opts: { name?: string; stillMs?: number } = {}): Promise<RenderableProject> {
  const media = await tinyMedia();
  const created = await env.value('projects.create', { name: opts.name ?? 'Mug ad', aspect: '9:16', resolution: '720p', fps: 24 });
  const projectId = created.summary.id;
  const { imported } = await env.value('media.import', { projectId, sources: [{ path: media.png }] });
  const imageId = imported[0]?.asset.id as string;
  await env.value('document.patch', {
    projectId,
    baseRevision: created.revision,
    ops: [
      { op: 'add', path: '/tracks/video/-', value: { id: 'intro', type: 'card', durationMs: 1000, title: 'Hot for 12 h', background: { kind: 'color', color: '#336699' } } },
      { op: 'add', path: '/tracks/video/-', value: { id: 'mug', type: 'still', media: { assetId: imageId }, durationMs: opts.stillMs ?? 1000 } },
    ],
  });
  return { projectId, imageId };
}

/** Resolves with the first event `name` whose payload passes `match` (already collected or still to come). */
export async function waitForEvent<P>(env: Pick<ContractEnv, 'events'> | { events: { name: string; payload: unknown }[] }, name: string, match: (payload: P) => boolean = () => true, timeoutMs = 60_000): Promise<P> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = env.events.find((e) => e.name === name && match(e.payload as P));
    if (found) return found.payload as P;
    if (Date.now() > deadline) throw new Error(`no ${name} event within ${timeoutMs} ms; got ${env.events.map((e) => e.name).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The file is a real H.264/AAC MP4 of that size and about that length. */
export async function expectPlayableMp4(file: string, expected: { width: number; height: number; durationMs: number }): Promise<void> {
  const probe = await ffprobe({ ffprobePath: resolveFfmpegBinaries().ffprobe.path, file });
  const video = probe.streams.find((s) => s.codec_type === 'video');
  expect(video?.codec_name).toBe('h264');
  expect([video?.width, video?.height]).toEqual([expected.width, expected.height]);
  expect(probe.streams.some((s) => s.codec_type === 'audio' && s.codec_name === 'aac')).toBe(true);
  expect(Math.abs((toNumber(probe.format?.duration) ?? 0) * 1000 - expected.durationMs)).toBeLessThan(100);
}
