import { safeArea } from '../../../../preload/contract/layout';
import { layoutStyledText, placeImageOverlay } from '../../../../preload/contract/layout/overlay-layout';
import type { MediaRef } from '../../../../preload/contract/project/primitives';
import { pictureSize } from './draw-picture';
import type { FrameScene } from './draw-frame';
import { drawTextLines } from './draw-text';

/**
 * Overlays in track order, then captions, each laid out by the functions the render planner
 * uses (layoutStyledText, placeImageOverlay) and faded by its alpha on this frame.
 */
export function drawOverlayLayers(ctx: CanvasRenderingContext2D, { scene, image }: { scene: Pick<FrameScene, 'doc' | 'frame' | 'safe' | 'scale' | 'layers'>; image: (ref: MediaRef) => HTMLImageElement | null }): void {
  const { doc, safe, scale, frame } = scene;
  for (const layer of scene.layers) {
    if (layer.kind === 'caption') {
      const { captions } = doc;
      const look = layoutStyledText({ text: layer.caption.text, style: captions.style, position: captions.position, safe, scale });
      drawTextLines(ctx, { lines: look.lines, look, alpha: layer.alpha });
      continue;
    }
    const { overlay } = layer;
    if (overlay.type === 'text') {
      const look = layoutStyledText({ text: overlay.text, style: overlay.style, position: overlay.position, safe, scale });
      drawTextLines(ctx, { lines: look.lines, look, alpha: layer.alpha });
      continue;
    }
    const picture = image(overlay.media);
    if (!picture) continue;
    const size = pictureSize(picture);
    const box = placeImageOverlay({ frame, safe, widthShare: overlay.scale, sourceWidth: size.width, sourceHeight: size.height, position: overlay.position });
    ctx.save();
    ctx.globalAlpha = layer.alpha * overlay.opacity;
    ctx.drawImage(picture, box.x, box.y, box.width, box.height);
    ctx.restore();
  }
}

/**
 * The platform's safe area as guides: the outside dimmed, the edge dashed, the platform named.
 * Line widths are in screen pixels (`pixel` output pixels each).
 */
export function drawSafeAreaGuides(ctx: CanvasRenderingContext2D, { scene, pixel }: { scene: Pick<FrameScene, 'doc' | 'frame'>; pixel: number }): void {
  const { frame } = scene;
  const platform = scene.doc.settings.platform;
  const area = safeArea(platform, frame);
  ctx.save();
  ctx.fillStyle = 'rgba(0, 0, 0, 0.35)';
  ctx.beginPath();
  ctx.rect(0, 0, frame.width, frame.height);
  ctx.rect(area.x, area.y, area.width, area.height);
  ctx.fill('evenodd');
  ctx.strokeStyle = 'rgba(255, 106, 69, 0.9)';
  ctx.lineWidth = 1.5 * pixel;
  ctx.setLineDash([6 * pixel, 4 * pixel]);
  ctx.strokeRect(area.x, area.y, area.width, area.height);
  ctx.setLineDash([]);
  ctx.fillStyle = 'rgba(255, 106, 69, 0.95)';
  ctx.font = `600 ${11 * pixel}px system-ui, sans-serif`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  ctx.fillText(`Safe area · ${platform}`, area.x + 4 * pixel, area.y + 4 * pixel);
  ctx.restore();
}
