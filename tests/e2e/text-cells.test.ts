/**
 * Text stays text one way, under every behaviour Google leaves undocumented for plain-text (@)
 * cells: whether it keeps or eats a leading apostrophe, and whether it keeps
 * "=" as text or makes a formula of it. People's text goes into ordinary cells through asText;
 * @ columns exist only where the team types (NIPs, Pengaturan), get an apostrophe only before
 * "=", and are read back without one leading apostrophe.
 */
import { describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/core/schema';
import type { Workspace, WorkspaceOptions } from '../../src/offline/workspace/index';
import { preparedWorkspace, sheetValues } from './helpers';
import { ballot, NIP_Q, pns, Q, setSetting, settingValue, tallyRows } from './nominations-helpers';

const BEHAVIOURS: NonNullable<WorkspaceOptions['textCells']>[] = [
  { apostrophe: 'eaten', equals: 'text' },
  { apostrophe: 'kept', equals: 'text' },
  { apostrophe: 'eaten', equals: 'formula' },
  { apostrophe: 'kept', equals: 'formula' },
];

const HOSTILE = ['=IMPORTXML("http://contoh.test","//a")', "'=1+1", '+62 812 3456 7890', '0012345'];

/** No formula anywhere in the spreadsheet. */
function formulas(ws: Workspace): string[] {
  return ws.sheets.sheetNames(ws.spreadsheetId).flatMap((n) => (ws.sheets.snapshot(ws.spreadsheetId, n)?.formulas ?? []).flat().filter((f) => f !== '').map((f) => `${n}: ${f}`));
}

const column = (ws: Workspace, sheet: string, header: string) => {
  const values = sheetValues(ws, sheet) ?? [];
  const i = (values[0] ?? []).indexOf(header);
  return values.slice(1).map((r) => r[i]);
};

for (const textCells of BEHAVIOURS) {
  describe(`apostrophe ${textCells.apostrophe}, "=" in @ as ${textCells.equals}`, () => {
    it("voters' texts land exactly as typed in Log Surat Suara and Koreksi Nama, never as formulas", () => {
      const ws = preparedWorkspace({ textCells });
      const formId = ws.forms.createForm({ title: 'Penjaringan', items: [{ kind: 'TEXT', title: NIP_Q }, ...Q.map((title) => ({ kind: 'TEXT' as const, title }))] });
      setSetting(ws, 'URL Formulir Penjaringan', ws.forms.view(formId).editUrl);
      ws.run('menuHubungkanFormulirPenjaringan');
      ws.forms.submit(formId, ballot(pns[0], HOSTILE[0], HOSTILE[1], HOSTILE[2]));
      ws.forms.submit(formId, ballot(pns[1], HOSTILE[3], pns[2].nama));
      expect(ws.kernel.failedExecutions).toEqual([]);
      expect(formulas(ws)).toEqual([]);
      expect(column(ws, SHEETS.ballots, 'Usulan (teks asli)')).toEqual([HOSTILE.slice(0, 3).join('\n'), [HOSTILE[3], pns[2].nama].join('\n')]);
      expect(column(ws, SHEETS.ballots, 'Kunci Pengusul').map(String).every((k) => /\d{18}/.test(k) && !k.startsWith("'"))).toBe(true);
      expect(column(ws, SHEETS.corrections, 'Teks di Formulir').map(String).sort()).toEqual([...HOSTILE].sort());
      expect(tallyRows(ws).map((r) => [r.nip.replace(/\D/g, ''), r.votes])).toEqual([[pns[2].nip, 1]]);
    });

    it('a NIP the team typed with an apostrophe into Pegawai is the same NIP: checked clean, resolved', () => {
      const ws = preparedWorkspace({ textCells });
      const roster = sheetValues(ws, SHEETS.roster)!;
      const row = roster.findIndex((r) => String(r[0]) === pns[3].nip);
      ws.sheets.userWrite(ws.spreadsheetId, SHEETS.roster, row + 1, 1, [[`'${pns[3].nip}`]]);
      expect(String(sheetValues(ws, SHEETS.roster)![row][0])).toBe(textCells.apostrophe === 'kept' ? `'${pns[3].nip}` : pns[3].nip);
      ws.run('menuPeriksaDataPegawai');
      const problems = (sheetValues(ws, SHEETS.rosterCheck) ?? []).slice(1).filter((r) => Number(r[0]) === row + 1);
      expect(problems).toEqual([]);
      const formId = ws.forms.createForm({ title: 'Penjaringan', items: [{ kind: 'TEXT', title: NIP_Q }, ...Q.map((title) => ({ kind: 'TEXT' as const, title }))] });
      setSetting(ws, 'URL Formulir Penjaringan', ws.forms.view(formId).editUrl);
      ws.run('menuHubungkanFormulirPenjaringan');
      ws.forms.submit(formId, ballot(pns[0], pns[3].nip));
      expect(tallyRows(ws).map((r) => [r.nip.replace(/\D/g, ''), r.votes])).toEqual([[pns[3].nip, 1]]);
    });

    it('a question title starting with "=" written into Pengaturan reads back exactly and is counted', () => {
      const ws = preparedWorkspace({ textCells });
      const title = '=Usulan calon agen perubahan';
      const formId = ws.forms.createForm({ title: 'Penjaringan', items: [{ kind: 'TEXT', title: NIP_Q }, { kind: 'TEXT', title }] });
      setSetting(ws, 'URL Formulir Penjaringan', ws.forms.view(formId).editUrl);
      ws.run('menuHubungkanFormulirPenjaringan');
      expect(formulas(ws)).toEqual([]);
      expect(settingValue(ws, 'Pertanyaan Calon').replace(/^'/, '')).toBe(title);
      ws.forms.submit(formId, { [NIP_Q]: pns[0].nip, [title]: pns[1].nama });
      ws.run('menuSinkronkanUlangPenjaringan');
      expect(tallyRows(ws).map((r) => r.votes)).toEqual([1]);
    });
  });
}
