import { ExportDialog } from '../features/export/export-dialog';
import { GeneratePanel } from '../features/generate/generate-panel';
import { useProjectJobs } from '../features/generate/use-project-jobs';
import { InspectorPanel } from '../features/inspector/inspector-panel';
import { MediaBin } from '../features/media-bin/media-bin';
import { PreviewPanel } from '../features/preview/preview-panel';
import { TimelinePanel } from '../features/timeline/timeline-panel';
import { useAppStore } from '../stores';
import { TopBar } from './top-bar';

function SideTabs(): React.JSX.Element {
  const tab = useAppStore((s) => s.sideTab);
  const setTab = useAppStore((s) => s.setSideTab);
  const tabs = [
    { id: 'media', label: 'Media' },
    { id: 'generate', label: 'Generate' },
  ] as const;
  return (
    <div className="side-tabs" role="tablist" aria-label="Left panel">
      {tabs.map((t) => (
        <button key={t.id} type="button" role="tab" id={`side-tab-${t.id}`} aria-selected={tab === t.id} aria-controls={`side-panel-${t.id}`} className="side-tab" onClick={() => setTab(t.id)}>
          {t.label}
        </button>
      ))}
    </div>
  );
}

/**
 * The editor: top bar, then media (or generate) on the left, preview in the middle, inspector
 * on the right, and the timeline across the bottom. Each region is a labelled landmark; the
 * features fill them.
 */
export function EditorLayout({ onBack }: { onBack: () => void }): React.JSX.Element {
  const tab = useAppStore((s) => s.sideTab);
  const dialog = useAppStore((s) => s.dialog);
  const closeDialog = useAppStore((s) => s.closeDialog);
  // Jobs that finished while the app was closed show up on open, whichever tab is shown.
  useProjectJobs();
  return (
    <div className="editor">
      <TopBar onBack={onBack} />
      <main className="editor-grid" aria-label="Editor">
        <div className="editor-side">
          <SideTabs />
          {tab === 'media' ? (
            <div id="side-panel-media" role="tabpanel" aria-labelledby="side-tab-media" className="panel">
              <section aria-label="Media" className="panel-media">
                <MediaBin />
              </section>
            </div>
          ) : (
            <div id="side-panel-generate" role="tabpanel" aria-labelledby="side-tab-generate" className="panel">
              <section aria-label="Generate" className="panel-generate">
                <GeneratePanel />
              </section>
            </div>
          )}
        </div>
        <section aria-label="Preview" className="panel panel-preview">
          <PreviewPanel />
        </section>
        <section aria-label="Inspector" className="panel panel-inspector">
          <InspectorPanel />
        </section>
        <section aria-label="Timeline" className="panel panel-timeline">
          <TimelinePanel />
        </section>
      </main>
      <ExportDialog open={dialog === 'export'} onClose={closeDialog} />
    </div>
  );
}
