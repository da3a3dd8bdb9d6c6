import type { ProjectDocument } from '../../../preload/contract/project';
import { incomingFrom, isSolid, middleLine, mixAt, samePicture, type DecodedVideo, type Rgb } from './frame-timing';
import { expectedFrames, lookOf, type DrawnKind, type ExpectedFrame } from './transition-expectation';

/** One frame that differs from what the preview shows, filed under the transition it belongs to. */
export interface FrameProblem {
  frame: number;
  /** The transition drawn on this frame or just ended before it; 'item' for other frames. */
  about: DrawnKind | 'item';
  text: string;
}

const BLACK: Rgb = [0, 0, 0];
/** One pixel: a 4:2:0 edge, or xfade's float progress against the preview's double one. */
const EDGE_TOLERANCE_PX = 1;
/** Limited-range 8-bit YUV round trips keep a blend within about 2 % of its exact value. */
const MIX_TOLERANCE = 0.04;

function transitionProblem({ video, frame, at, colours }: { video: DecodedVideo; frame: Buffer; at: Extract<ExpectedFrame, { kind: 'transition' }>; colours: readonly Rgb[] }): string | null {
  const outgoing = colours[at.from] as Rgb;
  const incoming = colours[at.to] as Rgb;
  const look = lookOf({ ...at, width: video.width, height: video.height });
  const where = `step ${at.step} of ${at.steps}`;
  if (look.measure === 'edge') {
    const got = incomingFrom(middleLine(video, frame, look.axis), { incoming, outgoing });
    const unit = look.axis === 'row' ? 'column' : 'row';
    return Math.abs(got - look.incomingFrom) > EDGE_TOLERANCE_PX ? `${where}: incoming from ${unit} ${got}, preview ${look.incomingFrom}` : null;
  }
  if (look.measure === 'mix') {
    const got = mixAt(video, frame, { from: outgoing, to: incoming });
    return Math.abs(got - look.incoming) > MIX_TOLERANCE ? `${where}: incoming alpha ${got.toFixed(3)}, preview ${look.incoming.toFixed(3)}` : null;
  }
  const layer = look.layer === 'outgoing' ? outgoing : incoming;
  const got = mixAt(video, frame, { from: BLACK, to: layer });
  return Math.abs(got - look.brightness) > MIX_TOLERANCE ? `${where}: ${look.layer} at brightness ${got.toFixed(3)}, preview ${look.brightness.toFixed(3)}` : null;
}

/**
 * Compares every decoded frame of an export of `document` (solid-colour items, `colours[i]` for
 * item i) with the preview's timing: items alone are that colour, transition steps measure as
 * the preview draws them, no transition step repeats the one before, and the frame after a
 * transition is the next item alone.
 */
export function frameProblems({ video, document, colours }: { video: DecodedVideo; document: Pick<ProjectDocument, 'tracks' | 'settings'>; colours: readonly Rgb[] }): FrameProblem[] {
  const problems: FrameProblem[] = [];
  let previous: ExpectedFrame | null = null;
  expectedFrames(document).forEach((at, f) => {
    const frame = video.frames[f];
    if (!frame) return;
    if (at.kind === 'item') {
      const colour = colours[at.index] as Rgb;
      const about = previous?.kind === 'transition' ? previous.transition : 'item';
      if (!isSolid(frame, colour)) problems.push({ frame: f, about, text: `frame ${f} is not item ${at.index} (rgb ${colour.join(',')}) alone` });
    } else {
      const text = transitionProblem({ video, frame, at, colours });
      if (text) problems.push({ frame: f, about: at.transition, text: `frame ${f} ${text}` });
      const before = video.frames[f - 1];
      if (previous?.kind === 'transition' && previous.to === at.to && before && samePicture(before, frame)) {
        problems.push({ frame: f, about: at.transition, text: `frame ${f} repeats frame ${f - 1} inside the ${at.transition}` });
      }
    }
    previous = at;
  });
  return problems;
}
