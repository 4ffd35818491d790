/**
 * A nomination submission lays out `Rekap Penjaringan` whole, in one write: whatever wrote the
 * tally before (a submission, a re-sync, a deleted sheet), the tally comes out as one written
 * from scratch.
 */
import { describe, expect, it } from 'vitest';
import { isDate } from '../../src/core/cells';
import { SHEETS } from '../../src/core/schema';
import type { Workspace } from '../../src/offline/workspace/index';
import { preparedWorkspace, sheetValues } from './helpers';
import { ballot, connected, errorRows, nominationForm, pns, setSetting } from './nominations-helpers';

const DAY = 86_400_000;

function tally(ws: Workspace): unknown[][] {
  return (sheetValues(ws, SHEETS.tally) ?? []).map((r) => r.map((v) => (isDate(v) ? '(waktu)' : v)));
}

/** A workspace that received `ballots` one by one through the trigger. */
function cleanRun(ballots: Record<string, string>[]): Workspace {
  const ws = preparedWorkspace();
  const formId = connected(ws);
  const start = ws.kernel.now() - DAY;
  ballots.forEach((b, i) => ws.forms.submit(formId, b, { at: start + i * 60_000 }));
  return ws;
}

describe('Rekap Penjaringan laid out whole by every submission', () => {
  const many = [ballot(pns[0], pns[1].nama, pns[2].nama, pns[3].nama), ballot(pns[4], pns[5].nama, pns[6].nama, 'Nama Yang Tidak Ada')];

  /** Five ballots naming fifteen different people: a tally longer than its summary block. */
  const wide = [0, 1, 2, 3, 4].map((k) => ballot(pns[20 + k], pns[3 * k].nama, pns[3 * k + 1].nama, pns[3 * k + 2].nama));
  const narrow = (k: number) => ballot(pns[20 + k], pns[0].nama);

  it('shrinks cleanly when edited ballots drop names (no rows of the longer tally left below)', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    const start = ws.kernel.now() - DAY;
    const ids = wide.map((b, i) => ws.forms.submit(formId, b, { at: start + i * 60_000 }));
    const long = tally(ws).length;
    [1, 2, 3, 4].forEach((k) => ws.forms.editResponse(formId, ids[k], narrow(k), { at: start + k * 60_000 }));
    expect(errorRows(ws)).toEqual([]);
    expect(tally(ws).length).toBeLessThan(long);
    expect(tally(ws)).toEqual(tally(cleanRun([wide[0], narrow(1), narrow(2), narrow(3), narrow(4)])));
  });

  it('after a re-sync wrote a longer tally, the next submission still clears what it must', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    const start = ws.kernel.now() - DAY;
    ws.forms.submit(formId, narrow(0), { at: start });
    // Ballots that reach the Form without the trigger (imported), then a re-sync: a long tally.
    const ids = ws.forms.importResponses(formId, wide.slice(1).map((answers, i) => ({ answers, at: start + (i + 1) * 60_000 })));
    ws.run('menuSinkronkanUlangPenjaringan');
    const long = tally(ws).length;
    ids.forEach((id, i) => ws.forms.editResponse(formId, id, narrow(i + 1), { at: start + (i + 1) * 60_000 }));
    expect(tally(ws).length).toBeLessThan(long);
    expect(tally(ws)).toEqual(tally(cleanRun([narrow(0), narrow(1), narrow(2), narrow(3), narrow(4)])));
  });

  it('a tally sheet deleted by hand is rebuilt whole by the next submission', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    const start = ws.kernel.now() - DAY;
    ws.forms.submit(formId, many[0], { at: start });
    ws.sheets.userDeleteSheet(ws.spreadsheetId, SHEETS.tally);
    ws.forms.submit(formId, many[1], { at: start + 60_000 });
    expect(tally(ws)).toEqual(tally(cleanRun(many)));
    expect(ws.sheets.snapshot(ws.spreadsheetId, SHEETS.tally)!.conditionalFormats.length).toBeGreaterThan(0);
  });

  it('records the run in the same single properties write (one read, one write per submission)', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    ws.forms.submit(formId, many[0]);
    ws.kernel.resetCalls();
    ws.forms.submit(formId, many[1]);
    const calls = ws.kernel.calls();
    expect([calls['PropertiesService.Properties.getProperties'], calls['PropertiesService.Properties.setProperties'], calls['PropertiesService.Properties.setProperty']]).toEqual([1, 1, undefined]);
    // The tally is read whole (one getSheetValues, which also gives its extent; no getLastRow or
    // getLastColumn) so the one write of the computed sheet also blanks whatever a person typed
    // below or beside it (K1), and rewrites only the rows that differ.
    expect(calls['SpreadsheetApp.Sheet.getLastRow'] ?? 0).toBe(0);
    expect(calls['SpreadsheetApp.Sheet.getLastColumn'] ?? 0).toBe(0);
    expect(calls['SpreadsheetApp.Sheet.getSheetValues']).toBe(5); // Pengaturan, Pegawai, Log Surat Suara, Koreksi Nama, Rekap Penjaringan
  });

  it('a long tally: a ballot rewrites only the rows from the banner to the candidates it moved, the rest is not written again', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    const start = ws.kernel.now() - DAY;
    // 60 ballots by 60 voters: ten people named four to six times each, sixty more once each.
    ws.forms.importResponses(
      formId,
      Array.from({ length: 60 }, (_, i) => ({ answers: ballot(pns[i + 50], pns[i % 10].nama, pns[(i % 40) + 10].nama, pns[(i % 20) + 30].nama), at: start + i * 1000 })),
    );
    ws.run('menuSinkronkanUlangPenjaringan');
    const long = tally(ws).length;
    expect(long).toBeGreaterThan(40);
    ws.kernel.resetCalls();
    // One more vote for one of the ten: it moves to the top, the other nine one rank down; the
    // long tail of the table below them does not change.
    ws.forms.submit(formId, ballot(pns[112], pns[3].nama));
    expect(errorRows(ws)).toEqual([]);
    const cells = ws.kernel.cells();
    const written = ws.kernel.calls()['SpreadsheetApp.Range.setValues'];
    expect(written).toBe(2); // the ledger's new row and the tally's changed rows
    // Far fewer cells than the whole tally (long rows × 9 columns), and the result is the one a
    // re-sync writes from scratch.
    expect(cells.write).toBeLessThan((long * 9) / 2);
    const after = tally(ws);
    ws.run('menuSinkronkanUlangPenjaringan');
    expect(after).toEqual(tally(ws));
  });

  it('spreadsheet route: the same calls after 40 and 300 earlier ballots, the properties read once before the lock and once under it, written once', () => {
    const counts = [40, 300].map((n) => {
      const ws = preparedWorkspace({ addOn: true });
      const formId = nominationForm(ws);
      const start = ws.kernel.now() - DAY;
      ws.forms.importResponses(
        formId,
        // Every voter names the same two people, so the banner (shortlist, ties) is alike at both N.
        Array.from({ length: n }, (_, i) => ({ answers: ballot(pns[(i + 70) % pns.length], pns[1].nama, pns[8].nama), at: start + i * 1000 })),
      );
      setSetting(ws, 'URL Formulir Penjaringan', ws.forms.view(formId).editUrl);
      ws.ui.answerNext('YES');
      ws.run('menuHubungkanFormulirPenjaringan');
      // A warm-up naming people the tally already holds, then the measured ballot the same way.
      ws.forms.submit(formId, ballot(pns[60], pns[1].nama, pns[8].nama));
      ws.kernel.resetCalls();
      ws.forms.submit(formId, ballot(pns[61], pns[1].nama, pns[8].nama));
      expect(errorRows(ws)).toEqual([]);
      expect(ws.kernel.failedExecutions).toEqual([]);
      const calls = ws.kernel.calls();
      // Before: 4 getDocumentProperties and 2 getProperties + 2 getProperty (the tab map, the
      // nomination route's check, the lock's snapshot, the run record written on its own).
      expect([calls['PropertiesService.getDocumentProperties'], calls['PropertiesService.Properties.getProperties'], calls['PropertiesService.Properties.getProperty']]).toEqual([1, 2, undefined]);
      expect(calls['PropertiesService.Properties.setProperty']).toBeUndefined();
      return { total: ws.kernel.totalCalls(), byService: ws.kernel.callsByService() };
    });
    expect(counts[1]).toEqual(counts[0]);
    // A budget: fewer calls pass, one more fails. 48: 4 properties calls fewer than before the
    // dispatcher's one look (the bench: 9 → 5). The voter's 18-digit NIP, which the tab rounds,
    // opens the Form to read it exactly (openById, getResponses and the response's getters).
    expect(counts[0].total).toBeLessThanOrEqual(48);
  });
});
