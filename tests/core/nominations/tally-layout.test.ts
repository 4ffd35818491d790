import { describe, expect, it } from 'vitest';
import {
  BANNER,
  bannerWarnings,
  PROBLEMS_PREFIX,
  SUMMARY,
  TALLY_BLOCK_WIDTH,
  TALLY_LAYOUT,
  tallyBanner,
  tallyBlock,
  tallyHeaderRow,
  tieNote,
  UNRESOLVED_HEADERS,
} from '../../../src/core/nominations/tally-layout';
import type { TallyResult } from '../../../src/core/nominations/tally';
import { SHORTLIST_MARK, TALLY_HEADER_ROW, TALLY_HEADERS, TALLY_SUMMARY_COLUMN } from '../../../src/core/schema';
import { spanWidth, wrappedLines } from '../../../src/core/sheet-layout';
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
  const H = TALLY_HEADER_ROW - 1;

  it('is rectangular: the banner rows, then the headers of the ranking table', () => {
    expect(block.every((r) => r.length === TALLY_BLOCK_WIDTH)).toBe(true);
    expect(block[H].slice(0, TALLY_HEADERS.length)).toEqual(TALLY_HEADERS);
    expect(tallyHeaderRow(block)).toBe(H);
  });

  it('one row per candidate: rank, name, NIP, unit, votes, eligibility, reason, shortlist', () => {
    expect(block.slice(H + 1, H + 6).map((r) => r.slice(0, TALLY_HEADERS.length))).toEqual([
      [1, MARIA.name, "'19800101 200501 2 001", 'Sekretariat', 4, 'Ya', '', SHORTLIST_MARK],
      [2, PETRUS.name, "'19820303 200703 1 003", 'Bidang SDK', 2, 'Ya', '', SHORTLIST_MARK],
      [2, YOHANES.name, "'19810202 200602 1 002", 'Bidang P2P', 2, 'Ya', '', SHORTLIST_MARK],
      ['', "'=Theresia", "'19950606 202406 2 006", '', 1, 'Tidak', 'CPNS', ''],
      ['', 'Tanpa NIP', '', 'Sekretariat', 1, 'Tidak', 'Tidak ber-NIP', ''],
    ]);
  });

  it('the tie note and the team\'s notes are the banner above the table', () => {
    expect(String(block[BANNER.noteRow - 1][0])).toMatch(/^PERHATIAN: 2 calon sama-sama memperoleh 2 suara di batas 2 besar/);
    expect(block[BANNER.problemsRow - 1][0]).toBe(`${PROBLEMS_PREFIX}Koreksi baris 3: NIP tidak dikenal`);
    // Nothing else in the banner rows (the banner is merged across the table).
    expect(block.slice(0, 2).every((r) => r.slice(1).every((c) => c === ''))).toBe(true);
  });

  it('the summaries sit at fixed places beside the table, their header level with the table\'s', () => {
    const at = (row: number) => block[row - 1].slice(S, S + SUMMARY.width);
    expect(SUMMARY.headerRow).toBe(TALLY_HEADER_ROW);
    expect(at(SUMMARY.headerRow)).toEqual(['Ringkasan Surat Suara', 'Jumlah', '', '']);
    expect([0, 1, 2, 3].map((i) => at(SUMMARY.countsFrom + i).slice(0, 2))).toEqual([
      ['Dihitung', 7],
      ['Tidak sah', 1],
      ['Digantikan (pengusul mengirim lagi)', 1],
      ['Total respons', 9],
    ]);
    expect(at(SUMMARY.updatedRow).slice(0, 2)).toEqual(['Diperbarui', updated]);
    expect(at(SUMMARY.unresolvedHeaderRow)).toEqual(UNRESOLVED_HEADERS);
    // Suggestions side by side on one line, never one per line (that made rows tall).
    expect(at(SUMMARY.unresolvedHeaderRow + 1)).toEqual(['Budi', 2, 'tidak dikenal', 'Budi A; Budi B']);
  });

  it('never names a voter', () => {
    const withBallots = tallyBlock(result({ ballots: [{ responseId: 'r1', timestamp: 0, voterKey: 'email:rahasia@x.id', voterLabel: 'rahasia@x.id', rawEntries: [], resolvedNips: [], status: 'dihitung', reason: '', uncounted: [] }] }), 2, [], updated);
    expect(JSON.stringify(withBallots)).not.toContain('rahasia');
  });

  it('says what the shortlist is when there is no tie, and when every entry was recognised', () => {
    const calm = tallyBlock(result({ tieAtCutoff: false, tiedAtCutoff: [], unresolved: [] }), 3, [], updated);
    expect(calm[0][0]).toBe('Daftar pendek: 3 calon teratas yang memenuhi syarat (kolom Daftar Pendek berisi "Ya"). Tidak ada nilai sama di batas 3 besar.');
    expect(calm[1][0]).toBe('');
    expect(calm[SUMMARY.unresolvedHeaderRow][S]).toBe('Semua usulan dikenali.');
    expect(tieNote(result({ tieAtCutoff: false }), 3)).toBe('');
    expect(tallyBlock(result({ candidates: [], shortlist: [], tieAtCutoff: false }), 3, [], null)[0][0]).toBe('Belum ada usulan yang dihitung.');
  });

  it('is as tall as the longer of the table and the summaries', () => {
    expect(tallyBlock(result({ candidates: [] }), 3, [], updated)).toHaveLength(SUMMARY.unresolvedHeaderRow + 1);
  });

  it('warnings about the input stand in row 2, one per line, before the team\'s notes, red', () => {
    const notices = ['PERHATIAN: 3 NIP di lembar Pegawai rusak (baris 4, 9, 12).', 'PERHATIAN: lembar Pegawai tidak punya kolom Hukuman Disiplin.'];
    const warned = tallyBlock(result(), 2, ['Koreksi baris 3'], updated, notices);
    expect(String(warned[1][0]).split('\n')).toEqual([...notices, `${PROBLEMS_PREFIX}Koreksi baris 3`]);
    expect(tallyHeaderRow(warned)).toBe(H);
    expect(bannerWarnings(warned)).toEqual(notices);
    expect(bannerWarnings(tallyBlock(result(), 2, ['Koreksi baris 3'], updated))).toEqual([]);
    expect(tallyBanner(result(), 2, [], notices).styles[1]).toMatchObject({ background: '#fce8e6', color: '#a50e0e', bold: true });
  });

  it('the banner rows are as tall as their text needs across the table', () => {
    const banner = tallyBanner(result(), 2, ['x'.repeat(600)]);
    const width = spanWidth(TALLY_LAYOUT.widths, 1, TALLY_HEADERS.length);
    expect(banner.styles[1].height).toBe(21 + (wrappedLines(banner.problems, width) - 1) * 16);
    expect(banner.styles[1].height).toBeGreaterThan(21);
  });

  it('its widths cover every column of the block; the header row and the summaries\' headers are header cells', () => {
    expect(TALLY_LAYOUT.widths).toHaveLength(TALLY_BLOCK_WIDTH);
    expect(TALLY_LAYOUT.frozenRows).toBe(TALLY_HEADER_ROW);
    expect(TALLY_LAYOUT.headers.map((h) => [h.row, h.column])).toEqual([
      [TALLY_HEADER_ROW, 1],
      [SUMMARY.headerRow, TALLY_SUMMARY_COLUMN],
      [SUMMARY.unresolvedHeaderRow, TALLY_SUMMARY_COLUMN],
    ]);
  });
});
