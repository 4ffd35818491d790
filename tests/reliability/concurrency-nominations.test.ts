/**
 * Concurrency and repeated events for the nominations (N2): 50 ballots whose trigger runs
 * overlap (some wait for the lock and give up, one meets an outside holder and times out, later
 * runs catch up), each event delivered twice, blank events — `Log Surat Suara`, `Rekap
 * Penjaringan` and `Koreksi Nama` end as after one clean sequential run.
 */
import { describe, expect, it } from 'vitest';
import { BALLOT_LOG_HEADERS, SHEETS } from '../../src/core/schema';
import { isDate } from '../../src/core/cells';
import { Random } from '../../src/offline/demo/random';
import type { Workspace } from '../../src/offline/workspace/index';
import { preparedWorkspace, sheetValues } from '../e2e/helpers';
import { ballot, bare, connected, errorRows, pns, roster } from '../e2e/nominations-helpers';
import { submitInStorm } from './interleave';

const HANDLER = 'onNominationFormSubmit';
const PROCESSED = BALLOT_LOG_HEADERS.indexOf('Diproses');

/** 50 ballots: names with and without titles, NIPs, typos, repeat voters, an empty one. */
function plan(now: number): { answers: Record<string, string>; at: number }[] {
  const rnd = new Random(5050);
  const out: { answers: Record<string, string>; at: number }[] = [];
  for (let i = 0; i < 50; i++) {
    const voter = i % 9 === 8 ? pns[i - 8] : pns[i % pns.length];
    const names = [0, 1, 2].slice(0, rnd.int(0, 3)).map(() => {
      const p = pns[Math.floor(Math.pow(rnd.next(), 2) * 20)];
      const style = rnd.int(0, 4);
      return style === 0 ? p.nama : style === 1 ? bare(p) : style === 2 ? p.nip : style === 3 ? bare(p).toUpperCase() : `${bare(p)}x`;
    });
    out.push({ answers: ballot(voter, ...names), at: now - 10 * 86_400_000 + i * 600_000 });
  }
  return out;
}

/** The nomination sheets with run times left out (waiting for locks takes time). */
function outcome(ws: Workspace) {
  const noTimes = (rows: unknown[][] | null) => rows?.map((r) => r.map((v) => (isDate(v) ? '(waktu)' : v)));
  return {
    ledger: sheetValues(ws, SHEETS.ballots)?.map((r) => r.filter((_, c) => c !== PROCESSED)),
    tally: noTimes(sheetValues(ws, SHEETS.tally)),
    // New unresolved entries are appended in the order the product first saw them (rows the team
    // already has never move), so a run that caught up later may list two new ones the other way round.
    corrections: sheetValues(ws, SHEETS.corrections)?.map((r) => JSON.stringify(r)).sort(),
  };
}

describe('nomination submissions under contention', () => {
  it('50 overlapping ballots, each delivered twice, plus blank events, end as one clean sequential run', () => {
    expect(roster.length).toBeGreaterThan(20);
    const clean = preparedWorkspace();
    const cleanForm = connected(clean);
    const planned = plan(clean.kernel.now());
    for (const p of planned) clean.forms.submit(cleanForm, p.answers, { at: p.at });
    expect(errorRows(clean)).toEqual([]);
    const want = outcome(clean);
    expect(want.ledger).toHaveLength(51);

    const ws = preparedWorkspace();
    const formId = connected(ws);
    const nested = submitInStorm(ws, planned.length, (i) => ws.forms.submit(formId, planned[i].answers, { at: planned[i].at }), { handler: HANDLER, heldAt: 20, seed: 51 });

    expect(nested).toBeGreaterThanOrEqual(5);
    expect(ws.kernel.failedExecutions).toEqual([]);
    expect(outcome(ws)).toEqual(want);
  });
});
