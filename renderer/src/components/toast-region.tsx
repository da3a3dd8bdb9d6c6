import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore, type Toast } from '../stores';
import { Button } from './button';
import { Icon } from './icons';

const AUTO_DISMISS_MS = { info: 5000, success: 4000, error: 12000 } as const;

function ToastItem({ toast }: { toast: Toast }): React.JSX.Element {
  const dismiss = useAppStore((s) => s.dismissToast);
  useEffect(() => {
    const timer = setTimeout(() => dismiss(toast.id), AUTO_DISMISS_MS[toast.tone]);
    return () => clearTimeout(timer);
  }, [toast, dismiss]);
  return (
    <li className={`toast toast-${toast.tone}`} role={toast.tone === 'error' ? 'alert' : 'status'}>
      <span className="toast-message">{toast.message}</span>
      <Button variant="ghost" size="sm" icon={<Icon name="close" size={14} />} label="Dismiss message" onClick={() => dismiss(toast.id)} />
    </li>
  );
}

/** Messages at the bottom right; errors stay longer and are announced assertively. */
export function ToastRegion(): React.JSX.Element {
  const toasts = useAppStore(useShallow((s) => s.toasts));
  return (
    <ol className="toasts" aria-label="Notifications" aria-live="polite">
      {toasts.map((t) => (
        <ToastItem key={t.id} toast={t} />
      ))}
    </ol>
  );
}
