import { describe, expect, it } from 'vitest';
import { bodyFromApiErrorMessage, reasonFromBody } from './replicate-errors';

describe('Replicate error bodies', () => {
  it('takes the body back out of the client error message', () => {
    const msg = 'Request to http://127.0.0.1:1/v1/predictions failed with status 402 Payment Required: {"title":"Billing required","detail":"Set up billing."}.';
    expect(bodyFromApiErrorMessage(msg, 402)).toBe('{"title":"Billing required","detail":"Set up billing."}');
    expect(bodyFromApiErrorMessage('other', 402)).toBe('');
  });
  it('prefers invalid_fields, then detail, then title', () => {
    expect(reasonFromBody('{"detail":"- input.x: bad\\n","invalid_fields":[{"field":"input.x","description":"x must be one of: 1, 2"}]}')).toBe('x must be one of: 1, 2');
    expect(reasonFromBody('{"title":"Unauthenticated","detail":"You did not pass an authentication token"}')).toBe('You did not pass an authentication token');
    expect(reasonFromBody('<html>oops</html>')).toBe('<html>oops</html>');
  });
});
