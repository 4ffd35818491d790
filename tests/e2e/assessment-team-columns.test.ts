/**
 * `Penilaian` is a team sheet (K2, A2): every cell the team typed stays, columns the team
 * added included, on the row of the candidate it belongs to — through a plain re-run of Siapkan
 * Penilaian, a changed shortlist, and an added assessor (which moves the product's columns).
 */
import { describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/core/schema';
import type { Workspace } from '../../src/offline/workspace/index';
import { assessment, col, eligible, rowOf, setSetting, typeScores, voteShortlist } from './assessment-helpers';
import { preparedWorkspace, sheetValues } from './helpers';

const five = eligible.slice(0, 5);
const NOTE = 'Catatan Tim';
const LINK = 'Tautan Bukti';

/** The team's column right of Keterangan, and a second one after it, with a note per candidate. */
function addTeamColumns(ws: Workspace): void {
  const keterangan = col(ws, 'Keterangan') + 1;
  ws.sheets.userWrite(ws.spreadsheetId, SHEETS.assessment, 2, keterangan + 1, [[NOTE, LINK]]);
  five.forEach((e, i) => ws.sheets.userWrite(ws.spreadsheetId, SHEETS.assessment, rowOf(ws, e), keterangan + 1, [[`wawancara ${i + 1}`, `https://bukti/${i + 1}`]]));
}

/** Each candidate's value in a column found by its header, by candidate name. */
function byCandidate(ws: Workspace, header: string): Record<string, unknown> {
  const a = assessment(ws);
  const c = a.headers.indexOf(header);
  expect(c, `column ${header}`).toBeGreaterThan(a.headers.indexOf('Keterangan'));
  return Object.fromEntries(a.rows.map((r) => [String(r[2]), r[c]]));
}

const expected = (people: typeof five, prefix: string) => Object.fromEntries(people.map((e) => [e.nama, `${prefix}${five.indexOf(e) + 1}`]));

describe('columns the team added to Penilaian', () => {
  it('stay, with their header, on a plain re-run of Siapkan Penilaian', () => {
    const ws = preparedWorkspace();
    voteShortlist(ws, five);
    ws.run('menuSiapkanPenilaian');
    addTeamColumns(ws);
    typeScores(ws, five[0], 0, [5, 5, 4, 4]);
    ws.run('menuSiapkanPenilaian');
    ws.run('menuSiapkanPenilaian');
    expect(byCandidate(ws, NOTE)).toEqual(expected(five, 'wawancara '));
    expect(byCandidate(ws, LINK)).toEqual(expected(five, 'https://bukti/'));
    expect(String((sheetValues(ws, SHEETS.assessment) ?? [])[rowOf(ws, five[0]) - 1][col(ws, 'Total')])).toBe('18');
  });

  it('stay on their candidate’s row when the shortlist changes and an assessor is added', () => {
    const ws = preparedWorkspace();
    voteShortlist(ws, five);
    ws.run('menuSiapkanPenilaian');
    addTeamColumns(ws);
    // A new candidate takes the lead; the fifth drops out (kept, retired); a second assessor.
    const newcomer = eligible[9];
    voteShortlist(ws, [newcomer, five[3], five[0], five[2], five[1]]);
    setSetting(ws, 'Penilai Tambahan', 'Theresia Ndun');
    ws.run('menuSiapkanPenilaian');
    const notes = byCandidate(ws, NOTE);
    expect(notes).toEqual({ ...expected(five, 'wawancara '), [newcomer.nama]: '' });
    expect(byCandidate(ws, LINK)).toEqual({ ...expected(five, 'https://bukti/'), [newcomer.nama]: '' });
    const a = assessment(ws);
    expect(a.headers.filter((h) => h === 'Inovatif dan proaktif')).toHaveLength(2);
    expect(a.headers.indexOf(NOTE)).toBe(a.headers.indexOf('Keterangan') + 1);
  });
});
