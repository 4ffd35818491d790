/**
 * A3: the berita acara assessment (assessment minutes) as filled structured blocks: the kop on
 * its first page, who assessed, by which criteria, the ranked candidates and their total, the
 * mean score per criterion, the candidates proposed to the head of office, and signature lines
 * for the assessors. Its year is the programme's (the period of duty's), like the decree it
 * feeds; its date is the day it is made.
 */
import { type AssessmentLayout, type AssessmentRow, SUPERVISOR_ASSESSOR } from '../assessment/layout';
import type { AssessmentResult } from '../assessment/totals';
import { formatTanggal, hariTanggal } from '../dates';
import { formatNip } from '../nip';
import { pageOf, type Settings } from '../settings';
import { ASSESSMENT_CRITERIA, SCORE_MAX, SCORE_MIN } from '../values';
import { type Align, type DocBlock, type DocSkeleton, para, type TableBlock } from './blocks';
import { fitColumns } from './columns';
import { dataTable, kopBlock, rightBlockIndent } from './layout';
import { kopLines, programmeYear, terbilang } from './model';
import { type PageSetup, textWidth } from './page';

export const BERITA_ACARA_TITLE = 'BERITA ACARA ASSESSMENT CALON AGEN PERUBAHAN';

export interface BeritaAcaraInput {
  settings: Settings;
  /** The day the minutes are made (ms). */
  todayMs: number;
  layout: AssessmentLayout;
  rows: readonly AssessmentRow[];
  result: AssessmentResult;
  /** How many candidates are proposed (default 5). */
  proposalSize?: number;
}

/** A score with an Indonesian decimal comma, at most two decimals ("15,33", "16", "4,5"). */
export function formatScore(x: number): string {
  const r = Math.round(x * 100) / 100;
  return String(r).replace('.', ',');
}

/** A numbered list as a borderless two-column table (marker | text), so wrapped lines hang. */
function numbered(page: PageSetup, items: readonly string[], marker: (i: number) => string): TableBlock {
  const markers = items.map((_, i) => marker(i));
  const fit = fitColumns([{ texts: markers, keep: markers, fixed: true }, { texts: ['x'] }], textWidth(page), page.font, [page.fontSize]);
  return {
    type: 'table',
    borderless: true,
    widths: (fit as { widths: number[] }).widths,
    rows: items.map((text, i) => [markers[i], text]),
    align: [undefined, 'justify'],
    plainColumns: [0],
  };
}

/** Short criterion labels of the score table ("K1"…), explained by the numbered list above it. */
export const criterionLabel = (i: number): string => `K${i + 1}`;

/** The minutes as a document (no placeholders: every value filled), laid out for the page setup. */
export function beritaAcara(input: BeritaAcaraInput): DocSkeleton {
  const { settings, todayMs, layout, rows, result } = input;
  const page = pageOf(settings);
  const proposalSize = input.proposalSize ?? 5;
  const instansi = settings.instansi.trim();
  const kota = settings.kota.trim();
  const year = programmeYear(settings, todayMs);
  const kop = kopLines(settings);
  const indent = rightBlockIndent(page);
  /** A lead-in line stays on the page of the table it introduces. */
  const keepWithNext = true;

  const ranked = rows
    .map((row, i) => ({ row, r: result.rows[i] }))
    .filter(({ row, r }) => !row.retired && !row.duplicate && r.rank !== null)
    .sort((a, b) => (a.r.rank as number) - (b.r.rank as number));
  const unassessed = rows
    .map((row, i) => ({ row, r: result.rows[i] }))
    .filter(({ row, r }) => !row.retired && !row.duplicate && r.total === null);
  const proposed = ranked.filter(({ r }) => r.proposed);

  const others = layout.assessors.filter((a) => a !== SUPERVISOR_ASSESSOR);
  const supervisors: string[] = [];
  for (const { row } of ranked) {
    const s = row.supervisorName.trim();
    if (s !== '' && supervisors.indexOf(s) < 0) supervisors.push(s);
  }

  const rankTable = dataTable(
    page,
    [
      ['Peringkat', 'Nama', 'NIP', 'Unit Kerja', 'Nilai Akhir'],
      ...ranked.map(({ row, r }) => [String(r.rank), row.name, formatNip(row.nip), row.unit, formatScore(r.total as number)]),
    ],
    [
      { header: 'Peringkat', texts: ['10'], fixed: true },
      { header: 'Nama', texts: ranked.map(({ row }) => row.name) },
      // A grouped NIP on one line (split "… 200312 2 / 029" it reads as two numbers).
      { header: 'NIP', texts: ranked.map(({ row }) => formatNip(row.nip)), keep: ['19860926 201505 1 001'] },
      { header: 'Unit Kerja', texts: ranked.map(({ row }) => row.unit) },
      { header: 'Nilai Akhir', texts: ['20,00'], keep: ['20,00'], fixed: true },
    ],
    ['center', undefined, undefined, undefined, 'center'],
  );
  const scoreTable = dataTable(
    page,
    [
      ['Peringkat', 'Nama', ...ASSESSMENT_CRITERIA.map((_, i) => criterionLabel(i)), 'Nilai Akhir'],
      ...ranked.map(({ row, r }) => [
        String(r.rank),
        row.name,
        ...r.criterionMeans.map((m) => (m === null ? '-' : formatScore(m))),
        formatScore(r.total as number),
      ]),
    ],
    [
      { header: 'Peringkat', texts: ['10'], fixed: true },
      { header: 'Nama', texts: ranked.map(({ row }) => row.name) },
      ...ASSESSMENT_CRITERIA.map((_, i) => ({ header: criterionLabel(i), texts: ['5,00'], keep: ['5,00'], fixed: true })),
      { header: 'Nilai Akhir', texts: ['20,00'], keep: ['20,00'], fixed: true },
    ],
    ['center', undefined, ...ASSESSMENT_CRITERIA.map((): Align => 'center'), 'center'],
  );

  const body: DocBlock[] = [
    kopBlock(page, instansi.toUpperCase(), kop.address, kop.city),
    para(BERITA_ACARA_TITLE, { align: 'center', bold: true }),
    para(`DI LINGKUNGAN ${instansi.toUpperCase()} TAHUN ${year}`, { align: 'center', bold: true }),
    para(''),
    para(
      `Pada hari ini ${hariTanggal(todayMs)}, bertempat di ${kota}, Tim Reformasi Birokrasi Area Manajemen Perubahan ${instansi} bersama atasan langsung masing-masing calon telah melaksanakan assessment terhadap calon agen perubahan hasil penjaringan awal, untuk mengetahui potensi dan kemampuan calon serta kesesuaiannya dengan kriteria agen perubahan.`,
      { align: 'justify' },
    ),
    para(''),
    para('Kriteria yang dinilai:', { keepWithNext }),
    numbered(page, ASSESSMENT_CRITERIA.map((c) => `${c.description}.`), (i) => `${criterionLabel(i)}.`),
    para(
      `Setiap kriteria diberi skor ${SCORE_MIN} sampai ${SCORE_MAX} oleh setiap penilai. Nilai akhir adalah rata-rata, atas para penilai yang mengisi lengkap, dari jumlah skor keempat kriteria (rentang ${SCORE_MIN * ASSESSMENT_CRITERIA.length} sampai ${SCORE_MAX * ASSESSMENT_CRITERIA.length}).`,
      { align: 'justify' },
    ),
    para(''),
    para('Penilai:', { keepWithNext }),
    numbered(
      page,
      [`Atasan langsung masing-masing calon${supervisors.length > 0 ? ` (${supervisors.join('; ')})` : ''}`, ...others],
      (i) => `${i + 1}.`,
    ),
    para(''),
    para('Hasil penilaian, menurut peringkat:', { keepWithNext }),
    rankTable,
    para(''),
    para(`Rata-rata skor per kriteria (${ASSESSMENT_CRITERIA.map((_, i) => criterionLabel(i)).join(', ')} sesuai nomor kriteria di atas):`, { keepWithNext }),
    scoreTable,
    para(''),
  ];
  if (unassessed.length > 0) {
    body.push(para(`Calon yang belum dinilai lengkap: ${unassessed.map(({ row }) => row.name).join('; ')}.`));
  }
  if (proposed.length === 0) {
    body.push(para('Belum ada calon yang dapat diusulkan karena belum ada penilaian yang lengkap.'));
  } else {
    const agents = settings.agentCount;
    body.push(
      para(
        `Berdasarkan peringkat hasil penilaian, Tim mengusulkan ${proposed.length} (${terbilang(proposed.length)}) calon berikut kepada Kepala ${instansi} untuk dipilih ${agents} (${terbilang(agents)}) orang yang ditetapkan sebagai Agen Perubahan:`,
        { align: 'justify', keepWithNext },
      ),
      numbered(
        page,
        proposed.map(({ row, r }) => `${row.name} (NIP ${formatNip(row.nip)}), nilai akhir ${formatScore(r.total as number)}`),
        (i) => `${i + 1}.`,
      ),
    );
    if (result.tieAtCutoff) {
      body.push(para(`Catatan: terdapat nilai sama pada batas ${proposalSize} besar, sehingga semua calon dengan nilai tersebut diusulkan.`));
    }
  }
  body.push(
    para(''),
    para('Demikian berita acara ini dibuat untuk dipergunakan sebagaimana mestinya.'),
    para(''),
    // The place and date, "Tim Penilai," and the signers' table stay on one page.
    para(`${kota}, ${formatTanggal(todayMs)}`, { indent, align: 'left', keepWithNext }),
    para('Tim Penilai,', { indent, bold: true, align: 'left', keepWithNext }),
    para('', { keepWithNext }),
  );
  const signers = [...supervisors.map((s) => ({ name: s, role: 'Atasan Langsung' })), ...others.map((a) => ({ name: a, role: 'Tim RB' }))];
  body.push(
    dataTable(
      page,
      [['No', 'Nama', 'Sebagai', 'Tanda Tangan'], ...signers.map((s, i) => [String(i + 1), s.name, s.role, `${i + 1}. ....................`])],
      [
        { header: 'No', texts: ['10'], fixed: true },
        { header: 'Nama', texts: signers.map((s) => s.name) },
        { header: 'Sebagai', texts: ['Atasan Langsung'], keep: ['Atasan Langsung'], fixed: true },
        { header: 'Tanda Tangan', texts: ['10. ....................'], keep: ['10. ....................'] },
      ],
      ['center'],
    ),
  );
  return { page, header: [], body, footer: [] };
}
