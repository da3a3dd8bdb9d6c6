import { memo, useEffect, useRef } from 'react';
import type { WaveformDto } from '../../../../preload/contract/dto/editor-media-dto';
import { storeApi } from '../../stores';
import { createRequestCache, useCachedRequest } from './track-request-cache';
import { loopStarts, peakColumns, peakGain } from './waveform-peaks';

/** Enough detail for a 30 s bed at full zoom (about 7 ms a bucket), small enough to send at once. */
const WAVEFORM_BUCKETS = 2000;
/** Canvas backing stores wider than this cost memory for no visible gain; CSS stretches the rest. */
const MAX_CANVAS_PX = 4096;

/** One media.waveform call per asset for the whole session (failures retried after 30 s). */
const waveforms = createRequestCache<WaveformDto>({ fetch: (assetId) => storeApi().call('media.waveform', { assetId, buckets: WAVEFORM_BUCKETS }) });

export interface WaveformProps {
  assetId: string;
  /** The trimmed part of the source: [inMs, outMs); outMs undefined = to the end of the file. */
  inMs: number;
  outMs: number | undefined;
  widthPx: number;
  heightPx: number;
  /** Repeat the trimmed part when the item is longer than it (looping music). */
  loop?: boolean;
  /** How long the item lasts on the timeline. */
  itemDurationMs: number;
}

const gains = new WeakMap<WaveformDto, number>();
/** Computed once per file (the dto is shared by every item of the asset). */
function gainOf(wave: WaveformDto): number {
  let gain = gains.get(wave);
  if (gain === undefined) {
    gain = peakGain(wave.peaks);
    gains.set(wave, gain);
  }
  return gain;
}

interface DrawInput extends Omit<WaveformProps, 'assetId' | 'widthPx' | 'heightPx'> {
  canvas: HTMLCanvasElement;
  wave: WaveformDto | null | undefined;
}

function draw({ canvas, wave, inMs, outMs, loop = false, itemDurationMs }: DrawInput): void {
  const ctx = canvas.getContext('2d');
  if (ctx === null) return;
  const { width, height } = canvas;
  const mid = height / 2;
  ctx.clearRect(0, 0, width, height);
  // The colour comes from CSS (.waveform { color }), so the palette stays in one place.
  ctx.fillStyle = getComputedStyle(canvas).color;
  if (!wave || wave.peaks.length === 0) {
    ctx.fillRect(0, Math.floor(mid), width, 1);
    return;
  }
  const end = outMs ?? wave.durationMs;
  const scale = mid * gainOf(wave);
  const columns = peakColumns({ peaks: wave.peaks, sourceMs: wave.durationMs, inMs, outMs: end, itemMs: itemDurationMs, columns: width, loop });
  for (let x = 0; x < width; x += 1) {
    const min = columns[2 * x] ?? 0;
    const max = columns[2 * x + 1] ?? 0;
    const top = Math.max(0, Math.floor(mid - max * scale));
    ctx.fillRect(x, top, 1, Math.max(1, Math.min(height, Math.ceil(mid - min * scale)) - top));
  }
  if (!loop) return;
  ctx.globalAlpha = 0.45;
  for (const t of loopStarts({ segmentMs: end - inMs, itemMs: itemDurationMs })) ctx.fillRect(Math.round((t / itemDurationMs) * width), 0, 1, height);
  ctx.globalAlpha = 1;
}

/**
 * The peaks of an audio item's trimmed range on a canvas, repeated for looping music. A flat
 * line stands in until the peaks arrive or when they cannot be had.
 */
export const Waveform = memo(function Waveform({ assetId, inMs, outMs, widthPx, heightPx, loop = false, itemDurationMs }: WaveformProps): React.JSX.Element {
  const wave = useCachedRequest(waveforms, assetId);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = canvasRef.current;
    if (canvas === null || widthPx <= 0 || heightPx <= 0) return;
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    canvas.width = Math.max(1, Math.min(MAX_CANVAS_PX, Math.ceil(widthPx * dpr)));
    canvas.height = Math.max(1, Math.ceil(heightPx * dpr));
    draw({ canvas, wave, inMs, outMs, loop, itemDurationMs });
  }, [wave, inMs, outMs, widthPx, heightPx, loop, itemDurationMs]);
  return (
    <canvas
      ref={canvasRef}
      className="waveform"
      data-testid="waveform"
      data-state={wave ? 'peaks' : wave === null ? 'flat' : 'loading'}
      aria-hidden="true"
      style={{ width: widthPx, height: heightPx }}
    />
  );
});
