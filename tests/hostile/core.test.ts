/**
 * The hostile corpus against the pure rules: every item gets its expected outcome and nothing
 * throws. (End to end through the bundle: tests/hostile/e2e.test.ts.)
 */
import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import { asText, CUT_MARK, fitLines } from '../../src/core/cells';
import { parseDateInput } from '../../src/core/dates';
import { escapeReplacement, fillText, placeholderPattern } from '../../src/core/decree/placeholders';
import { normalizeName } from '../../src/core/names';
import { checkNip, findNipInText } from '../../src/core/nip';
import { toBallot } from '../../src/core/nominations/ballot';
import { choiceLabels, createResolver } from '../../src/core/nominations/resolve';
import { MAX_CELL_CHARS } from '../../src/offline/workspace/index';
import { parseInput } from '../../src/offline/workspace/index';
import { ROSTER } from '../core/nominations/fixtures';
import { DATE_TEXTS, DECREE_VALUES, NAME_TEXTS, NIP_TEXTS } from './corpus';

const resolver = createResolver(ROSTER, [], choiceLabels(ROSTER));
const mapping = { nomineeQuestions: ['Calon 1', 'Calon 2'], voterNipQuestion: 'NIP Anda' };

describe('names and answers people type', () => {
  it.each(NAME_TEXTS.map((t) => [t.id, t] as const))('%s', (_id, item) => {
    // Written with asText, Sheets keeps it exactly (within the cell limit).
    if (item.text.length <= MAX_CELL_CHARS) {
      const stored = parseInput(asText(item.text), '', (ms) => new Date(ms));
      expect(stored.formula).toBe('');
      expect(stored.value).toBe(item.text);
    }
    // Normalising never throws and is stable.
    const n = normalizeName(item.text);
    expect(normalizeName(n)).toBe(n);
    // As a nominee next to a real one: the ballot counts the real one only and lists this entry.
    const b = toBallot(
      { id: 'r1', timestamp: 0, email: '', answers: { 'NIP Anda': ROSTER[1].nip, 'Calon 1': item.text, 'Calon 2': ROSTER[2].name } },
      mapping,
      resolver,
      { perBallotLimit: 3 },
    );
    expect(b.status).toBe('dihitung');
    expect(b.resolvedNips).toEqual([ROSTER[2].nip]);
    expect(b.rawEntries).toContain(item.text.trim());
    expect(b.uncounted.map((u) => u.text)).toContain(item.text.trim());
    expect(resolver.resolve(item.text).kind).not.toBe('resolved');
  });
});

describe('NIPs', () => {
  it.each(NIP_TEXTS.map((t) => [t.id, t] as const))('%s', (_id, item) => {
    expect(findNipInText(item.text)).toBe(item.found);
    const problems = checkNip(item.text, 'PNS', Date.parse('2026-11-27T00:00:00Z'));
    if (item.problems.length === 0) expect(problems).toEqual([]);
    for (const p of item.problems) expect(problems.join(' ')).toMatch(p);
  });
});

describe('dates in every accepted format, and rejected ones', () => {
  it.each(DATE_TEXTS.map((d) => [JSON.stringify(d.text), d] as const))('%s', (_label, item) => {
    const ms = parseDateInput(item.text);
    expect(ms === null ? null : new Date(ms).toISOString()).toBe(item.iso);
  });
});

describe('decree values go in literally (D2)', () => {
  const re = RE2JS.compile(placeholderPattern('NAMA'));
  it.each(DECREE_VALUES.map((v) => [JSON.stringify(v), v] as const))('%s', (_label, value) => {
    // Through RE2 + Java-style expansion, as Body.replaceText does.
    expect(re.matcher('Nama: {{NAMA}}.').replaceAll(escapeReplacement(value), true)).toBe(`Nama: ${value}.`);
    // Through the plain-string filler, with no second expansion.
    expect(fillText('{{NAMA}}|{{NIP}}', { NAMA: value, NIP: '19860926 201505 1 001' })).toBe(`${value}|19860926 201505 1 001`);
  });

  it('an unescaped value is what breaks (the check can fail)', () => {
    expect(() => re.matcher('{{NAMA}}').replaceAll('trailing backslash \\', true)).toThrow();
    expect(re.matcher('{{NAMA}}').replaceAll('Rp $$ 100'.replace(/\$\$/, '\\$\\$'), true)).toBe('Rp $$ 100');
  });
});

describe('text longer than one cell', () => {
  it('asText cuts it, with a visible mark, to fit one cell, without splitting an emoji', () => {
    const long = `${'a'.repeat(49_985)}🌺${'b'.repeat(20_000)}`;
    const out = asText(long);
    expect(out.length).toBeLessThan(MAX_CELL_CHARS);
    expect(out.endsWith(CUT_MARK)).toBe(true);
    expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(parseInput(out, '', (ms) => new Date(ms)).value).toBe(out);
    expect(asText('=1'.padEnd(60_000, '+')).startsWith("'=1")).toBe(true);
  });

  it('fitLines keeps every line of a cell, cutting only the long ones', () => {
    const lines = ['x'.repeat(60_000), 'Maria Goreti Lake', '19860926 201505 1 001'];
    const fitted = fitLines(lines);
    expect(fitted.join('\n').length).toBeLessThan(MAX_CELL_CHARS);
    expect(fitted.slice(1)).toEqual(lines.slice(1));
    expect(fitted[0].endsWith(CUT_MARK)).toBe(true);
    expect(fitLines(['a', 'b'])).toEqual(['a', 'b']);
  });
});
