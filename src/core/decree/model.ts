/**
 * D2–D3: the literal values of every placeholder of the decree, from `Pengaturan`, the appointed
 * agents and the day. Dates are Indonesian in Kupang time; NIPs grouped; the office name also in
 * capitals for the kop and the title. Values are plain text: escaping is the engine's job
 * (placeholders.ts).
 */
import { formatTanggal, witaParts } from '../dates';
import { formatNip } from '../nip';
import { normalizePangkat } from '../roster';
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
/** What a draft shows for a date still to be known (the berita acara not yet made). */
export const BLANK_DATE = '....................';
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

/**
 * Pangkat/golongan as documents print it: "Pembina Utama Muda (IV/c)" from any spelling the
 * roster or Pengaturan holds ("Pembina Utama Muda / IV/c", "IV.c", "4/c"); other text as written.
 */
export function formatPangkat(text: string): string {
  const normal = normalizePangkat(text);
  const m = /^(.*\S)\s+\/\s+((?:IV|III|II|I)\/[a-e])$/.exec(normal);
  return m ? `${m[1]} (${m[2]})` : normal;
}

/** The kop's address line and city line, each part once ("Kupang, Kupang, 85111" never). */
export function kopLines(settings: Pick<Settings, 'alamat' | 'kota' | 'kodePos' | 'telepon' | 'emailKantor'>): { address: string; city: string } {
  const kota = settings.kota.trim();
  const kodePos = settings.kodePos.trim();
  let alamat = settings.alamat.trim().replace(/[\s,]+$/, '');
  // The city (and postcode) close the kop on their own line: drop them from the end of the address.
  for (let changed = true; changed; ) {
    changed = false;
    for (const tail of [kodePos, kota]) {
      if (tail === '') continue;
      const lower = alamat.toLowerCase();
      if (lower.endsWith(tail.toLowerCase()) && /[\s,]/.test(alamat.charAt(alamat.length - tail.length - 1) || ',')) {
        alamat = alamat.slice(0, alamat.length - tail.length).replace(/[\s,]+$/, '');
        changed = alamat !== '';
      }
    }
  }
  const parts = [alamat];
  if (settings.telepon.trim() !== '') parts.push(`Telepon ${settings.telepon.trim()}`);
  if (settings.emailKantor.trim() !== '') parts.push(`Pos-el ${settings.emailKantor.trim()}`);
  const city = [kota.toUpperCase(), kodePos].filter((s) => s !== '').join(' ');
  return { address: parts.filter((s) => s !== '').join(', '), city };
}

/** "1 Januari 2027 sampai dengan 31 Desember 2027", or '' when either end is missing. */
export function periodText(startMs: number | null, endMs: number | null): string {
  if (startMs === null || endMs === null) return '';
  return `${formatTanggal(startMs)} sampai dengan ${formatTanggal(endMs)}`;
}

/** The decree's date: Tanggal Penetapan, else `todayMs`. */
export function decreeDate(settings: Pick<Settings, 'tanggalPenetapan'>, todayMs: number): number {
  return settings.tanggalPenetapan ?? todayMs;
}

/**
 * The year of the decree, its berita acara and its budget: the year the period of duty starts,
 * else the year of `dateMs` (WITA).
 */
export function programmeYear(settings: Pick<Settings, 'periodeMulai'>, dateMs: number): number {
  return witaParts(settings.periodeMulai ?? dateMs).year;
}

/**
 * Every placeholder's value. The decree date is Tanggal Penetapan, else `todayMs`; TAHUN is the
 * year the period starts, else the decree date's year (both in WITA). `beritaAcaraMs` is the day
 * of the berita acara the decree cites (dotted blank when none was made).
 */
export function decreeValues(settings: Settings, agents: readonly DecreeAgent[], todayMs: number, beritaAcaraMs: number | null = null): DecreeValues {
  const dateMs = decreeDate(settings, todayMs);
  const year = programmeYear(settings, dateMs);
  const kop = kopLines(settings);
  const document: DocumentValues = {
    INSTANSI: settings.instansi.trim(),
    INSTANSI_KAPITAL: settings.instansi.trim().toUpperCase(),
    KOTA: settings.kota.trim(),
    ALAMAT: settings.alamat.trim(),
    TELEPON: settings.telepon.trim(),
    EMAIL: settings.emailKantor.trim(),
    KODE_POS: settings.kodePos.trim(),
    KOP_ALAMAT: kop.address,
    KOP_KOTA: kop.city,
    NOMOR: settings.nomorSurat.trim() === '' ? BLANK_NUMBER : settings.nomorSurat.trim(),
    TANGGAL: formatTanggal(dateMs),
    TANGGAL_BERITA_ACARA: beritaAcaraMs === null ? BLANK_DATE : formatTanggal(beritaAcaraMs),
    TAHUN: String(year),
    PERIODE_MULAI: settings.periodeMulai === null ? '' : formatTanggal(settings.periodeMulai),
    PERIODE_SELESAI: settings.periodeSelesai === null ? '' : formatTanggal(settings.periodeSelesai),
    PERIODE: periodText(settings.periodeMulai, settings.periodeSelesai),
    KEPALA_NAMA: settings.kepalaNama.trim(),
    KEPALA_NIP: formatNip(settings.kepalaNip.trim()),
    KEPALA_PANGKAT: formatPangkat(settings.kepalaPangkat),
    JUMLAH_AGEN: `${agents.length} (${terbilang(agents.length)})`,
    DAFTAR_AGEN: joinIndonesian(agents.map((a) => a.employee.name.trim())),
  };
  const rows: AgentValues[] = agents.map((a, i) => ({
    NO: String(i + 1),
    NAMA: orDash(a.employee.name),
    NIP: orDash(formatNip(a.employee.nip)),
    PANGKAT: orDash(formatPangkat(a.employee.pangkat)),
    JABATAN: orDash(a.employee.jabatan),
    UNIT: orDash(a.employee.unit),
    PERAN: roleLabel(a.role),
  }));
  return { document, agents: rows };
}
