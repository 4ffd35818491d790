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
export const OFFICE_SAMPLE = 'DINAS KESEHATAN PROVINSI NUSA TENGGARA TIMUR';

/**
 * A template text with its placeholders replaced by values of their usual length (the office's
 * name, a year), so it can be measured before the draft is filled.
 */
export function sampleText(text: string, office = OFFICE_SAMPLE): string {
  const titled = office.toLowerCase().replace(/(^|\s)(\S)/g, (_m, space: string, ch: string) => space + ch.toUpperCase());
  return text
    .replace(/\{\{INSTANSI_KAPITAL\}\}/g, office)
    .replace(/\{\{INSTANSI\}\}/g, titled)
    .replace(/\{\{TAHUN\}\}/g, '2027')
    .replace(/\{\{TANGGAL\}\}/g, '27 November 2026');
}

/** The lines `text` breaks into at `width` points, a word moving down when it does not fit (as word processors do). */
export function wrapLines(text: string, width: number, page: PageSetup, bold = false, size = page.fontSize): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const longer = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measureText(longer, page.font, size, bold) > width) {
      lines.push(line);
      line = word;
    } else line = longer;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * Indents (left and right, points) that make a centred heading break where a person would: on
 * as many lines as it takes at the full text width, each about as long (never one word alone on
 * the last line). The width chosen lies halfway between the narrowest that keeps those lines
 * and the widest before a word would move up, so a renderer measuring a little differently
 * breaks it the same way. Null when the text fits on one line.
 */
export function balancedIndents(text: string, page: PageSetup, bold: boolean, size = page.fontSize): { indent: number; indentEnd: number } | null {
  const full = textWidth(page);
  const count = wrapLines(text, full, page, bold, size).length;
  if (count <= 1) return null;
  // The narrowest width at which the text still takes `count` lines.
  let low = full / count;
  let high = full;
  while (high - low > 0.25) {
    const mid = (low + high) / 2;
    if (wrapLines(text, mid, page, bold, size).length <= count) high = mid;
    else low = mid;
  }
  const lines = wrapLines(text, high, page, bold, size);
  const narrowest = Math.max(...lines.map((l) => measureText(l, page.font, size, bold)));
  // Where a word of the next line would come up onto one of these.
  let widest = full;
  for (let i = 0; i + 1 < lines.length; i++) widest = Math.min(widest, measureText(`${lines[i]} ${lines[i + 1].split(' ')[0]}`, page.font, size, bold));
  const width = Math.min(full, (narrowest + widest) / 2);
  const side = Math.floor(((full - width) / 2) * 2) / 2;
  return side > 0 ? { indent: side, indentEnd: side } : null;
}

/** A centred heading on balanced lines (balancedIndents), measured with its placeholders filled by samples. */
export function headingPara(text: string, page: PageSetup, opts: { bold?: boolean; keepWithNext?: true; office?: string } = {}): ParagraphBlock {
  const bold = opts.bold === true;
  const sides = balancedIndents(sampleText(text, opts.office), page, bold);
  return para(text, {
    align: 'center',
    ...(bold ? { bold: true } : {}),
    ...(sides ? { indent: sides.indent, indentEnd: sides.indentEnd } : {}),
    ...(opts.keepWithNext ? { keepWithNext: true } : {}),
  });
}

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
