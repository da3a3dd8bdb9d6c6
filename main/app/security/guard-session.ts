import type { Session } from 'electron';
import { decidePermission } from './permission-policy';

/** The slice of Session the guards set. A real Session satisfies it. */
export type GuardableSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'setDisplayMediaRequestHandler'
>;

/**
 * Checklist item 5 on a session: permission requests and checks go through decidePermission;
 * device access (HID, USB, serial) and screen capture are refused outright.
 */
export function guardSession(session: GuardableSession, { trustedOrigins }: { trustedOrigins: readonly string[] }): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(decidePermission({ permission, requestingUrl: details.requestingUrl, isMainFrame: details.isMainFrame, trustedOrigins }));
  });
  session.setPermissionCheckHandler((_contents, permission, _origin, details) =>
    decidePermission({ permission, requestingUrl: details.requestingUrl, isMainFrame: details.isMainFrame, trustedOrigins }),
  );
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
}
