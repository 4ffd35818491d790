/**
 * Concurrency and repeated events through the add-on route: both Forms write to tabs of this
 * spreadsheet and one spreadsheet form-submit trigger routes each event by its tab. 30 + 30
 * submissions of both Forms overlapping, each event delivered twice, blank events: the final
 * sheets equal one clean sequential run.
 */
import { describe, expect, it } from 'vitest';
import { isDate } from '../../src/core/cells';
import { SHEETS, BALLOT_LOG_HEADERS } from '../../src/core/schema';
import { createSurveyForm, demoSurveyResponses } from '../../src/offline/demo/survey';
import type { Workspace } from '../../src/offline/workspace/index';
import { preparedWorkspace, sheetValues } from '../e2e/helpers';
import { ballot, bare, nominationForm, pns, setSetting } from '../e2e/nominations-helpers';
import { submitInStorm } from './interleave';

const HANDLER = 'onSpreadsheetFormSubmit';
const PROCESSED = BALLOT_LOG_HEADERS.indexOf('Diproses');

function addOnWorkspace(): { ws: Workspace; nomination: string; survey: string } {
  const ws = preparedWorkspace({ addOn: true });
  const nomination = nominationForm(ws);
  setSetting(ws, 'URL Formulir Penjaringan', ws.forms.view(nomination).editUrl);
  ws.ui.answerNext('YES');
  ws.run('menuHubungkanFormulirPenjaringan');
  const survey = createSurveyForm(ws);
  ws.ui.answerNext('YES');
  ws.run('menuHubungkanFormulirSurvei');
  ws.ui.clear();
  return { ws, nomination, survey };
}

function plan(now: number) {
  const answers = demoSurveyResponses(40, 91);
  const out: { kind: 'nomination' | 'survey'; answers: Record<string, string | string[]>; email?: string; at: number }[] = [];
  for (let i = 0; i < 30; i++) {
    out.push({ kind: 'nomination', answers: ballot(pns[i % 25], pns[(i * 7) % 10].nama, bare(pns[(i * 3) % 8])), at: now - 86_400_000 + i * 120_000 });
    out.push({ kind: 'survey', answers: answers[i].answers, email: `p${i % 26}@dinkes.go.id`, at: now - 86_400_000 + i * 120_000 + 60_000 });
  }
  return out;
}

function outcome(ws: Workspace) {
  const clean = (rows: unknown[][] | null) => rows?.map((r) => r.map((v) => (isDate(v) ? '(waktu)' : typeof v === 'string' ? v.replace(/^Diperbarui .*? WITA\./, 'Diperbarui (waktu).') : v)));
  return {
    ledger: clean(sheetValues(ws, SHEETS.ballots)?.map((r) => r.filter((_, c) => c !== PROCESSED)) ?? null),
    tally: clean(sheetValues(ws, SHEETS.tally)),
    corrections: sheetValues(ws, SHEETS.corrections)?.map((r) => JSON.stringify(r)).sort(),
    results: clean(sheetValues(ws, SHEETS.surveyResults)),
    summary: clean(sheetValues(ws, SHEETS.surveySummary)),
  };
}

describe('add-on route under contention', () => {
  it('overlapping submissions of both Forms, redelivered and blank events, end as one clean sequential run', () => {
    const clean = addOnWorkspace();
    const planned = plan(clean.ws.kernel.now());
    for (const p of planned) clean.ws.forms.submit(p.kind === 'nomination' ? clean.nomination : clean.survey, p.answers, { email: p.email, at: p.at });
    expect(clean.ws.kernel.failedExecutions).toEqual([]);
    const want = outcome(clean.ws);
    expect(want.results).toHaveLength(31);
    expect(want.ledger).toHaveLength(31);

    const { ws, nomination, survey } = addOnWorkspace();
    const nested = submitInStorm(ws, planned.length, (i) => ws.forms.submit(planned[i].kind === 'nomination' ? nomination : survey, planned[i].answers, { email: planned[i].email, at: planned[i].at }), { handler: HANDLER, heldAt: 25, seed: 60, calmTail: 4 });
    expect(nested).toBeGreaterThanOrEqual(5);
    expect(ws.kernel.failedExecutions).toEqual([]);
    expect(outcome(ws)).toEqual(want);
  });
});

describe('spreadsheet route: the state it uses is read under the lock', () => {
  it('a tally size another run remembered while this one waited for the lock is forgotten (this route writes the tally by the sheet size)', () => {
    const { ws, nomination } = addOnWorkspace();
    const at = ws.kernel.now() - 3_600_000;
    ws.forms.submit(nomination, ballot(pns[0], pns[1].nama, bare(pns[2])), { at });
    expect(ws.properties.document['nominasi.rekapUkuran']).toBeUndefined();
    let armed = true;
    ws.kernel.onCall = (service, member) => {
      if (!armed || service !== 'LockService' || member !== 'Lock.tryLock') return;
      armed = false;
      ws.properties.document['nominasi.rekapUkuran'] = JSON.stringify({ rows: 2, columns: 12 });
    };
    ws.forms.submit(nomination, ballot(pns[3], pns[4].nama, bare(pns[5])), { at: at + 60_000 });
    ws.kernel.onCall = null;
    expect(armed).toBe(false);
    expect(ws.kernel.failedExecutions).toEqual([]);
    expect(ws.properties.document['nominasi.rekapUkuran']).toBeUndefined();
    expect(sheetValues(ws, SHEETS.ballots)).toHaveLength(3);
  });

  it('a tally another run wrote while this one waited for the lock is laid out whole by this one', () => {
    const { ws, nomination } = addOnWorkspace();
    const at = ws.kernel.now() - 3_600_000;
    ws.forms.submit(nomination, ballot(pns[0], pns[1].nama, bare(pns[2])), { at });
    let armed = true;
    ws.kernel.onCall = (service, member) => {
      if (!armed || service !== 'LockService' || member !== 'Lock.tryLock') return;
      armed = false;
      // Meanwhile a longer block lands in the tally (another run, or a person typing).
      ws.sheets.userWrite(ws.spreadsheetId, SHEETS.tally, 30, 1, [['x', 'Orang Lain', '', '', 9]]);
    };
    ws.forms.submit(nomination, ballot(pns[3], pns[4].nama, bare(pns[5])), { at: at + 60_000 });
    ws.kernel.onCall = null;
    expect(armed).toBe(false);
    expect(ws.kernel.failedExecutions).toEqual([]);
    expect((sheetValues(ws, SHEETS.tally) ?? []).flat()).not.toContain('Orang Lain');
    expect(sheetValues(ws, SHEETS.ballots)).toHaveLength(3);
  });
});
