/**
 * Confirmed corrections (N5) in `Koreksi Nama` never drop silently (a renamed
 * sheet: tests/e2e/sheet-marks.test.ts).
 * - A correction points at a NIP (N5): the NIP column is filled when the team picks a person, so
 *   the correction keeps working when HR adds a title to that person's name in `Pegawai`.
 * - A row that cannot be used says so and why; two rows that map the same text to two different
 *   people do not both show "dipakai".
 */
import { describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/core/schema';
import type { Workspace } from '../../src/offline/workspace/index';
import { preparedWorkspace, sheetValues } from './helpers';
import { ballot, connected, errorRows, pns, roster, votesOf, pickCorrection } from './nominations-helpers';

const [a, b, , d, e] = pns;
/** A person whose roster name has no title after a comma (so a title HR adds changes the label). */
const c = pns.slice(5).find((x) => !x.nama.includes(','))!;
const TEXT = 'Bu Yosi dari keuangan';
const grouped = (nip: string) => `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;

/** Two ballots naming `TEXT`; the team picks `who` from the dropdown of the new row. */
function picked(who = c): { ws: Workspace; formId: string; label: string } {
  const ws = preparedWorkspace();
  const formId = connected(ws);
  return { ws, formId, label: pickCorrection(ws, formId, TEXT, [a, b], who) };
}

function rowsOf(ws: Workspace, name: string): unknown[][] {
  return (sheetValues(ws, name) ?? []).slice(1).filter((r) => String(r[0]) !== '');
}

/** HR writes c's name in Pegawai with a title before and a degree after it; returns the new name. */
function addTitle(ws: ReturnType<typeof picked>['ws']): string {
  const at = roster.findIndex((x) => x.nip === c.nip) + 2;
  const titled = `dr. ${c.nama.split(',')[0]}, M.Kes.`;
  ws.sheets.userWrite(ws.spreadsheetId, SHEETS.roster, at, 2, [[titled]]);
  return titled;
}

describe('a correction points at a NIP', () => {
  it('the NIP column is filled when the team picks a person', () => {
    const { ws } = picked();
    ws.run('menuSinkronkanUlangPenjaringan');
    const row = rowsOf(ws, SHEETS.corrections)[0];
    expect(String(row[2]).replace(/\D/g, '')).toBe(c.nip);
    expect(String(row[4])).toBe(`dipakai: ${grouped(c.nip)}`);
  });

  it('HR adding a title to the name in Pegawai keeps the correction (and its votes)', () => {
    const { ws } = picked();
    ws.run('menuSinkronkanUlangPenjaringan');
    expect(votesOf(ws, c)).toBe(2);
    const titled = addTitle(ws);
    ws.run('menuSinkronkanUlangPenjaringan');
    expect(votesOf(ws, { ...c, nama: titled })).toBe(2);
    const row = rowsOf(ws, SHEETS.corrections)[0];
    expect(String(row[4])).toMatch(/^dipakai/);
  });

  it('HR adding a title before any run filled the NIP: the old label still names the person, and the NIP is filled', () => {
    const { ws, label } = picked();
    const titled = addTitle(ws);
    ws.run('menuSinkronkanUlangPenjaringan');
    expect(votesOf(ws, { ...c, nama: titled })).toBe(2);
    const row = rowsOf(ws, SHEETS.corrections)[0];
    expect(row[1]).toBe(label);
    expect(String(row[2]).replace(/\D/g, '')).toBe(c.nip);
    expect(String(row[4])).toBe(`dipakai: ${grouped(c.nip)}`);
    expect(errorRows(ws)).toEqual([]);
  });

  it('a pick changed after the NIP was filled: the new pick wins and the NIP follows it', () => {
    const { ws } = picked();
    ws.run('menuSinkronkanUlangPenjaringan');
    const validation = ws.sheets.snapshot(ws.spreadsheetId, SHEETS.corrections)?.validations.find((v) => v.range.startsWith('B2'));
    const other = ((validation?.values[0] as string[]) ?? []).find((l) => l.startsWith(e.nama))!;
    ws.sheets.userWrite(ws.spreadsheetId, SHEETS.corrections, 2, 2, [[other]]);
    ws.run('menuSinkronkanUlangPenjaringan');
    expect(votesOf(ws, e)).toBe(2);
    expect(votesOf(ws, c)).toBe(0);
    const row = rowsOf(ws, SHEETS.corrections)[0];
    expect(String(row[2]).replace(/\D/g, '')).toBe(e.nip);
  });

  it('a pick and a typed NIP naming two people: the row is not used, and says why', () => {
    const { ws } = picked();
    ws.sheets.userWrite(ws.spreadsheetId, SHEETS.corrections, 2, 3, [[`'${e.nip}`]]);
    ws.run('menuSinkronkanUlangPenjaringan');
    const row = rowsOf(ws, SHEETS.corrections)[0];
    expect(String(row[4])).toMatch(/^tidak dipakai/);
    expect(String(row[4])).toContain(grouped(e.nip));
    expect(votesOf(ws, c) + votesOf(ws, e)).toBe(0);
  });
});

describe('two conflicting corrections for the same text (N5)', () => {
  it('the row used says "dipakai", the other says it is not used and why', () => {
    const { ws } = picked();
    // The team adds a second row for the same text (another spelling of it), naming someone else.
    ws.sheets.userWrite(ws.spreadsheetId, SHEETS.corrections, 3, 1, [[TEXT.toUpperCase(), '', `'${d.nip}`]]);
    ws.run('menuSinkronkanUlangPenjaringan');
    const [first, second] = rowsOf(ws, SHEETS.corrections);
    const used = [first, second].filter((r) => String(r[4]).startsWith('dipakai'));
    expect(used).toHaveLength(1);
    const unused = [first, second].find((r) => !String(r[4]).startsWith('dipakai'))!;
    expect(String(unused[4])).toMatch(/^tidak dipakai/);
    // Why: the same text is mapped to another person in the other row.
    const other = unused === first ? 3 : 2;
    expect(String(unused[4])).toContain(`baris ${other}`);
    // The votes go to the person of the row that is used, and only there.
    const winner = used[0] === first ? c : d;
    expect(votesOf(ws, winner)).toBe(2);
    expect(votesOf(ws, winner === c ? d : c)).toBe(0);
  });
});
