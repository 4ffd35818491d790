/**
 * The hostile corpus's names and answers as nominees (N4, N5): next to a real nominee, each is
 * listed, never counted and never resolved to someone, and nothing throws. (End to end through
 * the bundle: tests/hostile/e2e.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { asText } from '../../../src/core/cells';
import { normalizeName } from '../../../src/core/names';
import { toBallot } from '../../../src/core/nominations/ballot';
import { choiceLabels, createResolver } from '../../../src/core/nominations/resolve';
import { MAX_CELL_CHARS, parseInput } from '../../../src/offline/workspace/index';
import { NAME_TEXTS } from '../../hostile/corpus';
import { ROSTER } from './fixtures';

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
