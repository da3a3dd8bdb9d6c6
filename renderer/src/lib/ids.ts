/** A random id the contract's Id accepts (letters and digits), e.g. for an importId. */
export function randomId(prefix = ''): string {
  return `${prefix}${crypto.randomUUID().replace(/-/g, '')}`;
}
