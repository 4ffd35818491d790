/**
 * Faults in the middle of a submission's writes: a write that throws (timeout, quota)
 * leaves every product sheet either as it was before the run or as a clean run makes it — never
 * half-written —, puts a row in `Log Kesalahan`, and the next run repairs everything, so the end
 * state equals a run without the fault.
 */
import { describe, expect, it } from 'vitest';
import { isDate } from '../../src/core/cells';
import { SHEETS } from '../../src/core/schema';
import type { Workspace } from '../../src/offline/workspace/index';
import { preparedWorkspace, sheetValues } from '../e2e/helpers';
import { ballot, bare, connected, pns } from '../e2e/nominations-helpers';
import { connectedSurvey, surveyAnswers, SURVEY_UNITS } from '../e2e/survey-helpers';

const FAULTS = [
  'Service Spreadsheets timed out while accessing document with id x.',
  'Service invoked too many times for one day: spreadsheets.',
];

/** Product sheets as the team reads them, run times left out. */
function view(ws: Workspace, names: string[]): Record<string, unknown[][] | null> {
  const clean = (v: unknown) => (isDate(v) ? '(waktu)' : typeof v === 'string' ? v.replace(/^Diperbarui .*? WITA\./, 'Diperbarui (waktu).') : v);
  return Object.fromEntries(names.map((n) => [n, sheetValues(ws, n)?.map((r) => r.map(clean)) ?? null]));
}

function errorProcesses(ws: Workspace): string[] {
  return (sheetValues(ws, SHEETS.errors) ?? []).slice(1).map((r) => String(r[1]));
}

interface Feature {
  name: string;
  /** The menu that rebuilds from every response in the Form. */
  resync: string;
  sheets: string[];
  /** A workspace with some earlier submissions, and a function submitting the i-th next one. */
  start: () => { ws: Workspace; submit: (i: number) => void };
}

const nominations: Feature = {
  name: 'nominations',
  resync: 'menuSinkronkanUlangPenjaringan',
  sheets: [SHEETS.ballots, SHEETS.tally, SHEETS.corrections],
  start: () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    const at = ws.kernel.now() - 86_400_000;
    ws.forms.submit(formId, ballot(pns[0], pns[5].nama, bare(pns[6])), { at });
    ws.forms.submit(formId, ballot(pns[1], pns[5].nip, 'Orang Asing'), { at: at + 1000 });
    const next = [ballot(pns[2], pns[6].nama, 'Orang Asing', bare(pns[7])), ballot(pns[3], pns[7].nama)];
    return { ws, submit: (i) => ws.forms.submit(formId, next[i], { at: at + 5000 + i * 1000 }) };
  },
};

const survey: Feature = {
  name: 'survey',
  resync: 'menuSinkronkanUlangSurvei',
  sheets: [SHEETS.surveyResults, SHEETS.surveySummary],
  start: () => {
    const { ws, formId } = connectedSurvey();
    const at = ws.kernel.now() - 86_400_000;
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[0], [1, 2, 2, 1, 1]), { email: 'a@dinkes.go.id', at });
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[1], [3, 3, 2, 4, 1]), { email: 'b@dinkes.go.id', at: at + 1000 });
    const next = [surveyAnswers(SURVEY_UNITS[2], [2, 2, 2, 2, 2], 'catatan'), surveyAnswers(SURVEY_UNITS[0], [1, 1, 1, 1, 1])];
    return { ws, submit: (i) => ws.forms.submit(formId, next[i], { email: `n${i}@dinkes.go.id`, at: at + 5000 + i * 1000 }) };
  },
};

/** Calls of one clean submission that write (or read) Google state, with how often each is made. */
function callsOfOneSubmission(feature: Feature): [string, number][] {
  const { ws, submit } = feature.start();
  ws.kernel.resetCalls();
  submit(0);
  const touching = /^(SpreadsheetApp\.(Range\.(set|clear|insert|delete|getValues|merge|sort)|Sheet\.(insert|delete|set|clear|append|hide|protect|getRange)|Spreadsheet\.(insert|delete|getSheetByName))|PropertiesService\.Properties\.(set|delete|get)|LockService\.Lock\.tryLock|FormApp\.FormResponse\.getItemResponses)/;
  return Object.entries(ws.kernel.calls()).filter(([key]) => touching.test(key));
}

describe.each([nominations, survey])('a Google call that fails during a $name submission', (feature) => {
  it('at every write (and read) of the run: sheets stay whole, the error is logged, the next submission repairs', () => {
    const reference = feature.start();
    reference.submit(0);
    const afterOne = view(reference.ws, feature.sheets);
    reference.submit(1);
    const afterBoth = view(reference.ws, feature.sheets);

    const points = callsOfOneSubmission(feature).flatMap(([key, n]) => Array.from({ length: n }, (_, i) => [key, i + 1] as const));
    expect(points.length).toBeGreaterThan(10);
    for (const [match, nth] of points) {
      const label = `${match} #${nth}`;
      const { ws, submit } = feature.start();
      const before = view(ws, feature.sheets);
      ws.kernel.injectFault({ match, nth, message: FAULTS[nth % 2] });
      submit(0);
      ws.kernel.clearFaults();
      const now = view(ws, feature.sheets);
      // Each sheet is whole: as before the run, or as the clean run left it.
      for (const name of feature.sheets) expect([before[name], afterOne[name]], `${label}: ${name}`).toContainEqual(now[name]);
      // The team can see what happened (a failure of the lock or the read is logged too).
      expect(errorProcesses(ws).length, `${label}: Log Kesalahan`).toBeGreaterThan(0);
      submit(1);
      expect(ws.kernel.failedExecutions, label).toEqual([]);
      // A response whose own reading failed was never in hand: it is still in the Form, and the
      // re-sync (which the logged advice names for quota errors) brings it in.
      if (match.startsWith('FormApp.')) {
        ws.run(feature.resync);
        // The re-sync appends the recovered response after the later one: same rows, other order.
        const rows = (v: Record<string, unknown[][] | null>) => Object.fromEntries(Object.entries(v).map(([k, r]) => [k, r?.map((x) => JSON.stringify(x)).sort()]));
        expect(rows(view(ws, feature.sheets)), `${label}: repaired by the re-sync`).toEqual(rows(afterBoth));
        continue;
      }
      expect(view(ws, feature.sheets), `${label}: repaired`).toEqual(afterBoth);
    }
  });
});
