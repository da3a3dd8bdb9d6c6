import { BUNDLED_FONTS } from '../../../../preload/contract/layout/fonts';
import type { Brand } from '../../../../preload/contract/project/settings';
import type { EditResult } from '../../stores';
import { AssetField } from './fields/asset-field';
import { Section } from './fields/basic-fields';
import { ChoiceField } from './fields/choice-fields';
import { ColourField } from './fields/colour-field';
import { fontChoices } from './item-changes';
import { settingsEditor } from './item-edit';

type ColourKey = keyof Brand['colors'];
const COLOURS: [ColourKey, string][] = [
  ['primary', 'Primary colour'],
  ['secondary', 'Secondary colour'],
  ['text', 'Text colour'],
  ['background', 'Background colour'],
];

const BUNDLED = new Set(Object.keys(BUNDLED_FONTS).map((n) => n.toLowerCase()));

/** Fonts the export does not bundle are drawn in Inter; say so rather than let it surprise. */
const fontOptions = (brand: Brand, current: string): { value: string; label: string }[] =>
  fontChoices(brand, current).map((name) => ({ value: name, label: BUNDLED.has(name.toLowerCase()) ? name : `${name} (not bundled: drawn in Inter)` }));

/** Logo, fonts and colours that cards, the call to action and new text use. */
export function BrandKitFields({ brand }: { brand: Brand }): React.JSX.Element {
  const setBrand = (key: string, next: Brand): EditResult => settingsEditor.set(`brand.${key}`, { brand: next });
  const pickBrand = (next: Brand): EditResult => settingsEditor.pick('brand', { brand: next });
  return (
    <Section title="Brand kit">
      <AssetField label="Logo" kind="image" allowNone value={brand.logo} hint="Shown on cards with “Show logo” on." onChange={(logo) => pickBrand({ ...brand, logo })} />
      <ChoiceField label="Heading font" value={brand.fonts.heading} choices={fontOptions(brand, brand.fonts.heading)} onChange={(heading) => pickBrand({ ...brand, fonts: { ...brand.fonts, heading } })} />
      <ChoiceField label="Body font" value={brand.fonts.body} choices={fontOptions(brand, brand.fonts.body)} onChange={(body) => pickBrand({ ...brand, fonts: { ...brand.fonts, body } })} />
      {COLOURS.map(([key, label]) => (
        <ColourField key={key} label={label} value={brand.colors[key]} onCommit={(colour) => setBrand(`colors.${key}`, { ...brand, colors: { ...brand.colors, [key]: colour } })} />
      ))}
    </Section>
  );
}
