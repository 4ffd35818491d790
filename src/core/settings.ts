/**
 * The `Pengaturan` sheet: one labelled row per setting (label | value | explanation), then the
 * survey band table. Reading is by label, so the team may reorder rows or add notes below.
 */
import { unquotedRows } from './cells';
import { parseDateInput } from './dates';
import { DEFAULT_MARGINS_CM, DOCUMENT_FONTS, type DocumentFont, type Margins, type PageSetup, PAPERS, type Paper, pageSetup, parseMargins } from './decree/page';
import { digitsOf } from './nip';

export type SettingKind = 'text' | 'url' | 'int' | 'date' | 'nip' | 'list' | 'choice' | 'margins';

export interface SettingDef {
  key: SettingKey;
  label: string;
  help: string;
  kind: SettingKind;
  /** Value written by "Siapkan Lembar Kerja" when the row is created. */
  initial?: string;
  /** For ints: allowed range. */
  min?: number;
  max?: number;
  /** For choices: the accepted values, as written (matched case- and space-insensitively). */
  choices?: readonly string[];
}

export interface Settings {
  nominationFormUrl: string;
  surveyFormUrl: string;
  instansi: string;
  alamat: string;
  telepon: string;
  emailKantor: string;
  kodePos: string;
  kota: string;
  kepalaNama: string;
  kepalaNip: string;
  kepalaPangkat: string;
  nomorSurat: string;
  tanggalPenetapan: number | null;
  periodeMulai: number | null;
  periodeSelesai: number | null;
  templateId: string;
  outputFolderId: string;
  paper: Paper;
  margins: Margins;
  documentFont: DocumentFont;
  documentFontSize: number;
  emblemId: string;
  shortlistSize: number;
  perBallotLimit: number;
  agentCount: number;
  assessors: string[];
  /** E-mail of the head (Kepala Dinas): may approve action plans. */
  kepalaEmail: string;
  /** E-mails of the RB team's delegates who may approve action plans for the head. */
  approvalDelegates: string[];
  /** "Ya" lets menu Rencana Tindak › Kirim Pengingat Email send the reminders; "Tidak" (default) sends nothing. */
  reminderEmail: string;
  /** The report Form the product made (Buat Formulir Laporan); written by the product. */
  reportFormUrl: string;
  nomineeQuestions: string[];
  voterNipQuestion: string;
  surveyScoredQuestions: string[];
  surveyUnitQuestion: string;
  surveyAspects: string[];
  /** S1a "Skala Jawaban" as written ('' = not set); read with core/survey/scale parseScaleSetting. */
  surveyScale: string;
}

export type SettingKey = keyof Settings;

/** The values of Kirim Pengingat Email: only "Ya" sends anything. */
export const REMINDER_EMAIL_CHOICES = ['Tidak', 'Ya'] as const;
export const remindersByEmail = (s: Pick<Settings, 'reminderEmail'>): boolean => s.reminderEmail === 'Ya';

export const SETTINGS: SettingDef[] = [
  { key: 'nominationFormUrl', label: 'URL Formulir Penjaringan', kind: 'url', help: 'Tautan edit Google Form usulan calon agen (…/forms/d/…/edit).' },
  { key: 'nomineeQuestions', label: 'Pertanyaan Calon', kind: 'list', help: 'Judul pertanyaan berisi nama calon, satu per baris. Terisi otomatis saat formulir dihubungkan; boleh dikoreksi.' },
  { key: 'voterNipQuestion', label: 'Pertanyaan NIP Pengusul', kind: 'text', help: 'Judul pertanyaan NIP pengusul (kosong bila formulir mengumpulkan email).' },
  { key: 'surveyFormUrl', label: 'URL Formulir Survei', kind: 'url', help: 'Tautan edit Google Form survei SOLIDER berAKHLAK.' },
  { key: 'surveyScoredQuestions', label: 'Pertanyaan Survei Dinilai', kind: 'list', help: 'Judul pertanyaan yang diberi skor, satu per baris. Terisi otomatis; boleh dikoreksi. Pertanyaan yang pilihannya tanpa nomor dinilai menurut urutan (pilihan pertama = 1). "(belum dikonfirmasi)": hanya sebagian pilihannya bernomor — beri nomor semua pilihannya di formulir, atau hapus tanda itu.' },
  { key: 'surveyUnitQuestion', label: 'Pertanyaan Unit Kerja Survei', kind: 'text', help: 'Judul pertanyaan unit kerja responden.' },
  { key: 'surveyScale', label: 'Skala Jawaban', kind: 'text', help: 'Rentang nilai jawaban pertanyaan survei dan ujung terbaiknya, mis. "1–4, terbaik 1" (bawaan tabel kategori) atau "1–5, terbaik 5". Terisi otomatis saat formulir dihubungkan; skala selain 1–4 (terbaik 1) ditandai "(belum dikonfirmasi)": periksa, lalu tulis ulang tanpa tanda itu agar respons dinilai.' },
  { key: 'surveyAspects', label: 'Aspek Survei per Bagian', kind: 'list', help: 'Satu baris per bagian formulir: "Judul bagian = aspek" (Kepemimpinan dan Manajemen / Pola Pikir dan Cara Kerja / BerAKHLAK, atau "-"). Terisi otomatis; boleh dikoreksi.' },
  { key: 'instansi', label: 'Nama Instansi', kind: 'text', initial: 'Dinas Kesehatan Provinsi Nusa Tenggara Timur', help: 'Nama resmi instansi seperti di kop surat.' },
  { key: 'alamat', label: 'Alamat Kantor', kind: 'text', help: 'Alamat untuk kop surat.' },
  { key: 'telepon', label: 'Telepon Kantor', kind: 'text', help: 'Nomor telepon untuk kop surat.' },
  { key: 'emailKantor', label: 'Email Kantor', kind: 'text', help: 'Alamat email untuk kop surat.' },
  { key: 'kodePos', label: 'Kode Pos', kind: 'text', help: 'Kode pos kantor.' },
  { key: 'kota', label: 'Kota', kind: 'text', initial: 'Kupang', help: 'Tempat penetapan surat keputusan.' },
  { key: 'kepalaNama', label: 'Nama Kepala Dinas', kind: 'text', help: 'Nama lengkap dengan gelar.' },
  { key: 'kepalaNip', label: 'NIP Kepala Dinas', kind: 'nip', help: '18 angka, boleh dengan spasi.' },
  { key: 'kepalaPangkat', label: 'Pangkat Kepala Dinas', kind: 'text', help: 'Mis. Pembina Utama Muda / IV/c.' },
  { key: 'nomorSurat', label: 'Nomor SK', kind: 'text', help: 'Boleh kosong pada draf.' },
  { key: 'tanggalPenetapan', label: 'Tanggal Penetapan', kind: 'date', help: 'Kosong = tanggal hari ini (WITA).' },
  { key: 'periodeMulai', label: 'Periode Tugas Mulai', kind: 'date', help: 'Tanggal mulai masa tugas agen.' },
  { key: 'periodeSelesai', label: 'Periode Tugas Selesai', kind: 'date', help: 'Tanggal akhir masa tugas agen.' },
  { key: 'templateId', label: 'ID Template SK', kind: 'text', help: 'ID atau tautan Google Doc template. Kosong: pakai menu Buat Template SK.' },
  { key: 'outputFolderId', label: 'ID Folder Keluaran', kind: 'text', help: 'ID atau tautan folder Drive untuk draf. Kosong: folder yang sama dengan template.' },
  { key: 'paper', label: 'Ukuran Kertas', kind: 'choice', choices: PAPERS, initial: 'F4', help: 'F4 (215 × 330 mm) atau A4, untuk template SK dan berita acara yang dibuat.' },
  { key: 'margins', label: 'Margin Halaman (cm)', kind: 'margins', initial: '2,5 / 2,5 / 2,5 / 3', help: 'Atas / kanan / bawah / kiri dalam cm (bawaan 2,5 / 2,5 / 2,5 / 3).' },
  { key: 'documentFont', label: 'Jenis Huruf Dokumen', kind: 'choice', choices: DOCUMENT_FONTS, initial: 'Arial', help: 'Arial atau Bookman Old Style.' },
  { key: 'documentFontSize', label: 'Ukuran Huruf Dokumen', kind: 'int', initial: '12', min: 10, max: 14, help: 'Ukuran huruf isi dokumen dalam poin (bawaan 12).' },
  { key: 'emblemId', label: 'Logo Kop (ID Gambar)', kind: 'text', help: 'ID atau tautan gambar lambang daerah di Google Drive (PNG/JPG), dipasang di kiri kop. Kosong: kop tanpa logo.' },
  { key: 'shortlistSize', label: 'Jumlah Daftar Pendek', kind: 'int', initial: '5', min: 1, max: 50, help: 'Jumlah calon besar yang diusulkan (bawaan 5).' },
  { key: 'perBallotLimit', label: 'Batas Calon per Usulan', kind: 'int', initial: '3', min: 1, max: 20, help: 'Maksimal nama per pengusul (bawaan 3).' },
  { key: 'agentCount', label: 'Jumlah Agen Ditetapkan', kind: 'int', initial: '3', min: 1, max: 50, help: 'Jumlah agen yang ditetapkan pimpinan (bawaan 3).' },
  { key: 'assessors', label: 'Penilai Tambahan', kind: 'list', help: 'Nama anggota tim penilai, satu per baris. Atasan langsung calon selalu menjadi penilai pertama.' },
  { key: 'kepalaEmail', label: 'Email Kepala Dinas', kind: 'text', help: 'Akun Google Kepala Dinas. Hanya akun ini (dan delegasi di bawah) yang dapat mengisi Keputusan Pimpinan di lembar Rencana Tindak.' },
  { key: 'reportFormUrl', label: 'URL Formulir Laporan', kind: 'url', help: 'Diisi oleh menu Rencana Tindak › Buat Formulir Laporan: formulir laporan agen milik Agen Perubahan.' },
  { key: 'approvalDelegates', label: 'Delegasi Persetujuan Rencana Tindak', kind: 'list', help: 'Email anggota Tim RB yang boleh memutuskan rencana tindak atas nama Kepala Dinas, satu per baris (boleh kosong).' },
  {
    key: 'reminderEmail',
    label: 'Kirim Pengingat Email',
    kind: 'choice',
    choices: REMINDER_EMAIL_CHOICES,
    initial: 'Tidak',
    help: 'Tidak (bawaan): tidak ada email yang dikirim; Status & Bantuan hanya menampilkan agen yang belum melapor bulan ini dan rencana tindak yang menunggu keputusan lebih dari 14 hari. Ya: menu Rencana Tindak › Kirim Pengingat Email mengirim pengingat itu (ke email agen di kolom Email lembar Pegawai, dan ke Email Kepala Dinas), setelah memeriksa sisa kuota email harian Google; setiap email dicatat di lembar Log Pengingat dan pengingat yang sama tidak dikirim dua kali sehari.',
  },
];

export const SETTINGS_HEADERS = ['Pengaturan', 'Nilai', 'Keterangan'];
export const BAND_SECTION_TITLE = 'Tabel Kategori Survei';
export const BAND_HEADERS = ['Skor Minimal', 'Skor Maksimal', 'Kategori', 'Rekomendasi'];

export const DEFAULT_SETTINGS: Settings = {
  nominationFormUrl: '',
  surveyFormUrl: '',
  instansi: 'Dinas Kesehatan Provinsi Nusa Tenggara Timur',
  alamat: '',
  telepon: '',
  emailKantor: '',
  kodePos: '',
  kota: 'Kupang',
  kepalaNama: '',
  kepalaNip: '',
  kepalaPangkat: '',
  nomorSurat: '',
  tanggalPenetapan: null,
  periodeMulai: null,
  periodeSelesai: null,
  templateId: '',
  outputFolderId: '',
  paper: 'F4',
  margins: { ...DEFAULT_MARGINS_CM },
  documentFont: 'Arial',
  documentFontSize: 12,
  emblemId: '',
  shortlistSize: 5,
  perBallotLimit: 3,
  agentCount: 3,
  assessors: [],
  kepalaEmail: '',
  approvalDelegates: [],
  reminderEmail: 'Tidak',
  reportFormUrl: '',
  nomineeQuestions: [],
  voterNipQuestion: '',
  surveyScoredQuestions: [],
  surveyUnitQuestion: '',
  surveyAspects: [],
  surveyScale: '',
};

export interface SettingsProblem {
  row: number;
  label: string;
  message: string;
}

export interface ParsedSettings {
  settings: Settings;
  /** Rows (1-based) where each setting was found; missing labels are absent. */
  rows: Partial<Record<SettingKey, number>>;
  problems: SettingsProblem[];
  /** The raw band-table rows (below BAND_SECTION_TITLE), for the survey rules to validate. */
  bandRows: { row: number; cells: unknown[] }[];
}

function isDateObject(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (isDateObject(v)) return '';
  return String(v).trim();
}

const labelKey = (label: string) => label.toLowerCase().replace(/\s+/g, ' ').trim();
const BY_LABEL = new Map(SETTINGS.map((d) => [labelKey(d.label), d]));

/** Settings as typed in `Pengaturan` (values as getValues() returns them). */
export function parseSettings(sheetValues: unknown[][]): ParsedSettings {
  // The value column is plain text (@): a leading apostrophe the team typed, or the product's
  // before "=", is dropped whether Google kept it or not (core/cells).
  const values = unquotedRows(sheetValues, [1]);
  const settings: Settings = { ...DEFAULT_SETTINGS, margins: { ...DEFAULT_MARGINS_CM }, assessors: [], approvalDelegates: [], nomineeQuestions: [], surveyScoredQuestions: [], surveyAspects: [] };
  const rows: Partial<Record<SettingKey, number>> = {};
  const problems: SettingsProblem[] = [];
  const bandRows: { row: number; cells: unknown[] }[] = [];
  let inBands = false;

  values.forEach((cells, i) => {
    const row = i + 1;
    const label = cellText(cells[0]);
    if (labelKey(label) === labelKey(BAND_SECTION_TITLE)) {
      inBands = true;
      return;
    }
    if (inBands) {
      if (labelKey(label) === labelKey(BAND_HEADERS[0])) return;
      if (cells.slice(0, 4).every((c) => cellText(c) === '')) {
        if (bandRows.length > 0) inBands = false;
        return;
      }
      bandRows.push({ row, cells: cells.slice(0, 4) });
      return;
    }
    const def = BY_LABEL.get(labelKey(label));
    if (!def) return;
    rows[def.key] = row;
    const raw = cells[1];
    const problem = (message: string) => problems.push({ row, label: def.label, message });
    switch (def.kind) {
      case 'int': {
        const text = cellText(raw);
        if (text === '') break;
        const n = Number(text.replace(',', '.'));
        if (!Number.isInteger(n) || n < (def.min ?? -Infinity) || n > (def.max ?? Infinity)) {
          problem(`${def.label} (baris ${row}) harus bilangan bulat ${def.min}–${def.max}, bukan "${text}".`);
        } else {
          (settings[def.key] as number) = n;
        }
        break;
      }
      case 'date': {
        if (raw === '' || raw === null || raw === undefined) break;
        const ms = isDateObject(raw) ? raw.getTime() : parseDateInput(cellText(raw));
        if (ms === null || Number.isNaN(ms)) {
          problem(`${def.label} (baris ${row}) bukan tanggal yang dikenali: "${cellText(raw)}". Tulis seperti 27/11/2026 atau 27 November 2026.`);
        } else {
          (settings[def.key] as number | null) = ms;
        }
        break;
      }
      case 'list':
        (settings[def.key] as string[]) = cellText(raw)
          .split(/\r?\n/)
          .map((s) => s.trim())
          .filter((s) => s !== '');
        break;
      case 'choice': {
        const text = cellText(raw);
        if (text === '') break;
        const choice = choiceOf(def, text);
        if (choice === null) problem(`${def.label} (baris ${row}) harus salah satu dari ${(def.choices ?? []).join(' atau ')}, bukan "${text}".`);
        else (settings[def.key] as string) = choice;
        break;
      }
      case 'margins': {
        const text = cellText(raw);
        const m = parseMargins(text);
        if ('error' in m) problem(`${def.label} (baris ${row}): ${m.error}`);
        else settings.margins = m;
        break;
      }
      case 'nip': {
        const text = cellText(raw);
        const digits = digitsOf(text);
        if (text !== '' && digits.length !== 18) {
          problem(`${def.label} (baris ${row}) harus 18 angka; tertulis "${text}" (${digits.length} angka).`);
        }
        (settings[def.key] as string) = digits;
        break;
      }
      default:
        (settings[def.key] as string) = cellText(raw);
    }
  });
  if (settings.periodeMulai !== null && settings.periodeSelesai !== null && settings.periodeSelesai < settings.periodeMulai) {
    problems.push({
      row: rows.periodeSelesai ?? 0,
      label: 'Periode Tugas Selesai',
      message: 'Periode Tugas Selesai lebih awal dari Periode Tugas Mulai.',
    });
  }
  return { settings, rows, problems, bandRows };
}

/** The accepted value `text` names for a choice setting ("f4" → "F4"), or null. */
export function choiceOf(def: SettingDef, text: string): string | null {
  const key = text.toLowerCase().replace(/\s+/g, ' ').trim();
  return (def.choices ?? []).find((c) => c.toLowerCase() === key) ?? null;
}

/** The page setup of the documents from the settings (paper, margins, font and size). */
export function pageOf(settings: Pick<Settings, 'paper' | 'margins' | 'documentFont' | 'documentFontSize'>): PageSetup {
  return pageSetup(settings.paper, settings.margins, settings.documentFont, settings.documentFontSize);
}

/** Extracts a Drive/Docs/Forms file id from an id or a URL the team pasted, or '' when none. */
export function fileIdFrom(text: string): string {
  const t = text.trim();
  const inPath = /\/d\/(?!e\/)([A-Za-z0-9_-]{20,})/.exec(t);
  if (inPath) return inPath[1];
  const folder = /\/folders\/([A-Za-z0-9_-]{20,})/.exec(t);
  if (folder) return folder[1];
  const query = /[?&]id=([A-Za-z0-9_-]{20,})/.exec(t);
  if (query) return query[1];
  return /^[A-Za-z0-9_-]{20,}$/.test(t) ? t : '';
}

/** Why a pasted Form link cannot be opened, in Indonesian, or null when it looks usable. */
export function formUrlProblem(text: string): string | null {
  const t = text.trim();
  if (t === '') return 'Tautan formulir masih kosong.';
  if (/bit\.ly|forms\.gle|s\.id\//i.test(t)) {
    return 'Tautan pendek (bit.ly/forms.gle) tidak bisa dibuka oleh skrip. Buka formulir di Google Forms, lalu salin tautan dari bilah alamat editor (…/forms/d/…/edit).';
  }
  if (/\/forms\/d\/e\//.test(t)) {
    return 'Ini tautan untuk mengisi formulir (…/d/e/…/viewform). Salin tautan editor formulir (…/forms/d/…/edit) dari bilah alamat saat membuka formulir untuk diedit.';
  }
  if (fileIdFrom(t) === '') return `"${t}" bukan tautan Google Form yang dikenali.`;
  return null;
}

/** The rows "Siapkan Lembar Kerja" writes into a new `Pengaturan`: label, initial value, help. */
export function initialSettingsRows(): string[][] {
  return SETTINGS.map((d) => [d.label, d.initial ?? '', d.help]);
}
