import { describe, expect, it } from 'vitest';
import { normaliseCameraMove } from './camera-move-names';

describe('normaliseCameraMove', () => {
  it('maps film language onto the editor’s moves and leaves unknown names alone', () => {
    const input = ['zoom-in', 'Zoom In', 'slow zoom in', 'static', 'Dolly In', 'crane up', 'tilt_down', 'orbit left', 'fast crash zoom', 'barrel roll', 7];
    expect(input.map(normaliseCameraMove)).toEqual(['zoom-in', 'zoom-in', 'zoom-in', 'none', 'push-in', 'pan-up', 'pan-down', 'pan-left', 'zoom-in', 'barrel roll', 7]);
  });
});
