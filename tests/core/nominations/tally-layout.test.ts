import { describe, expect, it } from 'vitest';
import { SUMMARY, TALLY_BLOCK_WIDTH, TALLY_FORMAT, tallyBlock, tieNote, UNRESOLVED_HEADERS } from '../../../src/core/nominations/tally-layout';
import type { TallyResult } from '../../../src/core/nominations/tally';
import { SHORTLIST_MARK, TALLY_HEADERS, TALLY_SUMMARY_COLUMN } from '../../../src/core/schema';
import { MARIA, PETRUS, THERESIA_CPNS, YOHANES } from './fixtures';

const S = TALLY_SUMMARY_COLUMN - 1;
const updated = new Date(Date.UTC(2026, 7, 1, 2, 0));

function result(over: Partial<TallyResult> = {}): TallyResult {
  return {
    ballots: [],
    candidates: [
      { nip: MARIA.nip, name: MARIA.name, unit: MARIA.unit, votes: 4, eligible: true, reason: '', rank: 1, shortlisted: true },
      { nip: PETRUS.nip, name: PETRUS.name, unit: PETRUS.unit, votes: 2, eligible: true, reason: '', rank: 2, shortlisted: true },
      { nip: YOHANES.nip, name: YOHANES.name, unit: YOHANES.unit, votes: 2, eligible: true, reason: '', rank: 2, shortlisted: true },
      { nip: THERESIA_CPNS.nip, name: '=Theresia', unit: '', votes: 1, eligible: false, reason: 'CPNS', rank: null, shortlisted: false },
      { nip: 'baris-7', name: 'Tanpa NIP', unit: 'Sekretariat', votes: 1, eligible: false, reason: 'Tidak ber-NIP', rank: null, shortlisted: false },
    ],
    shortlist: [MARIA.nip, PETRUS.nip, YOHANES.nip],
    tieAtCutoff: true,
    tiedAtCutoff: [PETRUS.nip, YOHANES.nip],
    counts: { total: 9, counted: 7, invalid: 1, superseded: 1 },
    unresolved: [{ text: 'Budi', key: 'budi', status: 'tidak dikenal', count: 2, suggestions: ['Budi A', 'Budi B'] }],
    ...over,
  };
}

describe('Rekap Penjaringan as one block', () => {
  const block = tallyBlock(result(), 2, ['Koreksi baris 3: NIP tidak dikenal'], updated);

  it('is rectangular and starts with the headers of the ranking table', () => {
    expect(block.every((r) => r.length === TALLY_BLOCK_WIDTH)).toBe(true);
    expect(block[0].slice(0, TALLY_HEADERS.length)).toEqual(TALLY_HEADERS);
  });

  it('one row per candidate: rank, name, NIP, unit, votes, eligibility, reason, shortlist', () => {
    expect(block.slice(1, 6).map((r) => r.slice(0, TALLY_HEADERS.length))).toEqual([
      [1, MARIA.name, "'19800101 200501 2 001", 'Sekretariat', 4, 'Ya', '', SHORTLIST_MARK],
      [2, PETRUS.name, "'19820303 200703 1 003", 'Bidang SDK', 2, 'Ya', '', SHORTLIST_MARK],
      [2, YOHANES.name, "'19810202 200602 1 002", 'Bidang P2P', 2, 'Ya', '', SHORTLIST_MARK],
      ['', "'=Theresia", "'19950606 202406 2 006", '', 1, 'Tidak', 'CPNS', ''],
      ['', 'Tanpa NIP', '', 'Sekretariat', 1, 'Tidak', 'Tidak ber-NIP', ''],
    ]);
  });

  it('the summaries sit at fixed places (their formatting is set once)', () => {
    const at = (row: number) => block[row - 1].slice(S, S + SUMMARY.width);
    expect(at(SUMMARY.headerRow)).toEqual(['Ringkasan Surat Suara', 'Jumlah', '', '']);
    expect([2, 3, 4, 5].map((i) => at(SUMMARY.countsFrom + i - 2).slice(0, 2))).toEqual([
      ['Dihitung', 7],
      ['Tidak sah', 1],
      ['Digantikan (pengusul mengirim lagi)', 1],
      ['Total respons', 9],
    ]);
    expect(at(SUMMARY.countsFrom + 4).slice(0, 2)).toEqual(['Diperbarui', updated]);
    expect(String(at(SUMMARY.noteRow)[1])).toMatch(/^PERHATIAN: 2 calon sama-sama memperoleh 2 suara di batas 2 besar/);
    expect(at(SUMMARY.problemsRow).slice(0, 2)).toEqual(['Perlu diperiksa', 'Koreksi baris 3: NIP tidak dikenal']);
    expect(at(SUMMARY.unresolvedHeaderRow)).toEqual(UNRESOLVED_HEADERS);
    expect(at(SUMMARY.unresolvedHeaderRow + 1)).toEqual(['Budi', 2, 'tidak dikenal', 'Budi A\nBudi B']);
  });

  it('never names a voter', () => {
    const withBallots = tallyBlock(result({ ballots: [{ responseId: 'r1', timestamp: 0, voterKey: 'email:rahasia@x.id', voterLabel: 'rahasia@x.id', rawEntries: [], resolvedNips: [], status: 'dihitung', reason: '', uncounted: [] }] }), 2, [], updated);
    expect(JSON.stringify(withBallots)).not.toContain('rahasia');
  });

  it('says when there is no tie and when every entry was recognised', () => {
    const calm = tallyBlock(result({ tieAtCutoff: false, tiedAtCutoff: [], unresolved: [] }), 3, [], updated);
    expect(calm[SUMMARY.noteRow - 1][S + 1]).toBe('Tidak ada nilai sama di batas daftar pendek.');
    expect(calm[SUMMARY.unresolvedHeaderRow][S]).toBe('Semua usulan dikenali.');
    expect(tieNote(result({ tieAtCutoff: false }), 3)).toBe('');
  });

  it('is as tall as the longer of the table and the summaries', () => {
    expect(tallyBlock(result({ candidates: [] }), 3, [], updated)).toHaveLength(SUMMARY.unresolvedHeaderRow + 1);
  });

  it('its widths cover every column up to the summaries, and the shortlist colour marks the shortlist column', () => {
    expect(TALLY_FORMAT.tableWidths).toHaveLength(TALLY_SUMMARY_COLUMN - 1);
    expect(TALLY_FORMAT.summaryWidths).toHaveLength(SUMMARY.width);
    expect(TALLY_HEADERS[TALLY_FORMAT.shortlistColumn - 1]).toBe('Daftar Pendek');
  });
});
