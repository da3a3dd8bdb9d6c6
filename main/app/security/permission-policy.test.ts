import { describe, expect, it } from 'vitest';
import { decidePermission } from './permission-policy';

const trustedOrigins = ['app://adloom'];
const ours = { requestingUrl: 'app://adloom/index.html', isMainFrame: true, trustedOrigins };

describe('decidePermission', () => {
  it('grants fullscreen and clipboard writes to our top-level page', () => {
    expect(decidePermission({ ...ours, permission: 'fullscreen' })).toBe(true);
    expect(decidePermission({ ...ours, permission: 'clipboard-sanitized-write' })).toBe(true);
  });

  it('refuses everything else even to our page', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'display-capture', 'hid', 'usb', 'serial', 'openExternal', 'midiSysex', 'unknown']) {
      expect(decidePermission({ ...ours, permission }), permission).toBe(false);
    }
  });

  it('refuses a granted permission to subframes, other origins and unknown requesters', () => {
    expect(decidePermission({ ...ours, permission: 'fullscreen', isMainFrame: false })).toBe(false);
    expect(decidePermission({ ...ours, permission: 'fullscreen', requestingUrl: 'https://evil.example/' })).toBe(false);
    expect(decidePermission({ ...ours, permission: 'fullscreen', requestingUrl: undefined })).toBe(false);
  });
});
