/**
 * Masks secrets (the GitHub token, the database password and URL) in everything perf-audit writes. A secret
 * can reach an output changed by the renderer that carried it: markdown-escaped (`ghs\_…`), HTML entities
 * (`&amp;`), URL-encoded (`%40`, `+`), JSON-escaped (`\"`), or with zero-width characters put between
 * characters (mentions, code spans). The pattern of a secret accepts every character in each of those
 * forms, so one pass masks them all.
 */

const ZERO_WIDTH = '[\\u200b\\u200c\\u200d\\u2060\\ufeff]?';
const ENTITY: Record<string, string[]> = {
  '&': ['&amp;'],
  '<': ['&lt;'],
  '>': ['&gt;'],
  '"': ['&quot;'],
  "'": ['&#39;', '&apos;'],
};

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

function hexByte(byte: number): string {
  return [...byte.toString(16).toUpperCase().padStart(2, '0')]
    .map((h) => (/[A-F]/.test(h) ? `[${h}${h.toLowerCase()}]` : h))
    .join('');
}

/** Every form one character of a secret may take in an output. */
function characterForms(ch: string): string {
  const cp = ch.codePointAt(0)!;
  const forms = [escapeRegex(ch)];
  forms.push(
    [...Buffer.from(ch, 'utf8')].map((b) => `%${hexByte(b)}`).join(''),
    `&#0*${cp};`,
    `&#[xX]0*${cp.toString(16)};`,
    ...(ENTITY[ch] ?? []),
  );
  if (ch === ' ') forms.push('\\+');
  // Markdown and JSON put a backslash before punctuation; JSON doubles a backslash.
  return `\\\\?(?:${forms.join('|')})`;
}

const patterns = new Map<string, RegExp>();

/** A pattern matching the secret in any of the forms above. */
export function secretPattern(secret: string): RegExp {
  let pattern = patterns.get(secret);
  if (!pattern) {
    pattern = new RegExp([...secret].map(characterForms).join(ZERO_WIDTH), 'g');
    patterns.set(secret, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

/** Secrets shorter than this are not masked: masking `ab` everywhere would shred the report. */
export const MIN_SECRET_LENGTH = 3;

export function redactSecrets(text: string, secrets: string[]): string {
  let out = text;
  const ordered = [...new Set(secrets)]
    .filter((s) => s.length >= MIN_SECRET_LENGTH)
    .sort((a, b) => b.length - a.length);
  for (const secret of ordered) out = out.replace(secretPattern(secret), '***');
  return out;
}

/** The secrets of a database URL: with a password, the URL itself and the password, raw and decoded. */
export function databaseSecrets(url: string | null | undefined): string[] {
  if (!url) return [];
  try {
    const raw = new URL(url).password;
    return raw ? [url, raw, decodeURIComponent(raw)] : [];
  } catch {
    // An unparseable URL is masked whole.
    return [url];
  }
}

/** Tokens the runner puts in the environment: never printed, whatever path they take. */
export function environmentSecrets(env: NodeJS.ProcessEnv = process.env): string[] {
  return ['GITHUB_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'PERF_AUDIT_DB_URL']
    .map((k) => env[k])
    .filter((v): v is string => typeof v === 'string' && v.length >= MIN_SECRET_LENGTH)
    .flatMap((v) => (v.includes('://') ? databaseSecrets(v) : [v]));
}
