/**
 * Body validation of the fake Runway server for the models Adloom uses (api-protocols.md §1.3,
 * §1.5; SDK 4.20.1 types). Issues are zod-style: { code, path, message }.
 */
export interface Issue {
  code: string;
  path: (string | number)[];
  message: string;
}

interface VideoRule {
  ratios: string[];
  duration: 'optional-2-10' | 'required-2-10' | 'veo';
  promptRequired: boolean;
  keys: string[];
  creditsPerSecond: number;
}

const GEN4_RATIOS = ['1280:720', '720:1280', '1104:832', '832:1104', '960:960', '1584:672'];
const VEO_RATIOS = ['1280:720', '720:1280', '1080:1920', '1920:1080'];
const BASE_KEYS = ['model', 'promptImage', 'promptText', 'ratio', 'duration', 'seed'];

export const VIDEO_RULES: Record<string, VideoRule> = {
  gen4_turbo: { ratios: GEN4_RATIOS, duration: 'optional-2-10', promptRequired: false, keys: [...BASE_KEYS, 'contentModeration'], creditsPerSecond: 5 },
  'gen4.5': { ratios: GEN4_RATIOS, duration: 'required-2-10', promptRequired: true, keys: [...BASE_KEYS, 'contentModeration', 'outputFormat', 'proresProfile'], creditsPerSecond: 12 },
  'veo3.1': { ratios: VEO_RATIOS, duration: 'veo', promptRequired: false, keys: [...BASE_KEYS, 'audio', 'negativePrompt'], creditsPerSecond: 20 },
  'veo3.1_fast': { ratios: VEO_RATIOS, duration: 'veo', promptRequired: false, keys: [...BASE_KEYS, 'audio', 'negativePrompt'], creditsPerSecond: 10 },
};

const IMAGE_RATIOS_1080 = ['1024:1024', '1080:1080', '1168:880', '1360:768', '1440:1080', '1080:1440', '1808:768', '1920:1080', '1080:1920', '2112:912'];
const IMAGE_RATIOS_720 = ['1280:720', '720:1280', '720:720', '960:720', '720:960', '1680:720'];
const IMAGE_KEYS = ['model', 'promptText', 'ratio', 'referenceImages', 'seed', 'contentModeration'];
const DATA_URI_LIMIT = 5 * 1024 * 1024;

export interface UriCheck {
  /** runway:// URIs the fake has handed out. */
  knownUploads: Set<string>;
}

/** https with a DNS host, a data:image URI under 5 MiB, or an uploaded runway:// URI. */
export function checkUri({ uri, path }: { uri: unknown; path: (string | number)[] }, ctx: UriCheck): Issue | null {
  if (typeof uri !== 'string') return { code: 'invalid_type', path, message: 'Invalid input: expected string' };
  if (uri.startsWith('data:')) {
    if (!/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/.test(uri)) return { code: 'custom', path, message: 'Invalid data URI: must be a base64 image/png, image/jpeg or image/webp' };
    if (uri.length >= DATA_URI_LIMIT) return { code: 'too_big', path, message: 'Data URI must be smaller than 5MB' };
    return null;
  }
  if (uri.startsWith('runway://')) return ctx.knownUploads.has(uri) ? null : { code: 'custom', path, message: 'Unknown or expired upload URI' };
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return { code: 'invalid_format', path, message: 'Invalid URL' };
  }
  if (url.protocol !== 'https:') return { code: 'custom', path, message: 'URL must use HTTPS' };
  if (/^[\d.]+$|^\[/.test(url.hostname)) return { code: 'custom', path, message: 'URL host must be a domain name, not an IP address' };
  return null;
}

const unknownKeys = (body: Record<string, unknown>, keys: string[]): Issue[] => {
  const extra = Object.keys(body).filter((k) => !keys.includes(k));
  return extra.length ? [{ code: 'unrecognized_keys', path: [], message: `Unrecognized key(s) in object: ${extra.map((k) => `'${k}'`).join(', ')}` }] : [];
};

function checkPromptText(body: Record<string, unknown>, required: boolean): Issue[] {
  const t = body.promptText;
  if (t === undefined) return required ? [{ code: 'invalid_type', path: ['promptText'], message: 'Invalid input: expected string, received undefined' }] : [];
  if (typeof t !== 'string' || t.length === 0) return [{ code: 'too_small', path: ['promptText'], message: 'Too small: expected string to have >=1 characters' }];
  if (t.length > 1000) return [{ code: 'too_big', path: ['promptText'], message: 'Too big: expected string to have <=1000 characters' }];
  return [];
}

function checkSeed(seed: unknown): Issue[] {
  if (seed === undefined) return [];
  return Number.isInteger(seed) && (seed as number) >= 0 && (seed as number) <= 4294967295 ? [] : [{ code: 'invalid_type', path: ['seed'], message: 'Invalid input: expected integer 0..4294967295' }];
}

function checkDuration(d: unknown, rule: VideoRule['duration']): Issue[] {
  if (d === undefined) return rule === 'required-2-10' ? [{ code: 'invalid_type', path: ['duration'], message: 'Invalid input: expected number, received undefined' }] : [];
  if (rule === 'veo') return [4, 6, 8].includes(d as number) ? [] : [{ code: 'invalid_value', path: ['duration'], message: 'Invalid option: expected one of 4|6|8' }];
  return Number.isInteger(d) && (d as number) >= 2 && (d as number) <= 10 ? [] : [{ code: 'too_big', path: ['duration'], message: 'Expected an integer from 2 to 10' }];
}

export function validateImageToVideo(body: Record<string, unknown>, ctx: UriCheck): { issues: Issue[]; credits: number } {
  const rule = VIDEO_RULES[String(body.model)];
  if (!rule) return { issues: [{ code: 'invalid_union', path: ['model'], message: `Invalid input: unknown model "${String(body.model)}"` }], credits: 0 };
  const issues = [...unknownKeys(body, rule.keys), ...checkPromptText(body, rule.promptRequired), ...checkSeed(body.seed), ...checkDuration(body.duration, rule.duration)];
  if (!rule.ratios.includes(String(body.ratio))) issues.push({ code: 'invalid_value', path: ['ratio'], message: `Invalid option: expected one of ${rule.ratios.map((r) => `"${r}"`).join('|')}` });
  const images = typeof body.promptImage === 'string' ? [{ uri: body.promptImage, position: 'first' }] : body.promptImage;
  if (!Array.isArray(images) || images.length === 0) issues.push({ code: 'invalid_type', path: ['promptImage'], message: 'Invalid input: expected string or array' });
  else images.forEach((img: { uri?: unknown; position?: unknown }, i) => {
    const issue = checkUri({ uri: img?.uri, path: ['promptImage', i, 'uri'] }, ctx);
    if (issue) issues.push(issue);
    if (img?.position !== 'first' && !(rule.duration === 'veo' && img?.position === 'last')) issues.push({ code: 'invalid_value', path: ['promptImage', i, 'position'], message: 'Invalid option' });
  });
  const seconds = typeof body.duration === 'number' ? body.duration : rule.duration === 'veo' ? 8 : 5;
  return { issues, credits: seconds * rule.creditsPerSecond };
}

export function validateTextToImage(body: Record<string, unknown>, ctx: UriCheck): { issues: Issue[]; credits: number } {
  const model = String(body.model);
  if (model !== 'gen4_image' && model !== 'gen4_image_turbo') return { issues: [{ code: 'invalid_union', path: ['model'], message: `Invalid input: unknown model "${model}"` }], credits: 0 };
  const issues = [...unknownKeys(body, IMAGE_KEYS), ...checkPromptText(body, true), ...checkSeed(body.seed)];
  const ratio = String(body.ratio);
  if (![...IMAGE_RATIOS_1080, ...IMAGE_RATIOS_720].includes(ratio)) issues.push({ code: 'invalid_value', path: ['ratio'], message: 'Invalid option' });
  const refs = body.referenceImages === undefined ? [] : body.referenceImages;
  if (!Array.isArray(refs) || refs.length > 3) issues.push({ code: 'too_big', path: ['referenceImages'], message: 'Expected at most 3 reference images' });
  else {
    if (model === 'gen4_image_turbo' && refs.length === 0) issues.push({ code: 'too_small', path: ['referenceImages'], message: 'Expected at least 1 reference image' });
    refs.forEach((r: { uri?: unknown; tag?: unknown }, i) => {
      const issue = checkUri({ uri: r?.uri, path: ['referenceImages', i, 'uri'] }, ctx);
      if (issue) issues.push(issue);
      if (r?.tag !== undefined && !/^[A-Za-z][A-Za-z0-9_]{2,15}$/.test(String(r.tag))) issues.push({ code: 'invalid_format', path: ['referenceImages', i, 'tag'], message: 'Invalid tag' });
    });
  }
  const credits = model === 'gen4_image_turbo' ? 2 : IMAGE_RATIOS_720.includes(ratio) ? 5 : 8;
  return { issues, credits };
}
