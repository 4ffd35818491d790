/** Bad nomination input (N3–N5): each case gets a test; none may crash a run or lose a ballot. */
import { describe, expect, it } from 'vitest';
import { lastDialog, preparedWorkspace, sheetValues } from './helpers';
import { ballot, connected, errorRows, ledgerRows, NIP_Q, pns, Q, roster, setSetting, settingValue, summaryValue, tallyRows, votesOf } from './nominations-helpers';
import { rosterRows } from '../../src/offline/demo/roster';
import { TALLY_HEADER_ROW } from '../../src/core/schema';

const [a, b, c, d, e] = pns;
const grouped = (nip: string) => `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;

describe('bad ballots', () => {
  it.each([
    { what: 'more than 3 names (two in one box)', answers: ballot(a, b.nama, c.nama, `${d.nama}; ${e.nama}`), status: 'tidak sah', reason: 'lebih dari 3 calon', counted: 0 },
    { what: 'an empty ballot', answers: { [NIP_Q]: a.nip }, status: 'tidak sah', reason: 'kosong', counted: 0 },
    { what: 'boxes filled with "-"', answers: ballot(a, '-', '?', '…'), status: 'tidak sah', reason: 'kosong', counted: 0 },
    { what: 'the same person 3 times', answers: ballot(a, b.nama, b.nip, b.nama.toUpperCase()), status: 'dihitung', reason: '', counted: 1 },
    { what: 'a NIP with spaces', answers: ballot(a, grouped(b.nip)), status: 'dihitung', reason: '', counted: 1 },
    { what: 'a NIP with a wrong digit count', answers: ballot(a, b.nip.slice(0, 17)), status: 'dihitung', reason: '', counted: 0 },
    { what: 'an unknown name', answers: ballot(a, 'Pak Budi yang baru pindah'), status: 'dihitung', reason: '', counted: 0 },
  ])('$what → $status $reason', ({ answers, status, reason, counted }) => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    ws.forms.submit(formId, answers);
    expect(errorRows(ws)).toEqual([]);
    const [row] = ledgerRows(ws);
    expect([row.status, row.reason]).toEqual([status, reason]);
    expect(votesOf(ws, b)).toBe(counted);
  });

  it('a formula typed as a name stays text in every sheet and is listed for review', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    const formula = '=HYPERLINK("http://contoh.test/x","Maria")';
    ws.forms.submit(formId, ballot(a, formula, '=IMPORTXML("http://contoh.test","//a")', b.nama));
    for (const name of ['Log Surat Suara', 'Rekap Penjaringan', 'Koreksi Nama']) {
      const snap = ws.sheets.snapshot(ws.spreadsheetId, name)!;
      expect(snap.formulas.flat().filter((f) => f !== '')).toEqual([]);
      expect(snap.values.flat().some((v) => String(v) === formula || String(v).includes(formula))).toBe(true);
    }
    expect(ledgerRows(ws)[0].entries.split('\n')[0]).toBe(formula);
    expect(votesOf(ws, b)).toBe(1);
  });

  it('two employees with the same bare name: ambiguous, listed with both as suggestions', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    ws.forms.submit(formId, ballot(a, 'Maria Lake'));
    const [row] = ledgerRows(ws);
    expect(row.notes).toBe('Maria Lake: ambigu');
    const corrections = (sheetValues(ws, 'Koreksi Nama') ?? []).slice(1);
    expect(corrections[0][0]).toBe('Maria Lake');
    expect(corrections[0][4]).toBe('ambigu');
    expect(String(corrections[0][5]).split('\n')).toHaveLength(2);
    const validation = ws.sheets.snapshot(ws.spreadsheetId, 'Koreksi Nama')!.validations.find((v) => v.range.startsWith('B2'))!;
    expect((validation.values[0] as string[]).slice(0, 2).every((l) => l.startsWith('Maria Lake'))).toBe(true);
  });

  it('the unresolved entries appear in Rekap Penjaringan with their count and in Koreksi Nama once', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    ws.forms.submit(formId, ballot(a, 'Yohanis Radja'));
    ws.forms.submit(formId, ballot(b, 'yohanis  radja'));
    ws.forms.submit(formId, ballot(c, 'Yohanis Radja.'));
    const tally = sheetValues(ws, 'Rekap Penjaringan')!;
    const header = tally.findIndex((r) => r[9] === 'Teks Belum Dikenali');
    expect(tally[header + 1].slice(9, 11)).toEqual(['Yohanis Radja', 3]);
    expect(String(tally[header + 1][12])).toContain('Yohanes Benyamin Radja');
    expect((sheetValues(ws, 'Koreksi Nama') ?? []).slice(1).map((r) => [r[0], r[3]])).toEqual([['Yohanis Radja', 3]]);
  });
});

describe('bad roster and changed Form', () => {
  it('a roster with duplicate NIPs and empty rows still counts every ballot', () => {
    const ws = preparedWorkspace();
    const rows = rosterRows(roster);
    const dup = [...rows.slice(0, 5), ['', '', '', '', '', '', '', '', ''], rows[3], ...rows.slice(5), ['', '', '', '', '', '', '', '', '']];
    ws.sheets.userWrite(ws.spreadsheetId, 'Pegawai', 1, 1, dup);
    const formId = connected(ws);
    const twin = roster[2];
    ws.forms.submit(formId, ballot(a, twin.nama, b.nama));
    expect(errorRows(ws)).toEqual([]);
    expect(votesOf(ws, twin)).toBe(1);
    expect(votesOf(ws, b)).toBe(1);
  });

  it('a question renamed after connecting is the same question (N3): still counted, and Pengaturan follows it at the re-sync', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    ws.forms.submit(formId, ballot(a, b.nama));
    ws.forms.renameItem(formId, Q[0], 'Nama calon pilihan pertama');
    ws.forms.submit(formId, { [NIP_Q]: c.nip, 'Nama calon pilihan pertama': d.nama });
    expect(votesOf(ws, b)).toBe(1);
    expect(votesOf(ws, d)).toBe(1);
    ws.run('menuSinkronkanUlangPenjaringan');
    expect(settingValue(ws, 'Pertanyaan Calon').split('\n')).toEqual(['Nama calon pilihan pertama', Q[1], Q[2]]);
    expect(votesOf(ws, b)).toBe(1);
    expect(votesOf(ws, d)).toBe(1);
    expect(errorRows(ws)).toEqual([]);
  });

  it("a question the team's own mapping names, renamed: the re-sync names it and keeps the tally; counted again once fixed", () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    setSetting(ws, 'Pertanyaan Calon', [Q[0], Q[1]].join('\n'));
    ws.forms.submit(formId, ballot(a, b.nama));
    const before = tallyRows(ws);
    ws.forms.renameItem(formId, Q[0], 'Nama calon pilihan pertama');
    ws.run('menuSinkronkanUlangPenjaringan');
    expect(lastDialog(ws)?.content).toContain(`"${Q[0]}"`);
    expect(lastDialog(ws)?.content).toContain('Pengaturan');
    expect(tallyRows(ws)).toEqual(before);
    // The team writes the new title into Pengaturan and re-syncs: nothing was lost.
    setSetting(ws, 'Pertanyaan Calon', ['Nama calon pilihan pertama', Q[1]].join('\n'));
    ws.run('menuSinkronkanUlangPenjaringan');
    expect(votesOf(ws, b)).toBe(1);
  });

  it('a question deleted after connecting: the re-sync names it and leaves the tally', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    ws.forms.submit(formId, ballot(a, b.nama, c.nama));
    const before = tallyRows(ws);
    ws.forms.deleteItem(formId, Q[1]);
    ws.run('menuSinkronkanUlangPenjaringan');
    expect(lastDialog(ws)?.content).toContain(`"${Q[1]}"`);
    expect(tallyRows(ws)).toEqual(before);
    expect(ledgerRows(ws)).toHaveLength(1);
  });

  it('Rekap Penjaringan deleted or edited by hand is rebuilt by the next run', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    ws.forms.submit(formId, ballot(a, b.nama));
    ws.sheets.userWrite(ws.spreadsheetId, 'Rekap Penjaringan', TALLY_HEADER_ROW + 1, 2, [['Nama palsu', '', '', 99]]);
    ws.forms.submit(formId, ballot(c, d.nama));
    expect(tallyRows(ws).map((r) => [r.name, r.votes])).toEqual([[b.nama, 1], [d.nama, 1]].sort((x, y) => String(x[0]).localeCompare(String(y[0]))));
    ws.sheets.userDeleteSheet(ws.spreadsheetId, 'Rekap Penjaringan');
    ws.forms.submit(formId, ballot(e, d.nama));
    expect(votesOf(ws, d)).toBe(2);
    expect(summaryValue(ws, 'Total respons')).toBe(3);
    const snap = ws.sheets.snapshot(ws.spreadsheetId, 'Rekap Penjaringan')!;
    expect(snap.frozenRows).toBe(TALLY_HEADER_ROW);
    expect(snap.protections.length).toBeGreaterThan(0);
  });

  it('Log Surat Suara deleted: the submission is kept and the re-sync rebuilds everything', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    ws.forms.submit(formId, ballot(a, b.nama));
    ws.sheets.userDeleteSheet(ws.spreadsheetId, 'Log Surat Suara');
    ws.forms.submit(formId, ballot(c, d.nama));
    expect(votesOf(ws, b)).toBe(1);
    expect(String(errorRows(ws)[0][2])).toContain('Log Surat Suara');
    ws.run('menuSinkronkanUlangPenjaringan');
    expect(ledgerRows(ws)).toHaveLength(2);
    expect(votesOf(ws, d)).toBe(1);
  });
});
