/**
 * Small, predictable heuristics that pull a product name and selling points out of a free-text
 * brief. They only ever reuse the brief's own words, so the offline planner cannot invent a
 * claim, and clauses about prices are dropped: prices belong to the person, not to a template.
 */

const STOP_WORDS = new Set([
  'that', 'which', 'who', 'with', 'for', 'is', 'are', 'was', 'will', 'can', 'keeps', 'makes', 'lets', 'helps',
  'gives', 'brings', 'turns', 'in', 'on', 'at', 'to', 'from', 'by', 'and', 'or', 'now', 'so', 'designed', 'made',
]);
const LEADING_FILLER = new Set([
  'that', 'which', 'who', 'it', "it's", 'its', 'and', 'but', 'so', 'with', 'is', 'are', 'our', 'the', 'this', 'a', 'an',
  'new', 'now', 'also', 'just', 'introducing', 'meet', 'my', 'your',
]);
/** Words that start a sentence without naming anything ("Make mornings better"). */
const NOT_A_NAME_START = new Set(['make', 'get', 'try', 'discover', 'your', 'we', 'i', 'it', 'you', 'when', 'if', 'every', 'ad', 'video', 'show', 'a', 'an']);
/** Words a phrase should not end on ("Keeps coffee hot with"). */
const DANGLING = new Set([
  'and', 'with', 'for', 'the', 'a', 'an', 'of', 'to', 'in', 'on', 'your', 'our', 'at', 'by', 'or', 'new', 'this', 'that', 'my',
  'from', 'every', 'all', 'its', 'their', 'into', 'as', 'is', 'are', 'so', 'but',
]);
const PRICE = /[$€£¥₹]|\b\d+(?:[.,]\d+)?\s*%|\b(?:price|priced|discount|sale|off|usd|eur|gbp|cheap|deal)\b/i;

const words = (text: string): string[] => text.split(/\s+/).filter((w) => w !== '');
const clean = (text: string): string => text.replace(/\s+/g, ' ').trim();
/** A word as the lists above spell it: lower case, no punctuation. */
const bare = (word: string): string => word.toLowerCase().replace(/[^a-z']/g, '');

function cutAtStopWord(text: string, maxWords: number): string {
  const out: string[] = [];
  for (const w of words(text)) {
    if (STOP_WORDS.has(bare(w))) break;
    out.push(w);
  }
  return out.length >= 1 && out.length <= maxWords ? out.join(' ').replace(/[^\p{L}\p{N}]+$/u, '') : '';
}

function stripArticles(text: string): string {
  return text.replace(/^(?:(?:a|an|the|our|my|this|new)\s+)+/i, '');
}

/** The product's name: given, quoted, introduced ("meet the X"), a Capitalised Name, or the brief's opening noun phrase. */
export function extractProductName(brief: string, given?: string): string | null {
  if (given !== undefined && given.trim() !== '') return clean(given);
  const quoted = /["“]([^"”\n]{2,40})["”]/.exec(brief)?.[1];
  if (quoted !== undefined) return clean(quoted);
  const introduced = /\b(?:introducing|meet|presenting|launching)\s+([^.,;:!?\n]+)/i.exec(brief)?.[1];
  const introducedName = introduced === undefined ? '' : cutAtStopWord(stripArticles(introduced), 4);
  if (introducedName !== '') return introducedName;
  // Two or more Capitalised words in a row are a name even at the start of a sentence.
  const capitalised = /\b([A-Z][\p{L}\p{N}'-]+(?:\s+[A-Z][\p{L}\p{N}'-]+){1,3})\b/u.exec(brief)?.[1];
  if (capitalised !== undefined && !NOT_A_NAME_START.has(capitalised.split(' ')[0]?.toLowerCase() ?? '')) {
    const name = stripArticles(capitalised);
    if (name !== '') return name;
  }
  const firstSentence = brief.split(/[.!?\n;:,]/)[0] ?? '';
  const opening = cutAtStopWord(stripArticles(clean(firstSentence)), 3);
  if (opening !== '' && opening !== clean(firstSentence) && !NOT_A_NAME_START.has(opening.split(' ')[0]?.toLowerCase() ?? '')) return opening;
  return null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Drops connecting words at the start ("that keeps…") and loose ends at the end ("…with our new"). */
function trimFiller(text: string): string {
  const list = words(text);
  while (list.length > 0 && LEADING_FILLER.has(bare(list[0] ?? ''))) list.shift();
  while (list.length > 0 && DANGLING.has(bare(list.at(-1) ?? ''))) list.pop();
  return list.join(' ');
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Selling points in the brief's own words, e.g. "Keeps coffee hot for hours", "Hand-glazed finish". */
export function extractBenefits(brief: string, productName: string | null): string[] {
  const nameRe = productName === null ? null : new RegExp(escapeRegExp(productName), 'gi');
  const clauses = brief.split(/[.!?;\n]+|,\s+|\s+-\s+|\s+–\s+|\s+and\s+/);
  const out: string[] = [];
  for (const clause of clauses) {
    if (PRICE.test(clause)) continue;
    const withoutName = nameRe === null ? clause : clause.replace(nameRe, ' ');
    const phrase = trimFiller(clean(withoutName).replace(/[^\p{L}\p{N}]+$/u, '')).replace(/[^\p{L}\p{N}]+$/u, '');
    const count = words(phrase).length;
    if (count < 2 || count > 8) continue;
    const benefit = capitalise(phrase);
    if (!out.some((b) => b.toLowerCase() === benefit.toLowerCase())) out.push(benefit);
  }
  return out.slice(0, 5);
}

/** Shortens text to `maxChars` at a word boundary, never ending on "and", "with", … */
export function fitText(text: string, maxChars: number): string {
  const tidy = clean(text);
  if (tidy.length <= maxChars) return tidy;
  const list = words(tidy);
  const out: string[] = [];
  for (const w of list) {
    if ([...out, w].join(' ').length > maxChars) break;
    out.push(w);
  }
  while (out.length > 1 && DANGLING.has(bare(out.at(-1) ?? ''))) out.pop();
  const joined = out.join(' ').replace(/[,;:–-]+$/, '');
  return joined === '' ? tidy.slice(0, maxChars) : joined;
}

/** Keeps the first `maxWords` words (a voice-over line must fit its scene). */
export function limitWords(text: string, maxWords: number): string {
  const list = words(clean(text));
  if (list.length <= maxWords) return list.join(' ');
  const cut = list.slice(0, maxWords);
  while (cut.length > 1 && DANGLING.has(bare(cut.at(-1) ?? ''))) cut.pop();
  return `${cut.join(' ').replace(/[^\p{L}\p{N}]+$/u, '')}.`;
}

/** The first sentence of the brief, short enough to colour a prompt. */
export function briefGist(brief: string, maxWords = 20): string {
  const first = clean(brief.split(/(?<=[.!?])\s+|\n/)[0] ?? brief);
  return words(first).slice(0, maxWords).join(' ').replace(/[^\p{L}\p{N}]+$/u, '');
}
