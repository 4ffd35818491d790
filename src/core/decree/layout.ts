/**
 * Layout pieces the decree template and the berita acara share, computed from the page setup:
 * the kop (letterhead) on the first page, the right-hand block's indent, the label columns of
 * "Menimbang : a. …" tables, and data tables sized to the text width.
 */
import { type Align, type KopBlock, para, type ParagraphBlock, type TableBlock } from './blocks';
import { CELL_PADDING, type ColumnSpec, fitColumns } from './columns';
import { measureText, type PageSetup, textWidth } from './page';

/** Width of the emblem column of the kop (about 2.3 cm, as official letterheads print it). */
export const EMBLEM_WIDTH = 66;

/** The office's name in capitals as the default settings give it, to size a kop still holding a placeholder. */
const OFFICE_SAMPLE = 'DINAS KESEHATAN PROVINSI NUSA TENGGARA TIMUR';

/**
 * The kop: PEMERINTAH PROVINSI …, the office in capitals, address line, city line. The two name
 * lines are up to 2 pt larger than the text, as large as lets the office's name stay on one line
 * beside the emblem's column.
 */
export function kopBlock(page: PageSetup, officeCapitals: string, addressLine: string, cityLine: string): KopBlock {
  const office = officeCapitals.indexOf('{{') >= 0 ? OFFICE_SAMPLE : officeCapitals;
  const room = textWidth(page) - EMBLEM_WIDTH - 2 * CELL_PADDING;
  const sizes = [page.fontSize + 2, page.fontSize + 1, page.fontSize];
  const big = sizes.find((s) => measureText(office, page.font, s, true) <= room) ?? page.fontSize;
  const small = Math.max(8, page.fontSize - 2);
  const lines: ParagraphBlock[] = [
    para('PEMERINTAH PROVINSI NUSA TENGGARA TIMUR', { align: 'center', bold: true, size: big }),
    para(officeCapitals, { align: 'center', bold: true, size: big }),
  ];
  if (addressLine !== '') lines.push(para(addressLine, { align: 'center', size: small }));
  if (cityLine !== '') lines.push(para(cityLine, { align: 'center', bold: true, size: page.fontSize }));
  return { type: 'kop', lines, emblemWidth: EMBLEM_WIDTH };
}

/** Left indent of the right-hand block (signature, place and date): half the text width. */
export function rightBlockIndent(page: PageSetup): number {
  return Math.round(textWidth(page) / 2);
}

/**
 * A borderless table in the decree's column layout: label | ":" | marker | text. The label,
 * colon and marker columns are exactly as wide as their longest entry among `allLabels` and
 * `allMarkers` (so several such tables line up), the text column takes the rest.
 */
export function labelColumns(page: PageSetup, allLabels: readonly string[], allMarkers: readonly string[], boldLabels = false): number[] {
  const specs: ColumnSpec[] = [
    boldLabels ? { header: allLabels.join(' '), fixed: true } : { texts: allLabels, fixed: true },
    { texts: [':'], fixed: true },
    { texts: allMarkers, keep: allMarkers, fixed: true },
    { texts: ['x'] },
  ];
  const fit = fitColumns(specs, textWidth(page), page.font, [page.fontSize]);
  if (!fit) throw new Error('labelColumns: labels wider than the page');
  return fit.widths;
}

/**
 * A data table (ruled, first row a repeated header) with widths from `specs`, at the largest
 * font size from the document's size down to 9 pt at which every column's longest word fits.
 */
export function dataTable(page: PageSetup, rows: string[][], specs: readonly ColumnSpec[], align: (Align | undefined)[] = []): TableBlock {
  const sizes = [page.fontSize, page.fontSize - 1, page.fontSize - 2, 9].filter((s, i, all) => s >= 9 && all.indexOf(s) === i);
  const fit = fitColumns(specs, textWidth(page), page.font, sizes);
  if (!fit) throw new Error('dataTable: columns wider than the page at 9 pt');
  const table: TableBlock = { type: 'table', header: true, rows, widths: fit.widths, align };
  if (fit.fontSize !== page.fontSize) table.fontSize = fit.fontSize;
  return table;
}
