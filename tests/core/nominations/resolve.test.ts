import { describe, expect, it } from 'vitest';
import { choiceLabel, choiceLabels, createResolver, type Resolution } from '../../../src/core/nominations/resolve';
import { AGUSTINUS_SANCTIONED, DEWI, MARIA, NON_ASN, PETRUS, REGEX_NAME, ROSTER, SUDARMA, YOHANES, YOSEFINA_1, YOSEFINA_2, person } from './fixtures';

const corrections = [
  { text: 'Mama Maria (Sekretariat)', nip: MARIA.nip },
  { text: 'Petrus Seran', nip: YOHANES.nip }, // the team says this text means Yohanes: corrections come first
  { text: 'Belum diputuskan', nip: '' },
];
const labels = choiceLabels(ROSTER);
const resolver = createResolver(ROSTER, corrections, labels);

const resolved = (nip: string, via: string): Resolution => ({ kind: 'resolved', nip, via } as Resolution);

describe('createResolver().resolve (N5)', () => {
  it.each<[string, string, Resolution]>([
    ['(a) a correction, on normalised text', 'mama maria  sekretariat!', resolved(MARIA.nip, 'koreksi')],
    ['(a) corrections before every other step', 'Petrus Seran', resolved(YOHANES.nip, 'koreksi')],
    ['(b) a NIP anywhere, with spaces', 'Pak Radja 19810202 200602 1 002', resolved(YOHANES.nip, 'nip')],
    ['(b) a NIP alone', '198203032007031003', resolved(PETRUS.nip, 'nip')],
    ['(b) a NIP not in the roster falls through to the name', 'Yohanes Radja 19990909 202001 1 001', resolved(YOHANES.nip, 'nama')],
    ['(c) a choice label the product wrote', 'Yosefina Bria, S.Kep. — Sekretariat', resolved(YOSEFINA_1.nip, 'pilihan')],
    ['(d) the full titled name', 'dr. Maria Goreti Lake, M.Kes.', resolved(MARIA.nip, 'nama lengkap')],
    ['(d) case and spaces do not matter', 'DR.MARIA GORETI  LAKE,M.KES.', resolved(MARIA.nip, 'nama lengkap')],
    ['(d) the full name separates people sharing a bare name', 'Ns. Yosefina Bria', resolved(YOSEFINA_2.nip, 'nama lengkap')],
    ['(e) the bare name', 'Maria Goreti Lake', resolved(MARIA.nip, 'nama')],
    ['(e) other titles and degrees', 'Dr. Maria Goreti Lake SKM', resolved(MARIA.nip, 'nama')],
    ['(e) Balinese initials', 'I W Sudarma', resolved(SUDARMA.nip, 'nama')],
    ['(e) Balinese initials with titles', 'ni k. sri dewi, s.farm', resolved(DEWI.nip, 'nama')],
    ['regex and $ characters are plain text', 'Marthen $1 (Lake)* [x]', resolved(REGEX_NAME.nip, 'nama lengkap')],
    ['ambigu: two employees share the bare name', 'Yosefina Bria', { kind: 'ambigu', candidates: ['Ns. Yosefina Bria — UPTD Laboratorium Kesehatan', 'Yosefina Bria, S.Kep. — Sekretariat'] }],
    ['a formula is not a name', '=HYPERLINK("http://x","Maria Goreti Lake")', { kind: 'tidak dikenal', suggestions: [] }],
    ['a misspelt name is never accepted, only suggested', 'Yohanis Raja', { kind: 'tidak dikenal', suggestions: ['Yohanes Radja, SKM'] }],
    ['a partial name is suggested', 'Maria Lake', { kind: 'tidak dikenal', suggestions: ['dr. Maria Goreti Lake, M.Kes.'] }],
    ['nothing similar: no suggestion', 'Zzyzx Qwerty', { kind: 'tidak dikenal', suggestions: [] }],
  ])('%s: %j', (_label, entry, expected) => {
    expect(resolver.resolve(entry)).toEqual(expected);
  });

  it('gives at most 3 suggestions, best first', () => {
    const r = createResolver([person('1', 'Maria Lake Bria'), person('2', 'Maria Lake Seran'), person('3', 'Maria Lake Ndun'), person('4', 'Maria Lake Ola'), person('5', 'Petrus Kana')]);
    const out = r.resolve('Maria Lake');
    expect(out.kind).toBe('tidak dikenal');
    if (out.kind === 'tidak dikenal') {
      expect(out.suggestions).toHaveLength(3);
      expect(out.suggestions).not.toContain('Petrus Kana');
    }
  });

  it('suggests the closest names first, whatever the roster order (N5)', () => {
    const r = createResolver([person('4', 'Johanes Radja'), person('3', 'Yohana Radja'), person('2', 'Yohanes Rada'), person('1', 'Yohanes Radja, SKM')]);
    expect(r.resolve('Yohanes Radj')).toEqual({ kind: 'tidak dikenal', suggestions: ['Yohanes Radja, SKM', 'Yohanes Rada', 'Yohana Radja'] });
  });

  it('resolves an employee without NIP (Non ASN) to their roster row', () => {
    expect(resolver.resolve('Welhelmina Pello')).toEqual(resolved(`baris-${NON_ASN.row}`, 'nama lengkap'));
    expect(resolver.employee(`baris-${NON_ASN.row}`)).toBe(NON_ASN);
  });

  it('knows the labels this roster gives even when none were passed', () => {
    expect(createResolver(ROSTER).resolve('Welhelmina Pello — Sekretariat')).toEqual(resolved(`baris-${NON_ASN.row}`, 'pilihan'));
  });

  it('skips suggestions on request', () => {
    expect(resolver.resolve('Yohanis Raja', { suggest: false })).toEqual({ kind: 'tidak dikenal', suggestions: [] });
  });

  it('reports corrections to a NIP outside the roster and conflicting corrections', () => {
    const r = createResolver(ROSTER, [
      { text: 'Orang Luar', nip: '19990909 202001 1 001' },
      { text: 'Bu Maria', nip: MARIA.nip },
      { text: 'bu  maria', nip: PETRUS.nip },
    ]);
    expect(r.problems).toEqual([expect.stringMatching(/Orang Luar.*19990909 202001 1 001 tidak ada/), expect.stringMatching(/bu {2}maria.*dua pegawai/)]);
    expect(r.resolve('Bu Maria')).toEqual(resolved(PETRUS.nip, 'koreksi'));
    expect(r.resolve('Orang Luar').kind).toBe('tidak dikenal');
  });

  it('finds employees by NIP and by e-mail', () => {
    expect(resolver.employee(PETRUS.nip)).toBe(PETRUS);
    expect(resolver.employee('1')).toBeUndefined();
    expect(resolver.nipForEmail(' Maria@Dinkes.go.id ')).toBe(MARIA.nip);
    expect(resolver.nipForEmail('nobody@x')).toBeNull();
  });
});

describe('choiceLabel', () => {
  it('is "Nama — Unit"', () => {
    expect(choiceLabel(AGUSTINUS_SANCTIONED, ROSTER)).toBe('Agustinus Kolo, S.E. — Sekretariat');
  });

  it('adds the NIP when name and unit are still shared', () => {
    const a = person('198001012005011001', 'Maria Lake', { unit: 'Sekretariat' });
    const b = person('198202022006022002', 'Maria  Lake', { unit: 'Sekretariat' });
    const c = person('198303032007032003', 'Maria Lake', { unit: 'Bidang P2P' });
    expect(choiceLabels([a, b, c]).map((l) => l.label)).toEqual([
      'Maria Lake — Sekretariat — 19800101 200501 1 001',
      'Maria  Lake — Sekretariat — 19820202 200602 2 002',
      'Maria Lake — Bidang P2P',
    ]);
    expect(choiceLabel(c, [a, b, c])).toBe('Maria Lake — Bidang P2P');
  });

  it('gives every roster employee a label that resolves back to them', () => {
    const r = createResolver(ROSTER, [], choiceLabels(ROSTER));
    for (const { label, nip } of choiceLabels(ROSTER)) {
      if (nip === '') continue;
      expect(r.resolve(label)).toEqual(resolved(nip, 'pilihan'));
    }
  });
});
