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

interface Block {
  nip: string;
  title: string;
  rows: Cell[][];
}

/** The agent blocks of an existing sheet (getValues), in order. Rows before the first title are ignored. */
function readBlocks(values: readonly unknown[][]): Block[] {
  const blocks: Block[] = [];
  for (let i = ACTION_PLAN_HEADER_ROWS; i < values.length; i++) {
    const first = text(values[i][0]);
    if (first.indexOf(TITLE_PREFIX) === 0) {
      const m = /NIP\s+([\d\s]+\d)/.exec(first);
      blocks.push({ nip: m ? digitsOf(m[1]) : '', title: first, rows: [] });
      continue;
    }
    if (blocks.length === 0) continue;
    const row: Cell[] = [];
    for (let c = 0; c < ACTION_PLAN_WIDTH; c++) {
      const v = values[i][c];
      row.push(v === null || v === undefined ? '' : typeof v === 'object' && Object.prototype.toString.call(v) !== '[object Date]' ? String(v) : (v as Cell));
    }
    blocks[blocks.length - 1].rows.push(row);
  }
  // Fully blank rows at the end of a block are the separator; numbered rows are the agent's.
  for (const b of blocks) {
    while (b.rows.length > 0 && b.rows[b.rows.length - 1].every((c) => text(c) === '')) b.rows.pop();
  }
  return blocks;
}

export interface ActionPlanSheet {
  /** The whole sheet, rectangular (width 8), to write with one setValues. */
  values: Cell[][];
  /** 1-based rows of the agents' title rows (merge across, bold). */
  titleRows: number[];
  /** 1-based rows whose column 2 gets the value dropdown. */
  entryRows: number[];
}

const emptyRows = (n: number): Cell[][] =>
  Array.from({ length: n }, (_, i) => [i + 1, ...new Array<Cell>(ACTION_PLAN_WIDTH - 1).fill('')]);

/**
 * The `Rencana Tindak` sheet for the appointed `agents`, keeping `existing` (getValues of the
 * current sheet, or [] when new). Typed text is protected from being parsed as formulas.
 */
export function actionPlanSheet(agents: readonly PlanAgent[], existing: readonly unknown[][] = [], rowsPerAgent = DEFAULT_PLAN_ROWS): ActionPlanSheet {
  const old = readBlocks(existing);
  const byNip = new Map<string, Block>();
  for (const b of old) if (b.nip !== '' && !byNip.has(b.nip)) byNip.set(b.nip, b);
  const appointed = new Set(agents.map((a) => digitsOf(a.nip)).filter((n) => n !== ''));

  const ordered: { title: string; rows: Cell[][] }[] = [];
  for (const b of old) {
    // Only the first block of a NIP is the agent's current block; any other is kept as it is.
    const agent = byNip.get(b.nip) === b ? agents.find((a) => digitsOf(a.nip) === b.nip) : undefined;
    let title = b.title;
    if (agent) title = planTitle(agent);
    else if (!appointed.has(b.nip) && title.indexOf(NOT_APPOINTED) < 0) title = `${title} ${NOT_APPOINTED}`;
    ordered.push({ title, rows: b.rows.length > 0 ? b.rows : emptyRows(rowsPerAgent) });
  }
  for (const a of agents) {
    const nip = digitsOf(a.nip);
    if (nip !== '' && byNip.has(nip)) continue;
    ordered.push({ title: planTitle(a), rows: emptyRows(rowsPerAgent) });
  }

  const values: Cell[][] = [ACTION_PLAN_HEADERS.slice(), ACTION_PLAN_HEADERS.map((_, i) => i + 1)];
  const titleRows: number[] = [];
  const entryRows: number[] = [];
  ordered.forEach((b, i) => {
    if (i > 0) values.push(new Array<Cell>(ACTION_PLAN_WIDTH).fill(''));
    values.push([asText(b.title), ...new Array<Cell>(ACTION_PLAN_WIDTH - 1).fill('')]);
    titleRows.push(values.length);
    for (const r of b.rows) {
      values.push(r.map((c) => (typeof c === 'string' ? asText(c) : c)));
      entryRows.push(values.length);
    }
  });
  return { values, titleRows, entryRows };
}
