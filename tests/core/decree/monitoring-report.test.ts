import { describe, expect, it } from 'vitest';
import type { PlanEntry, ReviewedEntry } from '../../../src/core/action-plan-approval';
import { witaToMs } from '../../../src/core/dates';
import { blockTexts, type TableBlock } from '../../../src/core/decree/blocks';
import { CELL_PADDING } from '../../../src/core/decree/columns';
import { MONITORING_REPORT_TITLE, monitoringReport, percent } from '../../../src/core/decree/monitoring-report';
import { measureText, textWidth } from '../../../src/core/decree/page';
import { findPlaceholders } from '../../../src/core/decree/placeholders';
import { type LedgerReport, reportSemesterKey, semesterMonitoring, semesterOfKey, unitTrend } from '../../../src/core/monitoring';
import { DEFAULT_SETTINGS, pageOf, type Settings } from '../../../src/core/settings';
import { DEFAULT_BAND_TABLE } from '../../../src/core/survey/bands';
import type { SummaryResponse } from '../../../src/core/survey/summary';

const NIP1 = '198609262015051001';
const NIP2 = '197005121998032004';
const entry = (nip: string, name: string, no: string, target: number | null, activity: string, status = 'Disetujui', appointed = true): ReviewedEntry => {
  const e: PlanEntry = { row: 3, agentNip: nip, agentName: name, appointed, no, cells: [], target, activity, status, submittedAt: null, decision: '', badDecision: '', note: '', date: '', by: '', change: '', record: '' };
  return { entry: e, status, change: '', record: '', submittedAt: null };
};
const report = (nip: string, no: string, period: string, realisation: number, problems = '', solutions = ''): LedgerReport => ({
  nip,
  no,
  timestamp: witaToMs(2027, 6, 1),
  realisation,
  problems,
  solutions,
  period,
  semesterKey: reportSemesterKey(period, 0),
});
const resp = (unit: string, periodKey: string, band: string): SummaryResponse => ({ unit, periodKey, periodLabel: semesterOfKey(periodKey)!.label, counted: true, complete: true, total: 5, scaled: 5, band, perQuestion: [] });

const LONG_UNIT = 'Bidang Pencegahan dan Pengendalian Penyakit — Seksi Surveilans dan Imunisasi';
const reviewed = [
  entry(NIP1, 'Maria Goreti Lake, S.Kep., Ns., M.Kes.', '1', 12, 'Nomor antrean daring di loket pelayanan terpadu'),
  entry(NIP1, 'Maria Goreti Lake, S.Kep., Ns., M.Kes.', '2', 10, 'Lembar kendali laporan bulanan', 'Diajukan'),
  entry(NIP2, 'Yohanes Bria', '1', 6, 'Forum berbagi dua bulanan'),
  entry('199001012015031001', 'Agen Lama', '1', 5, 'Kegiatan lama', 'Disetujui', false),
];
const units: Record<string, string> = { [NIP1]: LONG_UNIT, [NIP2]: 'Sekretariat' };
const reports = [
  report(NIP1, '1', 'Desember 2026', 2),
  report(NIP1, '1', 'Februari 2027', 3, 'Jaringan internet di loket sering putus'),
  report(NIP1, '1', 'Maret 2027', 4, '', 'Modem cadangan dari bagian umum'),
  report(NIP2, '1', 'April 2027', 1),
];
const trend = unitTrend([LONG_UNIT, 'Sekretariat'], [resp('Bidang Pencegahan dan Pengendalian Penyakit', '2026-S2', 'BAIK'), resp('Bidang Pencegahan dan Pengendalian Penyakit', '2026-S2', 'TIDAK BAIK'), resp('Bidang Pencegahan dan Pengendalian Penyakit', '2027-S1', 'BAIK')], DEFAULT_BAND_TABLE);
const settings: Settings = { ...DEFAULT_SETTINGS, kepalaNama: 'dr. Yohanes Bria Seran, M.Kes.', kepalaNip: '197005121998031004', kepalaPangkat: 'Pembina Utama Muda / IV/c', alamat: 'Jl. Palapa No. 22' };
const make = (s: Settings = settings, key = '2027-S1') =>
  monitoringReport({
    settings: s,
    todayMs: witaToMs(2027, 7, 5, 10),
    data: semesterMonitoring(reviewed, reports, (n) => units[n] ?? '', trend, semesterOfKey(key)!),
    bands: DEFAULT_BAND_TABLE.map((b) => b.label),
  });
const tables = (doc: ReturnType<typeof make>) => doc.body.filter((b): b is TableBlock => b.type === 'table');

describe('monitoringReport (M2)', () => {
  const doc = make();
  const texts = blockTexts(doc.body);
  const all = texts.join('\n');

  it('is filled: kop first, title, the semester, no placeholder, the head’s signature block', () => {
    expect(doc.body[0].type).toBe('kop');
    expect(texts).toContain(MONITORING_REPORT_TITLE);
    expect(texts).toContain('SEMESTER I 2027');
    expect(all).toContain('Semester I 2027 (Januari–Juni)');
    expect(texts.flatMap(findPlaceholders)).toEqual([]);
    expect(texts.slice(-9)).toEqual(['Kupang, 5 Juli 2027', 'Mengetahui,', 'KEPALA DINAS KESEHATAN PROVINSI NUSA TENGGARA TIMUR,', '', '', '', 'dr. Yohanes Bria Seran, M.Kes.', 'Pembina Utama Muda (IV/c)', 'NIP 19700512 199803 1 004']);
  });

  it('the appointed agents only; their approved activities with the semester’s and the to-date realisation; the others named', () => {
    expect(all).not.toContain('Agen Lama');
    const plans = tables(doc).filter((t) => t.rows[0][1] === 'Kegiatan' && t.rows[0][2] === 'Target');
    expect(plans.map((t) => t.rows.slice(1))).toEqual([
      [['1', 'Nomor antrean daring di loket pelayanan terpadu', '12', '7', '9', '75%']],
      [['1', 'Forum berbagi dua bulanan', '6', '1', '1', '16,7%']],
    ]);
    expect(all).toContain('1 kegiatan lain belum disetujui (No 2: Diajukan).');
    const summary = tables(doc).find((t) => t.rows[0][1] === 'Nama dan NIP')!;
    expect(summary.rows.slice(1)).toEqual([
      ['1.', 'Maria Goreti Lake, S.Kep., Ns., M.Kes.\nNIP 19860926 201505 1 001', LONG_UNIT, '1 dari 2', '2', '75%'],
      ['2.', 'Yohanes Bria\nNIP 19700512 199803 2 004', 'Sekretariat', '1 dari 1', '1', '16,7%'],
    ]);
  });

  it('problems and solutions of the semester in one cell each, with their month; none said so', () => {
    const issues = tables(doc).filter((t) => t.rows[0][2] === 'Kendala');
    expect(issues).toHaveLength(1);
    expect(issues[0].rows[1]).toEqual(['1', 'Nomor antrean daring di loket pelayanan terpadu', 'Februari 2027: Jaringan internet di loket sering putus', 'Maret 2027: Modem cadangan dari bagian umum']);
    expect(all).toContain('Tidak ada kendala yang dilaporkan.');
  });

  it('the survey of the agent’s unit up to the semester, with the change, or that there is none', () => {
    const survey = tables(doc).find((t) => t.rows[0][0] === 'Semester')!;
    expect(survey.rows).toEqual([
      ['Semester', 'Responden', 'BAIK', 'BELUM BAIK', 'KURANG BAIK', 'TIDAK BAIK'],
      ['Semester II 2026', '2', '50%', '0%', '0%', '50%'],
      ['Semester I 2027', '1', '100% (+50)', '0% (0)', '0% (0)', '0% (-50)'],
    ]);
    expect(all).toContain('Dibanding Semester II 2026: BAIK +50, BELUM BAIK 0, KURANG BAIK 0, TIDAK BAIK -50 poin persen. Kategori terbanyak: BAIK.');
    expect(all).toContain('Belum ada jawaban survei yang dinilai dari unit kerja ini.');
    const later = blockTexts(make(settings, '2027-S2').body).join('\n');
    expect(later).toContain('Belum ada jawaban survei dari unit ini pada Semester II 2027; data terakhir Semester I 2027, kategori terbanyak BAIK.');
  });

  it('every table on the text width, no word wider than its column, on F4 and A4, Arial and Bookman, 12 and 11 pt', () => {
    for (const paper of ['F4', 'A4'] as const) {
      for (const documentFont of ['Arial', 'Bookman Old Style'] as const) {
        for (const documentFontSize of [12, 11]) {
          const d = make({ ...settings, paper, documentFont, documentFontSize });
          const page = pageOf({ ...settings, paper, documentFont, documentFontSize });
          expect(d.page).toEqual(page);
          const ts = tables(d);
          expect(ts.length).toBe(5);
          for (const t of ts) {
            expect(t.header).toBe(true);
            expect(t.widths.reduce((a, b) => a + b, 0)).toBeCloseTo(textWidth(page), 1);
            const size = t.fontSize ?? page.fontSize;
            t.widths.forEach((w, c) => {
              for (const row of t.rows) {
                for (const word of row[c].split(/\s+/).filter((x) => x !== '')) {
                  expect(measureText(word, page.font, size, row === t.rows[0]) + 2 * CELL_PADDING, `"${word}" ${paper} ${documentFont} ${documentFontSize}`).toBeLessThanOrEqual(w + 0.01);
                }
              }
            });
          }
        }
      }
    }
  });

  it('dotted blanks where Pengaturan has no head yet; percentages in Indonesian', () => {
    const t = blockTexts(make({ ...settings, kepalaNama: '', kepalaNip: '', kepalaPangkat: '' }).body);
    expect(t.slice(-3)).toEqual(['....................', '....................', 'NIP ....................']);
    expect([percent(null), percent(0.7), percent(1 / 3), percent(1.5)]).toEqual(['–', '70%', '33,3%', '150%']);
  });
});
