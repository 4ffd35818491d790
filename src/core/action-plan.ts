/**
 * The `Rencana Tindak` sheet (seed "RENCANA TINDAK AOC"): the seed's 8 columns, then one block per
 * appointed agent: a title row naming the agent and role, and numbered rows for the agent to fill.
 * Column 2 takes a value from a dropdown of the SOLIDER and BerAKHLAK values.
 *
 * Re-runs keep what agents typed: an existing block (found by the NIP in its title row) is kept
 * whole, rows included; new agents get new blocks at the end; the block of an agent no longer
 * appointed is kept and its title says so.
 */
import { asText, type Cell } from './cells';
import { digitsOf, formatNip } from './nip';
import { BERAKHLAK_VALUES, SOLIDER_VALUES } from './values';

export const ACTION_PLAN_HEADERS = [
  'No',
  'Nilai Organisasi & Core Value ASN',
  'Perubahan yang Ingin Dicapai (Sasaran)',
  'Indikator Kinerja',
  'Target',
  'Kegiatan (Rencana Tindak)',
  'Waktu',
  'Keterangan',
] as const;

/** The seed's explanation of each column, for notes on the header cells. */
export const ACTION_PLAN_HELP: readonly string[] = [
  'Diisi nomor urut.',
  'Diisi nilai organisasi dan nilai dasar ASN yang telah ditetapkan dan akan diimplementasikan dalam perilaku Agen Perubahan.',
  'Diisi kondisi hasil perubahan yang diwujudkan/dicapai oleh agen perubahan di organisasi dalam periode tertentu.',
  'Diisi ukuran keberhasilan atas hasil yang akan dicapai pada kolom (3).',
  'Diisi angka target kinerja yang akan dicapai sesuai indikator kinerja pada kolom (4).',
  'Diisi kegiatan yang akan dilakukan agen perubahan untuk mewujudkan perubahan yang ingin dicapai.',
  'Diisi waktu pelaksanaan kegiatan.',
  'Diisi hal-hal lain yang memberikan keterangan penjelasan.',
];

export const ACTION_PLAN_WIDTH = ACTION_PLAN_HEADERS.length;
/** Rows 1–2: headers, then the column numbers 1–8 as in the seed. */
export const ACTION_PLAN_HEADER_ROWS = 2;
/** Numbered rows given to a new agent. */
export const DEFAULT_PLAN_ROWS = 5;
/** 0-based column of the value dropdown. */
export const VALUE_COLUMN = 1;
/** Column widths (px) of `Rencana Tindak`, and the background of an agent's title row. */
export const ACTION_PLAN_WIDTHS = [40, 230, 260, 200, 100, 260, 110, 200] as const;
export const ACTION_PLAN_TITLE_BACKGROUND = '#dde8f3';

const TITLE_PREFIX = 'Agen Perubahan:';
const NOT_APPOINTED = '(tidak lagi ditetapkan)';

/** Dropdown items of column 2: the SOLIDER values, then the BerAKHLAK values. */
export const ACTION_PLAN_VALUE_OPTIONS: readonly string[] = [
  ...SOLIDER_VALUES.map((v) => `SOLIDER – ${v.name}`),
  ...BERAKHLAK_VALUES.map((v) => `BerAKHLAK – ${v.name}`),
];

export interface PlanAgent {
  nip: string;
  name: string;
  /** Role label as in the decree ('' = none). */
  role: string;
}

/** "Agen Perubahan: Maria Lake — NIP 19860926 201505 1 001 — Peran: Katalis". */
export function planTitle(agent: PlanAgent, appointed = true): string {
  const parts = [`${TITLE_PREFIX} ${agent.name.trim()}`];
  const nip = digitsOf(agent.nip);
  if (nip !== '') parts.push(`NIP ${formatNip(nip)}`);
  if (agent.role.trim() !== '') parts.push(`Peran: ${agent.role.trim()}`);
  return `${parts.join(' — ')}${appointed ? '' : ` ${NOT_APPOINTED}`}`;
}

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v).trim());

/**
 * The approval columns: the product's Status and the date the row was last submitted (Tanggal
 * Diajukan: when its Status became Diajukan; what "waiting more than 14 days" is measured from), the head's decision (Keputusan, Catatan,
 * Tanggal, Oleh — protected by e-mail), the change seen after a decision, and the content as it
 * was decided (hidden; what the change is measured against). Found by header, so the team may add
 * columns of its own: missing approval columns go after the last header in use.
 */
export const APPROVAL_HEADERS = {
  status: 'Status',
  submitted: 'Tanggal Diajukan',
  decision: 'Keputusan Pimpinan',
  note: 'Catatan Pimpinan',
  date: 'Tanggal Keputusan',
  by: 'Diputuskan Oleh',
  change: 'Perubahan Setelah Keputusan',
  record: 'Isi yang Diputuskan (jangan diubah)',
} as const;
export type ApprovalColumn = keyof typeof APPROVAL_HEADERS;
/** 0-based column of each approval column. */
export type ApprovalLayout = Record<ApprovalColumn, number>;
export const APPROVAL_KEYS = Object.keys(APPROVAL_HEADERS) as ApprovalColumn[];
/** The columns only the head and the delegates may edit. */
export const HEAD_COLUMNS: readonly ApprovalColumn[] = ['decision', 'note', 'date', 'by'];
/** The columns the product writes (warning-only protection). */
export const PRODUCT_COLUMNS: readonly ApprovalColumn[] = ['status', 'submitted', 'change', 'record'];
export const APPROVAL_WIDTHS: Record<ApprovalColumn, number> = { status: 120, submitted: 120, decision: 150, note: 260, date: 120, by: 200, change: 320, record: 60 };

const headerKey = (v: unknown) => text(v).toLowerCase().replace(/\s+/g, ' ');

/** Where the approval columns are in a header row (getValues row 1), placing the missing ones after the last header. */
export function approvalLayout(header: readonly unknown[] = []): ApprovalLayout {
  const found: Partial<ApprovalLayout> = {};
  header.forEach((h, i) => {
    if (i < ACTION_PLAN_WIDTH) return;
    const key = APPROVAL_KEYS.find((k) => headerKey(APPROVAL_HEADERS[k]) === headerKey(h));
    if (key && found[key] === undefined) found[key] = i;
  });
  let last = ACTION_PLAN_WIDTH - 1;
  header.forEach((h, i) => {
    if (text(h) !== '' && i > last) last = i;
  });
  const layout = {} as ApprovalLayout;
  for (const k of APPROVAL_KEYS) layout[k] = found[k] ?? ++last;
  return layout;
}

/** The title row's agent: NIP, name, and whether still appointed. */
export function parsePlanTitle(title: string): { nip: string; name: string; appointed: boolean } | null {
  if (title.indexOf(TITLE_PREFIX) !== 0) return null;
  const m = /NIP\s+([\d\s]+\d)/.exec(title);
  const name = title.slice(TITLE_PREFIX.length).split(' — ')[0].replace(NOT_APPOINTED, '').trim();
  return { nip: m ? digitsOf(m[1]) : '', name, appointed: title.indexOf(NOT_APPOINTED) < 0 };
}

interface Block {
  nip: string;
  title: string;
  /** 1-based sheet row of the title. */
  row: number;
  rows: Cell[][];
}

const cellOf = (v: unknown): Cell =>
  v === null || v === undefined ? '' : typeof v === 'object' && Object.prototype.toString.call(v) !== '[object Date]' ? String(v) : (v as Cell);

/**
 * The agent blocks of an existing sheet (getValues), in order, every column of every row (the
 * approval columns and the team's own columns travel with their row). Rows before the first title
 * are ignored. Rows stay where they are: a block keeps its blank rows (the last one separates it
 * from the next block), so the head's decisions never move off their row.
 */
function readBlocks(values: readonly unknown[][], width: number): Block[] {
  const blocks: Block[] = [];
  for (let i = ACTION_PLAN_HEADER_ROWS; i < values.length; i++) {
    const first = text(values[i][0]);
    if (first.indexOf(TITLE_PREFIX) === 0) {
      blocks.push({ nip: parsePlanTitle(first)!.nip, title: first, row: i + 1, rows: [] });
      continue;
    }
    if (blocks.length === 0) continue;
    const row: Cell[] = [];
    for (let c = 0; c < width; c++) row.push(cellOf(values[i][c]));
    blocks[blocks.length - 1].rows.push(row);
  }
  return blocks;
}

export interface ActionPlanSheet {
  /** The whole sheet, rectangular (width `width`), to write with one setValues. */
  values: Cell[][];
  width: number;
  /** Where the approval columns are. */
  layout: ApprovalLayout;
  /** 1-based rows of the agents' title rows (merge across, bold). */
  titleRows: number[];
  /** 1-based rows whose column 2 gets the value dropdown. */
  entryRows: number[];
}

const blankRow = (width: number): Cell[] => new Array<Cell>(width).fill('');
const emptyRows = (n: number, width: number): Cell[][] =>
  Array.from({ length: n }, (_, i) => [i + 1, ...new Array<Cell>(width - 1).fill('')]);
const isBlank = (r: readonly Cell[]) => r.every((c) => text(c) === '');

/**
 * The `Rencana Tindak` sheet for the appointed `agents`, keeping `existing` (getValues of the
 * current sheet, or [] when new). Typed text is protected from being parsed as formulas.
 */
export function actionPlanSheet(agents: readonly PlanAgent[], existing: readonly unknown[][] = [], rowsPerAgent = DEFAULT_PLAN_ROWS): ActionPlanSheet {
  const layout = approvalLayout(existing[0] ?? []);
  const width = Math.max(ACTION_PLAN_WIDTH, ...existing.map((r) => r.length), ...APPROVAL_KEYS.map((k) => layout[k] + 1));
  const old = readBlocks(existing, width);
  const byNip = new Map<string, Block>();
  for (const b of old) if (b.nip !== '' && !byNip.has(b.nip)) byNip.set(b.nip, b);
  const appointed = new Set(agents.map((a) => digitsOf(a.nip)).filter((n) => n !== ''));

  const ordered: { title: string; rows: Cell[][] }[] = [];
  old.forEach((b, i) => {
    // Only the first block of a NIP is the agent's current block; any other is kept as it is.
    const agent = byNip.get(b.nip) === b ? agents.find((a) => digitsOf(a.nip) === b.nip) : undefined;
    let title = b.title;
    if (agent) title = planTitle(agent);
    else if (!appointed.has(b.nip) && title.indexOf(NOT_APPOINTED) < 0) title = `${title} ${NOT_APPOINTED}`;
    // A block left without rows gets fresh ones only at the end of the sheet (no row moves).
    const last = i === old.length - 1;
    const rows = b.rows.every(isBlank) && last ? emptyRows(rowsPerAgent, width) : b.rows;
    ordered.push({ title, rows });
  });
  for (const a of agents) {
    const nip = digitsOf(a.nip);
    if (nip !== '' && byNip.has(nip)) continue;
    ordered.push({ title: planTitle(a), rows: emptyRows(rowsPerAgent, width) });
  }

  const header = blankRow(width);
  (existing[0] ?? []).forEach((v, c) => (header[c] = cellOf(v)));
  ACTION_PLAN_HEADERS.forEach((h, c) => (header[c] = h));
  for (const k of APPROVAL_KEYS) header[layout[k]] = APPROVAL_HEADERS[k];
  const numbers = blankRow(width);
  (existing[1] ?? []).forEach((v, c) => (numbers[c] = cellOf(v)));
  ACTION_PLAN_HEADERS.forEach((_, c) => (numbers[c] = c + 1));
  for (const k of APPROVAL_KEYS) numbers[layout[k]] = '';

  const values: Cell[][] = [header, numbers];
  const titleRows: number[] = [];
  const entryRows: number[] = [];
  ordered.forEach((b, i) => {
    const previous = values[values.length - 1];
    if (i > 0 && !isBlank(previous)) values.push(blankRow(width));
    values.push([asText(b.title), ...new Array<Cell>(width - 1).fill('')]);
    titleRows.push(values.length);
    for (const r of b.rows) {
      const row = r.map((c) => (typeof c === 'string' ? asText(c) : c));
      while (row.length < width) row.push('');
      values.push(row);
      if (!isBlank(r)) entryRows.push(values.length);
    }
  });
  return { values, width, layout, titleRows, entryRows };
}
