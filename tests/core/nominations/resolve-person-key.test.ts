import { describe, expect, it } from 'vitest';
import { createResolver, personKey } from '../../../src/core/nominations/resolve';
import { NON_ASN, PETRUS, ROSTER } from './fixtures';

describe('corrections and labels pointing at a roster row without NIP', () => {
  it.each([
    ['a correction', { corrections: [{ text: 'Ibu Wely', nip: personKey(NON_ASN) }], labels: [] }, 'Ibu Wely', 'koreksi'],
    ['a Form label', { corrections: [], labels: [{ label: 'Wely (kontrak)', nip: personKey(NON_ASN) }] }, 'Wely (kontrak)', 'pilihan'],
    ['a correction to a NIP written with spaces', { corrections: [{ text: 'Pak Pit', nip: '19820303 200703 1 003' }], labels: [] }, 'Pak Pit', 'koreksi'],
  ])('%s resolves', (_what, input, entry, via) => {
    const r = createResolver(ROSTER, input.corrections, input.labels);
    const expected = via === 'koreksi' && entry === 'Pak Pit' ? PETRUS.nip : personKey(NON_ASN);
    expect(r.resolve(entry)).toEqual({ kind: 'resolved', nip: expected, via });
    expect(r.problems).toEqual([]);
  });
});

describe('a roster row entered twice (same NIP)', () => {
  it.each([
    ['the full titled name', PETRUS.name],
    ['the bare name', 'petrus seran'],
  ])('%s still resolves to that one person', (_what, entry) => {
    const r = createResolver([...ROSTER, { ...PETRUS, row: 99 }]);
    expect(r.resolve(entry)).toMatchObject({ kind: 'resolved', nip: PETRUS.nip });
  });
});
