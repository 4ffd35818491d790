/** Shared steps of the nomination end-to-end tests: a Form, its URL in Pengaturan, ballots. */
import type { Workspace } from '../../src/offline/workspace/index';
import type { FormItemSpec } from '../../src/offline/workspace/index';
import { demoRoster, type DemoEmployee } from '../../src/offline/demo/roster';
import { sheetValues } from './helpers';
import { BANNER, bannerWarnings, tallyHeaderRow } from '../../src/core/nominations/tally-layout';

export const NIP_Q = 'NIP Anda';
export const Q = ['Usulan calon agen perubahan 1', 'Usulan calon agen perubahan 2', 'Usulan calon agen perubahan 3'];

export function nominationForm(ws: Workspace, options: { collectEmail?: boolean; items?: FormItemSpec[] } = {}): string {
  return ws.forms.createForm({
    title: 'Penjaringan Calon Agen Perubahan 2026',
    collectEmail: options.collectEmail ?? false,
    items: options.items ?? [
      { kind: 'TEXT', title: NIP_Q },
      ...Q.map((title) => ({ kind: 'TEXT' as const, title })),
      { kind: 'PARAGRAPH_TEXT', title: 'Alasan mengusulkan calon' },
    ],
  });
}

/** The team types a value into Pengaturan next to its label. */
export function setSetting(ws: Workspace, label: string, value: string): void {
  const rows = sheetValues(ws, 'Pengaturan') ?? [];
  const i = rows.findIndex((r) => String(r[0]).trim() === label);
  if (i < 0) throw new Error(`no setting ${label}`);
  ws.sheets.userWrite(ws.spreadsheetId, 'Pengaturan', i + 1, 2, [[value]]);
}

export function settingValue(ws: Workspace, label: string): string {
  const rows = sheetValues(ws, 'Pengaturan') ?? [];
  return String(rows.find((r) => String(r[0]).trim() === label)?.[1] ?? '');
}

/** Creates the Form, puts its URL in Pengaturan and runs "Hubungkan Formulir Penjaringan". */
export function connected(ws: Workspace, options: Parameters<typeof nominationForm>[1] = {}): string {
  const formId = nominationForm(ws, options);
  setSetting(ws, 'URL Formulir Penjaringan', ws.forms.view(formId).editUrl);
  ws.run('menuHubungkanFormulirPenjaringan');
  return formId;
}

export const roster: DemoEmployee[] = demoRoster();
export const pns = roster.filter((e) => e.status === 'PNS' && e.nip.length === 18 && (e.hukuman === '' || e.hukuman === '-' || e.hukuman === 'Tidak ada') && !/^Maria Lake/.test(e.nama));
export const bare = (e: DemoEmployee) => e.nama.replace(/^(dr\.|drg\.|Hj?\.)\s+/i, '').split(',')[0].trim();

/** A ballot from voter `voter` naming `names` in the three questions. */
export function ballot(voter: DemoEmployee | string, ...names: string[]): Record<string, string> {
  const out: Record<string, string> = { [NIP_Q]: typeof voter === 'string' ? voter : voter.nip };
  names.forEach((n, i) => (out[Q[i]] = n));
  return out;
}

export interface TallyRow {
  rank: unknown;
  name: string;
  nip: string;
  votes: number;
  eligible: string;
  reason: string;
  shortlist: string;
}

/** The ranking table of Rekap Penjaringan as the team reads it. */
export function tallyRows(ws: Workspace): TallyRow[] {
  const values = sheetValues(ws, 'Rekap Penjaringan') ?? [];
  const out: TallyRow[] = [];
  // Warning lines may stand above the table (a damaged roster): start below its header.
  for (const r of values.slice(tallyHeaderRow(values) + 1)) {
    if (String(r[1]) === '' && String(r[2]) === '') break;
    out.push({ rank: r[0], name: String(r[1]), nip: String(r[2]), votes: Number(r[4]), eligible: String(r[5]), reason: String(r[6]), shortlist: String(r[7]) });
  }
  return out;
}

/** Summary cell (column J label → column K value) of Rekap Penjaringan. */
/** The warning lines about the input in the banner above the ranking table ([] when there are none). */
export function tallyNotices(ws: Workspace): string[] {
  return bannerWarnings(sheetValues(ws, 'Rekap Penjaringan') ?? []);
}

/** Row 1 of Rekap Penjaringan (the shortlist note, the tie warning) and row 2 (warnings and notes for the team). */
export function tallyBanner(ws: Workspace): { note: string; problems: string } {
  const values = sheetValues(ws, 'Rekap Penjaringan') ?? [];
  return { note: String(values[BANNER.noteRow - 1]?.[0] ?? ''), problems: String(values[BANNER.problemsRow - 1]?.[0] ?? '') };
}

export function summaryValue(ws: Workspace, label: string): unknown {
  const values = sheetValues(ws, 'Rekap Penjaringan') ?? [];
  return values.find((r) => String(r[9]) === label)?.[10];
}

export interface LedgerRow {
  id: string;
  voter: string;
  entries: string;
  counted: string;
  status: string;
  reason: string;
  notes: string;
}

export function ledgerRows(ws: Workspace): LedgerRow[] {
  const values = sheetValues(ws, 'Log Surat Suara') ?? [];
  return values.slice(1).filter((r) => String(r[0]) !== '').map((r) => ({
    id: String(r[0]), voter: String(r[2]), entries: String(r[4]), counted: String(r[5]), status: String(r[6]), reason: String(r[7]), notes: String(r[8]),
  }));
}

export function votesOf(ws: Workspace, e: DemoEmployee): number {
  return tallyRows(ws).find((r) => r.name === e.nama)?.votes ?? 0;
}

export function errorRows(ws: Workspace): unknown[][] {
  return (sheetValues(ws, 'Log Kesalahan') ?? []).slice(1);
}

/**
 * Two ballots naming `text` (so it is listed in Koreksi Nama), and the team picking `who` from
 * the dropdown of that row. Returns the label picked.
 */
export function pickCorrection(ws: Workspace, formId: string, text: string, voters: [DemoEmployee, DemoEmployee], who: DemoEmployee): string {
  ws.forms.submit(formId, ballot(voters[0], text));
  ws.forms.submit(formId, ballot(voters[1], text.toLowerCase()));
  const validation = ws.sheets.snapshot(ws.spreadsheetId, 'Koreksi Nama')?.validations.find((v) => v.range.startsWith('B2'));
  const label = ((validation?.values[0] as string[]) ?? []).find((l) => l.startsWith(who.nama));
  if (!label) throw new Error(`no dropdown label for ${who.nama}`);
  ws.sheets.userWrite(ws.spreadsheetId, 'Koreksi Nama', 2, 2, [[label]]);
  return label;
}
