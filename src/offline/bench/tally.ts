/**
 * The core tally at scale: 10,000 ballots against a roster of 2,000 from the
 * demo generator, a quarter of the entries typed with a slip, through the pure core only
 * (createResolver, toBallot per response, tally with supersession and suggestions). The time of
 * the best of a few runs on this machine (the first warms the JIT). Node-only.
 */
import { performance } from 'node:perf_hooks';
import { toBallot } from '../../core/nominations/ballot';
import { createResolver } from '../../core/nominations/resolve';
import { applySupersession, countFinal, tally, type KnownSuggestions, type TallyResult } from '../../core/nominations/tally';
import type { PlainResponse } from '../../core/response';
import { parseRoster } from '../../core/roster';
import { demoRoster, rosterRows } from '../demo/roster';
import { Random } from '../demo/random';
import { nomineeEntries } from './cli';

export interface TallyMeasurement {
  ballots: number;
  rosterSize: number;
  typoShare: number;
  /** Wall ms of each run, in order (the first includes the JIT warming up). */
  runsMs: number[];
  bestMs: number;
  /** CPU ms (user + system) of the best run: what the wall time is on an idle machine. */
  bestCpuMs: number;
  unresolved: number;
  counted: number;
  /**
   * The same tally with the suggestions an earlier run wrote in Koreksi Nama taken again (what a
   * submission or a re-sync does once they are there: core/nominations/running): best wall and
   * CPU ms of the same number of runs. Its result equals the cold one (checked).
   */
  warm: { runsMs: number[]; bestMs: number; bestCpuMs: number };
}

const QUESTIONS = ['c1', 'c2', 'c3'];

export function tallyInputs(ballots: number, rosterSize: number, typoShare: number, seed = 3): { roster: ReturnType<typeof parseRoster>['employees']; responses: PlainResponse[] } {
  const demo = demoRoster(2026, rosterSize);
  const [header, ...rows] = rosterRows(demo);
  const roster = parseRoster(header, rows).employees;
  const rnd = new Random(seed);
  const responses: PlainResponse[] = Array.from({ length: ballots }, (_, i) => {
    const entries = nomineeEntries(rnd, demo, typoShare);
    // Voters drawn among 1.25 × N e-mails: some vote twice and are superseded (N2).
    return { id: `r${i}`, timestamp: 1_780_000_000_000 + i * 20_000, email: `p${rnd.int(0, Math.round(ballots * 1.25))}@dinkes.nttprov.go.id`, answers: { c1: entries[0], c2: entries[1], c3: entries[2] } };
  });
  return { roster, responses };
}

/** One whole tally: resolver, ballots, supersession, counts, suggestions (`known`: those already computed). */
export function runTally(roster: ReturnType<typeof parseRoster>['employees'], responses: readonly PlainResponse[], known?: KnownSuggestions): TallyResult {
  const resolver = createResolver(roster);
  const mapping = { nomineeQuestions: QUESTIONS, voterNipQuestion: null };
  const ballots = responses.map((r) => toBallot(r, mapping, resolver, { perBallotLimit: 3 }));
  const settings = { shortlistSize: 5, perBallotLimit: 3 };
  return known ? countFinal(applySupersession(ballots), roster, settings, resolver, true, known) : tally(ballots, roster, settings, resolver);
}

/** Wall and CPU ms of each of `runs` calls of `f`. */
function timed(runs: number, f: () => TallyResult): { runsMs: number[]; cpuMs: number[]; last: TallyResult } {
  const runsMs: number[] = [];
  const cpuMs: number[] = [];
  let last: TallyResult | null = null;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    last = f();
    runsMs.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpuMs.push((c.user + c.system) / 1000);
  }
  return { runsMs, cpuMs, last: last as TallyResult };
}

export function measureTally(ballots = 10_000, rosterSize = 2_000, typoShare = 0.25, runs = 5): TallyMeasurement {
  const { roster, responses } = tallyInputs(ballots, rosterSize, typoShare);
  const cold = timed(runs, () => runTally(roster, responses));
  const kept = new Map(cold.last.unresolved.map((u) => [u.key, u.suggestions]));
  const warm = timed(runs, () => runTally(roster, responses, (key) => kept.get(key) ?? null));
  if (JSON.stringify(warm.last) !== JSON.stringify(cold.last)) throw new Error('bench tally: the tally with kept suggestions differs from the cold one');
  const best = cold.runsMs.indexOf(Math.min(...cold.runsMs));
  return {
    ballots,
    rosterSize,
    typoShare,
    runsMs: cold.runsMs,
    bestMs: cold.runsMs[best],
    bestCpuMs: Math.min(...cold.cpuMs),
    unresolved: cold.last.unresolved.length,
    counted: cold.last.counts.counted,
    warm: { runsMs: warm.runsMs, bestMs: Math.min(...warm.runsMs), bestCpuMs: Math.min(...warm.cpuMs) },
  };
}
