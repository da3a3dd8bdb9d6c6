import type { Aspect, Platform } from '../../../../preload/contract/project/primitives';

export interface PlatformPreset {
  platform: Platform;
  label: string;
  /** The shape that platform shows best; picking the platform picks it (it can still be changed). */
  aspect: Aspect;
}

export const PLATFORM_PRESETS: readonly PlatformPreset[] = [
  { platform: 'tiktok', label: 'TikTok', aspect: '9:16' },
  { platform: 'reels', label: 'Reels', aspect: '9:16' },
  { platform: 'shorts', label: 'Shorts', aspect: '9:16' },
  { platform: 'youtube', label: 'YouTube', aspect: '16:9' },
  { platform: 'instagram-feed', label: 'Instagram feed', aspect: '4:5' },
  { platform: 'generic', label: 'Other', aspect: '9:16' },
];

export const ASPECT_CHOICES: readonly { value: Aspect; label: string; hint: string }[] = [
  { value: '9:16', label: '9:16', hint: 'Vertical' },
  { value: '16:9', label: '16:9', hint: 'Landscape' },
  { value: '1:1', label: '1:1', hint: 'Square' },
  { value: '4:5', label: '4:5', hint: 'Portrait' },
];

export function presetFor(platform: Platform): PlatformPreset {
  return PLATFORM_PRESETS.find((p) => p.platform === platform) ?? (PLATFORM_PRESETS.at(-1) as PlatformPreset);
}
