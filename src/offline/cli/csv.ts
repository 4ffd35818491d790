/**
 * CSV reading for offline mode: RFC 4180 (quoted fields, doubled quotes, line breaks inside
 * quotes), as Google Forms and spreadsheet programs write it, parsed by csv-parse. Accepts a UTF-8 BOM, UTF-16 with a
 * BOM, Windows-1252 bytes (old Excel "Save as CSV"), CRLF/LF/CR line ends, and a comma, semicolon
 * or tab separator (Indonesian-locale Excel writes ";").
 *
 * Errors are CsvError with an Indonesian message; the CLI prefixes the file name.
 */
import { parse } from 'csv-parse/sync';

export class CsvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CsvError';
  }
}

export interface CsvTable {
  /** Header cells, trimmed. */
  headers: string[];
  /** Data rows (blank lines dropped), each padded to the header's width. */
  rows: string[][];
  /** 1-based line number in the file where each data row starts (for messages). */
  lines: number[];
}

/** Bytes of a file → text. Refuses binary content (e.g. an .xlsx given instead of a CSV). */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    throw new CsvError('berkas ini arsip ZIP (mungkin .xlsx), bukan CSV. Simpan ulang sebagai CSV (Unduh → .csv).');
  }
  if (bytes.includes(0)) throw new CsvError('berkas ini bukan teks CSV (berisi data biner).');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: old spreadsheet programs write Windows-1252.
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The separator of the header line: the most frequent of , ; and tab outside quotes. */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  let best = ',';
  for (const d of [';', '\t']) if (counts[d] > counts[best]) best = d;
  return best;
}

/**
 * Splits CSV text into records of fields (no trimming), through csv-parse. The decisions stay
 * ours: the separator (detectDelimiter), BOM and encoding (decodeCsvBytes, before this), any mix
 * of CRLF/LF/CR line ends, a quote inside an unquoted field kept as text (`=IMPORTXML("x")`; a
 * quoted field with text after its closing quote is kept as written, quotes included), rows of any
 * width (readCsvTable checks them against the header), and the line each record starts on.
 */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): { records: string[][]; lines: number[] } {
  const lines: number[] = [];
  let lastLine = 0;
  try {
    const records = parse(text, {
      delimiter,
      quote: '"',
      escape: '"',
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: false,
      bom: false,
      trim: false,
      on_record: (record: string[], context: { lines: number }) => {
        lines.push(lastLine + 1);
        lastLine = context.lines;
        return record;
      },
    }) as string[][];
    return { records, lines };
  } catch (e) {
    if ((e as { code?: string }).code === 'CSV_QUOTE_NOT_CLOSED') {
      throw new CsvError(`tanda kutip (") yang dibuka di baris ${lastLine + 1} tidak pernah ditutup.`);
    }
    throw new CsvError(`isi berkas sesudah baris ${lastLine} tidak dapat dibaca sebagai CSV. Simpan ulang sebagai CSV (Unduh → .csv).`);
  }
}

/** A CSV with a header row → headers and data rows; blank lines dropped, short rows padded. */
export function readCsvTable(text: string): CsvTable {
  const { records, lines } = parseCsv(text);
  const isBlank = (r: string[]) => r.every((f) => f.trim() === '');
  let h = 0;
  while (h < records.length && isBlank(records[h])) h++;
  if (h >= records.length) throw new CsvError('berkas kosong: tidak ada baris judul kolom.');
  const headers = records[h].map((c) => c.trim());
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  if (headers.length === 0) throw new CsvError('baris judul kolom kosong.');
  const rows: string[][] = [];
  const rowLines: number[] = [];
  for (let r = h + 1; r < records.length; r++) {
    const rec = records[r];
    if (isBlank(rec)) continue;
    if (rec.length > headers.length && rec.slice(headers.length).some((f) => f.trim() !== '')) {
      throw new CsvError(`baris ${lines[r]} berisi ${rec.length} kolom, padahal judulnya hanya ${headers.length} kolom. Periksa tanda kutip dan pemisah kolom.`);
    }
    const row = rec.slice(0, headers.length);
    while (row.length < headers.length) row.push('');
    rows.push(row);
    rowLines.push(lines[r]);
  }
  return { headers, rows, lines: rowLines };
}

/** Header comparison key: case- and space-insensitive. */
export function headerKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, '');
}

/** Index of the first header matching one of `names` (by headerKey), or -1. */
export function findColumn(headers: readonly string[], names: readonly string[]): number {
  const keys = names.map(headerKey);
  return headers.findIndex((h) => keys.includes(headerKey(h)));
}
