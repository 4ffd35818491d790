/**
 * Offline mode's inputs of the agents' cycle, read and checked before anything runs:
 *
 * - `--plans FILE`: the approved action plans, as `Rencana Tindak` is downloaded from the summary
 *   spreadsheet (File › Download › CSV): the seed's 8 columns, then Status and the head's
 *   Keputusan Pimpinan, Catatan Pimpinan, Tanggal Keputusan; an agent's rows follow the agent's
 *   title row ("Agen Perubahan: Maria Lake — NIP 19860926 201505 1 001 — …"), or, in a flat
 *   table, each row names its agent in a "NIP Agen" (or "NIP") column. The decision is Keputusan
 *   Pimpinan, else Status ("Disetujui", "Perlu Perbaikan", blank).
 * - `--reports FILE`: the report Form's responses as Google Forms downloads them (English or
 *   Indonesian headers, the day/month order decided from the whole column as R5 says).
 *
 * A file the CLI cannot read for sure is refused with one Indonesian line naming the file (exit 2);
 * a report that can be read but not counted (an activity not in the plans, a realisation typed as
 * text) goes into `Laporan Rencana Tindak` marked and explained by the product itself.
 */
import { ACTION_PLAN_HEADERS, parsePlanTitle } from '../../core/action-plan';
import { parseDecision } from '../../core/action-plan-approval';
import { parseDateInOrder } from '../../core/dates';
import { digitsOf } from '../../core/nip';
import { REPORT_ITEMS, type ReportItem } from '../../core/reports';
import { findColumn, type CsvTable } from './csv';
import { EMAIL_HEADERS, ID_HEADERS, InputError, TIMESTAMP_HEADERS, timestampOrder } from './read-inputs';

/** One entry of an agent's plan: the seed's 8 columns as text, and the head's decision. */
export interface PlanRowInput {
  /** The CSV's line, for messages. */
  line: number;
  nip: string;
  cells: string[];
  decision: 'Disetujui' | 'Perlu Perbaikan' | '';
  note: string;
  date: string;
}

export interface PlansInput {
  file: string;
  rows: PlanRowInput[];
}

const DECISION_HEADERS = ['Keputusan Pimpinan'];
const STATUS_HEADERS = ['Status'];
const NOTE_HEADERS = ['Catatan Pimpinan'];
const DATE_HEADERS = ['Tanggal Keputusan'];
const NIP_HEADERS = ['NIP Agen', 'NIP'];

/** The plans CSV → the entries of each agent with the head's decision. */
export function plansFromCsv(table: CsvTable, file: string): PlansInput {
  const cols = ACTION_PLAN_HEADERS.map((h) => findColumn(table.headers, [h]));
  const missing = ACTION_PLAN_HEADERS.filter((_, i) => cols[i] < 0);
  if (missing.length > 0) {
    throw new InputError(
      `${file}: kolom Rencana Tindak tidak lengkap: ${missing.map((m) => `"${m}"`).join(', ')} tidak ada (kolom yang ada: ${table.headers.join(', ')}). Unduh lembar Rencana Tindak dari spreadsheet rekap (File › Download › CSV) dan pakai apa adanya.`,
    );
  }
  const decisionCol = findColumn(table.headers, DECISION_HEADERS);
  const statusCol = findColumn(table.headers, STATUS_HEADERS);
  if (decisionCol < 0 && statusCol < 0) throw new InputError(`${file}: kolom "Keputusan Pimpinan" (atau "Status") tidak ada, jadi tidak diketahui kegiatan mana yang disetujui.`);
  const noteCol = findColumn(table.headers, NOTE_HEADERS);
  const dateCol = findColumn(table.headers, DATE_HEADERS);
  const nipCol = findColumn(table.headers, NIP_HEADERS);
  const rows: PlanRowInput[] = [];
  let agent = '';
  table.rows.forEach((row, r) => {
    const line = table.lines[r];
    const first = row[cols[0]].trim();
    const title = parsePlanTitle(row.find((c) => c.trim() !== '')?.trim() ?? '');
    if (title) {
      if (title.nip === '') throw new InputError(`${file}: baris ${line}: judul agen tanpa NIP ("${first}").`);
      agent = title.appointed ? title.nip : '';
      return;
    }
    const cells = cols.map((c) => row[c].trim());
    // The column numbers 1–8 under the header, as the sheet has them.
    if (cells.every((c, i) => c === String(i + 1))) return;
    if (cells.slice(1).every((c) => c === '')) return; // a numbered row left empty
    const nip = nipCol >= 0 && row[nipCol].trim() !== '' ? digitsOf(row[nipCol]) : agent;
    if (nip === '') {
      throw new InputError(`${file}: baris ${line}: kegiatan "${cells[5]}" tanpa agen: letakkan di bawah baris judul "Agen Perubahan: … — NIP …" atau isi kolom "NIP Agen".`);
    }
    if (nip.length !== 18) throw new InputError(`${file}: baris ${line}: NIP agen "${row[nipCol] ?? nip}" bukan 18 angka.`);
    const typed = decisionCol >= 0 ? row[decisionCol].trim() : '';
    let decision = parseDecision(typed);
    if (decision === null) throw new InputError(`${file}: baris ${line}: Keputusan Pimpinan "${typed}" bukan "Disetujui" atau "Perlu Perbaikan".`);
    // Without a decision, the product's Status says it ("Diajukan", "Belum Lengkap": not decided).
    if (decision === '' && statusCol >= 0) decision = parseDecision(row[statusCol]) ?? '';
    rows.push({ line, nip, cells, decision: decision ?? '', note: noteCol >= 0 ? row[noteCol].trim() : '', date: dateCol >= 0 ? row[dateCol].trim() : '' });
  });
  if (rows.length === 0) throw new InputError(`${file}: tidak ada baris kegiatan rencana tindak.`);
  return { file, rows };
}

/** One report of the CSV, as the report Form would deliver it. */
export interface ReportRowInput {
  line: number;
  /** The response id column's value, else the 1-based data row. */
  id: string;
  at: number;
  email: string;
  answers: Partial<Record<ReportItem, string>>;
}

export interface ReportsInput {
  file: string;
  reports: ReportRowInput[];
  /** Columns the report Form does not have: listed, not read. */
  ignored: string[];
}

const REQUIRED_ITEMS: readonly ReportItem[] = ['activity', 'period', 'realisation'];

/** The report Form's CSV → its reports in CSV order. */
export function reportsFromCsv(table: CsvTable, file: string): ReportsInput {
  const tsCol = findColumn(table.headers, TIMESTAMP_HEADERS);
  if (tsCol < 0) throw new InputError(`${file}: kolom waktu pengisian ("Timestamp" atau "Stempel waktu") tidak ditemukan; unduh ulang jawaban Formulir Laporan sebagai CSV dari Google Forms.`);
  const emailCol = findColumn(table.headers, EMAIL_HEADERS);
  const idCol = findColumn(table.headers, ID_HEADERS);
  const itemCols = Object.fromEntries((Object.keys(REPORT_ITEMS) as ReportItem[]).map((k) => [k, findColumn(table.headers, [REPORT_ITEMS[k].title])])) as Record<ReportItem, number>;
  const missing = REQUIRED_ITEMS.filter((k) => itemCols[k] < 0);
  if (missing.length > 0) {
    throw new InputError(
      `${file}: bukan jawaban Formulir Laporan Agen Perubahan: kolom ${missing.map((k) => `"${REPORT_ITEMS[k].title}"`).join(', ')} tidak ada (kolom yang ada: ${table.headers.join(', ')}). Unduh jawaban formulir yang dibuat menu Rencana Tindak › Buat Formulir Laporan (Respons › Download responses (.csv)).`,
    );
  }
  const known = new Set([tsCol, emailCol, idCol, ...Object.values(itemCols)].filter((c) => c >= 0));
  const ignored = table.headers.filter((h, i) => h !== '' && !known.has(i));
  const order = timestampOrder(file, table.headers[tsCol], table.rows.map((r) => r[tsCol]));
  const reports = table.rows.map((row, r): ReportRowInput => {
    const raw = row[tsCol].trim();
    const at = parseDateInOrder(raw, order);
    if (at === null) throw new InputError(`${file}: baris ${table.lines[r]}: waktu pengisian "${raw}" tidak dikenali (contoh: 2027/03/31 9:15:02 AM GMT+8 atau 31/03/2027 9:15:02).`);
    const answers: ReportRowInput['answers'] = {};
    for (const k of Object.keys(itemCols) as ReportItem[]) if (itemCols[k] >= 0 && row[itemCols[k]].trim() !== '') answers[k] = row[itemCols[k]].trim();
    return { line: table.lines[r], id: idCol >= 0 && row[idCol].trim() !== '' ? row[idCol].trim() : String(r + 1), at, email: emailCol >= 0 ? row[emailCol].trim() : '', answers };
  });
  return { file, reports, ignored };
}
