/**
 * D4: the pre-flight of "Buat Draf SK". Errors refuse the draft; confirmations are asked before
 * writing. Every message is Indonesian and says what to fill or fix, and where.
 */
import { formatTanggal, isoDate } from '../dates';
import type { Eligibility } from '../eligibility';
import { digitsOf, formatNip } from '../nip';
import { SETTINGS, type SettingKey, type Settings } from '../settings';
import { NO_ROLE_LABEL, ROLE_NAMES, roleByName } from '../values';
import { AGENT_PLACEHOLDERS, closestPlaceholder, isAgentPlaceholder, isKnownPlaceholder } from './placeholders';

/** Placeholder names found in each part of the template (findPlaceholders of each part). */
export interface TemplatePlaceholders {
  /** The body outside the agent row (paragraphs and other tables). */
  body: readonly string[];
  header: readonly string[];
  footer: readonly string[];
  /** The agent row of the Lampiran table (the row that holds agent placeholders). */
  rows: readonly string[];
}

/** A candidate ticked Ditetapkan in `Penilaian`. */
export interface ChosenCandidate {
  nip: string;
  name: string;
  role: string;
  /** 1-based row in `Penilaian`, for messages. */
  row?: number;
}

export interface PreflightInput {
  templatePlaceholders: TemplatePlaceholders;
  hasAgentRow: boolean;
  settings: Settings;
  /** Rows of `Pengaturan` where each setting was found (ParsedSettings.rows), for messages. */
  settingsRows?: Partial<Record<SettingKey, number>>;
  agents: readonly ChosenCandidate[];
  /** The setting Jumlah Agen Ditetapkan (default 3). */
  expectedAgentCount: number;
  /** NIPs on the shortlist (digits). */
  shortlistNips: readonly string[];
  /** N6 by NIP (digits) for the roster; a NIP absent here is not in `Pegawai`. */
  eligibility: ReadonlyMap<string, Eligibility>;
  /** NIPs (digits) with a total in `Penilaian`. */
  assessedNips: readonly string[];
  /** The decree's date (Tanggal Penetapan, else today) and the latest berita acara's, in ms. */
  decreeDateMs?: number;
  beritaAcaraMs?: number | null;
}

export interface PreflightResult {
  /** Reasons to refuse: nothing is written while any remains. */
  errors: string[];
  /** Questions for the team; the draft is made only after they confirm. */
  confirmations: string[];
}

type Part = keyof TemplatePlaceholders;
const PART_NAMES: Record<Part, string> = {
  body: 'isi dokumen',
  header: 'kop (header)',
  footer: 'kaki halaman (footer)',
  rows: 'baris tabel agen',
};

/** Which settings a document placeholder reads, and whether a blank value refuses the draft. */
const PLACEHOLDER_SETTINGS: Record<string, { keys: SettingKey[]; required: boolean }> = {
  INSTANSI: { keys: ['instansi'], required: true },
  INSTANSI_KAPITAL: { keys: ['instansi'], required: true },
  KOTA: { keys: ['kota'], required: true },
  KEPALA_NAMA: { keys: ['kepalaNama'], required: true },
  KEPALA_NIP: { keys: ['kepalaNip'], required: true },
  KEPALA_PANGKAT: { keys: ['kepalaPangkat'], required: true },
  PERIODE_MULAI: { keys: ['periodeMulai'], required: true },
  PERIODE_SELESAI: { keys: ['periodeSelesai'], required: true },
  PERIODE: { keys: ['periodeMulai', 'periodeSelesai'], required: true },
  ALAMAT: { keys: ['alamat'], required: false },
  TELEPON: { keys: ['telepon'], required: false },
  EMAIL: { keys: ['emailKantor'], required: false },
  KODE_POS: { keys: ['kodePos'], required: false },
};

const labelOf = (key: SettingKey): string => SETTINGS.find((d) => d.key === key)?.label ?? key;

function isBlank(v: Settings[SettingKey]): boolean {
  if (v === null) return true;
  if (typeof v === 'string') return v.trim() === '';
  return false;
}

const who = (c: ChosenCandidate): string => {
  const nip = digitsOf(c.nip);
  const place = c.row !== undefined ? `, Penilaian baris ${c.row}` : '';
  return `${c.name.trim() || '(tanpa nama)'} (${nip !== '' ? `NIP ${formatNip(nip)}` : 'tanpa NIP'}${place})`;
};

/** D4: what stops the draft and what must be confirmed. */
export function preflight(input: PreflightInput): PreflightResult {
  const errors: string[] = [];
  const confirmations: string[] = [];
  const tp = input.templatePlaceholders;
  const parts: Part[] = ['body', 'header', 'footer', 'rows'];

  // Unknown placeholders, each once, with every part it appears in.
  const unknown = new Map<string, Part[]>();
  const misplaced = new Map<string, Part[]>();
  for (const part of parts) {
    for (const name of tp[part]) {
      if (!isKnownPlaceholder(name)) {
        unknown.set(name, [...(unknown.get(name) ?? []), part]);
      } else if (isAgentPlaceholder(name) && part !== 'rows') {
        misplaced.set(name, [...(misplaced.get(name) ?? []), part]);
      }
    }
  }
  unknown.forEach((where, name) => {
    const hint = closestPlaceholder(name);
    const suggestion = hint !== null ? ` Mungkin maksudnya {{${hint}}}?` : ' Hapus atau ganti dengan placeholder yang dikenal (lihat Status & Bantuan).';
    errors.push(`Template memuat placeholder tidak dikenal {{${name}}} di ${where.map((p) => PART_NAMES[p]).join(', ')}.${suggestion} Perbaiki di Doc template.`);
  });
  misplaced.forEach((where, name) => {
    errors.push(
      `Placeholder {{${name}}} di ${where.map((p) => PART_NAMES[p]).join(', ')} hanya terisi di baris tabel agen. Pindahkan ke baris tabel daftar agen di Lampiran template.`,
    );
  });
  if (!input.hasAgentRow) {
    errors.push(
      `Template tidak punya baris tabel agen. Di Lampiran template, buat tabel dengan satu baris berisi ${AGENT_PLACEHOLDERS.map((n) => `{{${n}}}`).join(' ')}; baris itu diulang untuk setiap agen.`,
    );
  }

  // Agency data the template uses.
  const used = new Set<string>(parts.reduce<string[]>((all, p) => all.concat(tp[p]), []));
  const reported = new Set<SettingKey>();
  Object.keys(PLACEHOLDER_SETTINGS).forEach((name) => {
    if (!used.has(name)) return;
    const spec = PLACEHOLDER_SETTINGS[name];
    for (const key of spec.keys) {
      if (reported.has(key) || !isBlank(input.settings[key])) continue;
      reported.add(key);
      const row = input.settingsRows?.[key];
      const where = row !== undefined ? `baris ${row} lembar Pengaturan` : 'lembar Pengaturan';
      if (spec.required) errors.push(`"${labelOf(key)}" masih kosong. Isi di ${where} (dipakai oleh {{${name}}}).`);
      else confirmations.push(`"${labelOf(key)}" masih kosong (${where}), sehingga {{${name}}} di SK akan kosong. Lanjutkan?`);
    }
  });

  // One date everywhere: the decree cannot be dated before the berita acara it rests on.
  const ba = input.beritaAcaraMs ?? null;
  if (ba !== null && input.decreeDateMs !== undefined && isoDate(ba) > isoDate(input.decreeDateMs)) {
    const row = input.settingsRows?.tanggalPenetapan;
    const where = row !== undefined ? `baris ${row} lembar Pengaturan` : 'lembar Pengaturan';
    errors.push(
      `Tanggal penetapan SK (${formatTanggal(input.decreeDateMs)}) lebih awal dari Berita Acara Penilaian yang dirujuknya (${formatTanggal(ba)}). Ubah "${labelOf('tanggalPenetapan')}" di ${where} menjadi ${formatTanggal(ba)} atau sesudahnya, atau kosongkan agar SK bertanggal hari ini.`,
    );
  }

  // The agents.
  const shortlist = new Set(input.shortlistNips.map(digitsOf));
  const assessed = new Set(input.assessedNips.map(digitsOf));
  if (input.agents.length === 0) {
    errors.push(
      `Belum ada calon yang dicentang "Ditetapkan" di lembar Penilaian. Centang ${input.expectedAgentCount} calon pilihan Kepala Dinas, lalu jalankan Buat Draf SK lagi.`,
    );
  }
  const seen = new Set<string>();
  for (const c of input.agents) {
    const nip = digitsOf(c.nip);
    if (nip === '') {
      errors.push(`${who(c)} dicentang Ditetapkan tetapi tidak punya NIP. Lengkapi NIP-nya di lembar Pegawai lalu Siapkan Penilaian lagi.`);
      continue;
    }
    if (seen.has(nip)) {
      errors.push(`${who(c)} dicentang Ditetapkan lebih dari sekali. Hapus centang pada baris gandanya.`);
      continue;
    }
    seen.add(nip);
    if (!shortlist.has(nip)) {
      errors.push(`${who(c)} dicentang Ditetapkan tetapi tidak ada di daftar pendek Rekap Penjaringan. Hapus centangnya atau periksa Rekap Penjaringan.`);
    }
    const el = input.eligibility.get(nip);
    if (el === undefined) {
      errors.push(`${who(c)} tidak ditemukan di lembar Pegawai, sehingga pangkat dan jabatannya tidak diketahui. Tambahkan ke Pegawai atau hapus centangnya.`);
    } else if (!el.eligible) {
      errors.push(`${who(c)} tidak memenuhi syarat agen perubahan: ${el.reason}. Hapus centang Ditetapkan.`);
    }
    if (!assessed.has(nip)) {
      errors.push(`${who(c)} belum dinilai: belum ada penilai yang mengisi lengkap keempat kriteria. Isi nilainya di lembar Penilaian.`);
    }
    const role = c.role.trim();
    if (role === '') {
      confirmations.push(`${who(c)} belum diberi Peran; di SK tertulis "${NO_ROLE_LABEL}". Lanjutkan?`);
    } else if (roleByName(role) === null) {
      confirmations.push(`Peran "${role}" untuk ${who(c)} bukan salah satu dari ${ROLE_NAMES.join(', ')}; di SK tertulis apa adanya. Lanjutkan?`);
    }
  }
  if (input.agents.length > 0 && input.agents.length !== input.expectedAgentCount) {
    confirmations.push(
      `Yang dicentang Ditetapkan ada ${input.agents.length} orang, sedangkan Jumlah Agen Ditetapkan di Pengaturan adalah ${input.expectedAgentCount}. Tetap buat SK untuk ${input.agents.length} orang?`,
    );
  }
  return { errors, confirmations };
}
