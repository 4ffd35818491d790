/**
 * The workbook as a reader sees it: the demo's .xlsx (after every phase, as `npm run demo`
 * makes it) opened by LibreOffice Calc, which writes back what it read
 * as a flat OpenDocument spreadsheet (.fods); the test reads that: header text white on navy in
 * Arial bold, the tally's banner merged and wrapped, column widths as the product set them, and
 * the chart of `Ringkasan Survei` present where the sheet has it, with its title and series.
 *
 * LibreOffice is required (`.ci/run` installs libreoffice-calc-nogui and the Liberation fonts):
 * without it this test fails rather than skip.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TALLY_LAYOUT } from '../../src/core/nominations/tally-layout';
import { SHEETS, TALLY_HEADER_ROW } from '../../src/core/schema';
import type { Workspace } from '../../src/offline/workspace/index';
import { demoPdfs, demoRun } from '../demo-run';
import { convertWithOffice } from '../office';

// ---- a small reader of the .fods LibreOffice writes -------------------------------------------

interface Node {
  name: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** An element tree of the XML (no DTD, no CDATA: what LibreOffice writes). */
function parseXml(xml: string): Node {
  const root: Node = { name: '#root', attrs: {}, children: [], text: '' };
  const stack = [root];
  const re = /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+="[^"]*")*)\s*(\/?)>|([^<]+)|<\?[^>]*\?>|<!--[\s\S]*?-->/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const top = stack[stack.length - 1];
    if (m[5] !== undefined) {
      top.text += unescape(m[5]);
      continue;
    }
    if (!m[2]) continue;
    if (m[1]) {
      stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of m[3].matchAll(/([\w:.-]+)="([^"]*)"/g)) attrs[a[1]] = unescape(a[2]);
    const node: Node = { name: m[2], attrs, children: [], text: '' };
    top.children.push(node);
    if (!m[4]) stack.push(node);
  }
  return root;
}

function* walk(n: Node): Generator<Node> {
  yield n;
  for (const c of n.children) yield* walk(c);
}
const find = (n: Node, name: string): Node[] => [...walk(n)].filter((x) => x.name === name);
const rawText = (n: Node): string => n.text + n.children.map(rawText).join('');
/** The text of an element as a reader sees it (the file's indentation between elements dropped). */
const textOf = (n: Node): string => rawText(n).replace(/\s+/g, ' ').trim();

/** Cells of a table by (row, column), 1-based, expanding repeated rows and cells. */
function grid(table: Node): Map<string, Node> {
  const cells = new Map<string, Node>();
  let r = 0;
  for (const row of table.children.filter((c) => c.name === 'table:table-row' || c.name === 'table:table-rows' || c.name === 'table:table-header-rows')) {
    const rows = row.name === 'table:table-row' ? [row] : row.children.filter((c) => c.name === 'table:table-row');
    for (const one of rows) {
      const times = Math.min(Number(one.attrs['table:number-rows-repeated'] ?? 1), 50);
      for (let t = 0; t < times; t++) {
        r += 1;
        let c = 0;
        for (const cell of one.children.filter((x) => x.name === 'table:table-cell' || x.name === 'table:covered-table-cell')) {
          const n = Math.min(Number(cell.attrs['table:number-columns-repeated'] ?? 1), 50);
          for (let k = 0; k < n; k++) cells.set(`${r},${++c}`, cell);
        }
      }
    }
  }
  return cells;
}

/** Widths in pixels (96 dpi) of a table's columns, from column 1. */
function columnWidths(table: Node, styles: Map<string, Node>): number[] {
  const out: number[] = [];
  for (const col of table.children.filter((c) => c.name === 'table:table-column')) {
    const width = find(styles.get(col.attrs['table:style-name']) ?? col, 'style:table-column-properties')[0]?.attrs['style:column-width'] ?? '';
    const px = /in$/.test(width) ? parseFloat(width) * 96 : /cm$/.test(width) ? (parseFloat(width) / 2.54) * 96 : NaN;
    const n = Math.min(Number(col.attrs['table:number-columns-repeated'] ?? 1), 30);
    for (let i = 0; i < n; i++) out.push(px);
  }
  return out;
}

interface CellLook {
  background: string;
  color: string;
  bold: boolean;
  font: string;
  wrap: boolean;
}

/** A font face LibreOffice declared ("Arial1") → its family ("Arial"). */
let fontFaces = new Map<string, string>();
const fontFamily = (face: string): string => (fontFaces.get(face) ?? face).replace(/^['"]|['"]$/g, '');

function lookOf(cell: Node, styles: Map<string, Node>): CellLook {
  const style = styles.get(cell.attrs['table:style-name']);
  const cellProps = style ? find(style, 'style:table-cell-properties')[0]?.attrs ?? {} : {};
  const textProps = style ? find(style, 'style:text-properties')[0]?.attrs ?? {} : {};
  return {
    background: cellProps['fo:background-color'] ?? '',
    color: textProps['fo:color'] ?? '',
    bold: textProps['fo:font-weight'] === 'bold',
    font: fontFamily(textProps['style:font-name'] ?? ''),
    wrap: cellProps['fo:wrap-option'] === 'wrap',
  };
}

// ---- the demo's workbook through Calc ---------------------------------------------------------

let doc: Node;
let styles: Map<string, Node>;
let tables: Map<string, Node>;
let ws: Workspace;
let workbookPdf = '';

beforeAll(async () => {
  // The demo's Workspace and its workbook (with the PDF Calc prints of it), made once for the demo
  // project (tests/demo-run.ts).
  ws = demoRun().ws;
  const files = await demoPdfs();
  workbookPdf = files.workbook.pdf;
  const dir = mkdtempSync(join(tmpdir(), 'xlsx-calc-'));
  const [fods] = convertWithOffice([files.workbook.xlsx], 'fods', dir);
  doc = parseXml(readFileSync(fods, 'utf8'));
  styles = new Map(find(doc, 'style:style').map((s) => [s.attrs['style:name'], s]));
  tables = new Map(find(doc, 'table:table').map((t) => [t.attrs['table:name'], t]));
  fontFaces = new Map(find(doc, 'style:font-face').map((f) => [f.attrs['style:name'], f.attrs['svg:font-family'] ?? '']));
}, 300_000);

describe('the demo workbook in LibreOffice Calc', () => {
  it('opens with every sheet of the product', () => {
    for (const name of [SHEETS.settings, SHEETS.roster, SHEETS.corrections, SHEETS.tally, SHEETS.ballots, SHEETS.surveyResults, SHEETS.surveySummary]) {
      expect(tables.has(name), name).toBe(true);
    }
  });

  it('shows header text white on navy, bold, in Arial, wrapped', () => {
    const cells = grid(tables.get(SHEETS.tally)!);
    for (let c = 1; c <= 8; c++) {
      const cell = cells.get(`${TALLY_HEADER_ROW},${c}`)!;
      expect(lookOf(cell, styles), textOf(cell)).toEqual({ background: '#1f4e79', color: '#ffffff', bold: true, font: 'Arial', wrap: true });
    }
    expect(textOf(cells.get(`${TALLY_HEADER_ROW},2`)!)).toBe('Nama');
    const roster = grid(tables.get(SHEETS.roster)!);
    expect(lookOf(roster.get('1,1')!, styles)).toMatchObject({ background: '#1f4e79', color: '#ffffff', bold: true, font: 'Arial' });
  });

  it('keeps the tally\'s banner merged across the table, wrapped, red on pink for the tie', () => {
    const cells = grid(tables.get(SHEETS.tally)!);
    const banner = cells.get('1,1')!;
    expect(textOf(banner)).toMatch(/^PERHATIAN: \d+ calon sama-sama memperoleh/);
    expect(banner.attrs['table:number-columns-spanned']).toBe('8');
    expect(lookOf(banner, styles)).toMatchObject({ background: '#fce8e6', color: '#a50e0e', bold: true, wrap: true });
  });

  it('has the column widths the product set (within a few pixels)', () => {
    const widths = columnWidths(tables.get(SHEETS.tally)!, styles);
    TALLY_LAYOUT.widths.forEach((px, i) => {
      expect(Math.abs(widths[i] - px), `column ${i + 1}: ${widths[i].toFixed(0)} px for ${px} px`).toBeLessThanOrEqual(Math.max(6, px * 0.05));
    });
    const summary = columnWidths(tables.get(SHEETS.surveySummary)!, styles);
    expect(Math.abs(summary[0] - 300)).toBeLessThanOrEqual(15);
  });

  it('shows the chart of Ringkasan Survei under its table, with its title and one series per band', () => {
    const table = tables.get(SHEETS.surveySummary)!;
    const frames = find(table, 'draw:frame').filter((f) => find(f, 'chart:chart').length > 0);
    expect(frames).toHaveLength(1);
    const chart = find(frames[0], 'chart:chart')[0];
    expect(chart.attrs['chart:class']).toBe('chart:bar');
    expect(textOf(find(chart, 'chart:title')[0])).toBe('Distribusi Kategori Survei per Periode');
    const snap = ws.sheets.snapshot(ws.spreadsheetId, SHEETS.surveySummary)!;
    const [model] = snap.charts;
    const bands = (snap.values[Number(/\d+/.exec(model.ranges[0])![0]) - 1] ?? []).slice(1).filter((v) => v !== '').length;
    expect(find(chart, 'chart:series').length).toBeGreaterThanOrEqual(Math.min(bands, 4));
    // Anchored in column A, on the row the sheet has it.
    const cells = grid(table);
    const anchor = [...cells.entries()].find(([, cell]) => find(cell, 'draw:frame').length > 0)?.[0];
    expect(anchor).toBe(`${model.position.row},1`);
  });

  it('prints every figure and date in full: no "###" where a column is too narrow for its value', () => {
    // The PDF LibreOffice Calc printed of the demo's workbook (tests/demo-run.ts).
    const text = execFileSync('pdftotext', ['-layout', workbookPdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(text).toContain('Peringkat');
    expect(text).toMatch(/Diperbarui\s+\d\d\/\d\d\/\d{4} \d\d\.\d\d/);
    expect(text.match(/#{3,}/g) ?? []).toEqual([]);
  }, 240_000);
});
