import { TRANSITION_KINDS, type TransitionKind } from '../../../preload/contract/project/video-track';

/** What people read for each transition kind, in the timeline's popover and the inspector alike. */
export const TRANSITION_LABELS: Record<TransitionKind, string> = {
  cut: 'Cut',
  crossfade: 'Crossfade',
  'fade-black': 'Fade through black',
  'wipe-left': 'Wipe left',
  'wipe-right': 'Wipe right',
  'wipe-up': 'Wipe up',
  'wipe-down': 'Wipe down',
  'slide-left': 'Slide left',
  'slide-right': 'Slide right',
  'slide-up': 'Slide up',
  'slide-down': 'Slide down',
};

/** The kinds as select choices, in the contract's order. */
export const TRANSITION_CHOICES = TRANSITION_KINDS.map((value) => ({ value, label: TRANSITION_LABELS[value] }));
