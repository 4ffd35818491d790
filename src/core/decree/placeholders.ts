/**
 * D2: placeholders `{{NAME}}` in a decree template, the names the product fills, and the escaping
 * that makes values go in literally through `replaceText` (an RE2 pattern, and a replacement
 * expanded the Java way: `$n` is a group, `\` escapes the next character).
 *
 * Spaces just inside the braces are allowed (`{{ NAMA }}` is NAMA), since people type them. Names
 * are case-sensitive: `{{nama}}` is reported as unknown with NAMA as the suggestion, so the
 * templating engine only ever has to match upper-case names.
 */

/** Document-level placeholders, filled once. */
export const DOCUMENT_PLACEHOLDERS = [
  'INSTANSI',
  'INSTANSI_KAPITAL',
  'KOTA',
  'ALAMAT',
  'TELEPON',
  'EMAIL',
  'KODE_POS',
  'KOP_ALAMAT',
  'KOP_KOTA',
  'NOMOR',
  'TANGGAL',
  'TANGGAL_BERITA_ACARA',
  'TAHUN',
  'PERIODE_MULAI',
  'PERIODE_SELESAI',
  'PERIODE',
  'KEPALA_NAMA',
  'KEPALA_NIP',
  'KEPALA_PANGKAT',
  'JUMLAH_AGEN',
  'DAFTAR_AGEN',
] as const;

/** Agent-row placeholders: the table row that holds them is repeated once per agent. */
export const AGENT_PLACEHOLDERS = ['NO', 'NAMA', 'NIP', 'PANGKAT', 'JABATAN', 'UNIT', 'PERAN'] as const;

export type DocumentPlaceholder = (typeof DOCUMENT_PLACEHOLDERS)[number];
export type AgentPlaceholder = (typeof AGENT_PLACEHOLDERS)[number];

const DOC_SET = new Set<string>(DOCUMENT_PLACEHOLDERS);
const AGENT_SET = new Set<string>(AGENT_PLACEHOLDERS);

export const isDocumentPlaceholder = (name: string): boolean => DOC_SET.has(name);
export const isAgentPlaceholder = (name: string): boolean => AGENT_SET.has(name);
export const isKnownPlaceholder = (name: string): boolean => DOC_SET.has(name) || AGENT_SET.has(name);

/** `{{`, optional spaces, a name without braces, optional spaces, `}}`. */
const PLACEHOLDER = /\{\{[ \t\u00a0]*([^{}\r\n]*?)[ \t\u00a0]*\}\}/g;

/**
 * The placeholder names in `text`, in order of first appearance, without duplicates. `{{ X }}`
 * gives X; `{{{X}}}` gives X; in `{{A{{B}}` only B is closed; `{{}}` and `{{ }}` are not placeholders.
 */
export function findPlaceholders(text: string): string[] {
  const out: string[] = [];
  PLACEHOLDER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PLACEHOLDER.exec(text)) !== null) {
    const name = m[1];
    if (name !== '' && out.indexOf(name) < 0) out.push(name);
  }
  return out;
}

const RE2_META = /[\\^$.|?*+()[\]{}]/g;

/** `literal` as an RE2 pattern that matches exactly it (every metacharacter escaped). */
export function escapeForRe2(literal: string): string {
  return literal.replace(RE2_META, '\\$&');
}

/**
 * `value` as a replacement string that Java-style expansion turns back into exactly `value`:
 * `\` → `\\` and `$` → `\$` (so `$1`, `$&` and `\` come out literally).
 */
export function escapeReplacement(value: string): string {
  return value.replace(/[\\$]/g, '\\$&');
}

/**
 * The RE2 pattern that finds placeholder `name` the way findPlaceholders does (spaces inside the
 * braces allowed), for `replaceText`/`findText`.
 */
export function placeholderPattern(name: string): string {
  return `\\{\\{[ \\t\\x{00A0}]*${escapeForRe2(name)}[ \\t\\x{00A0}]*\\}\\}`;
}

/** The same search as a JavaScript RegExp (global), for code that fills plain strings. */
export function placeholderRegExp(name: string): RegExp {
  return new RegExp(`\\{\\{[ \\t\\u00a0]*${name.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&')}[ \\t\\u00a0]*\\}\\}`, 'g');
}

/** Replaces every known placeholder in `text` with its value, literally; others stay as they are. */
export function fillText(text: string, values: Readonly<Record<string, string>>): string {
  PLACEHOLDER.lastIndex = 0;
  return text.replace(PLACEHOLDER, (whole: string, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? values[name] : whole,
  );
}

function editDistance(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

/**
 * The known placeholder an unknown name most likely meant ({{NAMMA}} → NAMA, {{nama}} → NAMA,
 * {{KEPALA NAMA}} → KEPALA_NAMA), or null when nothing is close.
 */
export function closestPlaceholder(name: string): string | null {
  const key = name.toUpperCase().replace(/[\s-]+/g, '_');
  const known = [...DOCUMENT_PLACEHOLDERS, ...AGENT_PLACEHOLDERS] as string[];
  if (known.indexOf(key) >= 0) return key;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = editDistance(key, k);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  const allowed = Math.max(1, Math.floor(Math.max(key.length, 3) / 3));
  return bestDistance <= allowed ? best : null;
}

/** True when `text` (a table cell) holds an agent placeholder, i.e. its row is the agent row. */
export function holdsAgentPlaceholder(text: string): boolean {
  return findPlaceholders(text).some(isAgentPlaceholder);
}

/**
 * Filling placeholder after placeholder with replaceText would re-scan inserted values: a name
 * holding "{{NIP}}" would be filled again. So a value goes in with each "{" shielded as a
 * private-use character, and once every placeholder is filled the engine turns them back with
 * replaceText(SHIELD_PATTERN, '{').
 */
export const BRACE_SHIELD = '\uE000';
/** RE2 pattern of BRACE_SHIELD. */
export const SHIELD_PATTERN = '\\x{E000}';

/** `value` with every "{" shielded (see BRACE_SHIELD). */
export function shieldBraces(value: string): string {
  return value.replace(/\{/g, BRACE_SHIELD);
}
