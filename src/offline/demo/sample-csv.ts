/**
 * The other way round: a workspace's data as the CSV files offline mode reads, written the way
 * Google Forms and Sheets download them. The demo writes its sample data with these, so
 * `npm run offline` on them reproduces the demo's results.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { digitsOf } from '../../core/nip';
import { parseRoster } from '../../core/roster';
import { SHEETS } from '../../core/schema';
import { fileIdFrom, parseSettings } from '../../core/settings';
import { pickedKey } from '../../core/nominations/corrections';
import type { CellValue } from '../workspace/index';
import type { Workspace } from '../workspace/index';

/** One CSV field, quoted when it holds a separator, a quote, a line break or edge spaces. */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows → RFC 4180 text (CRLF line ends, as Google's downloads). */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A timestamp as the English-locale Forms download writes it: "2026/11/20 9:15:02 AM GMT+8". */
export function formsTimestamp(ms: number): string {
  const d = new Date(ms + 8 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const h = d.getUTCHours();
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${h12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'} GMT+8`;
}

function text(v: CellValue | undefined): string {
  if (v === undefined || v === null) return '';
  if (Object.prototype.toString.call(v) === '[object Date]') return (v as Date).toISOString();
  return String(v);
}

/** A Form's responses as its CSV download: Timestamp, Email Address (when collected), questions. */
export function responsesCsv(ws: Workspace, formId: string): string {
  const form = ws.forms.view(formId);
  const questions = form.items.filter((i) => !['SECTION_HEADER', 'PAGE_BREAK'].includes(i.kind));
  const header = ['Timestamp', ...(form.collectEmail ? ['Email Address'] : []), ...questions.map((q) => q.title)];
  const rows = [...form.responses]
    .sort((a, b) => a.timestamp - b.timestamp)
    .map((r) => [
      formsTimestamp(r.timestamp),
      ...(form.collectEmail ? [r.email] : []),
      ...questions.map((q) => {
        const a = r.answers[q.id];
        return Array.isArray(a) ? a.join(', ') : (a ?? '');
      }),
    ]);
  return toCsv([header, ...rows]);
}

/** `Pegawai` as a CSV (the rows down to the last filled one). */
export function rosterCsv(ws: Workspace): string {
  const values = ws.sheets.values(ws.spreadsheetId, SHEETS.roster) ?? [];
  const rows = values.map((r) => r.map(text));
  while (rows.length > 1 && rows[rows.length - 1].every((c) => c === '')) rows.pop();
  const width = Math.max(...rows.map((r) => {
    let w = r.length;
    while (w > 0 && r[w - 1] === '') w--;
    return w;
  }));
  return toCsv(rows.map((r) => r.slice(0, width)));
}

/**
 * The team's decided corrections in `Koreksi Nama` as "Teks","NIP": a NIP typed in "NIP", or the
 * person picked in "Pegawai yang dimaksud" (read as the product reads it). Undecided rows are left out.
 */
export function correctionsCsv(ws: Workspace): string {
  const values = ws.sheets.values(ws.spreadsheetId, SHEETS.corrections) ?? [];
  const header = (values[0] ?? []).map((h) => text(h).trim().toLowerCase());
  const textCol = header.indexOf('teks di formulir');
  const pickCol = header.indexOf('pegawai yang dimaksud');
  const nipCol = header.indexOf('nip');
  const rosterValues = ws.sheets.values(ws.spreadsheetId, SHEETS.roster) ?? [];
  const { employees } = parseRoster(rosterValues[0] ?? [], rosterValues.slice(1));
  const rows: string[][] = [];
  for (const r of values.slice(1)) {
    const t = text(r[textCol]).trim();
    if (t === '') continue;
    const person = pickedKey(pickCol >= 0 ? text(r[pickCol]) : '', nipCol >= 0 ? text(r[nipCol]) : '', employees);
    const nip = person === null ? '' : digitsOf(person);
    if (nip.length === 18) rows.push([t, nip]);
  }
  return toCsv([['Teks', 'NIP'], ...rows]);
}

export interface SampleFiles {
  roster: string;
  nominations?: string;
  corrections?: string;
  survey?: string;
}

/**
 * Writes the sample CSVs of a workspace into `dir` (created): pegawai.csv always; for each Form
 * (by default the ones whose links are in `Pengaturan`) its responses, and with the nomination
 * Form the decided corrections. Returns the paths written.
 */
export function writeSampleCsvs(ws: Workspace, dir: string, forms: { nominationFormId?: string; surveyFormId?: string } = {}): SampleFiles {
  mkdirSync(dir, { recursive: true });
  const settings = parseSettings(ws.sheets.values(ws.spreadsheetId, SHEETS.settings) ?? []).settings;
  const nominationFormId = forms.nominationFormId ?? (fileIdFrom(settings.nominationFormUrl) || undefined);
  const surveyFormId = forms.surveyFormId ?? (fileIdFrom(settings.surveyFormUrl) || undefined);
  const files: SampleFiles = { roster: join(dir, 'pegawai.csv') };
  writeFileSync(files.roster, rosterCsv(ws));
  if (nominationFormId) {
    files.nominations = join(dir, 'penjaringan.csv');
    writeFileSync(files.nominations, responsesCsv(ws, nominationFormId));
    files.corrections = join(dir, 'koreksi-nama.csv');
    writeFileSync(files.corrections, correctionsCsv(ws));
  }
  if (surveyFormId) {
    files.survey = join(dir, 'survei.csv');
    writeFileSync(files.survey, responsesCsv(ws, surveyFormId));
  }
  return files;
}
