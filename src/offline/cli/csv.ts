/**
 * CSV reading for offline mode: RFC 4180 (quoted fields, doubled quotes, line breaks inside
 * quotes), as Google Forms and spreadsheet programs write it. Accepts a UTF-8 BOM, UTF-16 with a
 * BOM, Windows-1252 bytes (old Excel "Save as CSV"), CRLF/LF/CR line ends, and a comma, semicolon
 * or tab separator (Indonesian-locale Excel writes ";").
 *
 * Errors are CsvError with an Indonesian message; the CLI prefixes the file name.
 */

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

/** Splits CSV text into records of fields (no trimming). */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): { records: string[][]; lines: number[] } {
  const records: string[][] = [];
  const lines: number[] = [];
  let record: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const n = text.length;
  let atFieldStart = true;

  const endField = () => {
    record.push(field);
    field = '';
    atFieldStart = true;
  };
  const endRecord = () => {
    endField();
    records.push(record);
    lines.push(recordLine);
    record = [];
  };

  while (i < n) {
    const ch = text[i];
    if (atFieldStart && ch === '"') {
      // Quoted field: runs to the closing quote; "" is a literal quote.
      const startLine = line;
      i++;
      let closed = false;
      while (i < n) {
        const c = text[i];
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          closed = true;
          i++;
          break;
        }
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
        field += c;
        i++;
      }
      if (!closed) throw new CsvError(`tanda kutip (") yang dibuka di baris ${startLine} tidak pernah ditutup.`);
      atFieldStart = false;
      // Anything between the closing quote and the separator is kept (lenient, like spreadsheets).
      continue;
    }
    atFieldStart = false;
    if (ch === delimiter) {
      endField();
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== '' || record.length > 0) endRecord();
  return { records, lines };
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
