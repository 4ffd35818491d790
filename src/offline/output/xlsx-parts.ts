/**
 * The parts of the .xlsx exceljs does not write. Embedded charts (exceljs writes none): each chart of a sheet snapshot becomes a
 * DrawingML column chart in the workbook's zip, anchored where the sheet has it, its series read
 * from the same cells (first row of the range: series names; first column: categories), with
 * their colours and the chart's title. Excel and LibreOffice draw it from those cells; the values
 * are cached in the chart too, for readers that do not recalculate.
 */
import JSZip from 'jszip';
import type { SheetSnapshot } from '../workspace/index';

const NS = {
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  pkg: 'http://schemas.openxmlformats.org/package/2006/relationships',
  drawingRel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chartRel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
};

/** Pixels → EMU (English Metric Units) at 96 dpi. */
const EMU_PER_PX = 9525;
const DEFAULT_CHART = { width: 600, height: 371 };

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function letters(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

function columnNumber(text: string): number {
  let n = 0;
  for (const ch of text.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

interface Rect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** "A9:G11" (optionally "'Sheet'!A9:G11") → rectangle, or null. */
function rectOf(a1: string): Rect | null {
  const m = /(?:^|!)\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(a1.trim());
  if (!m) return null;
  const c1 = columnNumber(m[1]);
  const r1 = Number(m[2]);
  const c2 = m[3] ? columnNumber(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  return { row: Math.min(r1, r2), column: Math.min(c1, c2), numRows: Math.abs(r2 - r1) + 1, numColumns: Math.abs(c2 - c1) + 1 };
}

function hex(colour: unknown): string | null {
  const c = String(colour ?? '').trim().toLowerCase();
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(c);
  if (!m) return null;
  const h = m[1].length === 3 ? [...m[1]].map((x) => x + x).join('') : m[1];
  return h.toUpperCase();
}

function ref(sheet: string, column: number, row: number, toRow = row): string {
  const name = `'${sheet.replace(/'/g, "''")}'`;
  return toRow === row ? `${name}!$${letters(column)}$${row}` : `${name}!$${letters(column)}$${row}:$${letters(column)}$${toRow}`;
}

/** The chart part of one embedded chart of `snap` (the first range is its data). */
function chartXml(snap: SheetSnapshot, sheetName: string, chart: SheetSnapshot['charts'][number]): string | null {
  const rect = chart.ranges.map(rectOf).find((r): r is Rect => r !== null);
  if (!rect || rect.numRows < 2 || rect.numColumns < 2) return null;
  const cell = (row: number, column: number) => snap.values[row - 1]?.[column - 1] ?? '';
  const colours = Array.isArray(chart.options.colors) ? (chart.options.colors as unknown[]) : [];
  const first = rect.row + 1;
  const last = rect.row + rect.numRows - 1;
  const categories = Array.from({ length: last - first + 1 }, (_, i) => String(cell(first + i, rect.column)));
  const strCache = (items: string[]) =>
    `<c:strCache><c:ptCount val="${items.length}"/>${items.map((v, i) => `<c:pt idx="${i}"><c:v>${esc(v)}</c:v></c:pt>`).join('')}</c:strCache>`;
  const series = Array.from({ length: rect.numColumns - 1 }, (_, k) => {
    const column = rect.column + 1 + k;
    const values = Array.from({ length: last - first + 1 }, (_, i) => Number(cell(first + i, column)) || 0);
    const colour = hex(colours[k]);
    return (
      `<c:ser><c:idx val="${k}"/><c:order val="${k}"/>` +
      `<c:tx><c:strRef><c:f>${esc(ref(sheetName, column, rect.row))}</c:f>${strCache([String(cell(rect.row, column))])}</c:strRef></c:tx>` +
      (colour ? `<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr>` : '') +
      `<c:invertIfNegative val="0"/>` +
      `<c:cat><c:strRef><c:f>${esc(ref(sheetName, rect.column, first, last))}</c:f>${strCache(categories)}</c:strRef></c:cat>` +
      `<c:val><c:numRef><c:f>${esc(ref(sheetName, column, first, last))}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>` +
      `${values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join('')}</c:numCache></c:numRef></c:val>` +
      `</c:ser>`
    );
  }).join('');
  const stacked = chart.options.isStacked === true || chart.options.isStacked === 'true';
  const title = String(chart.options.title ?? chart.title ?? '');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/><c:chart>` +
    (title
      ? `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="id-ID" sz="1200" b="1"/><a:t>${esc(title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
      : '') +
    `<c:autoTitleDeleted val="${title ? 0 : 1}"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="${stacked ? 'stacked' : 'clustered'}"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="80"/>${stacked ? '<c:overlap val="100"/>' : ''}<c:axId val="1001"/><c:axId val="1002"/></c:barChart>` +
    `<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="1001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** The drawing part: one anchored frame per chart, in the chart's own size. */
function drawingXml(frames: { relId: string; row: number; column: number; offsetX: number; offsetY: number; width: number; height: number; name: string }[]): string {
  const anchors = frames
    .map(
      (f, i) =>
        `<xdr:oneCellAnchor><xdr:from><xdr:col>${f.column - 1}</xdr:col><xdr:colOff>${f.offsetX * EMU_PER_PX}</xdr:colOff><xdr:row>${f.row - 1}</xdr:row><xdr:rowOff>${f.offsetY * EMU_PER_PX}</xdr:rowOff></xdr:from>` +
        `<xdr:ext cx="${f.width * EMU_PER_PX}" cy="${f.height * EMU_PER_PX}"/>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${esc(f.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="${f.relId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${anchors}</xdr:wsDr>`;
}

function relsXml(items: { id: string; type: string; target: string }[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${NS.pkg}">${items
    .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`)
    .join('')}</Relationships>`;
}

/** Elements a worksheet may hold after <drawing>, in the schema's order. */
const AFTER_DRAWING = ['legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

/**
 * What exceljs cannot write, added to its .xlsx: Sheets' default font and the sheets' charts
 * (`snapshots` in workbook order, `sheetNames` as written to the workbook).
 */
export async function finishXlsx(xlsx: Buffer, snapshots: readonly SheetSnapshot[], sheetNames: readonly string[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  await sheetsDefaultFont(zip);
  await addCharts(zip, snapshots, sheetNames);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Adds the charts of `snapshots` (sheet i is xl/worksheets/sheet{i+1}.xml, as exceljs writes them). */
export async function addCharts(zip: JSZip, snapshots: readonly SheetSnapshot[], sheetNames: readonly string[]): Promise<void> {
  if (!snapshots.some((s) => s.charts.length > 0)) return;
  let types = await zip.file('[Content_Types].xml')!.async('string');
  let chartNo = 0;
  let drawingNo = 0;
  for (const [i, snap] of snapshots.entries()) {
    const frames: Parameters<typeof drawingXml>[0] = [];
    const drawingRels: { id: string; type: string; target: string }[] = [];
    for (const chart of snap.charts) {
      const xml = chartXml(snap, sheetNames[i], chart);
      if (!xml) continue;
      chartNo += 1;
      zip.file(`xl/charts/chart${chartNo}.xml`, xml);
      types = types.replace('</Types>', `<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`);
      const relId = `rId${drawingRels.length + 1}`;
      drawingRels.push({ id: relId, type: NS.chartRel, target: `../charts/chart${chartNo}.xml` });
      frames.push({
        relId,
        row: chart.position.row,
        column: chart.position.column,
        offsetX: chart.position.offsetX,
        offsetY: chart.position.offsetY,
        width: Number(chart.options.width) || DEFAULT_CHART.width,
        height: Number(chart.options.height) || DEFAULT_CHART.height,
        name: String(chart.options.title ?? `Diagram ${chartNo}`),
      });
    }
    if (frames.length === 0) continue;
    drawingNo += 1;
    zip.file(`xl/drawings/drawing${drawingNo}.xml`, drawingXml(frames));
    zip.file(`xl/drawings/_rels/drawing${drawingNo}.xml.rels`, relsXml(drawingRels));
    types = types.replace('</Types>', `<Override PartName="/xl/drawings/drawing${drawingNo}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`);

    const sheetPath = `xl/worksheets/sheet${i + 1}.xml`;
    const relsPath = `xl/worksheets/_rels/sheet${i + 1}.xml.rels`;
    const relId = 'rIdAgenChart1';
    const relsFile = zip.file(relsPath);
    const rels = relsFile ? await relsFile.async('string') : relsXml([]);
    zip.file(relsPath, rels.replace('</Relationships>', `<Relationship Id="${relId}" Type="${NS.drawingRel}" Target="../drawings/drawing${drawingNo}.xml"/></Relationships>`));
    let sheetXml = await zip.file(sheetPath)!.async('string');
    if (!/xmlns:r=/.test(sheetXml.slice(0, sheetXml.indexOf('>', sheetXml.indexOf('<worksheet'))))) {
      sheetXml = sheetXml.replace('<worksheet', `<worksheet xmlns:r="${NS.r}"`);
    }
    const tag = `<drawing r:id="${relId}"/>`;
    const at = AFTER_DRAWING.map((name) => sheetXml.indexOf(`<${name}`)).filter((p) => p >= 0).sort((a, b) => a - b)[0];
    sheetXml = at === undefined ? sheetXml.replace('</worksheet>', `${tag}</worksheet>`) : sheetXml.slice(0, at) + tag + sheetXml.slice(at);
    zip.file(sheetPath, sheetXml);
  }
  zip.file('[Content_Types].xml', types);
}

/**
 * The workbook's default font as Sheets' (Arial 10) instead of exceljs' Calibri 11: column widths
 * are counted in characters of this font, so they open as wide as in Sheets, and every cell
 * without a font of its own shows Sheets' font.
 */
export async function sheetsDefaultFont(zip: JSZip): Promise<void> {
  const file = zip.file('xl/styles.xml');
  if (!file) return;
  const xml = await file.async('string');
  const fonts = xml.indexOf('<fonts');
  const start = xml.indexOf('<font>', fonts);
  const end = xml.indexOf('</font>', start);
  if (fonts < 0 || start < 0 || end < 0) return;
  zip.file('xl/styles.xml', `${xml.slice(0, start)}<font><sz val="10"/><color theme="1"/><name val="Arial"/><family val="2"/></font>${xml.slice(end + '</font>'.length)}`);
}
