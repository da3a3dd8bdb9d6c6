export type ExtractResult = { ok: true; value: Record<string, unknown> } | { ok: false; error: string };

const MAX_CANDIDATES = 20;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Index just past the `}` that closes the `{` at `start`, or -1 when the text ends first. */
function closingBrace(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

function tryParse(text: string): { value?: unknown; error?: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * Finds the JSON object in an LLM reply. Models wrap it in prose or ```json fences however
 * firmly they are told not to, so fenced blocks are tried first, then every balanced {…} in
 * order. The error says why nothing was usable, for the repair prompt.
 */
export function extractJsonObject(reply: string): ExtractResult {
  const fenced = [...reply.matchAll(/```[a-zA-Z]*\s*\n?([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  for (const block of fenced) {
    const parsed = tryParse(block.trim());
    if (isObject(parsed.value)) return { ok: true, value: parsed.value };
  }
  // The longest failed candidate is the likeliest to be the plan, so its error is the one reported.
  let failure: { length: number; error: string } | undefined;
  let unclosed = false;
  let start = reply.indexOf('{');
  for (let n = 0; start >= 0 && n < MAX_CANDIDATES; n++) {
    const end = closingBrace(reply, start);
    if (end < 0) {
      unclosed = true;
      break;
    }
    const parsed = tryParse(reply.slice(start, end));
    if (isObject(parsed.value)) return { ok: true, value: parsed.value };
    if (failure === undefined || end - start > failure.length) failure = { length: end - start, error: parsed.error ?? 'not an object' };
    // Skip the whole candidate: a broken plan's inner scene objects would parse but are not the plan.
    start = reply.indexOf('{', end);
  }
  if (failure !== undefined) return { ok: false, error: `the JSON object does not parse: ${failure.error}` };
  if (unclosed) return { ok: false, error: 'the JSON object is never closed (the reply may have been cut off)' };
  return { ok: false, error: 'the reply contains no JSON object' };
}
