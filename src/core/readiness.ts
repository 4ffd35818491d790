/**
 * "Uji Kesiapan" as a pure decision: what the product could not confirm offline (behaviours
 * Google does not document), observed once on the real deployment by app/readiness.ts, judged
 * here into one Indonesian line per check — OK, or not OK with what the team should do.
 */
import { KUPANG_TIME_ZONE } from './dates';

/** How the script is installed (the getInstallationSource() of ScriptApp). */
export type Installation = 'bound' | 'addon' | 'unknown';

/** What a scratch cell held after a write: its value as text and its formula ('' for none). */
export interface CellProbe {
  value: string;
  formula: string;
}

/** A probe that could not run says why. */
export type Probe<T> = { ok: true; value: T } | { ok: false; error: string };

export interface NipColumnFacts {
  tab: string;
  question: string;
  /** Cells holding a number (Google turned the answer into a number). */
  numbers: number;
  /** Cells holding text. */
  texts: number;
}

export interface FormTabFacts {
  tab: string;
  url: string;
  /** The Form this tab was resolved to ('' when it could not be identified). */
  formId: string;
  /** Which of the product's Forms it is, or null for another Form. */
  kind: 'nomination' | 'survey' | 'report' | null;
}

export interface DecreeProbe {
  input: string;
  output: string;
}

export interface TriggerFacts {
  user: string;
  total: number;
  /** Handler → how many triggers of it the user holds. */
  byHandler: Record<string, number>;
  /** Event type → how many (add-ons may hold one of each type per user per document). */
  byEventType: Record<string, number>;
  duplicates: number;
  missing: string[];
}

/** What Sheet.getSheetValues(1, 1, -1, -1) gave on a scratch sheet holding WHOLE_READ_BLOCK at A1. */
export type WholeReadFacts = { rows: number; columns: number; blockAtTopLeft: boolean } | { refused: string };

export interface ReadinessFacts {
  installation: Installation;
  /** "'abc" written into a plain-text (@) cell. */
  apostrophe: Probe<CellProbe>;
  /** "=1+1" written into a plain-text (@) cell. */
  equalsInTextCell: Probe<CellProbe>;
  /** "'=1+1" written into an ordinary cell (how the product keeps people's text from being a formula). */
  equalsWithApostrophe: Probe<CellProbe>;
  /** getSheetValues(1, 1, -1, -1), the call every sheet is read with (-1 not clearly documented). */
  wholeSheetRead: Probe<WholeReadFacts>;
  nipColumns: Probe<NipColumnFacts[]>;
  formTabs: Probe<FormTabFacts[]>;
  decree: Probe<DecreeProbe[]>;
  triggers: Probe<TriggerFacts>;
  timeZone: Probe<{ spreadsheet: string; script: string }>;
  scopes: Probe<{ required: string[]; granted: string[] | null; authorizationRequired: boolean }>;
  /** The Sheets advanced service: whether the manifest enables it, and what one small read gave. */
  sheetsApi: Probe<SheetsApiFacts>;
}

/** The Sheets API probe: not enabled, or one batchGet that answered (error: null) or failed (its message). */
export type SheetsApiFacts = { enabled: false } | { enabled: true; error: string | null };

export type CheckKey = keyof Omit<ReadinessFacts, 'installation'> | 'installation';

export interface CheckResult {
  key: CheckKey;
  label: string;
  ok: boolean;
  /** What was observed, in Indonesian. */
  finding: string;
  /** What the team should do ('' when nothing). */
  action: string;
}

export const READINESS_TIME_ZONE = KUPANG_TIME_ZONE;
export const MAX_TRIGGERS = 20;

/** The values sent through the decree filler: each must come out exactly as it went in. */
export const DECREE_PROBES = ['$1', '$&', 'a\\b', '$0 \\1 $$'] as const;

/** The block written at A1 of a scratch sheet: its data rectangle is 2 rows × 3 columns. */
export const WHOLE_READ_BLOCK: readonly (readonly string[])[] = [
  ['a', '', 'c'],
  ['', 'b', ''],
];

export const CHECK_LABELS: Record<CheckKey, string> = {
  installation: 'Cara pemasangan',
  apostrophe: 'Apostrof di sel teks biasa',
  equalsInTextCell: 'Teks berawalan "=" di sel teks biasa',
  equalsWithApostrophe: 'Teks berawalan "=" di sel biasa',
  wholeSheetRead: 'Membaca seluruh lembar (getSheetValues dengan -1)',
  nipColumns: 'Jawaban NIP di tab tanggapan formulir',
  formTabs: 'Tautan formulir pada tab tanggapan',
  decree: 'Tanda $ dan \\ dalam draf SK',
  triggers: 'Pemicu: pemilik dan jumlah',
  timeZone: 'Zona waktu',
  scopes: 'Izin (cakupan OAuth)',
  sheetsApi: 'Layanan Sheets API (membaca beberapa lembar sekaligus)',
};

const REPORT = 'Bila masalah ini tetap muncul, laporkan hasil Uji Kesiapan ini kepada pengembang.';

function failed(key: CheckKey, error: string): CheckResult {
  return {
    key,
    label: CHECK_LABELS[key],
    ok: false,
    finding: `Pemeriksaan tidak dapat dijalankan: ${error}`,
    action: `Jalankan Uji Kesiapan sekali lagi. ${REPORT}`,
  };
}

function result(key: CheckKey, ok: boolean, finding: string, action = ''): CheckResult {
  return { key, label: CHECK_LABELS[key], ok, finding, action: ok ? '' : action };
}

function installation(i: Installation): CheckResult {
  if (i === 'bound') {
    return result('installation', true, 'Skrip terikat langsung pada spreadsheet ini (bukan add-on terbit): pemicu kiriman dipasang pada formulir.');
  }
  if (i === 'addon') {
    return result('installation', true, 'Add-on terbit: kiriman formulir diproses lewat tab tanggapan di spreadsheet ini, dengan satu pemicu per jenis.');
  }
  return result(
    'installation',
    false,
    'Google tidak menyebutkan cara pemasangan skrip ini.',
    `Hubungkan formulir lewat menu; hasilnya (pemicu pada formulir atau lewat spreadsheet) dicatat di Log Kesalahan. ${REPORT}`,
  );
}

function apostrophe(p: Probe<CellProbe>): CheckResult {
  if (!p.ok) return failed('apostrophe', p.error);
  const kept = p.value.value.startsWith("'");
  return result(
    'apostrophe',
    true,
    kept
      ? 'Google menyimpan apostrof di awal isian sel teks biasa sebagai bagian dari teks. Produk tidak pernah menulis apostrof ke sel seperti itu (kecuali di depan "="), dan membuang satu apostrof di awal saat membaca, jadi data tetap benar.'
      : 'Google membuang apostrof di awal isian sel teks biasa. Produk membuang satu apostrof di awal saat membaca, jadi data tetap benar.',
  );
}

function equalsInTextCell(p: Probe<CellProbe>): CheckResult {
  if (!p.ok) return failed('equalsInTextCell', p.error);
  const formula = p.value.formula !== '';
  return result(
    'equalsInTextCell',
    true,
    formula
      ? 'Google menjadikan teks berawalan "=" sebagai rumus walaupun selnya berformat teks biasa. Produk selalu menulis apostrof di depan "=", jadi teks itu tetap teks.'
      : 'Sel berformat teks biasa menyimpan teks berawalan "=" sebagai teks. Produk juga menulis apostrof di depannya, jadi aman di kedua keadaan.',
  );
}

function equalsWithApostrophe(p: Probe<CellProbe>): CheckResult {
  if (!p.ok) return failed('equalsWithApostrophe', p.error);
  const asText = p.value.formula === '' && p.value.value.replace(/^'/, '') === '=1+1';
  return result(
    'equalsWithApostrophe',
    asText,
    asText
      ? 'Teks berawalan "=" yang ditulis dengan apostrof tetap teks (jawaban seperti =IMPORTXML(...) tidak pernah menjadi rumus).'
      : `Teks "'=1+1" menjadi ${p.value.formula ? `rumus ${p.value.formula}` : `"${p.value.value}"`}: jawaban formulir yang diawali "=" bisa menjadi rumus di lembar tim.`,
    `Jangan memakai produk untuk kiriman baru sampai ini diperbaiki. ${REPORT}`,
  );
}

function wholeSheetRead(p: Probe<WholeReadFacts>): CheckResult {
  if (!p.ok) return failed('wholeSheetRead', p.error);
  const f = p.value;
  const rows = WHOLE_READ_BLOCK.length;
  const columns = WHOLE_READ_BLOCK[0].length;
  const size = `${rows} baris × ${columns} kolom`;
  if ('refused' in f) {
    return result(
      'wholeSheetRead',
      true,
      `Google menolak getSheetValues(1, 1, -1, -1) ("${f.refused}"). Produk membaca setiap lembar lewat getLastRow dan getLastColumn: isinya tetap benar, hanya sedikit lebih lambat (dicatat sekali di Log Kesalahan).`,
    );
  }
  if (f.blockAtTopLeft && f.rows === rows && f.columns === columns) {
    return result('wholeSheetRead', true, `getSheetValues(1, 1, -1, -1) memberi tepat kotak data (${size}) dalam satu panggilan.`);
  }
  if (f.blockAtTopLeft) {
    return result(
      'wholeSheetRead',
      true,
      `getSheetValues(1, 1, -1, -1) memberi seluruh kisi lembar (${f.rows} baris × ${f.columns} kolom, termasuk baris dan kolom kosong), bukan hanya kotak data (${size}). Produk membuang baris dan kolom kosong di ujung menurut getLastRow dan getLastColumn, jadi isinya tetap benar.`,
    );
  }
  return result(
    'wholeSheetRead',
    false,
    `getSheetValues(1, 1, -1, -1) memberi ${f.rows} baris × ${f.columns} kolom yang tidak memuat kotak data yang ditulis (${size}) di pojok kiri atas: produk bisa salah membaca lembar.`,
    `Jangan memakai produk untuk penghitungan sampai ini diperbaiki. ${REPORT}`,
  );
}

function nipColumns(p: Probe<NipColumnFacts[]>): CheckResult {
  if (!p.ok) return failed('nipColumns', p.error);
  if (p.value.length === 0) {
    return result('nipColumns', true, 'Tidak ada kolom NIP di tab tanggapan formulir spreadsheet ini; NIP dibaca langsung dari Google Forms sebagai teks.');
  }
  const damaged = p.value.filter((c) => c.numbers > 0);
  const seen = p.value.map((c) => `"${c.question}" di tab "${c.tab}" (${c.texts} teks, ${c.numbers} angka)`).join('; ');
  if (damaged.length === 0) return result('nipColumns', true, `Jawaban NIP tersimpan sebagai teks: ${seen}.`);
  return result(
    'nipColumns',
    false,
    `Google menyimpan sebagian jawaban NIP sebagai angka, sehingga NIP 18 digit kehilangan digit terakhirnya: ${damaged
      .map((c) => `"${c.question}" di tab "${c.tab}" (${c.numbers} angka)`)
      .join('; ')}.`,
    'Di tab tersebut, pilih kolom NIP lalu Format › Angka › Teks biasa agar jawaban baru tersimpan utuh. NIP yang sudah rusak ditandai oleh produk dan tidak dipakai untuk mengenali orang; minta pengirimnya mengirim ulang bila perlu.',
  );
}

function formTabs(p: Probe<FormTabFacts[]>): CheckResult {
  if (!p.ok) return failed('formTabs', p.error);
  if (p.value.length === 0) return result('formTabs', true, 'Tidak ada tab tanggapan formulir di spreadsheet ini (kiriman dibaca lewat pemicu pada formulir).');
  const shape = (url: string) => (/\/forms\/d\/e\//.test(url) ? 'tautan terbit (/d/e/…)' : /\/forms\/d\/[^/]+/.test(url) ? 'tautan dengan ID formulir' : 'bentuk lain');
  const unknown = p.value.filter((t) => t.formId === '');
  const lines = p.value.map((t) =>
    t.formId === ''
      ? `tab "${t.tab}": ${shape(t.url)}, formulirnya tidak dapat dikenali`
      : `tab "${t.tab}": ${shape(t.url)}, ${t.kind === 'nomination' ? 'formulir penjaringan' : t.kind === 'survey' ? 'formulir survei' : t.kind === 'report' ? 'formulir laporan rencana tindak' : 'formulir lain (tidak dipakai produk)'}`,
  );
  return result(
    'formTabs',
    unknown.length === 0,
    `${lines.join('; ')}.`,
    'Pastikan akun Anda dapat mengedit formulir yang mengisi tab itu, lalu jalankan Uji Kesiapan lagi; bila tab itu milik formulir penjaringan, survei atau laporan, kirimannya belum dapat diproses.',
  );
}

function decree(p: Probe<DecreeProbe[]>): CheckResult {
  if (!p.ok) return failed('decree', p.error);
  const wrong = p.value.filter((d) => d.output !== d.input);
  if (wrong.length === 0) return result('decree', true, `Nilai ${p.value.map((d) => d.input).join(', ')} masuk ke draf SK persis seperti aslinya.`);
  return result(
    'decree',
    false,
    `Nilai berubah saat masuk ke draf SK: ${wrong.map((d) => `${d.input} menjadi ${d.output || '(kosong)'}`).join(', ')}.`,
    `Periksa nama, gelar dan nomor yang mengandung $ atau \\ pada draf SK sebelum ditandatangani. ${REPORT}`,
  );
}

function triggers(p: Probe<TriggerFacts>, mode: Installation): CheckResult {
  if (!p.ok) return failed('triggers', p.error);
  const t = p.value;
  const list = Object.entries(t.byHandler)
    .map(([h, n]) => `${h} ×${n}`)
    .join(', ');
  const problems: string[] = [];
  if (t.duplicates > 0) problems.push(`${t.duplicates} pemicu ganda (setiap kiriman diproses dua kali)`);
  if (t.total >= MAX_TRIGGERS) problems.push(`${t.total} pemicu, batas Google ${MAX_TRIGGERS} per akun`);
  if (mode === 'addon') {
    const over = Object.entries(t.byEventType).filter(([, n]) => n > 1);
    if (over.length > 0) problems.push(`add-on hanya boleh satu pemicu per jenis, ada ${over.map(([e, n]) => `${n} ${e}`).join(', ')}`);
  }
  if (t.missing.length > 0) problems.push(`belum terpasang: ${t.missing.join(', ')}`);
  const finding = `${t.total} pemicu milik ${t.user || 'akun ini'}${list ? ` (${list})` : ''}.`;
  return result(
    'triggers',
    problems.length === 0,
    problems.length === 0 ? finding : `${finding} Masalah: ${problems.join('; ')}.`,
    'Buka Status & Bantuan dan tekan "Perbaiki Pemicu".',
  );
}

function timeZone(p: Probe<{ spreadsheet: string; script: string }>): CheckResult {
  if (!p.ok) return failed('timeZone', p.error);
  const { spreadsheet, script } = p.value;
  const actions: string[] = [];
  if (spreadsheet !== READINESS_TIME_ZONE) actions.push(`jalankan Siapkan Lembar Kerja (zona waktu spreadsheet diatur ke ${READINESS_TIME_ZONE})`);
  if (script !== READINESS_TIME_ZONE) actions.push(`minta pengembang memasang ulang skrip dengan "timeZone": "${READINESS_TIME_ZONE}" di appsscript.json`);
  return result(
    'timeZone',
    actions.length === 0,
    `Spreadsheet: ${spreadsheet || '(tidak diketahui)'}; skrip: ${script || '(tidak diketahui)'}${actions.length === 0 ? ' (WITA).' : `; seharusnya ${READINESS_TIME_ZONE} (WITA).`}`,
    `${actions.join('; ')}.`.replace(/^./, (c) => c.toUpperCase()),
  );
}

function scopes(p: Probe<{ required: string[]; granted: string[] | null; authorizationRequired: boolean }>): CheckResult {
  if (!p.ok) return failed('scopes', p.error);
  const { required, granted, authorizationRequired } = p.value;
  const short = (s: string) => s.replace('https://www.googleapis.com/auth/', '');
  const missing = granted === null ? (authorizationRequired ? required : []) : required.filter((s) => !granted.includes(s));
  if (missing.length === 0 && !authorizationRequired) {
    return result('scopes', true, `Semua ${required.length} izin yang dibutuhkan sudah diberikan${granted === null ? '' : ` (${required.map(short).join(', ')})`}.`);
  }
  return result(
    'scopes',
    false,
    missing.length > 0 ? `Izin belum diberikan: ${missing.map(short).join(', ')}.` : 'Google meminta otorisasi ulang untuk skrip ini.',
    'Jalankan salah satu menu Agen Perubahan, lalu pada jendela izin Google centang semua izin dan tekan Izinkan.',
  );
}

const SLOWER = 'Sampai itu, Agen Perubahan membaca dan menulis lembar lewat SpreadsheetApp: hasilnya sama, hanya lebih banyak panggilan (lebih lambat) per kiriman formulir.';

function sheetsApi(p: Probe<SheetsApiFacts>): CheckResult {
  if (!p.ok) return failed('sheetsApi', p.error);
  const f = p.value;
  if (!f.enabled) {
    return result(
      'sheetsApi',
      false,
      `Layanan lanjutan Google Sheets API belum aktif untuk skrip ini. ${SLOWER}`,
      'Minta pengembang memasang ulang skrip dengan layanan lanjutan Sheets (versi v4) aktif di appsscript.json.',
    );
  }
  if (f.error === null) return result('sheetsApi', true, 'Google Sheets API aktif dan menjawab: setiap kiriman formulir membaca lembar-lembarnya dengan satu permintaan.');
  if (/quota|rate ?limit|too many requests|429/i.test(f.error)) {
    return result('sheetsApi', true, `Google Sheets API aktif, tetapi kuota per menitnya sedang habis ("${f.error}"). Selama itu kiriman dibaca lewat SpreadsheetApp; tidak ada yang hilang.`);
  }
  return result('sheetsApi', false, `Google Sheets API aktif, tetapi menolak permintaan: "${f.error}". ${SLOWER}`, `Jalankan Uji Kesiapan sekali lagi. ${REPORT}`);
}

/** Judges every check, in the order the team reads them. */
export function judgeReadiness(f: ReadinessFacts): CheckResult[] {
  return [
    installation(f.installation),
    apostrophe(f.apostrophe),
    equalsInTextCell(f.equalsInTextCell),
    equalsWithApostrophe(f.equalsWithApostrophe),
    wholeSheetRead(f.wholeSheetRead),
    nipColumns(f.nipColumns),
    formTabs(f.formTabs),
    decree(f.decree),
    triggers(f.triggers, f.installation),
    timeZone(f.timeZone),
    scopes(f.scopes),
    sheetsApi(f.sheetsApi),
  ];
}

/** The rows of the `Uji Kesiapan` sheet (below its header). */
export function readinessRows(results: readonly CheckResult[]): string[][] {
  return results.map((r) => [r.label, r.ok ? 'OK' : 'TIDAK OK', r.finding, r.action]);
}

/** The dialog text after the run. */
export function readinessMessage(results: readonly CheckResult[], sheetName: string): string {
  const bad = results.filter((r) => !r.ok);
  const lines = [
    bad.length === 0
      ? `Semua ${results.length} pemeriksaan OK.`
      : `${results.length - bad.length} dari ${results.length} pemeriksaan OK; ${bad.length} perlu tindakan.`,
    '',
  ];
  for (const r of results) {
    lines.push(`${r.ok ? '✔' : '✘'} ${r.label}: ${r.ok ? 'OK' : 'TIDAK OK'} — ${r.finding}`);
    if (!r.ok && r.action) lines.push(`   Yang perlu dilakukan: ${r.action}`);
  }
  lines.push('', `Hasil ini juga dicatat di lembar ${sheetName}. Uji Kesiapan tidak mengubah data lain; lembar dan dokumen coba-coba sudah dihapus.`);
  return lines.join('\n');
}
