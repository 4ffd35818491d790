/**
 * The running tally (core/nominations/running; one submission's work independent of the number
 * of earlier ballots): a submission trusts what `Log Surat Suara` records while its fingerprint
 * holds, and decides only its voter's ballots.
 * Pinned from the outside, on the bundle:
 * - a random sequence of submissions, edits of responses and hand edits (roster, Koreksi Nama,
 *   settings, the ledger), with runs that die half-way through their writes, leaves after every
 *   step exactly the sheets of a twin workspace that decides everything on every run (its
 *   fingerprint removed before each step), on both routes;
 * - the running path is taken (the fingerprint the run keeps says how it decided, and how many
 *   ballots it decided again);
 * - each part of the fingerprint, changed, makes the next run decide everything.
 */
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../src/offline/workspace/index';
import { Random } from '../../src/offline/demo/random';
import { rosterRows, demoRoster } from '../../src/offline/demo/roster';
import { preparedWorkspace, sheetValues } from './helpers';
import { ballot, bare, connected, ledgerRows, nominationForm, pns, Q, setSetting, votesOf } from './nominations-helpers';

const FINGERPRINT = 'nominasi.jejak';
const COMPARED = ['Rekap Penjaringan', 'Log Surat Suara', 'Koreksi Nama'];

type Route = 'form' | 'spreadsheet';

interface Decided {
  path: 'running' | 'full';
  ballots: number;
}

/** How the last run that kept the fingerprint decided (null: no fingerprint kept). */
function decided(ws: Workspace): Decided | null {
  const raw = ws.properties.document[FINGERPRINT];
  return raw === undefined ? null : ((JSON.parse(raw) as { decided?: Decided }).decided ?? null);
}

function setUp(route: Route): { ws: Workspace; formId: string } {
  const ws = preparedWorkspace({ addOn: route === 'spreadsheet' });
  const formId = nominationForm(ws);
  // A few ballots before connecting: the connect decides them all.
  ws.forms.importResponses(formId, [
    { answers: ballot(pns[0], pns[1].nama, pns[2].nama), at: ws.kernel.now() - 3 * 86_400_000 },
    { answers: ballot(pns[3], bare(pns[1]), 'Yohanes 57'), at: ws.kernel.now() - 2 * 86_400_000 },
  ]);
  setSetting(ws, 'URL Formulir Penjaringan', ws.forms.view(formId).editUrl);
  if (route === 'spreadsheet') ws.ui.answerNext('YES');
  ws.run('menuHubungkanFormulirPenjaringan');
  return { ws, formId };
}

/** Both workspaces at the same simulated time, a minute on. */
function sameTime(a: Workspace, b: Workspace): void {
  const t = Math.max(a.kernel.now(), b.kernel.now()) + 60_000;
  a.kernel.advance(t - a.kernel.now());
  b.kernel.advance(t - b.kernel.now());
}

const roster = demoRoster();

/** One random nominee entry: a full name, a bare name, upper case, a NIP, a slip, a blank. */
function entry(rnd: Random): string {
  const p = pns[rnd.int(0, 24)];
  switch (rnd.int(0, 7)) {
    case 0:
    case 1:
      return p.nama;
    case 2:
      return bare(p);
    case 3:
      return bare(p).toUpperCase();
    case 4:
      return p.nip;
    case 5:
      return `${bare(p).split(' ')[0]} ${rnd.int(1, 6)}`;
    case 6:
      return `${p.nama}; ${pns[rnd.int(0, 24)].nama}`;
    default:
      return rnd.chance(0.5) ? '-' : `${bare(p)}x`;
  }
}

function randomBallot(rnd: Random): Record<string, string> {
  const voter = pns[rnd.int(0, 9)];
  const names = Array.from({ length: rnd.int(1, 3) }, () => entry(rnd));
  return ballot(voter, ...names);
}

/** The roster rows as the team keeps them (header first), edited by the steps. */
type Rows = string[][];

/** One hand edit or submission, the same in both workspaces. */
type Step = { what: string; apply: (ws: Workspace, formId: string, ids: string[]) => void };

function randomStep(rnd: Random, rosterNow: Rows, route: Route): Step {
  const kind = rnd.int(0, 19);
  if (kind <= 9) {
    const answers = randomBallot(rnd);
    return { what: `submit ${JSON.stringify(answers)}`, apply: (ws, formId, ids) => void ids.push(ws.forms.submit(formId, answers)) };
  }
  if (kind === 10) {
    const answers = randomBallot(rnd);
    const pick = rnd.next();
    return {
      what: `edit a response ${JSON.stringify(answers)}`,
      apply: (ws, formId, ids) => {
        if (ids.length > 0) ws.forms.editResponse(formId, ids[Math.floor(pick * ids.length)], answers);
      },
    };
  }
  if (kind === 11) {
    const row = rnd.int(1, rosterNow.length - 1);
    rosterNow[row] = [...rosterNow[row]];
    rosterNow[row][1] = `${rosterNow[row][1].split(',')[0]} ${rnd.chance(0.5) ? 'Baru' : ''}`.trim();
    const values = rosterNow.map((r) => [...r]);
    return { what: `roster row ${row} renamed`, apply: (ws) => ws.sheets.userWrite(ws.spreadsheetId, 'Pegawai', 1, 1, values) };
  }
  if (kind === 12) {
    const extra = roster[rnd.int(0, roster.length - 1)];
    rosterNow.push([`19900101${String(rnd.int(100000, 999999))}1${String(rnd.int(100, 999))}`, `${bare(extra)} Kedua`, ...rosterNow[1].slice(2)]);
    const values = rosterNow.map((r) => [...r]);
    return { what: 'roster row added', apply: (ws) => ws.sheets.userWrite(ws.spreadsheetId, 'Pegawai', 1, 1, values) };
  }
  if (kind === 13) {
    const row = rnd.int(1, rosterNow.length - 1);
    rosterNow.splice(row, 1);
    const values = [...rosterNow.map((r) => [...r]), rosterNow[0].map(() => '')];
    return { what: `roster row ${row} deleted`, apply: (ws) => ws.sheets.userWrite(ws.spreadsheetId, 'Pegawai', 1, 1, values) };
  }
  if (kind === 14) {
    const who = pns[rnd.int(0, 24)];
    const pick = rnd.next();
    return {
      what: `a correction picked: ${who.nama}`,
      apply: (ws) => {
        const rows = sheetValues(ws, 'Koreksi Nama') ?? [];
        if (rows.length < 2) return;
        const row = 2 + Math.floor(pick * (rows.length - 1));
        ws.sheets.userWrite(ws.spreadsheetId, 'Koreksi Nama', row, 2, [[who.nama]]);
      },
    };
  }
  if (kind === 15) {
    const [label, value] = rnd.chance(0.5) ? ['Batas Calon per Usulan', String(rnd.int(2, 3))] : ['Jumlah Daftar Pendek', String(rnd.int(3, 6))];
    return { what: `setting ${label} = ${value}`, apply: (ws) => setSetting(ws, label, value) };
  }
  if (kind === 16) {
    const n = rnd.int(1, 1000);
    const voter = pns[rnd.int(0, 9)];
    const named = pns[rnd.int(0, 24)];
    return {
      what: 'a ledger row typed by hand',
      apply: (ws) => {
        const rows = sheetValues(ws, 'Log Surat Suara') ?? [];
        ws.sheets.userWrite(ws.spreadsheetId, 'Log Surat Suara', rows.length + 1, 1, [[`ketik-${n}`, '', '', `nip:${voter.nip}`, named.nama, '', 'dihitung', '', '', '', '']]);
      },
    };
  }
  if (kind === 17) {
    const pick = rnd.next();
    return {
      what: 'a ledger row deleted by hand',
      apply: (ws) => {
        const rows = sheetValues(ws, 'Log Surat Suara') ?? [];
        if (rows.length < 3) return;
        const at = 1 + Math.floor(pick * (rows.length - 1));
        const kept = rows.filter((_, i) => i !== at);
        ws.sheets.userWrite(ws.spreadsheetId, 'Log Surat Suara', 1, 1, [...kept, rows[0].map(() => '')] as string[][]);
      },
    };
  }
  if (kind === 18) {
    const pick = rnd.next();
    return {
      what: 'a decided cell of the ledger edited by hand',
      apply: (ws) => {
        const rows = sheetValues(ws, 'Log Surat Suara') ?? [];
        if (rows.length < 2) return;
        ws.sheets.userWrite(ws.spreadsheetId, 'Log Surat Suara', 2 + Math.floor(pick * (rows.length - 1)), 7, [['dihitung']]);
      },
    };
  }
  const answers = randomBallot(rnd);
  const nth = rnd.int(1, 3);
  return {
    what: `a submission whose write ${nth} fails ${JSON.stringify(answers)}`,
    apply: (ws, formId, ids) => {
      ws.kernel.injectFault({ match: 'SpreadsheetApp.Range.setValues', nth, message: 'Service Spreadsheets failed while accessing document' });
      try {
        ids.push(ws.forms.submit(formId, answers));
      } finally {
        ws.kernel.clearFaults();
      }
    },
  };
}

function runTwins(route: Route, seed: number, steps: number, fixed?: Step[]): { running: number; full: number } {
  const a = setUp(route);
  const b = setUp(route);
  const rnd = new Random(seed);
  const rosterNow: Rows = rosterRows(roster);
  const ids = { a: [] as string[], b: [] as string[] };
  const paths = { running: 0, full: 0 };
  for (let s = 0; s < (fixed ? fixed.length : steps); s++) {
    const step = fixed ? fixed[s] : randomStep(rnd, rosterNow, route);
    sameTime(a.ws, b.ws);
    delete b.ws.properties.document[FINGERPRINT]; // b decides everything, every time
    step.apply(a.ws, a.formId, ids.a);
    step.apply(b.ws, b.formId, ids.b);
    const how = decided(a.ws);
    if (step.what.startsWith('submit') && how) paths[how.path]++;
    for (const name of COMPARED) {
      expect(sheetValues(a.ws, name), `${route} seed ${seed} step ${s} (${step.what}): ${name}`).toEqual(sheetValues(b.ws, name));
    }
  }
  expect(a.ws.kernel.failedExecutions.length).toBe(b.ws.kernel.failedExecutions.length);
  return paths;
}

const submit = (answers: Record<string, string>): Step => ({ what: `submit ${JSON.stringify(answers)}`, apply: (ws, formId, ids) => void ids.push(ws.forms.submit(formId, answers)) });
const edit = (k: number, answers: Record<string, string>): Step => ({ what: `edit ${k}`, apply: (ws, formId, ids) => ws.forms.editResponse(formId, ids[k], answers) });

describe('the running tally gives exactly the sheets of a full decision', () => {
  for (const route of ['form', 'spreadsheet'] as const) {
    it(`${route} route: a response edited to another voter gives its first voter's earlier ballot back (N1)`, () => {
      const paths = runTwins(route, 0, 0, [
        submit(ballot(pns[11], pns[1].nama)),
        submit(ballot(pns[11], pns[2].nama)),
        submit(ballot(pns[12], pns[3].nama)),
        edit(1, ballot(pns[12], pns[4].nama)),
        submit(ballot(pns[13], pns[4].nama)),
      ]);
      expect(paths.running).toBeGreaterThan(0);
    }, 60_000);
  }
  for (const route of ['form', 'spreadsheet'] as const) {
    it(`${route} route: random submissions, response edits, hand edits and runs dying half-way, compared after every step`, () => {
      let running = 0;
      for (const seed of [16, 1601]) {
        const paths = runTwins(route, seed, 36);
        running += paths.running;
      }
      // The comparison would be empty if the running path were never taken.
      expect(running).toBeGreaterThan(5);
    }, 240_000);
  }
});

/** `n` ballots in the Form before connecting (voters cycling through 40 people), then connected. */
function withBallots(route: Route, n: number): { ws: Workspace; formId: string } {
  const ws = preparedWorkspace({ addOn: route === 'spreadsheet' });
  const formId = nominationForm(ws);
  const start = ws.kernel.now() - 10 * 86_400_000;
  ws.forms.importResponses(
    formId,
    Array.from({ length: n }, (_, i) => ({ answers: ballot(pns[i % 40], pns[(i * 7) % 30].nama, `${bare(pns[(i * 3) % 30]).split(' ')[0]} ${i % 9}`), at: start + i * 60_000 })),
  );
  setSetting(ws, 'URL Formulir Penjaringan', ws.forms.view(formId).editUrl);
  if (route === 'spreadsheet') ws.ui.answerNext('YES');
  ws.run('menuHubungkanFormulirPenjaringan');
  return { ws, formId };
}

describe('the running path is taken', () => {
  for (const route of ['form', 'spreadsheet'] as const) {
    it(`${route} route: after 400 ballots a submission decides only its voter's ballots, and the next too`, () => {
      const { ws, formId } = withBallots(route, 400);
      expect(decided(ws)?.path).toBe('full');
      ws.forms.submit(formId, ballot(pns[3], pns[4].nama, pns[5].nama));
      // pns[3] sent 10 of the 400 ballots: those and the new one, nothing else.
      expect(decided(ws)).toEqual({ path: 'running', ballots: 11 });
      ws.forms.submit(formId, ballot(pns[45], pns[4].nama));
      expect(decided(ws)).toEqual({ path: 'running', ballots: 1 });
      expect(votesOf(ws, pns[4])).toBeGreaterThan(0);
      expect(ledgerRows(ws)).toHaveLength(402);
    }, 60_000);
  }

  it('a known unresolved text keeps the suggestions Koreksi Nama holds (the same as a full decision gives)', () => {
    const { ws, formId } = withBallots('form', 60);
    const before = sheetValues(ws, 'Koreksi Nama') ?? [];
    const text = String(before[1][0]);
    ws.forms.submit(formId, ballot(pns[50], text));
    expect(decided(ws)?.path).toBe('running');
    const after = sheetValues(ws, 'Koreksi Nama') ?? [];
    const row = after.find((r) => r[0] === text);
    expect(row?.[5]).toBe(before[1][5]);
    ws.run('menuSinkronkanUlangPenjaringan');
    expect(decided(ws)?.path).toBe('full');
    expect((sheetValues(ws, 'Koreksi Nama') ?? []).find((r) => r[0] === text)?.[5]).toBe(before[1][5]);
  }, 60_000);
});

describe('each part of the fingerprint, changed, makes the next run decide everything', () => {
  const cases: [string, (ws: Workspace, formId: string) => void][] = [
    ['a roster row changed (Pegawai)', (ws) => ws.sheets.userWrite(ws.spreadsheetId, 'Pegawai', 5, 2, [['Nama Diganti']])],
    ['a roster row added (Pegawai)', (ws) => ws.sheets.userWrite(ws.spreadsheetId, 'Pegawai', roster.length + 2, 1, [['199001012020011001', 'Orang Baru', ...rosterRows(roster)[1].slice(2)]])],
    [
      'a correction picked (Koreksi Nama)',
      (ws) => {
        expect((sheetValues(ws, 'Koreksi Nama') ?? []).length).toBeGreaterThan(1);
        ws.sheets.userWrite(ws.spreadsheetId, 'Koreksi Nama', 2, 2, [[pns[7].nama]]);
      },
    ],
    ['a suggestion typed over in Koreksi Nama (Saran)', (ws) => ws.sheets.userWrite(ws.spreadsheetId, 'Koreksi Nama', 2, 6, [['Saran yang diketik']])],
    ['the per-ballot limit (Pengaturan)', (ws) => setSetting(ws, 'Batas Calon per Usulan', '2')],
    ['the shortlist size (Pengaturan)', (ws) => setSetting(ws, 'Jumlah Daftar Pendek', '4')],
    ['the mapping (Pengaturan: Pertanyaan Calon)', (ws) => setSetting(ws, 'Pertanyaan Calon', `${Q[0]}\n${Q[1]}`)],
    [
      'the Form choice labels (Pilihan Formulir)',
      (ws) => {
        // The hidden list of labels the product wrote into the Form, made by Perbarui Pilihan Nama.
        ws.ui.answerNext('YES');
        ws.ui.answerNext('YES');
        ws.run('menuPerbaruiPilihanNama');
        expect(sheetValues(ws, 'Pilihan Formulir')).not.toBeNull();
      },
    ],
    ['a ledger row typed by hand', (ws) => ws.sheets.userWrite(ws.spreadsheetId, 'Log Surat Suara', 42, 1, [['ketik-1', '', '', `nip:${pns[8].nip}`, pns[9].nama, '', 'dihitung', '', '', '', '']])],
    [
      'a decided ledger cell edited by hand',
      (ws) => {
        // Calon Dihitung of the row of the 10th ballot: another person than it names.
        expect((sheetValues(ws, 'Log Surat Suara') ?? [])[10][5]).not.toBe('');
        ws.sheets.userWrite(ws.spreadsheetId, 'Log Surat Suara', 11, 6, [[String((sheetValues(ws, 'Log Surat Suara') ?? [])[2][5])]]);
      },
    ],
    [
      'a ledger row deleted by hand',
      (ws) => {
        const rows = sheetValues(ws, 'Log Surat Suara') ?? [];
        ws.sheets.userWrite(ws.spreadsheetId, 'Log Surat Suara', 1, 1, [...rows.filter((_, i) => i !== 5), rows[0].map(() => '')] as string[][]);
      },
    ],
    [
      'another product version kept the fingerprint',
      (ws) => {
        const print = JSON.parse(ws.properties.document[FINGERPRINT]) as Record<string, unknown>;
        ws.properties.document[FINGERPRINT] = JSON.stringify({ ...print, version: 'running-0' });
      },
    ],
    [
      'a run died half-way through its writes',
      (ws, formId) => {
        ws.kernel.injectFault({ match: 'SpreadsheetApp.Range.setValues', nth: 2, message: 'Service Spreadsheets failed while accessing document' });
        ws.forms.submit(formId, ballot(pns[20], pns[21].nama));
        ws.kernel.clearFaults();
      },
    ],
  ];
  for (const [what, change] of cases) {
    it(`${what}: the next submission decides every ballot, then the running path again`, () => {
      const { ws, formId } = withBallots('form', 40);
      ws.forms.submit(formId, ballot(pns[30], pns[31].nama));
      expect(decided(ws)?.path).toBe('running');
      ws.kernel.advance(60_000);
      change(ws, formId);
      ws.kernel.advance(60_000);
      ws.forms.submit(formId, ballot(pns[32], pns[33].nama));
      expect(decided(ws)?.path).toBe('full');
      ws.kernel.advance(60_000);
      ws.forms.submit(formId, ballot(pns[34], pns[35].nama));
      expect(decided(ws)?.path).toBe('running');
    }, 60_000);
  }
});
