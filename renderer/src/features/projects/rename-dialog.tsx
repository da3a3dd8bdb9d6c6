import { useState } from 'react';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { TextField } from '../../components/fields';

export function RenameDialog({ currentName, onClose, onRename }: { currentName: string; onClose: () => void; onRename: (name: string) => Promise<boolean> }): React.JSX.Element {
  const [name, setName] = useState(currentName);
  const [error, setError] = useState<string | null>(null);
  const submit = async (): Promise<void> => {
    if (name.trim() === '') return setError('The name must not be empty.');
    if (await onRename(name.trim())) onClose();
  };
  return (
    <Dialog
      open
      title={`Rename "${currentName}"`}
      onClose={onClose}
      onSubmit={() => void submit()}
      width="sm"
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" type="submit">
            Rename
          </Button>
        </>
      }
    >
      <TextField label="Name" value={name} autoFocus maxLength={120} onChange={(e) => setName(e.target.value)} error={error} />
    </Dialog>
  );
}
