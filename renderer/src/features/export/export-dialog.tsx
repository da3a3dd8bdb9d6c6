import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';

/** Placeholder until the export feature lands: presets, destination and render progress go here. */
export function ExportDialog({ open, onClose }: { open: boolean; onClose: () => void }): React.JSX.Element | null {
  return (
    <Dialog open={open} title="Export video" onClose={onClose} footer={<Button onClick={onClose}>Close</Button>}>
      <p>Export is coming.</p>
    </Dialog>
  );
}
