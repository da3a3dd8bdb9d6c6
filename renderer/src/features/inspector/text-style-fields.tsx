import type { TextStyle } from '../../../../preload/contract/project/overlay-track';
import type { Brand } from '../../../../preload/contract/project/settings';
import type { EditResult } from '../../stores';
import { Section, ToggleField } from './fields/basic-fields';
import { ChoiceField, SegmentField } from './fields/choice-fields';
import { ColourField } from './fields/colour-field';
import { NumberField } from './fields/typed-fields';
import { fontChoices, toggledStyle } from './item-changes';

const WEIGHTS = [
  { value: 'regular', label: 'Regular' },
  { value: 'bold', label: 'Bold' },
] as const;
const ALIGNS = [
  { value: 'left', label: 'Left' },
  { value: 'center', label: 'Center' },
  { value: 'right', label: 'Right' },
] as const;

function fontLabel(name: string, brand: Brand): string {
  const roles = [brand.fonts.heading === name && 'brand heading', brand.fonts.body === name && 'brand body'].filter(Boolean);
  return roles.length > 0 ? `${name} (${roles.join(', ')})` : name;
}

/**
 * Font, size, colour, outline, shadow, box and alignment of a text overlay. `set` gets the
 * whole new style and a key naming the part changed (so each part merges its own edits).
 */
export function TextStyleFields({ style, brand, set, pick }: { style: TextStyle; brand: Brand; set: (style: TextStyle, key: string) => EditResult; pick: (style: TextStyle) => EditResult }): React.JSX.Element {
  const fonts = fontChoices(brand, style.font).map((name) => ({ value: name, label: fontLabel(name, brand) }));
  return (
    <Section title="Style">
      <ChoiceField label="Font" value={style.font} choices={fonts} onChange={(font) => pick({ ...style, font })} />
      <SegmentField label="Weight" value={style.weight} choices={WEIGHTS} onChange={(weight) => pick({ ...style, weight })} />
      <NumberField label="Size" suffix="px" value={style.size} bounds={{ min: 8, max: 400 }} round={Math.round} hint="At 1080p; scaled for other sizes." onCommit={(size) => set({ ...style, size }, 'size')} />
      <ColourField label="Text colour" value={style.color} onCommit={(color) => set({ ...style, color }, 'color')} />
      <SegmentField label="Align" value={style.align} choices={ALIGNS} onChange={(align) => pick({ ...style, align })} />
      <ToggleField label="Outline" checked={style.outline !== null} onChange={(on) => pick(toggledStyle(style, 'outline', on))} />
      {style.outline && (
        <div className="insp-nested">
          <ColourField label="Outline colour" value={style.outline.color} onCommit={(color) => set({ ...style, outline: { width: style.outline?.width ?? 3, color } }, 'outline.color')} />
          <NumberField label="Outline width" suffix="px" value={style.outline.width} bounds={{ min: 0, max: 40 }} onCommit={(width) => set({ ...style, outline: { color: style.outline?.color ?? '#000000', width } }, 'outline.width')} />
        </div>
      )}
      <ToggleField label="Shadow" checked={style.shadow !== null} onChange={(on) => pick(toggledStyle(style, 'shadow', on))} />
      <ToggleField label="Box behind text" checked={style.box !== null} onChange={(on) => pick(toggledStyle(style, 'box', on))} />
      {style.box && (
        <div className="insp-nested">
          <ColourField label="Box colour" value={style.box.color} onCommit={(color) => set({ ...style, box: { padding: style.box?.padding ?? 16, color } }, 'box.color')} />
          <NumberField label="Box padding" suffix="px" value={style.box.padding} bounds={{ min: 0, max: 200 }} onCommit={(padding) => set({ ...style, box: { color: style.box?.color ?? '#000000aa', padding } }, 'box.padding')} />
        </div>
      )}
    </Section>
  );
}
