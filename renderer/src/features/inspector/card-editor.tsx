import type { CardBackground, CardItem } from '../../../../preload/contract/project/video-track';
import type { Framing } from '../../../../preload/contract/project/primitives';
import { Button } from '../../components/button';
import { useAppStore, useAssets, useProjectDocument, type EditResult } from '../../stores';
import { AssetField } from './fields/asset-field';
import { percent, Section, SliderField, ToggleField } from './fields/basic-fields';
import { ChoiceField, SegmentField } from './fields/choice-fields';
import { ColourField } from './fields/colour-field';
import { NumberField, SecondsField, TextInputField } from './fields/typed-fields';
import { backgroundOfKind, transitionsMs } from './item-changes';
import { itemEditor } from './item-edit';
import { TransitionFields } from './transition-fields';

const ROLES = [
  { value: 'intro', label: 'Intro' },
  { value: 'card', label: 'Title card' },
  { value: 'outro', label: 'Outro (call to action)' },
] as const;
const KINDS = [
  { value: 'color', label: 'Colour' },
  { value: 'gradient', label: 'Gradient' },
  { value: 'image', label: 'Image' },
] as const;
export const FRAMINGS = [
  { value: 'cover', label: 'Fill (crop)' },
  { value: 'contain', label: 'Fit (bars)' },
  { value: 'blur', label: 'Fit on blurred fill' },
] as const satisfies readonly { value: Framing; label: string }[];

function BackgroundFields({ bg, set }: { bg: CardBackground; set: (bg: CardBackground, key: string) => EditResult }): React.JSX.Element {
  if (bg.kind === 'color') return <ColourField label="Background colour" value={bg.color} onCommit={(color) => set({ ...bg, color }, 'color')} />;
  if (bg.kind === 'gradient') {
    return (
      <>
        <ColourField label="Gradient start" value={bg.from} onCommit={(from) => set({ ...bg, from }, 'from')} />
        <ColourField label="Gradient end" value={bg.to} onCommit={(to) => set({ ...bg, to }, 'to')} />
        <NumberField label="Gradient angle" suffix="°" value={bg.angleDeg} bounds={{ min: 0, max: 360 }} onCommit={(angleDeg) => set({ ...bg, angleDeg }, 'angle')} />
      </>
    );
  }
  return (
    <>
      <AssetField label="Background image" kind="image" value={bg.media} onChange={(media) => (media === null ? { ok: true } : set({ ...bg, media }, 'media'))} />
      <ChoiceField label="Image framing" value={bg.framing} choices={FRAMINGS} onChange={(framing) => set({ ...bg, framing }, 'framing')} />
      <SliderField label="Darken image" value={bg.dim} min={0} max={1} step={0.05} display={percent} onCommit={(dim) => set({ ...bg, dim }, 'dim')} />
    </>
  );
}

/** Intro, outro or title card: words, length, background, title colour, logo; the font is the brand's. */
export function CardEditor({ item, index }: { item: CardItem; index: number }): React.JSX.Element | null {
  const doc = useProjectDocument();
  const firstImage = useAssets().find((a) => a.kind === 'image')?.id ?? null;
  if (doc === null) return null;
  const brand = doc.settings.brand;
  const minMs = Math.max(100, transitionsMs(doc.tracks.video, index));
  const edit = itemEditor(item.id);
  const setBackground = (bg: CardBackground, key: string): EditResult => edit.setMany(`background.${key}`, { background: bg });
  const pickKind = (kind: CardBackground['kind']): EditResult => {
    const next = backgroundOfKind({ current: item.background, kind, brand, imageAssetId: firstImage });
    return next.ok ? edit.pick('background', next.value) : next;
  };
  return (
    <>
      <Section title="Words">
        <ChoiceField label="Role" value={item.role} choices={ROLES} onChange={(role) => edit.pick('role', role)} />
        <TextInputField label="Title" value={item.title} maxLength={500} onCommit={(v) => edit.set('title', v)} />
        <TextInputField label="Subtitle" value={item.subtitle} maxLength={1000} multiline rows={2} onCommit={(v) => edit.set('subtitle', v)} />
        <SecondsField label="Duration" value={item.durationMs} bounds={{ min: minMs, max: 600_000 }} onCommit={(ms) => edit.set('durationMs', ms)} />
      </Section>
      <Section title="Look">
        <SegmentField label="Background" value={item.background.kind} choices={KINDS} onChange={pickKind} />
        <BackgroundFields bg={item.background} set={setBackground} />
        <ToggleField label="Use brand text colour for the title" checked={item.titleColor === undefined} onChange={(on) => edit.pick('titleColor', on ? undefined : brand.colors.text)} />
        {item.titleColor !== undefined && <ColourField label="Title colour" value={item.titleColor} onCommit={(c) => edit.set('titleColor', c)} />}
        <ToggleField
          label="Show logo"
          checked={item.showLogo}
          onChange={(on) => edit.pick('showLogo', on)}
          hint={brand.logo === null ? 'Choose a logo in the brand kit (Project settings) first.' : undefined}
        />
        <div className="insp-note">
          <span>
            Font: {brand.fonts.heading} (titles), {brand.fonts.body} (subtitles), from the brand kit.
          </span>
          <Button size="sm" variant="ghost" onClick={() => useAppStore.getState().clearSelection()}>
            Edit brand kit
          </Button>
        </div>
      </Section>
      <TransitionFields itemId={item.id} transition={item.transitionIn} isFirst={index === 0} />
    </>
  );
}
