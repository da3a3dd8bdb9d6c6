import { useState } from 'react';
import { PreviewControls } from './preview-controls';
import { RenderPreviewProgress, RenderPreviewResult } from './render-preview-bar';
import { PreviewStage } from './preview-stage';
import { useRenderPreview } from './use-render-preview';

/**
 * The live preview: the composed timeline drawn at the playhead as the export draws it, the
 * transport under it, safe-area guides on a toggle, and "Render preview" for an exact check
 * through the export engine.
 */
export function PreviewPanel(): React.JSX.Element {
  const [safeGuides, setSafeGuides] = useState(false);
  const preview = useRenderPreview();
  return (
    <div className="preview">
      <PreviewStage safeGuides={safeGuides} />
      <RenderPreviewProgress preview={preview} />
      <PreviewControls safeGuides={safeGuides} onSafeGuides={setSafeGuides} preview={preview} />
      <RenderPreviewResult preview={preview} />
    </div>
  );
}
