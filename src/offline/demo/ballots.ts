/**
 * The nomination part of the demo: the office's existing nomination Form (a NIP question, three
 * free-text nominee boxes, a reason box), ~300 ballots submitted one by one through the trigger
 * path as people really write them (titles written differently, NIPs instead of names, a typo
 * many people share, a shared bare name, repeated voters, self-nominations, more than 3 names,
 * empty ballots, a formula typed as a name, an ineligible favourite, a tie at the 5th place), then
 * the team's correction of the frequent typo, a re-sync, and the tally. Deterministic (fixed seed).
 */
import { BANNER, tallyHeaderRow } from '../../core/nominations/tally-layout';
import { SHEETS, TALLY_SUMMARY_COLUMN } from '../../core/schema';
import type { Workspace } from '../workspace/index';
import { demoRoster, type DemoEmployee } from './roster';
import { Random } from './random';

export const DEMO_NIP_QUESTION = 'NIP Anda';
export const DEMO_NOMINEE_QUESTIONS = ['Usulan calon agen perubahan 1', 'Usulan calon agen perubahan 2', 'Usulan calon agen perubahan 3'];
const REASON_QUESTION = 'Alasan mengusulkan calon (boleh dikosongkan)';

/** The Form as the office has it: nothing required, everything free text. */
export function createDemoNominationForm(ws: Workspace): string {
  return ws.forms.createForm({
    title: 'Penjaringan Calon Agen Perubahan Dinas Kesehatan Provinsi NTT 2026',
    items: [
      { kind: 'TEXT', title: DEMO_NIP_QUESTION, helpText: '18 angka, boleh dengan spasi' },
      ...DEMO_NOMINEE_QUESTIONS.map((title) => ({ kind: 'TEXT' as const, title })),
      { kind: 'PARAGRAPH_TEXT', title: REASON_QUESTION },
    ],
  });
}

const isPns = (e: DemoEmployee) => e.status === 'PNS' && e.nip.length === 18;
const noSanction = (e: DemoEmployee) => e.hukuman === '' || e.hukuman === '-' || e.hukuman === 'Tidak ada';
const bareOf = (e: DemoEmployee) => e.nama.replace(/^(dr\.|drg\.|Hj?\.)\s+/i, '').split(',')[0].trim();
const grouped = (nip: string) => `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
const OTHER_DEGREES = ['S.K.M', 'SKM', 'S.Kep', 'M.Kes', 'S.ST'];

/** A typo many voters share: two letters of the first name swapped ("Yohanes" → "Yohaens"). */
export function sharedTypo(e: DemoEmployee): string {
  const [first, ...rest] = bareOf(e).split(' ');
  const i = Math.max(1, first.length - 3);
  const typo = first.slice(0, i) + first[i + 1] + first[i] + first.slice(i + 2);
  return [typo, ...rest].join(' ');
}

interface Plan {
  /** Favourites and their intended final votes (eligible ranking ties at the 5th place). */
  targets: { who: DemoEmployee; votes: number; note: string }[];
  typoed: DemoEmployee;
}

function plan(roster: DemoEmployee[], rnd: Random): Plan {
  const eligible = rnd.shuffle(roster.filter((e) => isPns(e) && noSanction(e) && !/^Maria Lake/.test(e.nama)));
  const sanctioned = roster.find((e) => isPns(e) && /sedang/i.test(e.hukuman)) ?? roster.find((e) => !noSanction(e))!;
  const cpns = roster.find((e) => e.status === 'CPNS')!;
  const [c1, c2, c3, c4, c5a, c5b, c5c, ...minor] = eligible;
  const targets = [
    { who: c1, votes: 44, note: '' },
    { who: c2, votes: 38, note: '' },
    { who: sanctioned, votes: 33, note: 'favorit yang sedang menjalani hukuman disiplin' },
    { who: c3, votes: 31, note: '12 suara ditulis dengan salah ketik yang sama' },
    { who: c4, votes: 25, note: '' },
    { who: c5a, votes: 18, note: 'sama di peringkat 5' },
    { who: c5b, votes: 18, note: 'sama di peringkat 5' },
    { who: c5c, votes: 18, note: 'sama di peringkat 5' },
    { who: cpns, votes: 12, note: 'CPNS' },
  ];
  let left = 520 - targets.reduce((s, t) => s + t.votes, 0);
  for (const who of minor) {
    if (left <= 0) break;
    const votes = Math.min(left, rnd.int(1, 9));
    targets.push({ who, votes, note: '' });
    left -= votes;
  }
  return { targets, typoed: c3 };
}

/** How a voter writes a colleague's name. */
function spell(e: DemoEmployee, rnd: Random): string {
  const r = rnd.next();
  if (r < 0.42) return e.nama;
  if (r < 0.62) return bareOf(e);
  if (r < 0.7) return bareOf(e).toUpperCase();
  if (r < 0.76) return bareOf(e).toLowerCase();
  if (r < 0.86) return `${bareOf(e)}, ${rnd.pick(OTHER_DEGREES)}`;
  if (r < 0.93 && e.nip) return e.nip;
  if (e.nip) return `${grouped(e.nip)} (${bareOf(e)})`;
  return e.nama;
}

function settingRow(ws: Workspace, label: string): number {
  const values = ws.sheets.values(ws.spreadsheetId, SHEETS.settings) ?? [];
  const i = values.findIndex((r) => String(r[0]).trim() === label);
  if (i < 0) throw new Error(`Pengaturan has no row "${label}"`);
  return i + 1;
}

function lastDialog(ws: Workspace): string {
  const shown = ws.ui.shown();
  const d = shown[shown.length - 1];
  return d ? `[${d.title}]\n${d.content}` : '(tidak ada dialog)';
}

function pad(text: string, width: number): string {
  const t = text.length > width ? `${text.slice(0, width - 1)}…` : text;
  return t + ' '.repeat(Math.max(0, width - t.length));
}

/** Prints the ranking (top `top`), counts, the tie note and the unresolved entries. */
export function printTally(ws: Workspace, log: (line: string) => void, top = 10): void {
  const values = ws.sheets.values(ws.spreadsheetId, SHEETS.tally) ?? [];
  const headerAt = tallyHeaderRow(values);
  log(`${pad('Peringkat', 9)} ${pad('Nama', 38)} ${pad('NIP', 21)} ${pad('Suara', 5)} ${pad('Syarat', 6)} ${pad('5 Besar', 7)} Alasan`);
  let shown = 0;
  let listed = 0;
  for (const r of values.slice(headerAt + 1)) {
    if (String(r[1]) === '' && String(r[2]) === '') break;
    shown++;
    // The top of the ranking, and ineligible people with many votes (listed after the eligible).
    if (shown > top && !(String(r[5]) === 'Tidak' && Number(r[4]) >= 10)) continue;
    listed++;
    log(`${pad(String(r[0]), 9)} ${pad(String(r[1]), 38)} ${pad(String(r[2]), 21)} ${pad(String(r[4]), 5)} ${pad(String(r[5]), 6)} ${pad(String(r[7]), 7)} ${String(r[6])}`);
  }
  if (shown > listed) log(`… dan ${shown - listed} orang lain memperoleh suara.`);
  const s = TALLY_SUMMARY_COLUMN - 1;
  const summary = values.filter((r) => String(r[s]) !== '');
  const at = (label: string) => summary.find((r) => String(r[s]) === label)?.[s + 1];
  log(`Surat suara: dihitung ${at('Dihitung')} · tidak sah ${at('Tidak sah')} · digantikan ${at('Digantikan (pengusul mengirim lagi)')} · total ${at('Total respons')}`);
  log(`Catatan: ${String(values[BANNER.noteRow - 1]?.[0] ?? '')}`);
  const problems = String(values[BANNER.problemsRow - 1]?.[0] ?? '');
  if (problems) log(problems);
  const header = values.findIndex((r) => String(r[s]) === 'Teks Belum Dikenali');
  const unresolved = values.slice(header + 1).filter((r) => String(r[s]) !== '' && typeof r[s + 1] === 'number');
  if (unresolved.length === 0) {
    log('Teks belum dikenali: tidak ada.');
    return;
  }
  log(`Teks belum dikenali (${unresolved.length}):`);
  for (const r of unresolved.slice(0, 8)) {
    const saran = String(r[s + 3]);
    log(`  ${pad(`"${String(r[s])}"`, 44)} ${pad(`${String(r[s + 1])}×`, 4)} ${pad(String(r[s + 2]), 13)} ${saran ? `saran: ${saran}` : ''}`);
  }
}

/** The demo's nomination round. Needs a workspace after setup with the demo roster. */
export function runDemoNominations(ws: Workspace, log: (line: string) => void): void {
  const rnd = new Random(3);
  const roster = demoRoster();
  const formId = createDemoNominationForm(ws);
  const form = ws.forms.view(formId);
  ws.sheets.userWrite(ws.spreadsheetId, SHEETS.settings, settingRow(ws, 'URL Formulir Penjaringan'), 2, [[form.editUrl]]);
  log(`Formulir penjaringan yang sudah ada: "${form.title}" (${form.items.length} pertanyaan, semuanya isian bebas).`);
  log('Tim menempel tautan editornya di Pengaturan › URL Formulir Penjaringan, lalu:');
  ws.run('menuHubungkanFormulirPenjaringan');
  log(lastDialog(ws));

  // ---- the ballots ----
  const { targets, typoed } = plan(roster, rnd);
  const BALLOTS = 260;
  const names: string[][] = Array.from({ length: BALLOTS }, () => []);
  const who: DemoEmployee[][] = Array.from({ length: BALLOTS }, () => []);
  let p = 0;
  let typos = 0;
  for (const t of targets) {
    for (let k = 0; k < t.votes; k++, p++) {
      const b = p % BALLOTS;
      const text = t.who === typoed && typos < 12 && rnd.chance(0.5) ? (typos++, sharedTypo(t.who)) : spell(t.who, rnd);
      names[b].push(text);
      who[b].push(t.who);
    }
  }
  // A few entries no rule can resolve: a shared bare name, nicknames, a formula.
  const oddities = ['Maria Lake', 'Maria Lake', 'Maria Lake', 'Pak Budi (sopir)', 'Kaka Nona di keuangan', '=HYPERLINK("https://bit.ly/agen","Klik di sini")'];
  oddities.forEach((text, i) => {
    const b = names.findIndex((n, j) => n.length < 3 && j > i * 30);
    names[b].push(text);
  });

  const withNip = rnd.shuffle(roster.filter((e) => e.nip.length === 18));
  const voterFor = (b: number): DemoEmployee | null => {
    const i = withNip.findIndex((e) => !who[b].includes(e));
    return i < 0 ? null : withNip.splice(i, 1)[0];
  };
  type Submission = { answers: Record<string, string>; label: string };
  const submissions: Submission[] = [];
  const answersOf = (nip: string, entries: string[]): Record<string, string> => {
    const a: Record<string, string> = { [DEMO_NIP_QUESTION]: nip };
    entries.forEach((text, i) => (a[DEMO_NOMINEE_QUESTIONS[i]] = text));
    if (rnd.chance(0.3)) a[REASON_QUESTION] = rnd.pick(['Inovatif dan selalu membantu', 'Disiplin, memberi contoh', 'Aktif memperbaiki layanan', 'Mampu menggerakkan rekan kerja']);
    return a;
  };
  const repeaters: { voter: DemoEmployee; final: number }[] = [];
  for (let b = 0; b < BALLOTS; b++) {
    const voter = b % 2 === 0 && b < 236 ? voterFor(b) : null;
    const nipText = voter ? (rnd.chance(0.25) ? grouped(voter.nip) : voter.nip) : rnd.pick(['', '', '-', 'lupa']);
    if (voter && repeaters.length < 24 && rnd.chance(0.2)) repeaters.push({ voter, final: submissions.length });
    submissions.push({ answers: answersOf(nipText, names[b]), label: 'biasa' });
  }
  // Repeated voters: an earlier ballot (superseded by the later one).
  for (const r of repeaters.reverse()) {
    const early = answersOf(r.voter.nip, [spell(rnd.pick(targets.slice(9)).who, rnd)]);
    submissions.splice(Math.max(0, r.final - rnd.int(5, 40)), 0, { answers: early, label: 'diganti' });
  }
  // Self-nominations, more than 3 names, empty ballots (from people not yet voting).
  for (let i = 0; i < 4; i++) {
    const v = withNip.shift() as DemoEmployee;
    submissions.splice(rnd.int(0, submissions.length), 0, { answers: answersOf(v.nip, [v.nama, spell(rnd.pick(targets).who, rnd)]), label: 'diri sendiri' });
  }
  for (let i = 0; i < 4; i++) {
    const v = withNip.shift() as DemoEmployee;
    const four = rnd.shuffle(targets.slice(0, 8)).slice(0, 4).map((t) => spell(t.who, rnd));
    submissions.splice(rnd.int(0, submissions.length), 0, { answers: answersOf(v.nip, [four[0], four[1], `${four[2]}; ${four[3]}`]), label: 'lebih dari 3' });
  }
  for (let i = 0; i < 3; i++) {
    const v = withNip.shift() as DemoEmployee;
    submissions.splice(rnd.int(0, submissions.length), 0, { answers: answersOf(v.nip, ['-', '']), label: 'kosong' });
  }

  log('');
  log(`${submissions.length} usulan dikirim satu per satu (setiap kiriman menjalankan pemicu formulir):`);
  let calls = 0;
  submissions.forEach((s, i) => {
    ws.kernel.advance(rnd.int(2, 40) * 60_000);
    if (i === submissions.length - 1) ws.kernel.resetCalls();
    ws.forms.submit(formId, s.answers);
    if (i === submissions.length - 1) calls = ws.kernel.totalCalls();
    if ((i + 1) % 75 === 0 || i === submissions.length - 1) log(`  … ${i + 1} usulan tercatat`);
  });
  const kinds = new Map<string, number>();
  submissions.forEach((s) => kinds.set(s.label, (kinds.get(s.label) ?? 0) + 1));
  log(`  (di antaranya: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(' · ')})`);
  log(`Satu kiriman terakhir memakai ${calls} panggilan layanan Google (sama berapa pun jumlah usulan sebelumnya).`);
  const errors = (ws.sheets.values(ws.spreadsheetId, SHEETS.errors) ?? []).slice(1).filter((r) => String(r[0]) !== '');
  log(`Log Kesalahan: ${errors.length === 0 ? 'kosong' : `${errors.length} baris`}.`);

  log('');
  log('Rekap Penjaringan setelah semua kiriman:');
  printTally(ws, log);

  // ---- the team corrects the frequent typo once ----
  const typo = sharedTypo(typoed);
  const corrections = ws.sheets.values(ws.spreadsheetId, SHEETS.corrections) ?? [];
  const row = corrections.findIndex((r) => String(r[0]).toLowerCase() === typo.toLowerCase());
  const validation = ws.sheets.snapshot(ws.spreadsheetId, SHEETS.corrections)?.validations.find((v) => v.range === `B${row + 1}`);
  const choices = (validation?.values[0] as string[] | undefined) ?? [];
  const pick = choices.find((l) => l.startsWith(typoed.nama)) ?? typoed.nama;
  log('');
  log(`Tim membuka Koreksi Nama: "${corrections[row]?.[0]}" muncul ${corrections[row]?.[3]}×; saran: ${String(corrections[row]?.[5]).split('\n').join('; ')}.`);
  log(`Tim memilih dari daftar: "${pick}", lalu menjalankan Sinkronkan Ulang Penjaringan.`);
  ws.sheets.userWrite(ws.spreadsheetId, SHEETS.corrections, row + 1, 2, [[pick]]);
  ws.run('menuSinkronkanUlangPenjaringan');
  log(lastDialog(ws));
  log('');
  log('Rekap Penjaringan akhir:');
  printTally(ws, log);
}
