import { CAMERA_MOVES } from '../../../../preload/contract/project/primitives';
import type { CameraMove } from '../../../../preload/contract/project/primitives';

/**
 * LLMs name camera moves in film language ("slow dolly in", "static", "tilt up") even when
 * given the list; mapping the common ones is cheaper than a repair round trip. Unknown names
 * are left as they are so validation reports them.
 */
const SYNONYMS: Readonly<Record<string, CameraMove>> = {
  static: 'none', still: 'none', locked: 'none', 'locked-off': 'none', fixed: 'none', handheld: 'none',
  zoom: 'zoom-in', 'crash-zoom': 'zoom-in', 'crash-zoom-in': 'zoom-in', 'spiral-zoom': 'zoom-in', 'zoom-in-out': 'zoom-in',
  'pull-out': 'zoom-out', 'pull-back': 'zoom-out', 'dolly-out': 'zoom-out', reveal: 'zoom-out',
  'dolly-in': 'push-in', dolly: 'push-in', 'push': 'push-in', 'fly-in': 'push-in', 'fpv': 'push-in', 'fpv-drone': 'push-in',
  'truck-left': 'pan-left', 'track-left': 'pan-left', 'orbit-left': 'pan-left', orbit: 'pan-right',
  'truck-right': 'pan-right', 'track-right': 'pan-right', 'orbit-right': 'pan-right', pan: 'pan-right',
  'tilt-up': 'pan-up', 'crane-up': 'pan-up', 'pedestal-up': 'pan-up', crane: 'pan-up', 'rise': 'pan-up',
  'tilt-down': 'pan-down', 'crane-down': 'pan-down', 'pedestal-down': 'pan-down',
};

const SPEED_WORDS = /^(?:slow|slowly|fast|quick|gentle|smooth|subtle|rapid|dramatic)-+/;

export function normaliseCameraMove(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  let key = value.trim().toLowerCase().replace(/[\s_]+/g, '-').replace(/[^a-z-]/g, '');
  while (SPEED_WORDS.test(key)) key = key.replace(SPEED_WORDS, '');
  if ((CAMERA_MOVES as readonly string[]).includes(key)) return key;
  return SYNONYMS[key] ?? value;
}
