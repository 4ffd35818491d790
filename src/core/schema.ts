/**
 * The sheets of the summary spreadsheet: names, headers and who fills them. One place, so a
 * reader finds every sheet the product knows and a rename is one edit.
 */

import { REMINDER_LOG_HEADERS } from './reminders';
import { REPORT_LEDGER_HEADERS } from './reports';

export const SHEETS = {
  settings: 'Pengaturan',
  roster: 'Pegawai',
  corrections: 'Koreksi Nama',
  tally: 'Rekap Penjaringan',
  ballots: 'Log Surat Suara',
  assessment: 'Penilaian',
  surveyResults: 'Hasil Survei',
  surveySummary: 'Ringkasan Survei',
  actionPlan: 'Rencana Tindak',
  errors: 'Log Kesalahan',
  documents: 'Log Dokumen',
  rosterCheck: 'Pemeriksaan Pegawai',
  formChoices: 'Pilihan Formulir',
  nameList: 'Daftar Nama Pegawai',
  readiness: 'Uji Kesiapan',
  reports: 'Laporan Rencana Tindak',
  monitoring: 'Pemantauan Agen',
  reminders: 'Log Pengingat',
} as const;

export type SheetKey = keyof typeof SHEETS;

/** Who writes a sheet: the team types it, or the product computes it (protected). */
export type SheetOwnership = 'team' | 'computed' | 'audit';

export interface SheetSpec {
  key: SheetKey;
  name: string;
  headers: string[];
  ownership: SheetOwnership;
  /**
   * Columns (0-based) formatted as plain text (@) because the team types or pastes into them
   * (NIPs, settings). The product writes people's text elsewhere through asText, never relying on
   * what Google leaves undocumented about @ cells (core/cells).
   */
  textColumns?: number[];
  /** Columns (0-based) that hold timestamps, shown as "27/11/2026 09.15" (SHEET_TIMESTAMP_FORMAT). */
  timestampColumns?: number[];
  hidden?: boolean;
  /** Sheets that "Siapkan Lembar Kerja" creates up front. */
  createdBySetup: boolean;
  columnWidths?: number[];
}

export const ROSTER_HEADERS = [
  'NIP',
  'Nama',
  'Jabatan',
  'Unit Kerja',
  'Pangkat/Golongan',
  'Status Kepegawaian',
  'Hukuman Disiplin',
  'NIP Atasan',
  'Email',
] as const;

export const STATUS_VALUES = ['PNS', 'CPNS', 'PPPK', 'PPPK Paruh Waktu', 'Non ASN'] as const;

/**
 * `Rekap Penjaringan`: two banner rows (the shortlist note, the team's notes), then the ranking
 * table with these headers in row TALLY_HEADER_ROW, one row per person with at least one counted
 * vote; summaries (ballot counts, unresolved entries) stand to the right of it, from column
 * TALLY_SUMMARY_COLUMN on. "Daftar Pendek" holds "Ya" for the shortlist. Readers find the table
 * by its header row (core/nominations/tally-layout tallyHeaderRow), not by a fixed row.
 */
export const TALLY_HEADERS = ['Peringkat', 'Nama', 'NIP', 'Unit Kerja', 'Suara', 'Memenuhi Syarat', 'Alasan', 'Daftar Pendek'];
export const TALLY_HEADER_ROW = 3;
export const TALLY_SUMMARY_COLUMN = 10;

export const SHORTLIST_MARK = 'Ya';

export const ERROR_LOG_HEADERS = ['Waktu', 'Proses', 'Kesalahan', 'Yang perlu dilakukan'];
export const DOCUMENT_LOG_HEADERS = ['Waktu', 'Dokumen', 'Tautan', 'Dibuat oleh', 'Keterangan'];
export const CORRECTION_HEADERS = ['Teks di Formulir', 'Pegawai yang dimaksud', 'NIP', 'Jumlah', 'Status', 'Saran'];
export const ROSTER_CHECK_HEADERS = ['Baris', 'Kolom', 'Masalah'];
/** `Uji Kesiapan`: one row per check of the live deployment (core/readiness). */
export const READINESS_HEADERS = ['Pemeriksaan', 'Hasil', 'Temuan', 'Yang perlu dilakukan'];
export const FORM_CHOICE_HEADERS = ['Label Pilihan', 'NIP'];
/**
 * `Log Surat Suara`: one row per Form response (the audit trail). "Kunci Pengusul" (N1) and
 * "Usulan (teks asli)" (one entry per line) are what a ballot is rebuilt from when the roster or
 * the corrections change; the other columns show the decision.
 */
export const BALLOT_LOG_HEADERS = [
  'ID Respons',
  'Waktu Kirim',
  'Pengusul',
  'Kunci Pengusul',
  'Usulan (teks asli)',
  'Calon Dihitung',
  'Status',
  'Alasan',
  'Catatan Usulan',
  'Digantikan oleh',
  'Diproses',
];

export const SHEET_SPECS: SheetSpec[] = [
  { key: 'settings', name: SHEETS.settings, headers: ['Pengaturan', 'Nilai', 'Keterangan'], ownership: 'team', textColumns: [1], createdBySetup: true, columnWidths: [260, 360, 420] },
  { key: 'roster', name: SHEETS.roster, headers: [...ROSTER_HEADERS], ownership: 'team', textColumns: [0, 7], createdBySetup: true, columnWidths: [170, 260, 200, 200, 170, 140, 160, 170, 220] },
  { key: 'corrections', name: SHEETS.corrections, headers: CORRECTION_HEADERS, ownership: 'team', textColumns: [2], createdBySetup: true, columnWidths: [260, 320, 170, 70, 110, 420] },
  // Its headers stand below the banner rows: the tally's own layout writes them (tally-layout).
  { key: 'tally', name: SHEETS.tally, headers: [], ownership: 'computed', createdBySetup: true },
  { key: 'ballots', name: SHEETS.ballots, headers: BALLOT_LOG_HEADERS, ownership: 'audit', timestampColumns: [1, 10], createdBySetup: true, columnWidths: [150, 150, 260, 200, 320, 340, 90, 150, 320, 150, 150] },
  { key: 'assessment', name: SHEETS.assessment, headers: [], ownership: 'team', createdBySetup: false },
  { key: 'surveyResults', name: SHEETS.surveyResults, headers: [], ownership: 'computed', createdBySetup: true },
  { key: 'surveySummary', name: SHEETS.surveySummary, headers: [], ownership: 'computed', createdBySetup: true },
  { key: 'actionPlan', name: SHEETS.actionPlan, headers: [], ownership: 'team', createdBySetup: false },
  { key: 'errors', name: SHEETS.errors, headers: ERROR_LOG_HEADERS, ownership: 'computed', timestampColumns: [0], createdBySetup: true, columnWidths: [170, 200, 420, 420] },
  { key: 'documents', name: SHEETS.documents, headers: DOCUMENT_LOG_HEADERS, ownership: 'computed', timestampColumns: [0], createdBySetup: true, columnWidths: [170, 220, 380, 220, 300] },
  { key: 'readiness', name: SHEETS.readiness, headers: READINESS_HEADERS, ownership: 'computed', createdBySetup: false, columnWidths: [260, 90, 520, 420] },
  { key: 'rosterCheck', name: SHEETS.rosterCheck, headers: ROSTER_CHECK_HEADERS, ownership: 'computed', createdBySetup: false, columnWidths: [60, 170, 620] },
  { key: 'formChoices', name: SHEETS.formChoices, headers: FORM_CHOICE_HEADERS, ownership: 'computed', hidden: true, createdBySetup: false },
  {
    key: 'reports',
    name: SHEETS.reports,
    headers: REPORT_LEDGER_HEADERS,
    ownership: 'audit',
    textColumns: [0, 2, 3, 4, 5, 6, 7, 10, 11, 12, 14],
    createdBySetup: false,
    columnWidths: [150, 150, 220, 220, 170, 50, 320, 120, 90, 80, 260, 260, 220, 110, 420],
  },
  { key: 'monitoring', name: SHEETS.monitoring, headers: [], ownership: 'computed', createdBySetup: false, columnWidths: [240, 170, 200, 50, 300, 120, 80, 110, 90, 130, 300] },
  // Every reminder e-mail sent or refused (who, when, to whom, what, result): appended only.
  { key: 'reminders', name: SHEETS.reminders, headers: REMINDER_LOG_HEADERS, ownership: 'audit', textColumns: [1, 2, 3, 4, 5, 6], timestampColumns: [0], createdBySetup: false, columnWidths: [150, 220, 240, 180, 420, 220, 200] },
  { key: 'nameList', name: SHEETS.nameList, headers: ['Nama Pegawai (pilihan Koreksi Nama)'], ownership: 'computed', hidden: true, createdBySetup: false },
];

export function specOf(key: SheetKey): SheetSpec {
  const spec = SHEET_SPECS.find((s) => s.key === key);
  if (!spec) throw new Error(`Unknown sheet ${key}`);
  return spec;
}
