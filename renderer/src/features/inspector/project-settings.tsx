import { ASPECTS, FPS_VALUES, PLATFORMS, RESOLUTIONS, type Aspect, type Platform } from '../../../../preload/contract/project/primitives';
import { resolutionAllowed } from '../../../../preload/contract/project/frame-size';
import type { ProjectSettings } from '../../../../preload/contract/project/settings';
import { AudioMixFields } from './audio-mix-fields';
import { BrandKitFields } from './brand-kit-fields';
import { Section } from './fields/basic-fields';
import { ChoiceField } from './fields/choice-fields';
import { DraftInput } from './fields/draft-input';
import { TextInputField } from './fields/typed-fields';
import { aspectChanges } from './item-changes';
import { settingsEditor } from './item-edit';
import { parseBudget } from './parse';
import { VoiceoverGenerator } from './voiceover-generator';

const ASPECT_NAMES: Record<Aspect, string> = { '16:9': '16:9 landscape', '9:16': '9:16 vertical', '1:1': '1:1 square', '4:5': '4:5 portrait' };
const PLATFORM_NAMES: Record<Platform, string> = {
  generic: 'Generic',
  tiktok: 'TikTok',
  reels: 'Instagram Reels',
  shorts: 'YouTube Shorts',
  youtube: 'YouTube',
  'instagram-feed': 'Instagram feed',
};

/** What the inspector shows with nothing selected: the project's format, brand kit, mix and voice-over. */
export function ProjectSettingsEditor({ settings }: { settings: ProjectSettings }): React.JSX.Element {
  const resolutions = RESOLUTIONS.filter((r) => resolutionAllowed(settings.aspect, r)).map((r) => ({ value: r, label: r }));
  return (
    <>
      <Section title="Project">
        <TextInputField label="Project name" value={settings.name} maxLength={200} required="a project needs a name" onCommit={(name) => settingsEditor.set('name', { name: name.trim() })} />
        <ChoiceField label="Aspect" value={settings.aspect} choices={ASPECTS.map((a) => ({ value: a, label: ASPECT_NAMES[a] }))} onChange={(aspect) => settingsEditor.pick('aspect', aspectChanges(aspect, settings.resolution))} />
        <ChoiceField
          label="Resolution"
          value={settings.resolution}
          choices={resolutions}
          hint={settings.aspect === '16:9' ? undefined : '2160p is available for 16:9 only.'}
          onChange={(resolution) => settingsEditor.pick('resolution', { resolution })}
        />
        <ChoiceField label="Frame rate" value={String(settings.fps)} choices={FPS_VALUES.map((f) => ({ value: String(f), label: `${f} fps` }))} onChange={(fps) => settingsEditor.pick('fps', { fps: Number(fps) })} />
        <ChoiceField
          label="Platform"
          value={settings.platform}
          choices={PLATFORMS.map((p) => ({ value: p, label: PLATFORM_NAMES[p] }))}
          hint="Text and logos stay inside this platform's safe area."
          onChange={(platform) => settingsEditor.pick('platform', { platform })}
        />
        <DraftInput
          label="Budget"
          value={settings.budgetUsd}
          format={(v) => (v === null ? '' : String(v))}
          parse={parseBudget}
          onCommit={(budgetUsd) => settingsEditor.set('budgetUsd', { budgetUsd })}
          suffix="USD"
          placeholder="No limit"
          inputMode="decimal"
          hint="Paid generation in this project stops at this amount. Empty = no limit."
        />
      </Section>
      <BrandKitFields brand={settings.brand} />
      <Section title="Audio mix">
        <AudioMixFields audio={settings.audio} />
      </Section>
      <VoiceoverGenerator title="Voice-over" replaceItemId={null} initialScript="" />
    </>
  );
}
