/**
 * Concurrency and repeated events for the survey (S5): 50 submissions whose trigger runs
 * overlap (the lock is contended, some runs wait and give up, one waits on an outside holder and
 * times out, later runs catch up), each event delivered twice, blank events — the final sheets
 * equal those of one clean sequential run.
 */
import { describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/core/schema';
import { demoSurveyResponses } from '../../src/offline/demo/survey';
import type { Workspace } from '../../src/offline/workspace/index';
import { sheetValues } from '../e2e/helpers';
import { connectedSurvey } from '../e2e/survey-helpers';
import { submitInStorm } from './interleave';

const HANDLER = 'onSurveyFormSubmit';
const DAY = 24 * 3600 * 1000;

interface Planned {
  answers: ReturnType<typeof demoSurveyResponses>[number]['answers'];
  email: string;
  at: number;
}

/** 50 responses over the last weeks; every 7th respondent answers again later (S5). */
function plan(now: number): Planned[] {
  const base = demoSurveyResponses(60, 77);
  return Array.from({ length: 50 }, (_, i) => ({
    answers: base[i].answers,
    email: i % 7 === 6 ? `pegawai${i - 6}@dinkes.nttprov.go.id` : `pegawai${i}@dinkes.nttprov.go.id`,
    at: now - 40 * DAY + i * 3600_000,
  }));
}

/** The survey sheets, with the summary's "updated at" time left out (waiting for locks takes time). */
function outcome(ws: Workspace) {
  const updated = (v: unknown) => (typeof v === 'string' ? v.replace(/^Diperbarui .*? WITA\./, 'Diperbarui (waktu).') : v);
  return {
    results: sheetValues(ws, SHEETS.surveyResults),
    summary: sheetValues(ws, SHEETS.surveySummary)?.map((row) => row.map(updated)),
  };
}

function errorTexts(ws: Workspace): string[] {
  return (sheetValues(ws, SHEETS.errors) ?? []).slice(1).map((r) => String(r[2]));
}

describe('survey submissions under contention', () => {
  it('50 overlapping submissions, each delivered twice, plus blank events, end as one clean sequential run', () => {
    const clean = connectedSurvey();
    const cleanPlan = plan(clean.ws.kernel.now());
    for (const p of cleanPlan) clean.ws.forms.submit(clean.formId, p.answers, { email: p.email, at: p.at });
    expect(errorTexts(clean.ws)).toEqual([]);
    const want = outcome(clean.ws);
    expect(want.results).toHaveLength(51);

    const { ws, formId } = connectedSurvey();
    // The same responses with the same timestamps as the clean run. Submission 20 meets an outside
    // process holding the lock for 40 s: it waits 30 s and gives up; Google delivers some events twice.
    const planned = cleanPlan;
    const nested = submitInStorm(ws, planned.length, (i) => ws.forms.submit(formId, planned[i].answers, { email: planned[i].email, at: planned[i].at }), { handler: HANDLER, heldAt: 20, seed: 50 });

    // The contention really happened: nested runs found the lock held, one waited on the outside holder.
    expect(nested).toBeGreaterThanOrEqual(5);
    const timeouts = errorTexts(ws).filter((t) => /^Proses lain sedang/.test(t));
    expect(timeouts.length).toBeGreaterThan(nested);
    expect(ws.kernel.failedExecutions).toEqual([]);

    expect(outcome(ws)).toEqual(want);
  });
});
