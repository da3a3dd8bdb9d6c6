import dejaVuBold from '../../../../resources/fonts/DejaVuSans-Bold.ttf?url';
import dejaVuRegular from '../../../../resources/fonts/DejaVuSans.ttf?url';
import interBold from '../../../../resources/fonts/Inter-Bold.ttf?url';
import interRegular from '../../../../resources/fonts/Inter-Regular.ttf?url';
import { BUNDLED_FONTS, type FontFace as BundledFace } from '../../../../preload/contract/layout';

/** The bundled TTFs by file name: the very files the export's drawtext reads. */
const URLS: Record<string, string> = {
  'Inter-Regular.ttf': interRegular,
  'Inter-Bold.ttf': interBold,
  'DejaVuSans.ttf': dejaVuRegular,
  'DejaVuSans-Bold.ttf': dejaVuBold,
};

let loading: Promise<void> | null = null;

/**
 * Registers the bundled fonts under the family names the layout uses (preload/contract/layout/fonts)
 * and resolves when all four are ready, so canvas text is measured and drawn in them. Once per page.
 */
export function loadPreviewFonts(): Promise<void> {
  loading ??= Promise.all(
    Object.values(BUNDLED_FONTS).flatMap((family) =>
      [family.regular, family.bold].map(async (face: BundledFace) => {
        const url = URLS[face.file];
        if (url === undefined) throw new Error(`the font file ${face.file} is not bundled with the preview`);
        const loaded = await new FontFace(face.family, `url(${url})`, { weight: face.weight === 'bold' ? '700' : '400' }).load();
        document.fonts.add(loaded);
      }),
    ),
  ).then(
    () => undefined,
    (err: unknown) => {
      // Let a later preview try again rather than keep the failure for the page's lifetime.
      loading = null;
      throw err;
    },
  );
  return loading;
}

/** The CSS font shorthand canvas text uses for a bundled face at a size in output pixels. */
export function canvasFont(face: BundledFace, sizePx: number): string {
  return `${face.weight === 'bold' ? 700 : 400} ${sizePx}px "${face.family}"`;
}
