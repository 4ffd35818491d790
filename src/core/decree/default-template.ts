/**
 * D1: the default decree template, a complete Keputusan Kepala Dinas skeleton in the layout of
 * Permendagri 1/2023 (domain.md): kop in the header, title, Menimbang, Mengingat, Memperhatikan,
 * MEMUTUSKAN, diktum KESATU–KELIMA with the roles, tasks and period, signature block, then the
 * LAMPIRAN on its own page with the agents' table (one agent row, repeated per agent when filled).
 * Every variable part is a placeholder; the team edits the resulting Doc freely.
 */
import { AGENT_ROLES } from '../values';
import { type DocBlock, type DocSkeleton, para, type ParagraphBlock, type TableBlock } from './blocks';

export const DEFAULT_TEMPLATE_NAME = 'Template SK Agen Perubahan';

/** The headers of the agents' table in the Lampiran. */
export const AGENT_TABLE_HEADERS = ['No', 'Nama', 'NIP', 'Pangkat/Gol.', 'Jabatan', 'Unit Kerja', 'Peran'];
/** The one agent row of the template, in the order of AGENT_TABLE_HEADERS. */
export const AGENT_ROW = ['{{NO}}', '{{NAMA}}', '{{NIP}}', '{{PANGKAT}}', '{{JABATAN}}', '{{UNIT}}', '{{PERAN}}'];

const TITLE = 'PENETAPAN AGEN PERUBAHAN DI LINGKUNGAN {{INSTANSI_KAPITAL}} TAHUN {{TAHUN}}';
const SIGN_INDENT = 260;

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
  'Berita Acara Assessment Calon Agen Perubahan di Lingkungan {{INSTANSI}} Tahun {{TAHUN}}.',
];

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** A labelled list in the decree's column layout: "Label | : | a. | text", label on the first row only. */
function labelled(label: string, items: readonly string[], marker: (i: number) => string): TableBlock {
  return {
    type: 'table',
    borderless: true,
    widths: [90, 10, 20, 340],
    rows: items.map((text, i) => [i === 0 ? label : '', i === 0 ? ':' : '', marker(i), text]),
  };
}

/** One diktum: "KESATU | : | text", with optional lettered points below the text. */
function diktum(label: string, text: string, points: readonly string[] = [], after = ''): TableBlock {
  return {
    type: 'table',
    borderless: true,
    widths: [90, 10, 20, 340],
    rows: [[label, ':', '', text], ...points.map((p, i) => ['', '', `${LETTERS[i]}.`, p]), ...(after !== '' ? [['', '', '', after]] : [])],
  };
}

/** The signature block, right-hand (domain.md item 10). */
function signature(withPlace: boolean): ParagraphBlock[] {
  const place = withPlace ? [para('Ditetapkan di {{KOTA}}', { indent: SIGN_INDENT }), para('pada tanggal {{TANGGAL}}', { indent: SIGN_INDENT })] : [];
  return [
    para(''),
    ...place,
    para('KEPALA {{INSTANSI_KAPITAL}},', { indent: SIGN_INDENT, bold: true }),
    para('', { indent: SIGN_INDENT }),
    para('', { indent: SIGN_INDENT }),
    para('', { indent: SIGN_INDENT }),
    para('{{KEPALA_NAMA}}', { indent: SIGN_INDENT, bold: true }),
    para('{{KEPALA_PANGKAT}}', { indent: SIGN_INDENT }),
    para('NIP {{KEPALA_NIP}}', { indent: SIGN_INDENT }),
  ];
}

/** The default template as structured blocks (D1). A fresh copy each call. */
export function defaultDecreeTemplate(): DocSkeleton {
  const header: ParagraphBlock[] = [
    para('PEMERINTAH PROVINSI NUSA TENGGARA TIMUR', { align: 'center', bold: true, size: 14 }),
    para('{{INSTANSI_KAPITAL}}', { align: 'center', bold: true, size: 14 }),
    para('{{ALAMAT}}, Telepon {{TELEPON}}, Email {{EMAIL}}', { align: 'center', size: 10 }),
    para('{{KOTA}} {{KODE_POS}}', { align: 'center', size: 10 }),
  ];
  const footer: ParagraphBlock[] = [
    para('Keputusan Kepala {{INSTANSI}} tentang Penetapan Agen Perubahan Tahun {{TAHUN}}', { align: 'center', size: 8 }),
  ];
  const roles = AGENT_ROLES.map((r) => `${r.name}, yaitu ${r.task};`);
  const body: DocBlock[] = [
    para('KEPUTUSAN KEPALA {{INSTANSI_KAPITAL}}', { align: 'center', bold: true }),
    para('NOMOR : {{NOMOR}}', { align: 'center' }),
    para(''),
    para('TENTANG', { align: 'center' }),
    para('', { align: 'center' }),
    para(TITLE, { align: 'center', bold: true }),
    para(''),
    para('DENGAN RAHMAT TUHAN YANG MAHA ESA', { align: 'center', bold: true }),
    para(''),
    para('KEPALA {{INSTANSI_KAPITAL}},', { align: 'center', bold: true }),
    para(''),
    labelled('Menimbang', MENIMBANG, (i) => `${LETTERS[i]}.`),
    labelled('Mengingat', MENGINGAT, (i) => `${i + 1}.`),
    labelled('Memperhatikan', MEMPERHATIKAN, (i) => `${i + 1}.`),
    para(''),
    para('MEMUTUSKAN:', { align: 'center', bold: true }),
    diktum('Menetapkan', `KEPUTUSAN KEPALA {{INSTANSI_KAPITAL}} TENTANG ${TITLE}.`),
    diktum(
      'KESATU',
      'Menetapkan pegawai yang namanya tercantum dalam Lampiran Keputusan ini sebagai Agen Perubahan di Lingkungan {{INSTANSI}} untuk masa tugas {{PERIODE}}.',
    ),
    diktum(
      'KEDUA',
      'Agen Perubahan sebagaimana dimaksud dalam Diktum KESATU mempunyai peran serta tugas dan fungsi sebagai berikut:',
      [...roles.slice(0, -1), roles[roles.length - 1].replace(/;$/, '.')],
      'Dalam melaksanakan peran tersebut, Agen Perubahan menyusun rencana tindak perubahan yang disetujui Kepala {{INSTANSI}}, melaksanakannya, dan melaporkan hasilnya secara berkala.',
    ),
    diktum(
      'KETIGA',
      'Pelaksanaan tugas Agen Perubahan dipantau dan dievaluasi oleh Tim Reformasi Birokrasi Area Manajemen Perubahan {{INSTANSI}} dan dilaporkan kepada Kepala {{INSTANSI}}.',
    ),
    diktum(
      'KEEMPAT',
      'Segala biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada Dokumen Pelaksanaan Anggaran (DPA) {{INSTANSI}} Tahun Anggaran {{TAHUN}}.',
    ),
    diktum(
      'KELIMA',
      'Keputusan ini mulai berlaku pada tanggal ditetapkan, dengan ketentuan apabila di kemudian hari terdapat kekeliruan dalam Keputusan ini akan diadakan perbaikan sebagaimana mestinya.',
    ),
    ...signature(true),
    { type: 'pageBreak' },
    para('LAMPIRAN KEPUTUSAN KEPALA {{INSTANSI_KAPITAL}}', { indent: SIGN_INDENT }),
    para('NOMOR : {{NOMOR}}', { indent: SIGN_INDENT }),
    para('TANGGAL : {{TANGGAL}}', { indent: SIGN_INDENT }),
    para(`TENTANG : ${TITLE}`, { indent: SIGN_INDENT }),
    para(''),
    para('DAFTAR AGEN PERUBAHAN DI LINGKUNGAN {{INSTANSI_KAPITAL}}', { align: 'center', bold: true }),
    para('MASA TUGAS {{PERIODE}}', { align: 'center', bold: true }),
    para(''),
    { type: 'table', header: true, rows: [AGENT_TABLE_HEADERS.slice(), AGENT_ROW.slice()], widths: [25, 110, 95, 70, 90, 90, 70] },
    ...signature(false),
  ];
  return { header, body, footer };
}
