import type { Result } from '../../../preload/contract/result';
import type { MenuAction, MenuUiAction } from './menu-actions';

export interface MenuActionDeps {
  /** Runs a contract command through the same dispatch() the renderer's calls go through. */
  runCommand: (name: 'app.reveal', input: unknown) => Promise<Result<unknown>>;
  /** Asks the renderer to run one of its editor actions. */
  sendUiAction: (action: MenuUiAction) => void;
  /** Opens an allowlisted https page in the system browser. */
  openExternal: (url: string) => void;
  /** Tells the person a menu command failed (its message names what and why). */
  showError: (message: string) => void;
}

export function createMenuActionRunner({ runCommand, sendUiAction, openExternal, showError }: MenuActionDeps): (action: MenuAction) => void {
  return (action) => {
    if (action.kind === 'ui') return sendUiAction(action.action);
    if (action.kind === 'external') return openExternal(action.url);
    void runCommand(action.name, action.input).then(
      (result) => {
        if (!result.ok) showError(result.error.message);
      },
      (err: unknown) => showError(`${action.name} failed: ${String(err)}`),
    );
  };
}
