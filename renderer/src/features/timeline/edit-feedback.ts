import { useAppStore, type EditResult } from '../../stores';

/** Tells the person why an edit did nothing ("Cannot trim: …"), instead of failing silently. */
export function reportEdit(verb: string, result: EditResult): boolean {
  if (!result.ok) useAppStore.getState().pushToast({ tone: 'info', message: `Cannot ${verb}: ${result.reason}.` });
  return result.ok;
}
