import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import {
  closestPlaceholder,
  escapeForRe2,
  escapeReplacement,
  fillText,
  findPlaceholders,
  holdsAgentPlaceholder,
  isKnownPlaceholder,
  placeholderPattern,
  SHIELD_PATTERN,
  shieldBraces,
} from '../../../src/core/decree/placeholders';

describe('findPlaceholders', () => {
  it.each<[string, string[]]>([
    ['Nama: {{NAMA}}', ['NAMA']],
    ['{{ NAMA }} dan {{NAMA}}', ['NAMA']],
    ['{{\tNIP\u00a0}}', ['NIP']],
    ['{{{NAMA}}}', ['NAMA']],
    ['{{NA{{MA}}', ['MA']],
    ['{{NAMA}', []],
    ['{NAMA}}', []],
    ['{{}} {{ }}', []],
    ['{{nama}} {{KEPALA NAMA}}', ['nama', 'KEPALA NAMA']],
    ['{{A}}{{B}}{{A}}', ['A', 'B']],
    ['{{NA\nMA}}', []],
    ['tanpa placeholder', []],
  ])('%j → %j', (text, names) => {
    expect(findPlaceholders(text)).toEqual(names);
  });
});

/** Runs the replacement the way the Docs service does: RE2 pattern, Java-style replacement. */
const javaReplace = (text: string, pattern: string, replacement: string): string =>
  RE2JS.compile(pattern).matcher(text).replaceAll(replacement, true);

describe('escapeForRe2 and escapeReplacement', () => {
  const values = ['$1', '$&', '\\', 'a\\1b', '{{X}}', '.*', '(', 'Rp 1.000,- $$ (50%) [x] ^a|b? +c', 'dr. Maria $0 \\n'];

  it.each(values)('a value %j comes out literally through a Java-style replacement', (value) => {
    const out = javaReplace('Nama: {{NAMA}}.', placeholderPattern('NAMA'), escapeReplacement(value));
    expect(out).toBe(`Nama: ${value}.`);
  });

  it.each(values)('an escaped literal %j matches only itself in RE2', (literal) => {
    const re = RE2JS.compile(escapeForRe2(literal));
    expect(re.matcher(`xx${literal}yy`).find()).toBe(true);
    expect(re.matcher('xxyy').find()).toBe(false);
    expect(javaReplace(`<${literal}>`, escapeForRe2(literal), 'OK')).toBe('<OK>');
  });

  it('escapes exactly backslash and dollar in replacements', () => {
    expect(escapeReplacement('a$1\\b')).toBe('a\\$1\\\\b');
  });

  it('the placeholder pattern accepts the spaces findPlaceholders accepts', () => {
    const re = RE2JS.compile(placeholderPattern('NAMA'));
    for (const t of ['{{NAMA}}', '{{ NAMA }}', '{{\tNAMA\u00a0}}']) expect(re.matcher(t).find()).toBe(true);
    for (const t of ['{{NAMAX}}', '{{nama}}', '{{NAMA}']) expect(re.matcher(t).find()).toBe(false);
  });
});

describe('fillText', () => {
  it('fills known names literally and leaves others', () => {
    expect(fillText('{{ NAMA }} / {{NIP}} / {{X}}', { NAMA: '$1 \\ {{NIP}}', NIP: '1' })).toBe('$1 \\ {{NIP}} / 1 / {{X}}');
  });
});

describe('closestPlaceholder', () => {
  it.each<[string, string | null]>([
    ['NAMMA', 'NAMA'],
    ['nama', 'NAMA'],
    ['KEPALA NAMA', 'KEPALA_NAMA'],
    ['KEPALA_NIPP', 'KEPALA_NIP'],
    ['TANGAL', 'TANGGAL'],
    ['PERIODE-MULAI', 'PERIODE_MULAI'],
    // Two edits away is still suggested when the name has six letters or more (a third of its length)…
    ['NAMMAA', 'NAMA'],
    ['PEERAAN', 'PERAN'],
    ['JABATTANN', 'JABATAN'],
    ['TELEPHONE', 'TELEPON'],
    ['INSTANSII_KAPITALL', 'INSTANSI_KAPITAL'],
    // …a name of five letters or fewer allows one: TNGGL, two edits from TANGGAL, is too far.
    ['TNGGL', null],
    ['SESUATU_LAIN_SAMA_SEKALI', null],
  ])('%s → %s', (name, expected) => {
    expect(closestPlaceholder(name)).toBe(expected);
    if (expected !== null) expect(isKnownPlaceholder(expected)).toBe(true);
  });
});

describe('filling placeholder after placeholder, as replaceText does', () => {
  it('never re-fills a value that holds a placeholder, once braces are shielded', () => {
    const values: Record<string, string> = { NAMA: 'Ana {{NIP}} $1 \\', NIP: '1234', PERAN: '{{ NAMA }}' };
    let text = '{{NAMA}} | {{NIP}} | {{PERAN}}';
    for (const name of Object.keys(values)) {
      text = javaReplace(text, placeholderPattern(name), escapeReplacement(shieldBraces(values[name])));
    }
    text = javaReplace(text, SHIELD_PATTERN, '{');
    expect(text).toBe('Ana {{NIP}} $1 \\ | 1234 | {{ NAMA }}');
  });

  it('would corrupt without the shield (the reason for it)', () => {
    let text = '{{NAMA}} | {{NIP}}';
    text = javaReplace(text, placeholderPattern('NAMA'), escapeReplacement('Ana {{NIP}}'));
    text = javaReplace(text, placeholderPattern('NIP'), '1234');
    expect(text).toBe('Ana 1234 | 1234');
  });

  it.each<[string, boolean]>([
    ['{{NAMA}}', true],
    ['No. {{ NO }}', true],
    ['{{INSTANSI}}', false],
    ['Nama', false],
  ])('holdsAgentPlaceholder(%j) = %s', (text, expected) => {
    expect(holdsAgentPlaceholder(text)).toBe(expected);
  });
});
