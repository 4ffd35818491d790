/**
 * S1 strict, through the built bundle: a survey question whose options are only partly numbered
 * ("1. Sangat setuju", "2. Setuju", "Kurang setuju", "Tidak setuju") is neither scored silently
 * nor dropped silently. The product lists it in Pengaturan with "(belum dikonfirmasi)", every
 * response waits as PERLU KONFIRMASI PERTANYAAN (a total without it would look better or worse
 * than it is), and the team is told once, in Log Kesalahan and the connect and re-sync dialogs,
 * which question and the two fixes. Both routes (a trigger on the Form; the add-on through the
 * response tab), and the offline CLI, where a CSV has no option list (S1a).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/offline/cli/main';
import type { Summary } from '../../src/offline/output/summary';
import type { FormItemSpec, Workspace } from '../../src/offline/workspace/index';
import { lastDialog, preparedWorkspace, sheetValues } from './helpers';
import { setSetting, settingValue } from './nominations-helpers';
import { errorLog, results, summaryHeader } from './survey-helpers';

type Route = 'form' | 'addon';
const FOUR = ['1 - Selalu', '2 - Sering', '3 - Jarang', '4 - Tidak pernah'];
const MIXED = 'Pimpinan mendorong koordinasi lintas bidang';
const MIXED_CHOICES = ['1. Sangat setuju', '2. Setuju', 'Kurang setuju', 'Tidak setuju'];
const NUMBERED = ['Pernyataan 1', 'Pernyataan 2', 'Pernyataan 3', 'Pernyataan 4'];
const LISTED = [...NUMBERED.slice(0, 2), `${MIXED} (belum dikonfirmasi)`, ...NUMBERED.slice(2)];
const PENDING = 'PERLU KONFIRMASI PERTANYAAN';

const items = (): FormItemSpec[] => [
  { kind: 'LIST', title: 'Unit Kerja', choices: ['Sekretariat', 'Bidang P2P'] },
  ...NUMBERED.slice(0, 2).map((title) => ({ kind: 'MULTIPLE_CHOICE' as const, title, choices: FOUR })),
  { kind: 'MULTIPLE_CHOICE', title: MIXED, choices: MIXED_CHOICES },
  ...NUMBERED.slice(2).map((title) => ({ kind: 'MULTIPLE_CHOICE' as const, title, choices: FOUR })),
];

function connected(route: Route): { ws: Workspace; formId: string } {
  const ws = preparedWorkspace(route === 'addon' ? { addOn: true } : {});
  const formId = ws.forms.createForm({ title: 'Survei SOLIDER berAKHLAK', collectEmail: true, items: items() });
  setSetting(ws, 'URL Formulir Survei', ws.forms.view(formId).editUrl);
  ws.ui.answerNext('YES');
  ws.run('menuHubungkanFormulirSurvei');
  return { ws, formId };
}

/** A response: the four numbered questions answered `picks` (1–4), the mixed one `mixed`. */
const answers = (picks: number[], mixed: string) => ({
  'Unit Kerja': 'Sekretariat',
  ...Object.fromEntries(NUMBERED.map((t, i) => [t, FOUR[picks[i] - 1]])),
  [MIXED]: mixed,
});

/** Count of `label` in the overall band distribution of Ringkasan Survei. */
function overallCount(ws: Workspace, label: string): unknown {
  const header = summaryHeader(ws, 'Distribusi Kategori — Keseluruhan').map(String);
  const row = (sheetValues(ws, 'Ringkasan Survei') ?? []).find((r, i, all) => i > 0 && String(all[i - 1][0]) === 'Kelompok');
  return row?.[header.indexOf(label)];
}

const notesAbout = (ws: Workspace) => errorLog(ws).filter((r) => r.join(' ').includes(`"${MIXED}" hanya sebagian pilihan jawabannya bernomor`));

describe.each<Route>(['form', 'addon'])('a question with only some options numbered (S1, %s route)', (route) => {
  function waiting(): { ws: Workspace; formId: string } {
    const { ws, formId } = connected(route);
    ws.forms.submit(formId, answers([1, 1, 2, 1], '2. Setuju'), { email: 'a@dinkes.go.id' });
    ws.forms.submit(formId, answers([2, 2, 2, 2], 'Kurang setuju'), { email: 'b@dinkes.go.id' });
    return { ws, formId };
  }

  it('is listed with "(belum dikonfirmasi)"; its responses wait as PERLU KONFIRMASI PERTANYAAN; the team is told once, with both fixes', () => {
    const { ws, formId } = connected(route);
    expect(settingValue(ws, 'Pertanyaan Survei Dinilai').split('\n')).toEqual(LISTED);
    const connect = lastDialog(ws)!.content;
    expect(connect).toContain(`${MIXED} (belum dikonfirmasi)`);
    expect(connect).toMatch(new RegExp(`"${MIXED}" hanya sebagian pilihan jawabannya bernomor`));

    ws.forms.submit(formId, answers([1, 1, 2, 1], '2. Setuju'), { email: 'a@dinkes.go.id' });
    ws.forms.submit(formId, answers([2, 2, 2, 2], 'Kurang setuju'), { email: 'b@dinkes.go.id' });
    const rows = results(ws);
    expect(rows.map((r) => [r.Kategori, r.Total, r[MIXED]])).toEqual([
      [PENDING, '', ''],
      [PENDING, '', ''],
    ]);
    // The numbered questions are still shown as answered; only the total and the band wait.
    expect(NUMBERED.map((t) => rows[0][t])).toEqual([1, 1, 2, 1]);
    expect(String(rows[1].Keterangan)).toMatch(new RegExp(`Pertanyaan "${MIXED}" belum dinilai: hanya sebagian pilihan jawabannya bernomor`));
    expect(overallCount(ws, PENDING)).toBe(2);
    expect(overallCount(ws, 'TIDAK LENGKAP')).toBe(0);

    ws.run('menuSinkronkanUlangSurvei');
    const resync = lastDialog(ws)!.content;
    expect(resync).toMatch(/Perlu diperiksa:/);
    expect(resync).toContain('beri nomor pada setiap pilihan jawaban pertanyaan itu di Google Forms');
    expect(resync).toContain('hapus "(belum dikonfirmasi)" di belakang judulnya pada "Pertanyaan Survei Dinilai"');
    // Once per Form structure: the connect, two submissions and a re-sync logged it once.
    expect(notesAbout(ws)).toHaveLength(1);
    expect(results(ws).map((r) => r.Kategori)).toEqual([PENDING, PENDING]);
  });

  it('fix 1, the team removes the mark: scored by position ("Kurang setuju" = 3) and banded', () => {
    const { ws } = waiting();
    setSetting(ws, 'Pertanyaan Survei Dinilai', [...NUMBERED.slice(0, 2), MIXED, ...NUMBERED.slice(2)].join('\n'));
    ws.run('menuSinkronkanUlangSurvei');
    expect(results(ws).map((r) => [r[MIXED], r.Total, r.Kategori])).toEqual([
      [2, 7, 'BELUM BAIK'],
      [3, 11, 'KURANG BAIK'],
    ]);
    expect(lastDialog(ws)!.content).not.toMatch(/Perlu diperiksa/);
    expect(overallCount(ws, PENDING)).toBeUndefined();
  });

  it('fix 2, the office numbers every option in the Form: scored by the numbers, the mark no longer matters', () => {
    const { ws, formId } = waiting();
    ws.forms.setChoices(formId, MIXED, ['1. Sangat setuju', '2. Setuju', '3. Kurang setuju', '4. Tidak setuju']);
    ws.forms.submit(formId, answers([1, 1, 1, 1], '4. Tidak setuju'), { email: 'c@dinkes.go.id' });
    ws.run('menuSinkronkanUlangSurvei');
    const rows = results(ws);
    // The answers given before keep their text (as on Google): "Kurang setuju" is no option any more.
    expect(rows.map((r) => [r[MIXED], r.Total, r.Kategori])).toEqual([
      [2, 7, 'BELUM BAIK'],
      ['', '', 'TIDAK LENGKAP'],
      [4, 8, 'BELUM BAIK'],
    ]);
    expect(String(rows[1].Keterangan)).toContain('"Kurang setuju"');
    expect(rows.some((r) => r.Kategori === PENDING)).toBe(false);
  });

  it('the team deletes its line: not scored, told once, and responses are banded on the other questions', () => {
    const { ws } = waiting();
    setSetting(ws, 'Pertanyaan Survei Dinilai', NUMBERED.join('\n'));
    ws.run('menuSinkronkanUlangSurvei');
    expect(results(ws).map((r) => [r.Total, r['Skor Setara 5 Pertanyaan'], r.Kategori])).toEqual([
      [5, 6.25, 'BELUM BAIK'],
      [8, 10, 'KURANG BAIK'],
    ]);
    expect(errorLog(ws).filter((r) => r.join(' ').includes(`"${MIXED}" di formulir survei hanya sebagian pilihan jawabannya bernomor dan tidak tercantum`))).toHaveLength(1);
  });
});

describe('a partly numbered column in a survey CSV (offline CLI, S1a)', () => {
  it('the numbered values are the options; an answer without a number is unparseable: TIDAK LENGKAP', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'offline-mixed-'));
    const csv = [
      `Timestamp,Alamat email,Unit Kerja,${NUMBERED.slice(0, 2).join(',')},${MIXED},${NUMBERED.slice(2).join(',')}`,
      '2026/11/20 9:15:02 AM GMT+8,a@x.id,Sekretariat,1 - Selalu,1 - Selalu,2. Setuju,2 - Sering,1 - Selalu',
      '2026/11/20 9:16:02 AM GMT+8,b@x.id,Sekretariat,2 - Sering,2 - Sering,1. Sangat setuju,2 - Sering,2 - Sering',
      '2026/11/20 9:17:02 AM GMT+8,c@x.id,Sekretariat,1 - Selalu,1 - Selalu,Kurang setuju,1 - Selalu,1 - Selalu',
    ].join('\n');
    writeFileSync(join(dir, 's.csv'), csv);
    writeFileSync(join(dir, 'p.csv'), ['NIP,Nama,Jabatan,Unit Kerja,Pangkat/Golongan,Status Kepegawaian,Hukuman Disiplin,NIP Atasan,Email', '197001011995031001,Kepala Dinas,Kepala Dinas,Sekretariat,IV/c,PNS,,,kadis@dinkes.go.id'].join('\n'));
    const err: string[] = [];
    const code = await runCli(['--roster', join(dir, 'p.csv'), '--survey', join(dir, 's.csv'), '--out', join(dir, 'hasil')], { stdout: () => {}, stderr: (l) => err.push(l), now: Date.UTC(2026, 10, 27, 1) });
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const file = join(dir, 'hasil', 'summary.json');
    expect(existsSync(file)).toBe(true);
    const summary = JSON.parse(readFileSync(file, 'utf8')) as Summary;
    expect(summary.survey?.responses.map((r) => [r.total, r.band])).toEqual([
      [7, 'BELUM BAIK'],
      [9, 'BELUM BAIK'],
      [null, 'TIDAK LENGKAP'],
    ]);
  });
});
