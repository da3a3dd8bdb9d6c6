/**
 * A file dropped outside a drop zone would make the browser (or Electron) open it in place of
 * the editor. Drop zones call preventDefault themselves; this catches every other drop.
 */
export function preventStrayFileDrops(target: Pick<Window, 'addEventListener' | 'removeEventListener'>): () => void {
  const stop = (e: DragEvent): void => {
    if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
  };
  target.addEventListener('dragover', stop);
  target.addEventListener('drop', stop);
  return () => {
    target.removeEventListener('dragover', stop);
    target.removeEventListener('drop', stop);
  };
}
