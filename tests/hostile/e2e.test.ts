/**
 * The hostile corpus through the built bundle, as people would submit it: every text as a nominee
 * in a ballot, as a survey unit and comment, and typed into the roster. No run may crash, no
 * ballot or response may be lost, nothing may become a formula, and each item gets its outcome.
 */
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/core/names';
import { SHEETS } from '../../src/core/schema';
import { MAX_CELL_CHARS } from '../../src/offline/workspace/index';
import type { Workspace } from '../../src/offline/workspace/index';
import { preparedWorkspace, sheetValues } from '../e2e/helpers';
import { ballot, connected, ledgerRows, pns, tallyRows } from '../e2e/nominations-helpers';
import { connectedSurvey, results, surveyAnswers, SURVEY_UNITS } from '../e2e/survey-helpers';
import { NAME_TEXTS, NIP_TEXTS } from './corpus';

/** No cell of any sheet holds a formula the product wrote (the user's own tabs aside). */
function formulas(ws: Workspace): string[] {
  const out: string[] = [];
  for (const name of ws.sheets.sheetNames(ws.spreadsheetId)) {
    const snap = ws.sheets.snapshot(ws.spreadsheetId, name)!;
    snap.formulas.forEach((row, r) => row.forEach((f, c) => f !== '' && out.push(`${name}!R${r + 1}C${c + 1}: ${f.slice(0, 40)}`)));
  }
  return out;
}

function allText(ws: Workspace, sheet: string): string[] {
  return (sheetValues(ws, sheet) ?? []).flat().map(String);
}

const fitting = NAME_TEXTS.filter((t) => t.outcome !== 'cut to the cell limit');
const tooLong = NAME_TEXTS.filter((t) => t.outcome === 'cut to the cell limit');

describe('hostile nominee texts, submitted through the nomination Form', () => {
  it('every ballot is recorded, the real nominee counted, every text kept exactly as text and listed for Koreksi Nama', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    NAME_TEXTS.forEach((item, i) => ws.forms.submit(formId, ballot(pns[i % pns.length], item.text, pns[40].nama)));

    expect(ws.kernel.failedExecutions).toEqual([]);
    expect((sheetValues(ws, SHEETS.errors) ?? []).slice(1)).toEqual([]);
    expect(formulas(ws)).toEqual([]);
    const ledger = ledgerRows(ws);
    expect(ledger).toHaveLength(NAME_TEXTS.length);
    expect(ledger.map((r) => r.status)).toEqual(NAME_TEXTS.map(() => 'dihitung'));
    // The real nominee got every vote; nobody else got one from these texts.
    expect(tallyRows(ws).map((r) => [r.name, r.votes])).toEqual([[pns[40].nama, NAME_TEXTS.length]]);
    const corrections = allText(ws, SHEETS.corrections);
    const rawEntries = ledger.map((r) => r.entries);
    for (const item of fitting) {
      const text = item.text.trim();
      expect(rawEntries.some((e) => e.split('\n').includes(text)), `${item.id} in Log Surat Suara`).toBe(true);
      // Koreksi Nama lists each unresolved text once per normalised form (N5a matches on it).
      expect(corrections.some((c) => c === text || normalizeName(c) === normalizeName(text)), `${item.id} in Koreksi Nama`).toBe(true);
    }
  });

  it.each(tooLong.map((t) => [t.id, t] as const))('%s: cut to the cell limit, the ballot still counted', (_id, item) => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    ws.forms.submit(formId, ballot(pns[0], item.text, pns[40].nama));
    expect(ws.kernel.failedExecutions).toEqual([]);
    expect((sheetValues(ws, SHEETS.errors) ?? []).slice(1)).toEqual([]);
    const ledger = ledgerRows(ws);
    expect(ledger.map((r) => r.status)).toEqual(['dihitung']);
    expect(ledger[0].entries.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    expect(ledger[0].entries.startsWith(item.text.slice(0, 1000))).toBe(true);
    expect(tallyRows(ws).map((r) => [r.name, r.votes])).toEqual([[pns[40].nama, 1]]);
  });
});

describe('hostile texts in the survey (unit and comment)', () => {
  it('every response is scored and kept, comments exactly as text, unknown units as their own group', () => {
    const { ws, formId } = connectedSurvey();
    NAME_TEXTS.forEach((item, i) =>
      ws.forms.submit(formId, { ...surveyAnswers(SURVEY_UNITS[i % SURVEY_UNITS.length], [1, 2, 2, 1, 1], item.text) }, { email: `r${i}@dinkes.go.id` }),
    );
    expect(ws.kernel.failedExecutions).toEqual([]);
    expect((sheetValues(ws, SHEETS.errors) ?? []).slice(1)).toEqual([]);
    expect(formulas(ws)).toEqual([]);
    const rows = results(ws);
    expect(rows).toHaveLength(NAME_TEXTS.length);
    const comments = rows.map((r) => String(r['Komentar']));
    for (const item of fitting) expect(comments, item.id).toContain(item.text.trim());
    for (const item of tooLong) expect(comments.some((c) => c.length <= MAX_CELL_CHARS && c.startsWith(item.text.slice(0, 1000))), item.id).toBe(true);
  });
});

describe('hostile texts typed into the roster', () => {
  it('Periksa Data Pegawai reports them without crashing and writes nothing as a formula', () => {
    const ws = preparedWorkspace();
    const rows = (sheetValues(ws, SHEETS.roster) ?? []).map((r) => [...r]);
    fitting.forEach((item, i) => {
      rows[i + 1][1] = item.text; // Nama
      rows[i + 1][0] = `'${item.text.slice(0, 30)}`; // NIP typed as text
    });
    ws.sheets.userWrite(ws.spreadsheetId, SHEETS.roster, 1, 1, rows as string[][]);
    ws.run('menuPeriksaDataPegawai');
    const userFormulas = new Set(formulas(ws).filter((f) => f.startsWith(`${SHEETS.roster}!`)));
    expect(formulas(ws).filter((f) => !userFormulas.has(f))).toEqual([]);
    expect((sheetValues(ws, SHEETS.errors) ?? []).slice(1)).toEqual([]);
    expect((sheetValues(ws, SHEETS.rosterCheck) ?? []).length).toBeGreaterThan(fitting.length);
  });
});

describe('hostile voter NIPs (N1: NIPs compare as digits only)', () => {
  it('every ballot is recorded; the same NIP written three ways is one voter, whose latest ballot counts', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    const at = ws.kernel.now() - 3_600_000;
    NIP_TEXTS.forEach((item, i) => ws.forms.submit(formId, ballot(item.text, pns[40].nama), { at: at + i * 1000 }));
    expect(ws.kernel.failedExecutions).toEqual([]);
    expect((sheetValues(ws, SHEETS.errors) ?? []).slice(1)).toEqual([]);
    expect(formulas(ws)).toEqual([]);
    const ledger = ledgerRows(ws);
    expect(ledger).toHaveLength(NIP_TEXTS.length);
    const same = NIP_TEXTS.filter((t) => t.found === '198609262015051001').map((t) => t.id);
    expect(same).toEqual(['grouped', 'plain', 'dots']);
    // The first two of the three are superseded by the third.
    const byId = new Map(NIP_TEXTS.map((t, i) => [t.id, ledger[i]]));
    expect(['grouped', 'plain', 'dots'].map((id) => byId.get(id)!.status)).toEqual(['digantikan', 'digantikan', 'dihitung']);
    const counted = ledger.filter((r) => r.status === 'dihitung').length;
    expect(tallyRows(ws).map((r) => [r.name, r.votes])).toEqual([[pns[40].nama, counted]]);
  });
});
