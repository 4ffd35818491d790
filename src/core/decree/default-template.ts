/**
 * D1: the default decree template, a complete Keputusan Kepala Dinas skeleton in the layout of
 * Permendagri 1/2023 (domain.md), laid out for the page setup of `Pengaturan` (page.ts): the kop
 * at the top of the first page (in the body, with a rule under it), title, Menimbang, Mengingat,
 * Memperhatikan, MEMUTUSKAN, diktum KESATU–KELIMA with the roles, tasks and period, the
 * right-hand signature block, then the LAMPIRAN on its own page with its own heading block and
 * the agents' table (one agent row, repeated per agent when filled). Every table's columns sum to
 * the text width; no label is narrower than its longest word. Every variable part is a
 * placeholder; the team edits the resulting Doc freely.
 */
import { AGENT_ROLES, ROLE_NAMES } from '../values';
import { type DocBlock, type DocSkeleton, para, type ParagraphBlock, type TableBlock } from './blocks';
import { dataTable, headingPara, kopBlock, labelColumns, rightBlockIndent, sampleText, wrapLines } from './layout';
import { DEFAULT_PAGE, type PageSetup, textWidth } from './page';
import { CELL_PADDING, fitColumns } from './columns';

export const DEFAULT_TEMPLATE_NAME = 'Template SK Agen Perubahan';

/**
 * The headers of the agents' table in the Lampiran. Name and NIP share a column (the NIP on its
 * own line under the name, as Indonesian decrees print it) so six columns fit a portrait page
 * at 11 pt.
 */
export const AGENT_TABLE_HEADERS = ['No', 'Nama dan NIP', 'Pangkat/ Gol.', 'Jabatan', 'Unit Kerja', 'Peran'];
/** The one agent row of the template, in the order of AGENT_TABLE_HEADERS ("\n" starts a new paragraph of the cell). */
export const AGENT_ROW = ['{{NO}}', '{{NAMA}}\nNIP {{NIP}}', '{{PANGKAT}}', '{{JABATAN}}', '{{UNIT}}', '{{PERAN}}'];

const TITLE = 'PENETAPAN AGEN PERUBAHAN DI LINGKUNGAN {{INSTANSI_KAPITAL}} TAHUN {{TAHUN}}';

/** Legal bases, higher rank first, then by year (domain.md). */
export const MENGINGAT: readonly string[] = [
  'Undang-Undang Nomor 64 Tahun 1958 tentang Pembentukan Daerah-daerah Tingkat I Bali, Nusa Tenggara Barat dan Nusa Tenggara Timur;',
  'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali diubah, terakhir dengan Undang-Undang Nomor 6 Tahun 2023;',
  'Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;',
  'Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020;',
  'Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil;',
  'Peraturan Presiden Nomor 81 Tahun 2010 tentang Grand Design Reformasi Birokrasi 2010–2025;',
  'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 27 Tahun 2014 tentang Pedoman Pembangunan Agen Perubahan di Instansi Pemerintah;',
  'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 25 Tahun 2020 tentang Road Map Reformasi Birokrasi 2020–2024 sebagaimana telah diubah dengan Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 3 Tahun 2023;',
  'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 6 Tahun 2022 tentang Pengelolaan Kinerja Pegawai Aparatur Sipil Negara;',
  'Peraturan Menteri Dalam Negeri Nomor 1 Tahun 2023 tentang Tata Naskah Dinas di Lingkungan Pemerintah Daerah;',
];

const MENIMBANG = [
  'bahwa dalam rangka percepatan pelaksanaan Reformasi Birokrasi, khususnya area manajemen perubahan, diperlukan pegawai yang menjadi pelopor perubahan serta contoh dan teladan (role model) dalam berperilaku yang mencerminkan nilai organisasi SOLIDER dan nilai dasar ASN BerAKHLAK di lingkungan {{INSTANSI}};',
  'bahwa berdasarkan hasil penjaringan dan assessment oleh Tim Reformasi Birokrasi Area Manajemen Perubahan, telah terpilih pegawai yang memenuhi kriteria untuk ditetapkan sebagai Agen Perubahan;',
  'bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan Kepala {{INSTANSI}} tentang Penetapan Agen Perubahan di Lingkungan {{INSTANSI}} Tahun {{TAHUN}};',
];

const MEMPERHATIKAN = [
  'Surat Edaran Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 20 Tahun 2021 tentang Implementasi Core Values dan Employer Branding Aparatur Sipil Negara;',
  'Berita Acara Assessment Calon Agen Perubahan di Lingkungan {{INSTANSI}} Tahun {{TAHUN}} tanggal {{TANGGAL_BERITA_ACARA}}.',
];

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Labels of the decree's column layout: the considerations, then the diktum. */
const CONSIDER_LABELS = ['Menimbang', 'Mengingat', 'Memperhatikan'];
const DIKTUM_LABELS = ['Menetapkan', 'KESATU', 'KEDUA', 'KETIGA', 'KEEMPAT', 'KELIMA'];

/** "Label | : | a. | text" rows, the label on the first row only. */
function labelled(label: string, items: readonly string[], marker: (i: number) => string): string[][] {
  return items.map((text, i) => [i === 0 ? label : '', i === 0 ? ':' : '', marker(i), text]);
}

/** "KESATU | : | text" rows, with optional lettered points and a closing paragraph below. */
function diktum(label: string, text: string, points: readonly string[] = [], after = ''): string[][] {
  return [[label, ':', '', text], ...points.map((p, i) => ['', '', `${LETTERS[i]}.`, p]), ...(after !== '' ? [['', '', '', after]] : [])];
}

/** The right-hand signature block (domain.md item 10), its lines kept together on one page. */
export function signatureBlock(page: PageSetup, withPlace: boolean): ParagraphBlock[] {
  const indent = rightBlockIndent(page);
  const keepWithNext = true;
  const place = withPlace ? [para('Ditetapkan di {{KOTA}}', { indent, keepWithNext }), para('pada tanggal {{TANGGAL}}', { indent, keepWithNext })] : [];
  return [
    para(''),
    ...place,
    para('KEPALA {{INSTANSI_KAPITAL}},', { indent, bold: true, keepWithNext }),
    para('', { indent, keepWithNext }),
    para('', { indent, keepWithNext }),
    para('', { indent, keepWithNext }),
    para('{{KEPALA_NAMA}}', { indent, bold: true, keepWithNext }),
    para('{{KEPALA_PANGKAT}}', { indent, keepWithNext }),
    para('NIP {{KEPALA_NIP}}', { indent }),
  ];
}

/**
 * What the agents' columns are expected to hold once filled, so the table is sized for real
 * values (the placeholders themselves may wrap in the template; they are gone in a draft).
 */
const AGENT_SAMPLES: string[][] = [
  ['10.'],
  ['Maria Goreti Lake, S.Kep., Ns., M.Kes.', 'NIP 19860926 201505 1 001'],
  ['Penata Muda Tk. I (III/b)'],
  ['Administrator Kesehatan Ahli Muda', 'Kepegawaian'],
  ['Bidang Pencegahan dan Pengendalian Penyakit'],
  [...ROLE_NAMES],
];

/** The agents' table of the Lampiran: No | Nama dan NIP | Pangkat/Gol. | Jabatan | Unit Kerja | Peran. */
export function agentTable(page: PageSetup): TableBlock {
  return dataTable(
    page,
    [AGENT_TABLE_HEADERS.slice(), AGENT_ROW.slice()],
    AGENT_TABLE_HEADERS.map((header, i) => ({
      header,
      texts: AGENT_SAMPLES[i],
      // "NIP 19860926 201505 1 001" on one line under the name, as decrees print it (a NIP split
      // "… 200312 2 / 029" reads as two numbers).
      keep: i === 1 ? ['NIP 19860926 201505 1 001'] : i === 0 ? ['10.'] : undefined,
      fixed: i === 0,
    })),
    ['center'],
  );
}

/** Lines the Lampiran heading's TENTANG value may take (the title there, in ordinary type). */
export const LAMPIRAN_TITLE_LINES = 3;

/**
 * The Lampiran's heading block, right-hand: LAMPIRAN / NOMOR / TANGGAL / TENTANG. It stands as
 * far right as lets its value column hold the title on LAMPIRAN_TITLE_LINES lines (in the right
 * half only, the title would run down seven narrow lines), and ends at the right margin.
 */
function lampiranHeading(page: PageSetup, office?: string): TableBlock {
  const rows = [
    ['', 'LAMPIRAN', ':', 'KEPUTUSAN KEPALA {{INSTANSI_KAPITAL}}'],
    ['', 'NOMOR', ':', '{{NOMOR}}'],
    ['', 'TANGGAL', ':', '{{TANGGAL}}'],
    ['', 'TENTANG', ':', TITLE],
  ];
  const indent = rightBlockIndent(page);
  const fit = fitColumns(
    [{ keep: ['x'], fixed: true }, { texts: rows.map((r) => r[1]), fixed: true }, { texts: [':'], fixed: true }, { texts: ['x'] }],
    textWidth(page),
    page.font,
    [page.fontSize],
  );
  const widths = (fit as { widths: number[] }).widths.slice();
  const total = widths.reduce((a, b) => a + b, 0);
  // The value column: as wide as the title needs for its lines (measured with the office's name),
  // and a little more, so a renderer measuring differently does not need a line more.
  const title = sampleText(TITLE, office);
  let value = total - indent - widths[1] - widths[2];
  while (value < total - widths[1] - widths[2] && wrapLines(title, (value - 2 * CELL_PADDING) / 1.03, page).length > LAMPIRAN_TITLE_LINES) value += 2;
  // The spacer column pushes the block to the right, as far as the value column allows.
  widths[0] = Math.max(0, Math.round((total - widths[1] - widths[2] - value) * 100) / 100);
  widths[3] = Math.round((total - widths[0] - widths[1] - widths[2]) * 100) / 100;
  return { type: 'table', borderless: true, rows, widths, plainColumns: [0, 1, 2] };
}

/** The default template as structured blocks (D1), laid out for `page`. A fresh copy each call. */
export function defaultDecreeTemplate(page: PageSetup = DEFAULT_PAGE, office?: string): DocSkeleton {
  const roles = AGENT_ROLES.map((r) => `${r.name}, yaitu ${r.task};`);
  roles[roles.length - 1] = roles[roles.length - 1].replace(/;$/, '.');
  const markers = ['a.', 'b.', 'c.', '10.'];
  const widths = labelColumns(page, [...CONSIDER_LABELS, ...DIKTUM_LABELS], markers);
  // The considerations and the decision: borderless label tables sharing one set of columns, the
  // text column justified, the one-line label columns left at the paragraph defaults.
  const labelTable = (rows: TableBlock['rows']): TableBlock => ({ type: 'table', borderless: true, widths, align: [undefined, undefined, undefined, 'justify'], plainColumns: [0, 1, 2], rows });
  const considerations = labelTable([
    ...labelled('Menimbang', MENIMBANG, (i) => `${LETTERS[i]}.`),
    ...labelled('Mengingat', MENGINGAT, (i) => `${i + 1}.`),
    ...labelled('Memperhatikan', MEMPERHATIKAN, (i) => `${i + 1}.`),
  ]);
  const decision = labelTable([
    ...diktum('Menetapkan', `KEPUTUSAN KEPALA {{INSTANSI_KAPITAL}} TENTANG ${TITLE}.`),
    ...diktum(
      'KESATU',
      'Menetapkan pegawai yang namanya tercantum dalam Lampiran Keputusan ini sebagai Agen Perubahan di Lingkungan {{INSTANSI}} untuk masa tugas {{PERIODE}}.',
    ),
    ...diktum(
      'KEDUA',
      'Agen Perubahan sebagaimana dimaksud dalam Diktum KESATU mempunyai peran serta tugas dan fungsi sebagai berikut:',
      roles,
      'Dalam melaksanakan peran tersebut, Agen Perubahan menyusun rencana tindak perubahan yang disetujui Kepala {{INSTANSI}}, melaksanakannya, dan melaporkan hasilnya secara berkala.',
    ),
    ...diktum(
      'KETIGA',
      'Pelaksanaan tugas Agen Perubahan dipantau dan dievaluasi oleh Tim Reformasi Birokrasi Area Manajemen Perubahan {{INSTANSI}} dan dilaporkan kepada Kepala {{INSTANSI}}.',
    ),
    ...diktum('KEEMPAT', 'Segala biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada Dokumen Pelaksanaan Anggaran (DPA) {{INSTANSI}} Tahun Anggaran {{TAHUN}}.'),
    ...diktum(
      'KELIMA',
      'Keputusan ini mulai berlaku pada tanggal ditetapkan, dengan ketentuan apabila di kemudian hari terdapat kekeliruan dalam Keputusan ini akan diadakan perbaikan sebagaimana mestinya.',
    ),
  ]);
  const body: DocBlock[] = [
    kopBlock(page, '{{INSTANSI_KAPITAL}}', '{{KOP_ALAMAT}}', '{{KOP_KOTA}}'),
    // Headings on balanced lines, measured with the office's name ("… KESEHATAN / PROVINSI NUSA
    // TENGGARA TIMUR", never "TIMUR" alone on its line).
    headingPara('KEPUTUSAN KEPALA {{INSTANSI_KAPITAL}}', page, { bold: true, office }),
    para('NOMOR : {{NOMOR}}', { align: 'center' }),
    para(''),
    para('TENTANG', { align: 'center' }),
    para('', { align: 'center' }),
    headingPara(TITLE, page, { bold: true, office }),
    para(''),
    para('DENGAN RAHMAT TUHAN YANG MAHA ESA', { align: 'center', bold: true }),
    para(''),
    headingPara('KEPALA {{INSTANSI_KAPITAL}},', page, { bold: true, office }),
    para(''),
    considerations,
    para(''),
    para('MEMUTUSKAN:', { align: 'center', bold: true, keepWithNext: true }),
    decision,
    ...signatureBlock(page, true),
    { type: 'pageBreak' },
    lampiranHeading(page, office),
    para(''),
    headingPara('DAFTAR AGEN PERUBAHAN DI LINGKUNGAN {{INSTANSI_KAPITAL}} TAHUN {{TAHUN}}', page, { bold: true, keepWithNext: true, office }),
    para('Masa tugas: {{PERIODE}}', { align: 'center', keepWithNext: true }),
    para('', { keepWithNext: true }),
    agentTable(page),
    ...signatureBlock(page, false),
  ];
  return { page, header: [], body, footer: [] };
}
