/**
 * Progress reports of the agents (seed "MEKANISME KERJA AOC": "Melaksanakan rencana tindak dan
 * melaporkan", "Menyampaikan permasalahan dan solusi"). The product's own report Form offers the
 * approved activities; every response becomes one row of `Laporan Rencana Tindak` (the ledger of
 * the cycle), validated against the plan: a report that cannot be counted is kept, marked and
 * explained, never dropped.
 */
import { BULAN, witaParts } from './dates';
import { type PlanEntry, planNumber, PLAN_STATUS, type ReviewedEntry } from './action-plan-approval';
import { formatNip } from './nip';

export const REPORT_FORM_TITLE = 'Laporan Pelaksanaan Rencana Tindak Agen Perubahan';
export const REPORT_FORM_DESCRIPTION =
  'Diisi oleh Agen Perubahan untuk setiap kegiatan rencana tindak yang telah disetujui pimpinan: realisasi pada periode (bulan) itu, kendala, solusi, dan tautan bukti. Formulir ini dibuat oleh Agen Perubahan; pilihan kegiatan diperbarui sendiri setiap kali rencana tindak disetujui.';

/** The report Form's questions, in order (the product's own Form: titles are known exactly). */
export const REPORT_ITEMS = {
  activity: { title: 'Kegiatan (rencana tindak yang disetujui)', help: 'Pilih kegiatan Anda. Kegiatan yang belum disetujui pimpinan tidak ada di daftar ini.' },
  period: { title: 'Periode (bulan pelaksanaan)', help: 'Bulan yang dilaporkan, dalam masa tugas agen.' },
  realisation: { title: 'Realisasi (angka)', help: 'Capaian pada periode ini dalam satuan yang sama dengan Target di rencana tindak. Tulis angkanya saja, mis. 12 (bukan "12%" atau "dua belas").' },
  problems: { title: 'Kendala', help: 'Permasalahan dalam pelaksanaan (boleh kosong).' },
  solutions: { title: 'Solusi', help: 'Solusi yang dilakukan atau diusulkan (boleh kosong).' },
  evidence: { title: 'Tautan Bukti', help: 'Tautan foto, dokumen, atau berkas pendukung di Google Drive.' },
} as const;
export type ReportItem = keyof typeof REPORT_ITEMS;
export const REPORT_ITEM_KEYS = Object.keys(REPORT_ITEMS) as ReportItem[];

export const REPORT_LEDGER_HEADERS = [
  'ID Laporan',
  'Waktu Kirim',
  'Pelapor',
  'Agen',
  'NIP Agen',
  'No',
  'Kegiatan',
  'Periode',
  'Realisasi',
  'Target',
  'Kendala',
  'Solusi',
  'Tautan Bukti',
  'Status',
  'Keterangan',
];
export const REPORT_STATUS = { counted: 'Dihitung', marked: 'Tidak dihitung' } as const;
export const LEDGER = {
  id: 0,
  time: 1,
  reporter: 2,
  agent: 3,
  nip: 4,
  no: 5,
  activity: 6,
  period: 7,
  realisation: 8,
  target: 9,
  problems: 10,
  solutions: 11,
  evidence: 12,
  status: 13,
  reason: 14,
} as const;

/** The dropdown label of an approved activity: "Maria Lake — No 1: Nomor antrean daring". */
export function activityLabel(e: Pick<PlanEntry, 'agentName' | 'no' | 'activity'>): string {
  const label = `${e.agentName} — No ${e.no || '-'}: ${e.activity}`.replace(/\s+/g, ' ').trim();
  return label.length > 480 ? `${label.slice(0, 479)}…` : label;
}

/** The activities agents may report on: approved, unchanged since, of agents still appointed. */
export function reportableEntries(reviewed: readonly ReviewedEntry[]): PlanEntry[] {
  return reviewed.filter((r) => r.status === PLAN_STATUS.approved && r.entry.appointed && r.entry.activity !== '').map((r) => r.entry);
}

/** The dropdown labels, once each (a label two entries share names both; the first is used). */
export function activityChoices(reviewed: readonly ReviewedEntry[]): string[] {
  const labels = reportableEntries(reviewed).map(activityLabel);
  return labels.filter((l, i) => labels.indexOf(l) === i);
}

/** "Maret 2027" for every month from `start` to `end` (WITA), at most 120. */
export function monthChoices(start: number, end: number): string[] {
  const a = witaParts(start);
  const b = witaParts(end);
  const out: string[] = [];
  for (let y = a.year, m = a.month; (y < b.year || (y === b.year && m <= b.month)) && out.length < 120; m === 12 ? ((m = 1), y++) : m++) {
    out.push(`${BULAN[m - 1]} ${y}`);
  }
  return out;
}

/** "Maret 2027" (also "maret 2027", "03/2027", "2027-03") as {year, month}; null when unreadable. */
export function parsePeriod(text: string): { year: number; month: number } | null {
  const t = text.trim().toLowerCase();
  const named = /^([a-z]+)\s+(\d{4})$/.exec(t);
  if (named) {
    const alias: Record<string, string> = { pebruari: 'februari', nopember: 'november' };
    const name = alias[named[1]] ?? named[1];
    const i = BULAN.findIndex((b) => b.toLowerCase() === name);
    return i < 0 ? null : { year: Number(named[2]), month: i + 1 };
  }
  const mmYyyy = /^(\d{1,2})[/.-](\d{4})$/.exec(t);
  if (mmYyyy && Number(mmYyyy[1]) >= 1 && Number(mmYyyy[1]) <= 12) return { year: Number(mmYyyy[2]), month: Number(mmYyyy[1]) };
  const iso = /^(\d{4})-(\d{1,2})(?:-\d{1,2})?$/.exec(t);
  if (iso && Number(iso[2]) >= 1 && Number(iso[2]) <= 12) return { year: Number(iso[1]), month: Number(iso[2]) };
  return null;
}

/** One report as it came from the Form (or a CSV of it). */
export interface ReportInput {
  id: string;
  timestamp: number;
  reporter: string;
  activity: string;
  period: string;
  realisation: string;
  problems: string;
  solutions: string;
  evidence: string;
}

/** A row of the ledger, decided. */
export interface ReportRow {
  input: ReportInput;
  entry: PlanEntry | null;
  realisation: number | null;
  counted: boolean;
  reasons: string[];
}

/** What an earlier report of the ledger says, for the duplicate check. */
export interface EarlierReport {
  id: string;
  key: string;
}

/** Two reports with the same activity, period, realisation, problems, solutions and evidence are one report sent twice. */
export function reportKey(r: Pick<ReportInput, 'activity' | 'period' | 'realisation' | 'problems' | 'solutions' | 'evidence'>): string {
  return [r.activity, r.period, r.realisation, r.problems, r.solutions, r.evidence].map((s) => s.replace(/\s+/g, ' ').trim().toLowerCase()).join('|');
}

export interface ReportContext {
  /** Every entry of the plan, reviewed (approval status of each). */
  reviewed: readonly ReviewedEntry[];
  /** Term of duty (Periode Tugas Mulai/Selesai), ms; null when not set. */
  termStart: number | null;
  termEnd: number | null;
  /** Earlier counted reports, by key. */
  earlier: readonly EarlierReport[];
}

const monthIndex = (p: { year: number; month: number }) => p.year * 12 + p.month - 1;

/**
 * Decides one report: counted, or kept and marked with the reasons (activity not approved or
 * unknown, agent no longer appointed, realisation not a number, period unreadable or outside the
 * term, the same report sent twice).
 */
export function decideReport(input: ReportInput, ctx: ReportContext): ReportRow {
  const reasons: string[] = [];
  const label = input.activity.replace(/\s+/g, ' ').trim();
  const match = ctx.reviewed.find((r) => activityLabel(r.entry) === label) ?? null;
  const entry = match ? match.entry : null;
  if (label === '') reasons.push('Kegiatan tidak dipilih.');
  else if (!match) reasons.push(`Kegiatan "${label}" tidak ada di lembar Rencana Tindak (dihapus atau diubah setelah formulir diisi). Minta agen memilih kegiatan dari daftar terbaru.`);
  else if (!match.entry.appointed) reasons.push(`${match.entry.agentName} tidak lagi ditetapkan sebagai Agen Perubahan (SK diperbarui); laporannya disimpan tetapi tidak dihitung.`);
  else if (match.status !== PLAN_STATUS.approved) reasons.push(`Kegiatan ini belum disetujui pimpinan (Status di Rencana Tindak: ${match.status || 'belum diajukan'}); laporan dihitung setelah disetujui dan dikirim lagi.`);
  const realisation = planNumber(input.realisation);
  if (realisation === null) reasons.push(`Realisasi "${input.realisation}" bukan angka. Tulis angkanya saja (mis. 50, bukan "50%" atau "lima puluh"), lalu kirim laporan baru.`);
  const period = parsePeriod(input.period);
  if (period === null) reasons.push(`Periode "${input.period}" tidak dikenali; tulis bulan dan tahun, mis. "Maret 2027".`);
  else if (ctx.termStart !== null && ctx.termEnd !== null) {
    const from = witaParts(ctx.termStart);
    const to = witaParts(ctx.termEnd);
    if (monthIndex(period) < monthIndex(from) || monthIndex(period) > monthIndex(to)) {
      reasons.push(`Periode ${BULAN[period.month - 1]} ${period.year} di luar masa tugas (${BULAN[from.month - 1]} ${from.year} – ${BULAN[to.month - 1]} ${to.year}, Pengaturan).`);
    }
  }
  const key = reportKey(input);
  const twin = ctx.earlier.find((e) => e.key === key && e.id !== input.id);
  if (twin) reasons.push(`Sama dengan laporan ${twin.id} yang sudah dihitung (terkirim dua kali); dihitung sekali saja.`);
  return { input, entry, realisation, counted: reasons.length === 0, reasons };
}

/** The ledger row of a decided report. Text cells go through `text` (asText: never a formula). */
export function ledgerRow(r: ReportRow, text: (s: string) => string): (string | number | Date)[] {
  const e = r.entry;
  return [
    text(r.input.id),
    new Date(r.input.timestamp),
    text(r.input.reporter),
    text(e ? e.agentName : ''),
    text(e && e.agentNip !== '' ? formatNip(e.agentNip) : ''),
    text(e ? e.no : ''),
    text(r.input.activity),
    text(r.input.period),
    r.realisation !== null ? r.realisation : text(r.input.realisation),
    e && e.target !== null ? e.target : '',
    text(r.input.problems),
    text(r.input.solutions),
    text(r.input.evidence),
    r.counted ? REPORT_STATUS.counted : REPORT_STATUS.marked,
    text(r.reasons.join(' ')),
  ];
}
