/**
 * D2–D3: the literal values of every placeholder of the decree, from `Pengaturan`, the appointed
 * agents and the day. Dates are Indonesian in Kupang time; NIPs grouped; the office name also in
 * capitals for the kop and the title. Values are plain text: escaping is the engine's job
 * (placeholders.ts).
 */
import { formatTanggal, witaParts } from '../dates';
import { formatNip } from '../nip';
import type { Settings } from '../settings';
import type { Employee } from '../types';
import { NO_ROLE_LABEL, roleByName } from '../values';
import type { AgentPlaceholder, DocumentPlaceholder } from './placeholders';

/** One appointed agent: the roster row and the role chosen in `Penilaian` (null = none). */
export interface DecreeAgent {
  employee: Employee;
  role: string | null;
}

export type DocumentValues = Record<DocumentPlaceholder, string>;
export type AgentValues = Record<AgentPlaceholder, string>;

export interface DecreeValues {
  document: DocumentValues;
  /** One entry per agent, in decree order. */
  agents: AgentValues[];
}

/** What a draft shows where the decree number is still to be given by the secretariat. */
export const BLANK_NUMBER = '..................................';
/** What an agent-table cell shows when the roster has nothing for it. */
export const EMPTY_CELL = '-';

const UNITS = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'];

/** Indonesian words for 0–999 ("tiga", "dua belas", "dua puluh satu", "seratus lima"). */
export function terbilang(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) return String(n);
  if (n < 12) return UNITS[n];
  if (n < 20) return `${UNITS[n - 10]} belas`;
  if (n < 100) {
    const rest = n % 10;
    return `${UNITS[Math.floor(n / 10)]} puluh${rest ? ` ${UNITS[rest]}` : ''}`;
  }
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  return `${hundreds === 1 ? 'seratus' : `${UNITS[hundreds]} ratus`}${rest ? ` ${terbilang(rest)}` : ''}`;
}

/** "A", "A dan B", "A, B, dan C". */
export function joinIndonesian(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  if (items.length === 2) return `${items[0]} dan ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, dan ${items[items.length - 1]}`;
}

/** The role shown for an agent: the canonical role name, as typed if unknown, or NO_ROLE_LABEL. */
export function roleLabel(role: string | null): string {
  const text = (role ?? '').trim();
  if (text === '') return NO_ROLE_LABEL;
  return roleByName(text)?.name ?? text;
}

const orDash = (s: string): string => (s.trim() === '' ? EMPTY_CELL : s.trim());

/** "1 Januari 2027 sampai dengan 31 Desember 2027", or '' when either end is missing. */
export function periodText(startMs: number | null, endMs: number | null): string {
  if (startMs === null || endMs === null) return '';
  return `${formatTanggal(startMs)} sampai dengan ${formatTanggal(endMs)}`;
}

/**
 * Every placeholder's value. The decree date is Tanggal Penetapan, else `todayMs`; TAHUN is the
 * year the period starts, else the decree date's year (both in WITA).
 */
export function decreeValues(settings: Settings, agents: readonly DecreeAgent[], todayMs: number): DecreeValues {
  const dateMs = settings.tanggalPenetapan ?? todayMs;
  const year = witaParts(settings.periodeMulai ?? dateMs).year;
  const document: DocumentValues = {
    INSTANSI: settings.instansi.trim(),
    INSTANSI_KAPITAL: settings.instansi.trim().toUpperCase(),
    KOTA: settings.kota.trim(),
    ALAMAT: settings.alamat.trim(),
    TELEPON: settings.telepon.trim(),
    EMAIL: settings.emailKantor.trim(),
    KODE_POS: settings.kodePos.trim(),
    NOMOR: settings.nomorSurat.trim() === '' ? BLANK_NUMBER : settings.nomorSurat.trim(),
    TANGGAL: formatTanggal(dateMs),
    TAHUN: String(year),
    PERIODE_MULAI: settings.periodeMulai === null ? '' : formatTanggal(settings.periodeMulai),
    PERIODE_SELESAI: settings.periodeSelesai === null ? '' : formatTanggal(settings.periodeSelesai),
    PERIODE: periodText(settings.periodeMulai, settings.periodeSelesai),
    KEPALA_NAMA: settings.kepalaNama.trim(),
    KEPALA_NIP: formatNip(settings.kepalaNip.trim()),
    KEPALA_PANGKAT: settings.kepalaPangkat.trim(),
    JUMLAH_AGEN: `${agents.length} (${terbilang(agents.length)})`,
    DAFTAR_AGEN: joinIndonesian(agents.map((a) => a.employee.name.trim())),
  };
  const rows: AgentValues[] = agents.map((a, i) => ({
    NO: String(i + 1),
    NAMA: orDash(a.employee.name),
    NIP: orDash(formatNip(a.employee.nip)),
    PANGKAT: orDash(a.employee.pangkat),
    JABATAN: orDash(a.employee.jabatan),
    UNIT: orDash(a.employee.unit),
    PERAN: roleLabel(a.role),
  }));
  return { document, agents: rows };
}
