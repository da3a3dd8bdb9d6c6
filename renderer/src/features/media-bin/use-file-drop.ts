import { useRef, useState, type DragEvent } from 'react';

/** True when a drag carries files from the OS (not text, not an asset dragged inside the app). */
export function dragHasFiles(types: readonly string[]): boolean {
  return types.includes('Files');
}

/**
 * Drop-target state for OS files. dragenter/dragleave fire for every child element, so a
 * counter (not a boolean) tells when the pointer really left the target.
 */
export function useFileDrop(onFiles: (files: File[]) => void): {
  dragging: boolean;
  handlers: { onDragEnter: (e: DragEvent) => void; onDragOver: (e: DragEvent) => void; onDragLeave: (e: DragEvent) => void; onDrop: (e: DragEvent) => void };
} {
  const depth = useRef(0);
  const [dragging, setDragging] = useState(false);
  return {
    dragging,
    handlers: {
      onDragEnter: (e) => {
        if (!dragHasFiles([...e.dataTransfer.types])) return;
        e.preventDefault();
        depth.current += 1;
        setDragging(true);
      },
      onDragOver: (e) => {
        if (!dragHasFiles([...e.dataTransfer.types])) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      },
      onDragLeave: () => {
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setDragging(false);
      },
      onDrop: (e) => {
        if (!dragHasFiles([...e.dataTransfer.types])) return;
        e.preventDefault();
        depth.current = 0;
        setDragging(false);
        const files = [...e.dataTransfer.files];
        if (files.length > 0) onFiles(files);
      },
    },
  };
}
