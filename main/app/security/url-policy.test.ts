import { describe, expect, it } from 'vitest';
import { decideNavigation, decideWindowOpen, isAllowedExternalUrl, isTrustedUrl, originOf } from './url-policy';

const trustedOrigins = ['app://adloom'];
const policy = { trustedOrigins, externalHosts: ['replicate.com', 'runwayml.com'] };

describe('originOf', () => {
  it('builds scheme://host for custom and web schemes', () => {
    expect(originOf('app://adloom/index.html#/timeline')).toBe('app://adloom');
    expect(originOf('APP://Adloom/x')).toBe('app://adloom');
    expect(originOf('http://localhost:5173/src/main.tsx')).toBe('http://localhost:5173');
  });

  it('has no origin for URLs without a host, with credentials, or unparsable', () => {
    expect(originOf('file:///etc/passwd')).toBeNull();
    expect(originOf('about:blank')).toBeNull();
    expect(originOf('app://user@adloom/')).toBeNull();
    expect(originOf('not a url')).toBeNull();
  });
});

describe('isTrustedUrl', () => {
  it('accepts only our origin, compared after parsing', () => {
    expect(isTrustedUrl({ url: 'app://adloom/index.html', trustedOrigins })).toBe(true);
    for (const url of ['app://adloom.evil.com/', 'app://evil/adloom', 'https://adloom/', 'app://adloom@evil/', 'app://adloom:8080/', 'media://asset/x', 'file:///x', 'javascript:alert(1)', 'data:text/html,x']) {
      expect(isTrustedUrl({ url, trustedOrigins }), url).toBe(false);
    }
  });
});

describe('isAllowedExternalUrl', () => {
  const allowedHosts = ['replicate.com'];
  it('allows https links to an allowlisted host or its subdomains', () => {
    expect(isAllowedExternalUrl({ url: 'https://replicate.com/account/api-tokens', allowedHosts })).toBe(true);
    expect(isAllowedExternalUrl({ url: 'https://docs.replicate.com/', allowedHosts })).toBe(true);
  });

  it('refuses other schemes, look-alike hosts, credentials and odd ports', () => {
    for (const url of [
      'http://replicate.com/',
      'file:///etc/passwd',
      'smb://replicate.com/share',
      'https://replicate.com.evil.io/',
      'https://evilreplicate.com/',
      'https://replicate.com@evil.io/',
      'https://user:pw@replicate.com/',
      'https://replicate.com:8443/',
      'javascript:alert(1)',
      'nonsense',
    ]) {
      expect(isAllowedExternalUrl({ url, allowedHosts }), url).toBe(false);
    }
  });
});

describe('decideNavigation / decideWindowOpen', () => {
  it('lets the page move within our origin only', () => {
    expect(decideNavigation({ url: 'app://adloom/index.html', policy })).toEqual({ action: 'allow' });
    expect(decideNavigation({ url: 'https://evil.example/', policy })).toEqual({ action: 'deny' });
    expect(decideNavigation({ url: 'file:///home/me/.ssh/id_rsa', policy })).toEqual({ action: 'deny' });
  });

  it('sends allowlisted https links to the system browser instead of navigating', () => {
    expect(decideNavigation({ url: 'https://runwayml.com/pricing', policy })).toEqual({ action: 'open-external', url: 'https://runwayml.com/pricing' });
  });

  it('never opens an app window, not even for our own origin', () => {
    expect(decideWindowOpen({ url: 'app://adloom/index.html', policy })).toEqual({ action: 'deny' });
    expect(decideWindowOpen({ url: 'https://evil.example/', policy })).toEqual({ action: 'deny' });
    expect(decideWindowOpen({ url: 'https://replicate.com/', policy })).toEqual({ action: 'open-external', url: 'https://replicate.com/' });
  });
});
