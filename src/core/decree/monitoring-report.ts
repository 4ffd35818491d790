/**
 * The monitoring report for the head of office ("Buat Laporan Pemantauan"; seed "MEKANISME KERJA
 * AOC": agents report execution, raise problems and solutions; "PEMBINAAN & MONITORING AOC": the
 * survey), one semester at a time, laid out like the decree: the page setup of `Pengaturan`, the
 * kop on the first page, data tables sized to the text width with a repeated header row, and the
 * right-hand signature block of the head ("Mengetahui"). Its facts are `Pemantauan Agen`'s,
 * computed by the same code (core/monitoring: agentLines, unitTrend, semesterMonitoring); here
 * they are only laid out.
 *
 * The document's size grows with the agents, their approved activities and the survey's
 * semesters, never with the number of reports: an activity's kendala and solusi share one cell.
 */
import { formatTanggal } from '../dates';
import { type ActivityLine, type AgentLine, type SemesterMonitoring, semesterName, type UnitSemester } from '../monitoring';
import { PLAN_STATUS } from '../action-plan-approval';
import { formatNip } from '../nip';
import { pageOf, type Settings } from '../settings';
import { type DocBlock, type DocSkeleton, para } from './blocks';
import { formatScore } from './berita-acara';
import { dataTable, kopBlock, rightBlockIndent } from './layout';
import { BLANK_DATE, formatPangkat, kopLines } from './model';

export const MONITORING_REPORT_TITLE = 'LAPORAN PEMANTAUAN AGEN PERUBAHAN';

export interface MonitoringReportInput {
  settings: Settings;
  /** The day the report is made (ms). */
  todayMs: number;
  data: SemesterMonitoring;
  /** The survey's band labels, in table order. */
  bands: readonly string[];
}

/** "70%", "33,3%", "–" for none. */
export const percent = (x: number | null): string => (x === null ? '–' : `${formatScore(Math.round(x * 1000) / 10)}%`);
/** A change in points with its sign ("+50", "-12,5", "0"). */
const points = (x: number | null): string => (x === null ? '' : `${x > 0 ? '+' : ''}${formatScore(Math.round(x * 1000) / 10)}`);
const number = (x: number | null): string => (x === null ? '–' : formatScore(x));

const approvedOf = (a: AgentLine): ActivityLine[] => a.activities.filter((x) => x.status === PLAN_STATUS.approved);

/** The activity's kendala and solusi of the semester, one cell each: "Maret 2027: sinyal lemah; April 2027: …". */
function issueCells(x: ActivityLine): [string, string] {
  const problems = x.reports.filter((r) => r.problems !== '').map((r) => `${r.period}: ${r.problems}`);
  const solutions = x.reports.filter((r) => r.solutions !== '').map((r) => `${r.period}: ${r.solutions}`);
  return [problems.join('; ') || '–', solutions.join('; ') || '–'];
}

/** A NIP cell that never splits inside its groups. */
const NIP_SAMPLE = '19860926 201505 1 001';

/** The monitoring report as a document (every value filled), laid out for the page setup. */
export function monitoringReport(input: MonitoringReportInput): DocSkeleton {
  const { settings, todayMs, data, bands } = input;
  const page = pageOf(settings);
  const instansi = settings.instansi.trim();
  const kop = kopLines(settings);
  const sem = data.semester;
  const name = semesterName(sem);
  const keepWithNext = true;
  const agents = data.toDate;

  const reportsIn = (i: number) => data.inSemester[i].activities.reduce((n, x) => n + (x.status === PLAN_STATUS.approved ? x.reports.length : 0), 0);
  const summary = dataTable(
    page,
    [
      ['No', 'Nama dan NIP', 'Unit Kerja', 'Kegiatan Disetujui', `Laporan ${name}`, 'Rata-rata Capaian'],
      ...agents.map((a, i) => [
        `${i + 1}.`,
        `${a.agentName}\nNIP ${a.agentNip ? formatNip(a.agentNip) : '-'}`,
        a.unit || '-',
        `${a.approved} dari ${a.activities.length}`,
        String(reportsIn(i)),
        percent(a.achieved),
      ]),
    ],
    [
      { header: 'No', texts: ['10.'], keep: ['10.'], fixed: true },
      { header: 'Nama dan NIP', texts: agents.map((a) => a.agentName), keep: [`NIP ${NIP_SAMPLE}`] },
      { header: 'Unit Kerja', texts: agents.map((a) => a.unit) },
      { header: 'Kegiatan Disetujui', texts: ['10 dari 10'], keep: ['10 dari 10'], fixed: true },
      { header: `Laporan ${name}`, texts: ['100'], fixed: true },
      { header: 'Rata-rata Capaian', texts: ['100,0%'], keep: ['100,0%'], fixed: true },
    ],
    ['center', undefined, undefined, 'center', 'center', 'center'],
  );

  const body: DocBlock[] = [
    kopBlock(page, instansi.toUpperCase(), kop.address, kop.city),
    para(MONITORING_REPORT_TITLE, { align: 'center', bold: true }),
    para(`DI LINGKUNGAN ${instansi.toUpperCase()}`, { align: 'center', bold: true }),
    para(name.toUpperCase(), { align: 'center', bold: true }),
    para(''),
    para(
      `Laporan ini disusun oleh Tim Reformasi Birokrasi Area Manajemen Perubahan ${instansi} untuk Kepala ${instansi} sebagai bahan pembinaan dan pemantauan Agen Perubahan pada ${sem.label}: rencana tindak yang telah disetujui pimpinan, realisasinya menurut laporan para agen, kendala dan solusi yang dilaporkan, serta hasil survei SOLIDER berAKHLAK di unit kerja para agen.`,
      { align: 'justify' },
    ),
    para(''),
    para(
      `Realisasi adalah jumlah realisasi pada laporan yang dihitung (lembar Laporan Rencana Tindak); capaian adalah realisasi sampai dengan akhir semester dibagi target dikali 100. Angka survei adalah persentase responden per kategori, dengan perubahan dari semester sebelumnya dalam poin persen.`,
      { align: 'justify' },
    ),
    para(''),
    para('A. Ringkasan', { bold: true, keepWithNext }),
    summary,
    para(''),
    para('B. Rincian per Agen', { bold: true, keepWithNext }),
  ];

  agents.forEach((a, i) => {
    const inSem = data.inSemester[i];
    const approved = approvedOf(a);
    const approvedIn = approvedOf(inSem);
    body.push(
      para(''),
      para(`${i + 1}. ${a.agentName}`, { bold: true, keepWithNext }),
      para(`NIP ${a.agentNip ? formatNip(a.agentNip) : '-'}; Unit Kerja: ${a.unit || '-'}`, { keepWithNext }),
      para('a. Rencana tindak yang disetujui dan realisasinya:', { keepWithNext }),
    );
    if (approved.length === 0) {
      body.push(para('Belum ada kegiatan yang disetujui Kepala Dinas.'));
    } else {
      body.push(
        dataTable(
          page,
          [
            ['No', 'Kegiatan', 'Target', `Realisasi ${name}`, 'Realisasi s.d. Semester Ini', 'Capaian'],
            ...approved.map((x, k) => [x.no || '-', x.activity, number(x.target), number(approvedIn[k].realisation), number(x.realisation), percent(x.achieved)]),
          ],
          [
            { header: 'No', texts: ['10'], keep: ['10'], fixed: true },
            { header: 'Kegiatan', texts: approved.map((x) => x.activity) },
            { header: 'Target', texts: ['1000'], fixed: true },
            { header: `Realisasi ${name}`, texts: ['1000'], fixed: true },
            { header: 'Realisasi s.d. Semester Ini', texts: ['1000'], fixed: true },
            { header: 'Capaian', texts: ['100,0%'], keep: ['100,0%'], fixed: true },
          ],
          ['center', undefined, 'center', 'center', 'center', 'center'],
        ),
      );
    }
    const others = a.activities.length - approved.length;
    if (others > 0) body.push(para(`${others} kegiatan lain belum disetujui (${a.activities.filter((x) => x.status !== PLAN_STATUS.approved).map((x) => `No ${x.no || '-'}: ${x.status}`).join('; ')}).`));
    const withIssues = approvedIn.filter((x) => x.reports.some((r) => r.problems !== '' || r.solutions !== ''));
    body.push(para(`b. Kendala dan solusi yang dilaporkan pada ${name}:`, { keepWithNext }));
    if (withIssues.length === 0) body.push(para('Tidak ada kendala yang dilaporkan.'));
    else {
      body.push(
        dataTable(
          page,
          [['No', 'Kegiatan', 'Kendala', 'Solusi'], ...withIssues.map((x) => [x.no || '-', x.activity, ...issueCells(x)])],
          [
            { header: 'No', texts: ['10'], keep: ['10'], fixed: true },
            { header: 'Kegiatan', texts: withIssues.map((x) => x.activity) },
            { header: 'Kendala', texts: withIssues.map((x) => issueCells(x)[0]) },
            { header: 'Solusi', texts: withIssues.map((x) => issueCells(x)[1]) },
          ],
          ['center'],
        ),
      );
    }
    body.push(...surveyBlocks(page, a.unit, data.trend, bands, sem.key, name));
  });

  const indent = rightBlockIndent(page);
  const dotted = (s: string) => (s.trim() === '' ? BLANK_DATE : s.trim());
  body.push(
    para(''),
    // The closing line, the place and date, the head's title and name stay on one page.
    para(`Demikian laporan ini disampaikan untuk menjadi bahan pembinaan Agen Perubahan di lingkungan ${instansi}.`, { align: 'justify', keepWithNext }),
    para('', { keepWithNext }),
    para(`${settings.kota.trim()}, ${formatTanggal(todayMs)}`, { indent, keepWithNext }),
    para('Mengetahui,', { indent, keepWithNext }),
    para(`KEPALA ${instansi.toUpperCase()},`, { indent, bold: true, keepWithNext }),
    para('', { indent, keepWithNext }),
    para('', { indent, keepWithNext }),
    para('', { indent, keepWithNext }),
    para(dotted(settings.kepalaNama), { indent, bold: true, keepWithNext }),
    para(dotted(formatPangkat(settings.kepalaPangkat)), { indent, keepWithNext }),
    para(`NIP ${settings.kepalaNip.trim() === '' ? BLANK_DATE : formatNip(settings.kepalaNip.trim())}`, { indent }),
  );
  return { page, header: [], body, footer: [] };
}

const unitKey = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** "c. Survei …": the unit's bands by semester up to this one, and the change in words. */
function surveyBlocks(page: DocSkeleton['page'], unit: string, trend: readonly UnitSemester[], bands: readonly string[], key: string, name: string): DocBlock[] {
  const rows = trend.filter((t) => unitKey(t.unit) === unitKey(unit));
  const lead = para(`c. Survei SOLIDER berAKHLAK di ${unit || 'unit kerja agen'} (persentase responden per kategori):`, { keepWithNext: true });
  if (rows.length === 0) return [lead, para('Belum ada jawaban survei yang dinilai dari unit kerja ini.')];
  const table = dataTable(
    page,
    [
      ['Semester', 'Responden', ...bands],
      ...rows.map((t) => [semesterName({ label: t.periodLabel }), String(t.responses), ...t.shares.map((s, i) => `${percent(s)}${t.change[i] === null ? '' : ` (${points(t.change[i])})`}`)]),
    ],
    [
      { header: 'Semester', texts: rows.map((t) => semesterName({ label: t.periodLabel })) },
      { header: 'Responden', texts: ['1000'], keep: ['1000'] },
      ...bands.map((b) => ({ header: b, texts: ['100%', '(+100)'], keep: ['100%'] })),
    ],
    ['left', 'center', ...bands.map(() => 'center' as const)],
  );
  const last = rows[rows.length - 1];
  const out: DocBlock[] = [lead, table];
  const lastName = semesterName({ label: last.periodLabel });
  if (last.periodKey !== key) out.push(para(`Belum ada jawaban survei dari unit ini pada ${name}; data terakhir ${lastName}, kategori terbanyak ${last.top || '–'}.`));
  else if (rows.length === 1) out.push(para(`Kategori terbanyak: ${last.top || '–'} (belum ada semester sebelumnya untuk dibandingkan).`));
  else {
    const moves = bands.map((b, i) => `${b} ${points(last.change[i])}`).join(', ');
    out.push(para(`Dibanding ${semesterName({ label: rows[rows.length - 2].periodLabel })}: ${moves} poin persen. Kategori terbanyak: ${last.top || '–'}.`, { align: 'justify' }));
  }
  return out;
}
