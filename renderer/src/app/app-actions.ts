import { createActionRegistry } from '../actions';

/**
 * The app's one action registry: shortcuts, the Electron menu and buttons all run actions from
 * here (e.g. `appActions.run('edit.undo')`), so a button and its shortcut cannot drift apart.
 */
export const appActions = createActionRegistry();
