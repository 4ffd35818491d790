/**
 * The survey's running counts (one submission's work independent of N), from the outside on the bundle: a submission
 * adds its response to counts kept between runs instead of reading `Hasil Survei` whole. Pinned
 * here: (1) whatever happens between two submissions, both sheets are exactly what the full
 * computation gives (a twin workspace whose counts are wiped before every submission), and, with
 * no hand edit of Hasil Survei, what a re-sync gives; (2) the running path is taken, its cells
 * read and calls the same at 10 and 1,000 earlier responses; (3) each part of the fingerprint,
 * changed, makes the next submission the full computation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { witaToMs } from '../../src/core/dates';
import { SHEETS } from '../../src/core/schema';
import { demoSurveyResponses } from '../../src/offline/demo/survey';
import type { Workspace } from '../../src/offline/workspace/index';
import { sheetValues } from './helpers';
import { setSetting } from './nominations-helpers';
import { Q, results, surveyAnswers, surveyWorkspace, SURVEY_QUESTIONS, SURVEY_UNITS } from './survey-helpers';

type Route = 'form' | 'sheet';

function connected(route: Route): { ws: Workspace; formId: string } {
  const { ws, formId } = surveyWorkspace({ addOn: route === 'sheet' });
  if (route === 'sheet') ws.ui.answerNext('YES');
  ws.run('menuHubungkanFormulirSurvei');
  ws.ui.clear();
  return { ws, formId };
}

/** Forgets the running counts: the next submission is the full computation. */
function wipeCounts(ws: Workspace): void {
  for (const key of Object.keys(ws.properties.document)) if (key.startsWith('survey.running')) delete ws.properties.document[key];
}

const hasCounts = (ws: Workspace): boolean => Object.keys(ws.properties.document).some((k) => k === 'survey.running');

/** Both computed sheets, the summary's "updated at" time left out (the twins' clocks differ). */
function sheets(ws: Workspace): { results: unknown[][]; summary: unknown[][] } {
  const norm = (rows: unknown[][] | null) => (rows ?? []).map((r) => r.map((c) => (typeof c === 'string' ? c.replace(/Diperbarui .*? WITA\./, 'Diperbarui … WITA.') : c)));
  return { results: norm(sheetValues(ws, SHEETS.surveyResults)), summary: norm(sheetValues(ws, SHEETS.surveySummary)) };
}

const PEOPLE = ['ana@dinkes.go.id', 'budi@dinkes.go.id', 'citra@dinkes.go.id', ''];
const EMAIL_CAP = 3;

type Op =
  | { kind: 'submit'; who: number; month: number; picks: number[]; unit: number }
  | { kind: 'deleteRow'; pick: number }
  | { kind: 'editLastId' }
  | { kind: 'band' }
  | { kind: 'fail' };

const submitOp = fc.record({
  kind: fc.constant('submit' as const),
  who: fc.integer({ min: 0, max: PEOPLE.length - 1 }),
  month: fc.integer({ min: 3, max: 10 }),
  picks: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 5, maxLength: 5 }),
  unit: fc.integer({ min: 0, max: 2 }),
});
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: submitOp },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteRow' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'editLastId' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'band' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'fail' as const }) },
);

/** Moves the upper bound of BAIK between 6 and 7 (BELUM BAIK starts one above), as the team would type it. */
function toggleBand(ws: Workspace): void {
  const settings = sheetValues(ws, SHEETS.settings)!;
  const row = (label: string) => settings.findIndex((r) => r[2] === label) + 1;
  const upper = Number(settings[row('BAIK') - 1][1]);
  const next = upper === 6 ? 7 : 6;
  ws.sheets.userWrite(ws.spreadsheetId, SHEETS.settings, row('BAIK'), 2, [[next]]);
  ws.sheets.userWrite(ws.spreadsheetId, SHEETS.settings, row('BELUM BAIK'), 1, [[next + 1]]);
}

/** Applies one step to a workspace; `full`: wipe the counts before a submission (the twin). */
function apply(ws: Workspace, formId: string, op: Op, step: number, full: boolean): void {
  if (op.kind === 'submit') {
    if (full) wipeCounts(ws);
    const email = PEOPLE[op.who];
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[op.unit], op.picks), { email, at: witaToMs(2026, op.month, 1 + (step % 27), 9, step % 60) });
    return;
  }
  const rows = (sheetValues(ws, SHEETS.surveyResults) ?? []).length - 1;
  if (op.kind === 'deleteRow') {
    if (rows >= 1) ws.sheets.userDeleteRows(ws.spreadsheetId, SHEETS.surveyResults, 2 + (op.pick % rows), 1);
  } else if (op.kind === 'editLastId') {
    const header = (sheetValues(ws, SHEETS.surveyResults) ?? [])[0] ?? [];
    if (rows >= 1) ws.sheets.userWrite(ws.spreadsheetId, SHEETS.surveyResults, rows + 1, header.indexOf('ID Respons') + 1, [[`diubah-${step}`]]);
  } else if (op.kind === 'band') toggleBand(ws);
  else if (op.kind === 'fail') {
    // The next run fails after its first write (the row written, the summary and counts not).
    ws.kernel.injectFault({ match: 'SpreadsheetApp.Range.setValues', nth: 2, message: 'Service Spreadsheets timed out while accessing document with id x.' });
    if (full) wipeCounts(ws);
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[0], [2, 2, 2, 2, 2]), { email: PEOPLE[step % EMAIL_CAP], at: witaToMs(2026, 8, 1 + (step % 27), 10) });
  }
}

describe('running counts = the full computation, whatever happens between two submissions', () => {
  for (const route of ['form', 'sheet'] as const) {
    it(`property (${route === 'form' ? 'Form route' : 'spreadsheet route'}): after every step both sheets equal the twin that computes everything; with no hand edit, a re-sync changes nothing`, () => {
      fc.assert(
        fc.property(fc.array(opArb, { minLength: 1, maxLength: 9 }), submitOp, (ops, lastSubmit) => {
          const running = connected(route);
          const twin = connected(route);
          const all: Op[] = [...ops, lastSubmit];
          let failedJustNow = false;
          all.forEach((op, step) => {
            apply(running.ws, running.formId, op, step, false);
            apply(twin.ws, twin.formId, op, step, true);
            // Right after a failed run the two may differ in what was written before the failure;
            // the next submission catches up in both.
            failedJustNow = op.kind === 'fail';
            if (!failedJustNow && op.kind === 'submit') expect(sheets(running.ws)).toEqual(sheets(twin.ws));
          });
          expect(running.ws.kernel.failedExecutions.length).toBe(twin.ws.kernel.failedExecutions.length);
          if (!all.some((op) => op.kind === 'deleteRow' || op.kind === 'editLastId')) {
            // A re-sync reads the Form in time order; the submissions came in any order.
            const byId = (s: ReturnType<typeof sheets>) => ({ ...s, results: [s.results[0], ...s.results.slice(1).sort((x, y) => (String(x[x.length - 1]) < String(y[y.length - 1]) ? -1 : 1))] });
            const before = byId(sheets(running.ws));
            running.ws.run('menuSinkronkanUlangSurvei');
            expect(byId(sheets(running.ws))).toEqual(before);
          }
        }),
        { numRuns: 15 },
      );
    });
  }
});

/** `n` earlier responses in Semester II 2026 (before the kernel's clock). */
function earlier(n: number) {
  const base = demoSurveyResponses();
  const start = witaToMs(2026, 7, 2, 8);
  return Array.from({ length: n }, (_, i) => ({ ...base[i % base.length], email: `p${i}@dinkes.go.id`, at: start + i * 60_000 }));
}

function connectedWith(route: Route, n: number): { ws: Workspace; formId: string; first: ReturnType<typeof measured> } {
  const { ws, formId } = surveyWorkspace({ addOn: route === 'sheet' });
  ws.forms.importResponses(formId, earlier(n));
  if (route === 'sheet') ws.ui.answerNext('YES');
  ws.run('menuHubungkanFormulirSurvei');
  ws.ui.clear();
  // Connecting (a rebuild) leaves the counts: the first submission already runs on them.
  const first = measured(ws, () => ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[0], [1, 2, 2, 1, 1]), { email: 'hangat@dinkes.go.id' }));
  return { ws, formId, first };
}

/** Calls and cells of one submission. */
function measured(ws: Workspace, submit: () => void): { calls: Record<string, number>; cells: { read: number; write: number }; hasilRead: boolean } {
  ws.kernel.resetCalls();
  submit();
  const calls = ws.kernel.calls();
  return { calls, cells: ws.kernel.cells(), hasilRead: (calls['SpreadsheetApp.Sheet.getSheetValues'] ?? 0) > 1 };
}

describe('the running path is taken: the same calls and cells read at 10 and 1,000 earlier responses', () => {
  for (const route of ['form', 'sheet'] as const) {
    it(`${route === 'form' ? 'Form route' : 'spreadsheet route'}: a new respondent, and one answering again in the same semester`, () => {
      const at = witaToMs(2026, 9, 15, 9);
      const runs = [10, 1000].map((n) => {
        const { ws, formId, first } = connectedWith(route, n);
        expect(first.hasilRead).toBe(false);
        const fresh = measured(ws, () => ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[1], [2, 2, 2, 1, 1]), { email: 'baru@dinkes.go.id', at }));
        const again = measured(ws, () => ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[1], [4, 4, 4, 4, 4]), { email: 'p7@dinkes.go.id', at: at + 60_000 }));
        expect(ws.kernel.failedExecutions).toEqual([]);
        const rows = results(ws);
        expect(rows).toHaveLength(n + 3);
        // S5: p7's earlier answer of this semester is superseded by the new one.
        expect(rows.filter((r) => r.Responden === 'p7@dinkes.go.id').map((r) => r.Status)).toEqual(['Digantikan', 'Dihitung']);
        return { fresh, again };
      });
      for (const key of ['fresh', 'again'] as const) {
        expect(runs[0][key].hasilRead).toBe(false);
        // Cells written follow the summary's size (the units and semesters seen), not N.
        expect(runs[1][key].cells.read).toBe(runs[0][key].cells.read);
        expect(runs[1][key].calls).toEqual(runs[0][key].calls);
      }
      // A new respondent reads no row of Hasil Survei at all: Pengaturan (and the event's row) only.
      expect(runs[1].fresh.cells.read).toBeLessThan(400);
    });
  }
});

describe('each part of the fingerprint, changed, makes the next submission the full computation', () => {
  const next = (ws: Workspace, formId: string, email = 'berikut@dinkes.go.id', answers = surveyAnswers(SURVEY_UNITS[2], [1, 1, 2, 2, 1])) =>
    measured(ws, () => ws.forms.submit(formId, answers, { email, at: witaToMs(2026, 9, 20, 9) }));

  /** Runs `change`, then one submission: it must read Hasil Survei whole and end as the twin that computes everything. */
  function forcesFull(route: Route, change: (ws: Workspace, formId: string) => void, email?: string, answers?: ReturnType<typeof surveyAnswers>): void {
    const a = connectedWith(route, 20);
    const b = connectedWith(route, 20);
    expect(next(a.ws, a.formId, 'pemanasan@dinkes.go.id').hasilRead).toBe(false);
    next(b.ws, b.formId, 'pemanasan@dinkes.go.id');
    change(a.ws, a.formId);
    change(b.ws, b.formId);
    wipeCounts(b.ws);
    expect(next(a.ws, a.formId, email, answers).hasilRead).toBe(true);
    next(b.ws, b.formId, email, answers);
    expect(sheets(a.ws)).toEqual(sheets(b.ws));
    expect(hasCounts(a.ws)).toBe(true);
    // And the submission after it runs on the counts again.
    expect(next(a.ws, a.formId, 'sesudah@dinkes.go.id').hasilRead).toBe(false);
  }

  for (const route of ['form', 'sheet'] as const) {
    const name = route === 'form' ? 'Form route' : 'spreadsheet route';
    it(`${name}: the band table in Pengaturan`, () => forcesFull(route, (ws) => toggleBand(ws)));
    it(`${name}: the survey settings (the scored questions listed in Pengaturan)`, () =>
      forcesFull(route, (ws) => setSetting(ws, 'Pertanyaan Survei Dinilai', Q.slice(0, 4).join('\n'))));
    it(`${name}: the scale (Skala Jawaban)`, () => forcesFull(route, (ws) => setSetting(ws, 'Skala Jawaban', '1–5, terbaik 1')));
    it(`${name}: the Form's questions as the product knows them (an option added to a scored question, then answered)`, () =>
      forcesFull(
        route,
        (ws, formId) => ws.forms.setChoices(formId, Q[0], [...SURVEY_QUESTIONS[0].choices, '5 - Tidak tahu']),
        'pilihan@dinkes.go.id',
        { ...surveyAnswers(SURVEY_UNITS[2], [1, 1, 2, 2, 1]), [Q[0]]: '5 - Tidak tahu' },
      ));
    it(`${name}: the row count of Hasil Survei (a row deleted by hand)`, () => forcesFull(route, (ws) => ws.sheets.userDeleteRows(ws.spreadsheetId, SHEETS.surveyResults, 5, 1)));
    it(`${name}: the row count of Hasil Survei (a row typed below by hand)`, () =>
      forcesFull(route, (ws) => {
        const rows = sheetValues(ws, SHEETS.surveyResults)!.length;
        ws.sheets.userWrite(ws.spreadsheetId, SHEETS.surveyResults, rows + 1, 1, [['catatan tim']]);
      }));
    it(`${name}: the last row as the product wrote it (its response id changed)`, () =>
      forcesFull(route, (ws) => {
        const values = sheetValues(ws, SHEETS.surveyResults)!;
        ws.sheets.userWrite(ws.spreadsheetId, SHEETS.surveyResults, values.length, values[0].indexOf('ID Respons') + 1, [['diubah']]);
      }));
    it(`${name}: an earlier row of the same respondent changed by hand (checked when read)`, () =>
      forcesFull(
        route,
        (ws) => {
          const values = sheetValues(ws, SHEETS.surveyResults)!;
          const row = values.findIndex((r) => r[values[0].indexOf('Responden')] === 'p3@dinkes.go.id') + 1;
          ws.sheets.userWrite(ws.spreadsheetId, SHEETS.surveyResults, row, values[0].indexOf('Unit Kerja') + 1, [['Unit Diketik']]);
        },
        'p3@dinkes.go.id',
      ));
    it(`${name}: a score of an earlier row of the same respondent changed by hand (its total no longer the sum)`, () =>
      forcesFull(
        route,
        (ws) => {
          const values = sheetValues(ws, SHEETS.surveyResults)!;
          const row = values.findIndex((r) => r[values[0].indexOf('Responden')] === 'p4@dinkes.go.id') + 1;
          const q = values[0].indexOf(Q[0]);
          ws.sheets.userWrite(ws.spreadsheetId, SHEETS.surveyResults, row, q + 1, [[Number(values[row - 1][q]) === 4 ? 1 : 4]]);
        },
        'p4@dinkes.go.id',
      ));
    it(`${name}: a run that failed half-way (its row written, the counts not)`, () =>
      forcesFull(route, (ws, formId) => {
        ws.kernel.injectFault({ match: 'SpreadsheetApp.Range.setValues', nth: 2, message: 'Service Spreadsheets timed out while accessing document with id x.' });
        ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[0], [3, 3, 3, 3, 3]), { email: 'gagal@dinkes.go.id', at: witaToMs(2026, 9, 18, 9) });
      }));
  }

  it('spreadsheet route: the response tab (an event lost: the next row is not the one after the counts)', () => {
    forcesFull('sheet', (ws, formId) => {
      // A submission whose event never arrives: its row is in the tab, nothing ran.
      const trigger = ws.kernel.triggers.find((t) => t.handler === 'onSpreadsheetFormSubmit')!;
      ws.kernel.triggers.splice(ws.kernel.triggers.indexOf(trigger), 1);
      ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[0], [3, 3, 3, 3, 3]), { email: 'hilang@dinkes.go.id', at: witaToMs(2026, 9, 18, 9) });
      ws.kernel.triggers.push(trigger);
    });
  });
});

describe('the running path under either TextFinder behaviour for writes not flushed yet (undocumented)', () => {
  for (const textFinderPending of ['sees', 'stale'] as const) {
    for (const route of ['form', 'sheet'] as const) {
      it(`${textFinderPending}, ${route === 'form' ? 'Form route' : 'spreadsheet route'}: the respondent's earlier answer is found and superseded, on the counts`, () => {
        const { ws, formId } = surveyWorkspace({ addOn: route === 'sheet', textFinderPending });
        if (route === 'sheet') ws.ui.answerNext('YES');
        ws.run('menuHubungkanFormulirSurvei');
        const at = witaToMs(2026, 9, 1, 9);
        const runs = [0, 1, 2].map((i) =>
          measured(ws, () => ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[i % 2], [1 + i, 2, 2, 1, 1]), { email: 'ana@dinkes.go.id', at: at + i * 60_000 })),
        );
        expect(ws.kernel.failedExecutions).toEqual([]);
        expect(runs.map((r) => r.hasilRead)).toEqual([false, false, false]);
        expect(results(ws).map((r) => r.Status)).toEqual(['Digantikan', 'Digantikan', 'Dihitung']);
        const twin = connected(route);
        wipeCounts(twin.ws);
        [0, 1, 2].forEach((i) => {
          wipeCounts(twin.ws);
          twin.ws.forms.submit(twin.formId, surveyAnswers(SURVEY_UNITS[i % 2], [1 + i, 2, 2, 1, 1]), { email: 'ana@dinkes.go.id', at: at + i * 60_000 });
        });
        expect(sheets(ws)).toEqual(sheets(twin.ws));
      });
    }
  }
});
