/**
 * The survey part of the demo: the office's "SOLIDER berAKHLAK" Form as it exists (sections for
 * the seed's three aspects, five scored questions whose options are numbered in several styles, a
 * unit list, a comment box), ~200 responses over two semesters, the connect action, and the
 * summary as the head of office would read it. Deterministic (fixed seed). The Form helpers
 * are shared with the end-to-end tests.
 */
import { SHEETS } from '../../core/schema';
import { witaToMs } from '../../core/dates';
import type { Answers, FormSpec } from '../workspace/index';
import type { Workspace } from '../workspace/index';
import { Random } from './random';

export const SURVEY_UNIT_QUESTION = 'Unit Kerja';
export const SURVEY_COMMENT_QUESTION = 'Saran dan Masukan';
export const SURVEY_UNITS = [
  'Sekretariat',
  'Bidang Pelayanan Kesehatan',
  'Bidang Pencegahan dan Pengendalian Penyakit',
  'Bidang Kesehatan Masyarakat',
  'Bidang Sumber Daya Kesehatan',
  'UPTD Laboratorium Kesehatan',
];

/** The Form's three sections, one per aspect of the seed. */
const SECTION = {
  leadership: 'Bagian 1 — SOLIDER dalam Kepemimpinan dan Manajemen',
  mindset: 'Bagian 2 — SOLIDER dalam Pola Pikir dan Cara Kerja',
  berakhlak: 'Bagian 3 — Nilai Dasar ASN BerAKHLAK dalam Perilaku Kerja',
};
const OFTEN = ['Selalu', 'Sering', 'Jarang', 'Tidak pernah'];
/** Options numbered in one of the styles offices write ("1 - ", "1. ", "(1) ", "1 "), best first. */
const numbered = (style: (n: number) => string, labels: string[]) => labels.map((l, i) => `${style(i + 1)}${l}`);

/**
 * The five scored questions, in Form order, with their options (best first: lower is better).
 * Every option numbered (S1): a partly numbered question would wait for the team's decision.
 */
export const SURVEY_QUESTIONS: { title: string; section: string; choices: string[] }[] = [
  { section: SECTION.leadership, title: 'Pimpinan unit memberi teladan dalam menerapkan nilai SOLIDER', choices: numbered((n) => `${n} - `, OFTEN) },
  { section: SECTION.leadership, title: 'Pimpinan mendorong koordinasi lintas bidang', choices: numbered((n) => `${n}. `, ['Sangat setuju', 'Setuju', 'Kurang setuju', 'Tidak setuju']) },
  { section: SECTION.mindset, title: 'Saya bekerja dengan pola pikir melayani, bukan dilayani', choices: numbered((n) => `(${n}) `, OFTEN) },
  { section: SECTION.mindset, title: 'Pekerjaan di unit saya selesai tepat waktu dan tuntas', choices: numbered((n) => `${n} `, ['Sangat baik', 'Baik', 'Cukup', 'Kurang']) },
  { section: SECTION.berakhlak, title: 'Rekan kerja menunjukkan perilaku BerAKHLAK dalam pelayanan', choices: numbered((n) => `${n} - `, OFTEN) },
];

/** The Form as the office has it. */
export function surveyFormSpec(): FormSpec {
  const items: FormSpec['items'] = [{ kind: 'LIST', title: SURVEY_UNIT_QUESTION, choices: SURVEY_UNITS }];
  let section = '';
  for (const q of SURVEY_QUESTIONS) {
    if (q.section !== section) {
      items.push({ kind: 'PAGE_BREAK', title: q.section });
      section = q.section;
    }
    items.push({ kind: 'MULTIPLE_CHOICE', title: q.title, choices: q.choices });
  }
  items.push({ kind: 'PARAGRAPH_TEXT', title: SURVEY_COMMENT_QUESTION });
  return { title: 'Survei Penerapan Nilai SOLIDER berAKHLAK', items, collectEmail: true };
}

/** Creates the survey Form in the workspace and puts its edit URL in `Pengaturan`. */
export function createSurveyForm(ws: Workspace, spec: FormSpec = surveyFormSpec()): string {
  const id = ws.forms.createForm(spec);
  setSetting(ws, 'URL Formulir Survei', ws.forms.view(id).editUrl);
  return id;
}

/** The team types a value into the `Pengaturan` row with that label. */
export function setSetting(ws: Workspace, label: string, value: string): void {
  const values = ws.sheets.values(ws.spreadsheetId, SHEETS.settings) ?? [];
  const row = values.findIndex((r) => String(r[0]).trim() === label);
  if (row < 0) throw new Error(`Pengaturan has no row "${label}"`);
  ws.sheets.userWrite(ws.spreadsheetId, SHEETS.settings, row + 1, 2, [[value]]);
}

/** Answers with the given option numbers (1–4, index into each question's choices; 0 = skipped). */
export function surveyAnswers(unit: string, picks: number[], comment = ''): Answers {
  const answers: Answers = { [SURVEY_UNIT_QUESTION]: unit };
  SURVEY_QUESTIONS.forEach((q, i) => {
    const p = picks[i] ?? 0;
    if (p > 0) answers[q.title] = q.choices[p - 1];
  });
  if (comment !== '') answers[SURVEY_COMMENT_QUESTION] = comment;
  return answers;
}

export interface DemoSurveyResponse {
  answers: Answers;
  email: string;
  at: number;
}

// Coordination across units is the weak point; mindset the strongest.
const QUESTION_LEAN = [0.1, 0.6, -0.3, 0.2, 0];

const COMMENTS = [
  'Perlu sosialisasi nilai SOLIDER yang lebih sering.',
  'Koordinasi antarbidang sudah membaik.',
  'Mohon pelatihan pelayanan prima untuk staf baru.',
  'Apel pagi bisa dipakai untuk mengingatkan nilai BerAKHLAK.',
];

/**
 * `count` responses over Semester I and II 2026 (the second a little better), from several units;
 * about one in twelve skips a scored question; one respondent answers twice in Semester II; one
 * comment is formula text.
 */
export function demoSurveyResponses(count = 200, seed = 4242): DemoSurveyResponse[] {
  const rnd = new Random(seed);
  const unitBias = new Map(SURVEY_UNITS.map((u) => [u, rnd.next() * 0.9]));
  const out: DemoSurveyResponse[] = [];
  const s1 = witaToMs(2026, 2, 2, 8);
  const s2 = witaToMs(2026, 7, 6, 8);
  const span = 130 * 24 * 3600 * 1000;
  for (let i = 0; i < count; i++) {
    const second = i >= count * 0.45;
    const unit = rnd.pick(SURVEY_UNITS);
    const lean = (unitBias.get(unit) ?? 0) + (second ? -0.35 : 0.15);
    const picks = SURVEY_QUESTIONS.map((_, q) => Math.max(1, Math.min(4, Math.round(0.7 + lean + QUESTION_LEAN[q] + rnd.next() * 1.6))));
    if (rnd.chance(1 / 12)) picks[rnd.int(0, picks.length - 1)] = 0;
    const comment = rnd.chance(0.15) ? rnd.pick(COMMENTS) : '';
    out.push({
      answers: surveyAnswers(unit, picks, comment),
      email: `pegawai${String(i + 1).padStart(3, '0')}@dinkes.nttprov.go.id`,
      at: (second ? s2 : s1) + Math.floor((span * (second ? i - count * 0.45 : i)) / count),
    });
  }
  // One respondent answers twice in Semester II: only the later answer counts (S5).
  const twice = out[Math.max(0, out.length - 20)];
  if (twice) {
    const unit = String(twice.answers[SURVEY_UNIT_QUESTION]);
    out.push({ ...twice, answers: surveyAnswers(unit, [1, 1, 2, 1, 1], 'Jawaban saya perbarui.'), at: twice.at + 3 * 24 * 3600 * 1000 });
  }
  // Formula text in a comment stays text in the sheet.
  const f = Math.min(10, out.length - 1);
  if (f >= 0) out[f] = { ...out[f], answers: { ...out[f].answers, [SURVEY_COMMENT_QUESTION]: '=IMPORTXML("http://contoh.test","//a")' } };
  return out.sort((a, b) => a.at - b.at);
}

function sheetRows(ws: Workspace, name: string): unknown[][] {
  return ws.sheets.values(ws.spreadsheetId, name) ?? [];
}

const cell = (v: unknown): string => (typeof v === 'number' ? String(Math.round(v * 100) / 100) : String(v ?? ''));

/** Prints the block of `Ringkasan Survei` that starts at the row whose first cell starts with `title`. */
function printBlock(rows: unknown[][], title: string, columns: number, log: (line: string) => void): void {
  const start = rows.findIndex((r) => String(r[0]).startsWith(title));
  if (start < 0) return;
  log(String(rows[start][0]));
  for (let r = start + 1; r < rows.length && String(rows[r][0]) !== ''; r++) {
    log(`  ${rows[r].slice(0, columns).map(cell).join(' | ')}`);
  }
}

/** The survey part of `npm run demo`, on a workspace that ran setup and holds the demo roster. */
export function runDemoSurvey(ws: Workspace, log: (line: string) => void): void {
  const all = demoSurveyResponses();
  const formId = createSurveyForm(ws);
  // Forty answers came in before the product was connected.
  const earlier = all.slice(0, 40);
  ws.forms.importResponses(formId, earlier);
  log(`Formulir survei dibuat (${SURVEY_QUESTIONS.length} pertanyaan dinilai, 3 bagian); ${earlier.length} respons lama sudah ada.`);

  ws.ui.clear();
  ws.run('menuHubungkanFormulirSurvei');
  const dialog = ws.ui.shown().pop();
  log(`[${dialog?.title ?? ''}]`);
  for (const line of (dialog?.content ?? '').split('\n')) log(`  ${line}`);

  for (const r of all.slice(40)) ws.forms.submit(formId, r.answers, { email: r.email, at: r.at });
  log(`${all.length - 40} respons baru dikirim lewat formulir (pemicu menilai setiap kiriman).`);

  ws.kernel.resetCalls();
  const last = all[all.length - 1];
  ws.forms.submit(formId, surveyAnswers(String(last.answers[SURVEY_UNIT_QUESTION]), [2, 2, 2, 2, 2]), { email: 'penguji@dinkes.nttprov.go.id', at: last.at + 60_000 });
  log(`Biaya satu kiriman: ${ws.kernel.totalCalls()} panggilan layanan (tetap, berapa pun jumlah respons sebelumnya).`);

  const results = sheetRows(ws, SHEETS.surveyResults);
  const header = results[0] ?? [];
  const kategori = header.indexOf('Kategori');
  const status = header.indexOf('Status');
  const tally = new Map<string, number>();
  for (const row of results.slice(1)) tally.set(String(row[kategori]), (tally.get(String(row[kategori])) ?? 0) + 1);
  log(`Hasil Survei: ${results.length - 1} baris — ${[...tally].map(([k, n]) => `${k} ${n}`).join(' · ')}; digantikan: ${results.filter((r) => r[status] === 'Digantikan').length}.`);

  const summary = sheetRows(ws, SHEETS.surveySummary);
  log(String(summary[1]?.[0] ?? ''));
  printBlock(summary, 'Distribusi Kategori', 7, log);
  printBlock(summary, 'Per Periode', 7, log);
  printBlock(summary, 'Perubahan', 4, log);
  printBlock(summary, 'Rata-rata per Pertanyaan', 5, log);
  printBlock(summary, 'Per Aspek', 4, log);
  const charts = ws.sheets.snapshot(ws.spreadsheetId, SHEETS.surveySummary)?.charts ?? [];
  log(`Grafik: ${charts.map((c) => `${c.title} (${c.ranges.join(', ')})`).join('; ') || '(tidak ada)'}`);
}
