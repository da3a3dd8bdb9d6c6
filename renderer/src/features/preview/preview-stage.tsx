import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { errorText, useAppStore, useTimeline } from '../../stores';
import { frameSize } from '../../../../preload/contract/project/frame-size';
import { fitDisplay } from './framing';
import { PreviewEngine } from './preview-engine';
import { loadPreviewFonts } from './preview-fonts';

/**
 * The canvas at the project's frame shape, as large as the panel allows, at the screen's pixel
 * density. The PreviewEngine draws it; React only sizes it.
 */
export function PreviewStage({ safeGuides }: { safeGuides: boolean }): React.JSX.Element {
  const stageRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const mediaRef = useRef<HTMLDivElement>(null);
  const engineRef = useRef<PreviewEngine | null>(null);
  const [space, setSpace] = useState({ width: 0, height: 0 });
  const [dpr, setDpr] = useState(() => window.devicePixelRatio || 1);
  const aspect = useAppStore((s) => s.doc?.settings.aspect ?? '16:9');
  const resolution = useAppStore((s) => s.doc?.settings.resolution ?? '1080p');
  const empty = useTimeline().items.length === 0;
  const display = fitDisplay(space, frameSize(aspect, resolution));

  useEffect(() => {
    const canvas = canvasRef.current;
    const host = mediaRef.current;
    if (!canvas || !host) return;
    const engine = new PreviewEngine(canvas, host);
    engineRef.current = engine;
    engine.start();
    loadPreviewFonts()
      .then(() => engine.invalidate())
      .catch((err: unknown) => {
        useAppStore.getState().pushToast({ tone: 'error', message: `The preview fonts could not be loaded, so text is drawn in another font: ${errorText(err)}` });
      });
    return () => {
      engine.dispose();
      engineRef.current = null;
    };
  }, []);

  useLayoutEffect(() => {
    const stage = stageRef.current;
    if (!stage) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setSpace({ width: entry.contentRect.width, height: entry.contentRect.height });
    });
    observer.observe(stage);
    // Moving the window to a screen of another density changes devicePixelRatio, not the layout.
    const onWindowResize = (): void => setDpr(window.devicePixelRatio || 1);
    window.addEventListener('resize', onWindowResize);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', onWindowResize);
    };
  }, []);

  useEffect(() => {
    engineRef.current?.resize({ width: display.width, height: display.height, dpr });
  }, [display.width, display.height, dpr]);

  useEffect(() => {
    engineRef.current?.setSafeGuides(safeGuides);
  }, [safeGuides]);

  return (
    <div className="preview-stage" ref={stageRef}>
      <canvas ref={canvasRef} className="preview-canvas" style={{ width: display.width, height: display.height }} role="img" aria-label={`Preview, ${aspect}`} data-testid="preview-canvas" />
      {empty && <p className="preview-empty">Add media or a card to the timeline to preview it here.</p>}
      <div ref={mediaRef} className="preview-media" aria-hidden="true" />
    </div>
  );
}
