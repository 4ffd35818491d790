/**
 * A3: the berita acara assessment (assessment minutes) as filled structured blocks: who assessed,
 * by which criteria, the ranked table with the mean score per criterion and the total, the
 * candidates proposed to the head of office, and signature lines for the assessors.
 */
import { type AssessmentLayout, type AssessmentRow, SUPERVISOR_ASSESSOR } from '../assessment/layout';
import type { AssessmentResult } from '../assessment/totals';
import { formatTanggal, hariTanggal, witaParts } from '../dates';
import { formatNip } from '../nip';
import type { Settings } from '../settings';
import { ASSESSMENT_CRITERIA, SCORE_MAX, SCORE_MIN } from '../values';
import { type DocBlock, type DocSkeleton, para, type ParagraphBlock } from './blocks';
import { terbilang } from './model';

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

const SIGN_INDENT = 260;

/** The minutes as a document (no placeholders: every value filled). */
export function beritaAcara(input: BeritaAcaraInput): DocSkeleton {
  const { settings, todayMs, layout, rows, result } = input;
  const proposalSize = input.proposalSize ?? 5;
  const instansi = settings.instansi.trim();
  const kota = settings.kota.trim();
  const year = witaParts(todayMs).year;

  const header: ParagraphBlock[] = [
    para('PEMERINTAH PROVINSI NUSA TENGGARA TIMUR', { align: 'center', bold: true }),
    para(instansi.toUpperCase(), { align: 'center', bold: true }),
  ];
  const contact = [settings.alamat.trim(), kota, settings.kodePos.trim()].filter((s) => s !== '').join(', ');
  if (contact !== '') header.push(para(contact, { align: 'center', size: 10 }));

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

  const body: DocBlock[] = [
    para(BERITA_ACARA_TITLE, { align: 'center', bold: true }),
    para(`DI LINGKUNGAN ${instansi.toUpperCase()} TAHUN ${year}`, { align: 'center', bold: true }),
    para(''),
    para(
      `Pada hari ini ${hariTanggal(todayMs)}, bertempat di ${kota}, Tim Reformasi Birokrasi Area Manajemen Perubahan ${instansi} bersama atasan langsung masing-masing calon telah melaksanakan assessment terhadap calon agen perubahan hasil penjaringan awal, untuk mengetahui potensi dan kemampuan calon serta kesesuaiannya dengan kriteria agen perubahan.`,
      { align: 'justify' },
    ),
    para('Kriteria yang dinilai:'),
    ...ASSESSMENT_CRITERIA.map((c, i) => para(`${i + 1}. ${c.description}.`, { indent: 20 })),
    para(
      `Setiap kriteria diberi skor ${SCORE_MIN} sampai ${SCORE_MAX} oleh setiap penilai. Nilai akhir adalah rata-rata, atas para penilai yang mengisi lengkap, dari jumlah skor keempat kriteria (rentang ${SCORE_MIN * ASSESSMENT_CRITERIA.length}–${SCORE_MAX * ASSESSMENT_CRITERIA.length}).`,
      { align: 'justify' },
    ),
    para('Penilai:'),
    para(`1. Atasan langsung masing-masing calon${supervisors.length > 0 ? ` (${supervisors.join('; ')})` : ''}`, { indent: 20 }),
    ...others.map((a, i) => para(`${i + 2}. ${a}`, { indent: 20 })),
    para(''),
    para('Hasil penilaian, menurut peringkat:'),
    {
      type: 'table',
      header: true,
      rows: [
        ['Peringkat', 'Nama', 'NIP', 'Unit Kerja', ...ASSESSMENT_CRITERIA.map((c) => c.name), 'Nilai Akhir'],
        ...ranked.map(({ row, r }) => [
          String(r.rank),
          row.name,
          formatNip(row.nip),
          row.unit,
          ...r.criterionMeans.map((m) => (m === null ? '-' : formatScore(m))),
          formatScore(r.total as number),
        ]),
      ],
    },
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
        { align: 'justify' },
      ),
      ...proposed.map(({ row, r }, i) => para(`${i + 1}. ${row.name} (NIP ${formatNip(row.nip)}), nilai akhir ${formatScore(r.total as number)}`, { indent: 20 })),
    );
    if (result.tieAtCutoff) {
      body.push(para(`Catatan: terdapat nilai sama pada batas ${proposalSize} besar, sehingga semua calon dengan nilai tersebut diusulkan.`));
    }
  }
  body.push(
    para(''),
    para('Demikian berita acara ini dibuat untuk dipergunakan sebagaimana mestinya.'),
    para(''),
    para(`${kota}, ${formatTanggal(todayMs)}`, { indent: SIGN_INDENT }),
    para('Tim Penilai,', { indent: SIGN_INDENT, bold: true }),
    para(''),
  );
  const signers = [...supervisors.map((s) => ({ name: s, role: 'Atasan Langsung' })), ...others.map((a) => ({ name: a, role: 'Tim RB' }))];
  body.push({
    type: 'table',
    header: true,
    rows: [['No', 'Nama', 'Sebagai', 'Tanda Tangan'], ...signers.map((s, i) => [String(i + 1), s.name, s.role, `${i + 1}. ....................`])],
  });
  return { header, body, footer: [] };
}
