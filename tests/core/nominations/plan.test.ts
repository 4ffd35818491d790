import { describe, expect, it } from 'vitest';
import { CORRECTION_WIDTH } from '../../../src/core/nominations/corrections';
import { LEDGER_WIDTH } from '../../../src/core/nominations/ledger';
import { MAX_LIST_ITEMS, mergeEntries, planRecord, type RecordInput, type RecordOptions, type RecordPlan } from '../../../src/core/nominations/plan';
import type { PlainResponse } from '../../../src/core/response';
import { BALLOT_LOG_HEADERS, CORRECTION_HEADERS } from '../../../src/core/schema';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { bigRoster, MARIA, PETRUS, ROSTER, STEFANUS } from './fixtures';

const T = Date.UTC(2026, 7, 1, 2, 0);
const mapping = { nomineeQuestions: ['Calon 1', 'Calon 2'], nomineeLabels: ['Calon 1', 'Calon 2'], voterNipQuestion: null, voterNipLabel: null, source: 'pengaturan' as const, problems: [] };
const response = (id: string, email: string, ...names: string[]): PlainResponse => ({
  id,
  timestamp: T + Number(id.replace(/\D/g, '')) * 1000,
  email,
  answers: Object.fromEntries(names.map((n, i) => [`Calon ${i + 1}`, n])),
});
const options = (incoming: PlainResponse[], over: Partial<RecordOptions> = {}): RecordOptions => ({ incoming, mode: 'upsert', touch: false, writeTally: true, mapping, ...over });
const input = (over: Partial<RecordInput> = {}): RecordInput => ({
  settings: DEFAULT_SETTINGS,
  roster: ROSTER,
  labels: [],
  ledgerRows: [BALLOT_LOG_HEADERS.slice()],
  correctionRows: [CORRECTION_HEADERS.slice()],
  ...over,
});

/** The sheets after writing a plan the way app/nominations/record does, as Sheets gives them back. */
function apply(before: RecordInput, plan: RecordPlan): RecordInput {
  const back = (rows: unknown[][]) => rows.map((r) => r.map((c) => (typeof c === 'string' && c.startsWith("'") ? c.slice(1) : c)));
  const ledger = (before.ledgerRows ?? [BALLOT_LOG_HEADERS.slice()]).map((r) => r.slice());
  for (const w of plan.ledger.writes) w.rows.forEach((r, i) => (ledger[w.row - 1 + i] = r));
  if (plan.ledger.clear) ledger.length = plan.ledger.clear.row - 1;
  const corrections = (before.correctionRows ?? [CORRECTION_HEADERS.slice()]).map((r) => r.slice());
  const c = plan.corrections;
  if (c?.refresh) c.refresh.rows.forEach((cells, i) => cells.forEach((v, k) => (corrections[c.refresh!.row - 1 + i][c.refresh!.column - 1 + k] = v)));
  if (c?.add) c.add.rows.forEach((r, i) => (corrections[c.add!.row - 1 + i] = r));
  return { ...before, ledgerRows: back(ledger), correctionRows: back(corrections) };
}

const first = [response('r1', 'a@x.id', 'Petrus Seran', 'Budi'), response('r2', 'b@x.id', 'dr. Maria Goreti Lake, M.Kes.')];

describe('one run decided before anything is written', () => {
  it('refuses a submission when Log Surat Suara is gone (one response would become the whole tally)', () => {
    expect(() => planRecord(input({ ledgerRows: null }), options(first), T)).toThrow(/Log Surat Suara" tidak ditemukan/);
    expect(planRecord(input({ ledgerRows: null }), options(first, { mode: 'replace' }), T).ledger.create).toBe(true);
  });

  it('the first run writes every ledger row from row 2, the tally and the new Koreksi Nama rows', () => {
    const plan = planRecord(input(), options(first), T);
    expect(plan.ledger.writes[0]?.row).toBe(2);
    expect(plan.ledger.writes[0]?.rows).toHaveLength(2);
    expect(plan.ledger.rows.every((r) => r.length === LEDGER_WIDTH)).toBe(true);
    expect(plan.ledger.clear).toBeNull();
    expect(plan.result.candidates.map((c) => [c.nip, c.votes]).sort()).toEqual([[MARIA.nip, 1], [PETRUS.nip, 1]].sort());
    expect(plan.tally).not.toBeNull();
    expect(plan.corrections?.add).toMatchObject({ row: 2, dropdownColumn: 2, nameList: null });
    expect(plan.corrections?.add?.rows).toEqual([['Budi', '', '', 1, 'tidak dikenal', expect.any(String)]]);
    expect(plan.corrections?.add?.rows[0]).toHaveLength(CORRECTION_WIDTH);
  });

  it('the same response delivered again changes nothing', () => {
    const once = apply(input(), planRecord(input(), options(first), T));
    const again = planRecord(once, options([first[0]]), T + 60_000);
    expect(again.ledger.writes).toEqual([]);
    expect(again.ledger.clear).toBeNull();
    expect(again.corrections?.refresh).toBeNull();
    expect(again.corrections?.add).toBeNull();
  });

  it('a new voter’s response writes only its own ledger row', () => {
    const once = apply(input(), planRecord(input(), options(first), T));
    const plan = planRecord(once, options([response('r3', 'c@x.id', 'Stefanus Koten')]), T + 60_000);
    expect(plan.ledger.writes[0]?.row).toBe(4);
    expect(plan.ledger.writes[0]?.rows).toHaveLength(1);
  });

  it('a later ballot of the same voter supersedes the earlier: its row is rewritten (digantikan) and the new one appended', () => {
    const once = apply(input(), planRecord(input(), options(first), T));
    const plan = planRecord(once, options([response('r3', 'a@x.id', 'Stefanus Koten')]), T + 60_000);
    expect(plan.ledger.writes[0]?.row).toBe(2);
    expect(plan.ledger.writes[0]?.rows.map((r) => r[BALLOT_LOG_HEADERS.indexOf('Status')])).toEqual(['digantikan', 'dihitung', 'dihitung']);
    expect(plan.result.counts).toEqual({ total: 3, counted: 2, invalid: 0, superseded: 1 });
    expect(plan.result.candidates.map((c) => c.nip).sort()).toEqual([MARIA.nip, STEFANUS.nip].sort());
    // Budi's ballot is superseded: the row stays, its count drops to 0.
    expect(plan.corrections?.refresh?.rows).toEqual([[0, 'tidak muncul lagi', expect.any(String)]]);
  });

  it('Koreksi Nama: only the rows whose Jumlah, Status or Saran changed are refreshed (first to last), not every row', () => {
    const texts = ['Agus Tidakada', 'Budi', 'Cici Entahsiapa', 'Dodo Bukanpegawai'];
    const many = texts.map((t, i) => response(`r${i + 1}`, `v${i}@x.id`, t));
    const once = apply(input(), planRecord(input(), options(many), T));
    expect(once.correctionRows).toHaveLength(5);
    // One more ballot naming the third text: its count goes from 1 to 2, the other rows stay.
    const plan = planRecord(once, options([response('r9', 'z@x.id', 'Cici Entahsiapa')]), T + 60_000);
    const row = 1 + (once.correctionRows ?? []).findIndex((r) => r[0] === 'Cici Entahsiapa');
    expect(plan.corrections?.refresh).toMatchObject({ row, rows: [[2, 'tidak dikenal', expect.any(String)]] });
    // Written back, Koreksi Nama holds what a plan from scratch gives (its rows are then sorted
    // by Jumlah, plan.sort, so compared here in text order).
    const rowsOf = (x: RecordInput) => (x.correctionRows ?? []).map((r) => r.slice(0, 5).map(String).join('|')).sort();
    const after = apply(once, plan);
    const fresh = apply(input(), planRecord(input(), options([...many, response('r9', 'z@x.id', 'Cici Entahsiapa')]), T));
    expect(rowsOf(after)).toEqual(rowsOf(fresh));
    expect(plan.corrections?.sort).not.toBeNull();
  });

  it('a re-sync chunk writes the ledger only', () => {
    const plan = planRecord(input(), options(first, { writeTally: false, touch: true }), T);
    expect([plan.tally, plan.corrections]).toEqual([null, null]);
    expect(plan.ledger.writes[0]?.rows).toHaveLength(2);
  });

  it('the end of a re-sync drops responses gone from the Form and clears their rows', () => {
    const once = apply(input(), planRecord(input(), options(first), T));
    const plan = planRecord(once, options([first[1]], { mode: 'upsert', touch: true, keepOnly: new Set(['r2']) }), T + 60_000);
    expect(plan.ledger.rows).toHaveLength(1);
    expect(plan.ledger.clear).toEqual({ row: 3, numRows: 1, width: LEDGER_WIDTH });
  });

  it('a roster too long for one dropdown list points the dropdown at the name list', () => {
    const roster = bigRoster(MAX_LIST_ITEMS + 1);
    const plan = planRecord(input({ roster }), options([response('r1', 'a@x.id', 'Orang Asing Sekali')]), T);
    expect(plan.corrections?.add?.lists).toBeNull();
    expect(plan.corrections?.add?.nameList).toHaveLength(MAX_LIST_ITEMS + 1);
  });
});

describe('merging this run’s responses into the ledger', () => {
  const entry = (responseId: string, processedAt: number, raw = ['x']) => ({ responseId, timestamp: 1, voterKey: `response:${responseId}`, rawEntries: raw, processedAt });
  it.each<[string, Parameters<typeof mergeEntries>[2], string[], number[]]>([
    ['upsert keeps the order and replaces by id', { mode: 'upsert', touch: false }, ['a', 'b', 'c'], [1, 1, 9]],
    ['an unchanged response keeps its processed time', { mode: 'upsert', touch: false }, ['a', 'b', 'c'], [1, 1, 9]],
    ['touch marks every incoming response processed now', { mode: 'upsert', touch: true }, ['a', 'b', 'c'], [9, 1, 9]],
    ['replace keeps only the incoming responses', { mode: 'replace', touch: false }, ['a', 'c'], [1, 9]],
    ['keepOnly (the end of a re-sync) removes rows of responses the Form no longer holds', { mode: 'upsert', touch: true, keepOnly: new Set(['a', 'c']) }, ['a', 'c'], [9, 9]],
  ])('%s', (_label, opts, ids, processed) => {
    const merged = mergeEntries([entry('a', 1), entry('b', 1)], [entry('a', 9), entry('c', 9)], opts);
    expect(merged.map((e) => e.responseId)).toEqual(ids);
    expect(merged.map((e) => e.processedAt)).toEqual(processed);
  });
});
