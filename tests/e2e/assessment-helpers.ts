/** Shared steps of the assessment and decree end-to-end tests: a typed shortlist, scores, choices. */
import type { Workspace } from '../../src/offline/workspace/index';
import { demoRoster, type DemoEmployee } from '../../src/offline/demo/roster';
import { preparedWorkspace, sheetValues } from './helpers';
import { setSetting, settingValue } from './nominations-helpers';
import { AGENCY_BY_LABEL as AGENCY } from '../../src/offline/demo/settings';

export { AGENCY };

export const roster: DemoEmployee[] = demoRoster();
const noSanction = (e: DemoEmployee) => e.hukuman === '' || e.hukuman === '-' || e.hukuman === 'Tidak ada';
/** Eligible PNS staff with a supervisor in the roster. */
export const eligible = roster.filter((e, i) => i > 10 && e.status === 'PNS' && e.nip.length === 18 && noSanction(e) && roster.some((b) => b.nip === e.nipAtasan));
export const grouped = (nip: string) => (nip.length === 18 ? `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}` : nip);
export const byNip = (nip: string) => roster.find((e) => e.nip === nip) as DemoEmployee;

const SHORTLIST_FORMS = new WeakMap<Workspace, string>();
const NOMINEE_QUESTIONS = ['Usulan calon agen perubahan 1', 'Usulan calon agen perubahan 2', 'Usulan calon agen perubahan 3'];

/**
 * A shortlist made the way the product makes one: ballots in the nomination Form (each response
 * its own voter, each naming one person by NIP so a later rename in Pegawai keeps the votes),
 * then a re-sync. `people` get 20, 19, 18, … votes, so all of them are shortlisted (the shortlist
 * size is set to their number). A second call replaces every ballot of the first.
 */
export function voteShortlist(ws: Workspace, people: DemoEmployee[]): void {
  let formId = SHORTLIST_FORMS.get(ws);
  const first = formId === undefined;
  if (formId === undefined) {
    formId = ws.forms.createForm({ title: 'Penjaringan Calon Agen Perubahan', items: NOMINEE_QUESTIONS.map((title) => ({ kind: 'TEXT' as const, title })) });
    SHORTLIST_FORMS.set(ws, formId);
  }
  for (const r of ws.forms.view(formId).responses) ws.forms.deleteResponse(formId, r.id);
  setSetting(ws, 'Jumlah Daftar Pendek', String(Math.max(1, people.length)));
  const at = ws.kernel.now() - 86_400_000;
  const ballots = people.flatMap((p, i) => Array.from({ length: 20 - i }, () => ({ [NOMINEE_QUESTIONS[0]]: p.nip })));
  ws.forms.importResponses(formId, ballots.map((answers, i) => ({ answers, at: at + i * 1000 })));
  if (first) {
    setSetting(ws, 'URL Formulir Penjaringan', ws.forms.view(formId).editUrl);
    ws.run('menuHubungkanFormulirPenjaringan');
  } else ws.run('menuSinkronkanUlangPenjaringan');
}

/**
 * `n` more ballots in the shortlist's Form, each its own voter with only a "-" (a blank entry:
 * an invalid ballot, kosong), then a re-sync: the ledger grows, the shortlist and its votes do not.
 */
export function addBlankBallots(ws: Workspace, n: number): void {
  const formId = SHORTLIST_FORMS.get(ws);
  if (formId === undefined) throw new Error('voteShortlist first');
  const at = ws.kernel.now() - 3_600_000;
  ws.forms.importResponses(formId, Array.from({ length: n }, (_, i) => ({ answers: { [NOMINEE_QUESTIONS[0]]: '-' }, at: at + i * 1000 })));
  ws.run('menuSinkronkanUlangPenjaringan');
}

// The team types into Pengaturan next to a label: the same steps as the nomination tests'.
export { setSetting, settingValue };


export function fillAgency(ws: Workspace, except: string[] = []): void {
  for (const [label, value] of Object.entries(AGENCY)) if (!except.includes(label)) setSetting(ws, label, value);
}

/** Penilaian as the team sees it: header row 2 and the candidate rows. */
export function assessment(ws: Workspace): { top: string[]; headers: string[]; rows: unknown[][] } {
  const v = sheetValues(ws, 'Penilaian') ?? [];
  return { top: (v[0] ?? []).map(String), headers: (v[1] ?? []).map(String), rows: v.slice(2).filter((r) => String(r[1]) !== '' || String(r[2]) !== '') };
}

export function col(ws: Workspace, header: string, nth = 0): number {
  const h = assessment(ws).headers;
  let seen = -1;
  for (let i = 0; i < h.length; i++) if (h[i] === header && ++seen === nth) return i;
  throw new Error(`no column ${header}`);
}

/** Sheet row (1-based) of a candidate in Penilaian. */
export function rowOf(ws: Workspace, e: DemoEmployee): number {
  const v = sheetValues(ws, 'Penilaian') ?? [];
  const i = v.findIndex((r) => String(r[1]).replace(/\D/g, '') === e.nip);
  if (i < 0) throw new Error(`${e.nama} not in Penilaian`);
  return i + 1;
}

/** Types the four scores of assessor block `block` (0 = supervisor) for a candidate. */
export function typeScores(ws: Workspace, e: DemoEmployee, block: number, scores: (number | string)[]): void {
  const first = col(ws, 'Inovatif dan proaktif', block);
  ws.sheets.userWrite(ws.spreadsheetId, 'Penilaian', rowOf(ws, e), first + 1, [scores]);
}

/** Ticks Ditetapkan and picks a role. */
export function choose(ws: Workspace, e: DemoEmployee, role = ''): void {
  ws.sheets.userWrite(ws.spreadsheetId, 'Penilaian', rowOf(ws, e), col(ws, 'Ditetapkan') + 1, [[true, role]]);
}

/** Shortlist of five, Penilaian prepared and scored (ranks 1..5 in this order), agency data filled. */
export function scoredWorkspace(ws: Workspace, people: DemoEmployee[]): void {
  setSetting(ws, 'Penilai Tambahan', 'Theresia Ndun');
  fillAgency(ws);
  voteShortlist(ws, people);
  ws.run('menuSiapkanPenilaian');
  people.forEach((p, i) => {
    const s = Math.max(1, 5 - i);
    typeScores(ws, p, 0, [s, s, s, 5]);
    typeScores(ws, p, 1, [s, 5, s, s]);
  });
}

export interface LogRow {
  time: unknown;
  name: string;
  url: string;
  author: string;
  note: string;
}

export function documentLog(ws: Workspace): LogRow[] {
  return (sheetValues(ws, 'Log Dokumen') ?? []).slice(1).filter((r) => String(r[1]) !== '').map((r) => ({
    time: r[0], name: String(r[1]), url: String(r[2]), author: String(r[3]), note: String(r[4]),
  }));
}

export const idOf = (url: string): string => /\/d\/([^/]+)/.exec(url)?.[1] ?? '';

/** The three agents the decree tests choose among the first five eligible, with their roles. */
export const DECREE_AGENTS: readonly (readonly [DemoEmployee, string])[] = [
  [eligible[0], 'Katalis'],
  [eligible[1], 'Penggerak Perubahan'],
  [eligible[2], 'Mediator'],
];

/** The first five eligible scored, the three DECREE_AGENTS chosen, the default template made: ready for Buat Draf SK. */
export function decreeReady(ws: Workspace = preparedWorkspace()): Workspace {
  scoredWorkspace(ws, eligible.slice(0, 5));
  for (const [person, role] of DECREE_AGENTS) choose(ws, person, role);
  ws.run('menuBuatTemplateSK');
  return ws;
}
