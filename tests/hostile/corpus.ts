/**
 * The hostile-input corpus: what people (or a prankster) can type into the Forms and
 * the sheets, each with the outcome the product must give. Every item is used by a test in
 * tests/hostile/: at the core (pure rules), and end to end through the built bundle (Form →
 * trigger → sheets), where none may crash a run or lose data.
 */

export type Outcome =
  /** Stored exactly as typed, as text (never a formula, number, date or boolean). */
  | 'kept as text'
  /** Stored as text, cut to Google's 50,000-character cell limit; the run goes on. */
  | 'cut to the cell limit'
  /** Resolved to the roster person it names. */
  | 'resolved'
  /** Listed for Koreksi Nama as unknown, never counted for anyone. */
  | 'unresolved';

export interface TextItem {
  id: string;
  text: string;
  outcome: Outcome;
  why: string;
}

const LONG = 'Maria Goreti Lake '.repeat(300).trim(); // 5,399 characters
const TOO_LONG = 'x'.repeat(60_000);

/** Free text typed as a nominee's name (and in comments). */
export const NAME_TEXTS: TextItem[] = [
  { id: 'formula-hyperlink', text: '=HYPERLINK("http://contoh.test/x","klik")', outcome: 'unresolved', why: 'a formula as a name: stays text everywhere' },
  { id: 'formula-importxml', text: '=IMPORTXML("http://contoh.test","//a")', outcome: 'unresolved', why: 'would fetch a URL if it became a formula' },
  { id: 'formula-plus', text: '+62 812 3456 7890', outcome: 'unresolved', why: 'Sheets would make a number of it' },
  { id: 'formula-minus', text: '-Maria', outcome: 'unresolved', why: 'leading minus starts a formula in Sheets' },
  { id: 'formula-at', text: '@Maria Lake', outcome: 'unresolved', why: 'leading @ is a formula prefix in some spreadsheets' },
  { id: 'formula-quoted', text: "'=1+1", outcome: 'unresolved', why: 'the apostrophe itself must survive' },
  { id: 'formula-spaced', text: '  =SUM(A1:A9)', outcome: 'unresolved', why: 'leading spaces before =' },
  { id: 'number-like', text: '0012345', outcome: 'unresolved', why: 'leading zeros' },
  { id: 'date-like', text: '27/11/2026', outcome: 'unresolved', why: 'Sheets would make a date of it' },
  { id: 'boolean-like', text: 'TRUE', outcome: 'unresolved', why: 'Sheets would make a boolean of it' },
  { id: 'long', text: LONG, outcome: 'unresolved', why: 'a very long answer (5,399 characters)' },
  { id: 'too-long', text: TOO_LONG, outcome: 'cut to the cell limit', why: 'longer than one cell may hold (60,000 characters)' },
  { id: 'emoji', text: 'Maria 🌺 Lake 👩‍⚕️', outcome: 'unresolved', why: 'emoji, including a joined sequence' },
  { id: 'combining', text: 'Mari\u0301a Lake', outcome: 'unresolved', why: 'a combining accent' },
  { id: 'rtl', text: '\u202eekaL airaM', outcome: 'unresolved', why: 'a right-to-left override' },
  { id: 'arabic', text: 'محمد علي', outcome: 'unresolved', why: 'right-to-left script' },
  { id: 'html-script', text: '<script>alert(1)</script>', outcome: 'unresolved', why: 'must never run where it is shown' },
  { id: 'html-img', text: '<img src=x onerror=alert(1)>', outcome: 'unresolved', why: 'must never run where it is shown' },
  { id: 'regex-dollar', text: 'Marthen $2 $& (Ola)* [y] \\ ', outcome: 'unresolved', why: 'regex and replacement characters' },
  { id: 'braces', text: '{{NAMA}}', outcome: 'unresolved', why: 'a placeholder typed as a name' },
  { id: 'nul-and-controls', text: 'Maria\u0000\u0007 Lake\t', outcome: 'unresolved', why: 'control characters' },
  { id: 'zero-width', text: 'Maria\u200b Goreti\u200d', outcome: 'unresolved', why: 'zero-width characters' },
  { id: 'nip-letters', text: '1986O926 2O15O5 1 OO1', outcome: 'unresolved', why: 'a NIP typed with the letter O for zero' },
  { id: 'nip-short', text: '19860926 201505 1 01', outcome: 'unresolved', why: 'a NIP one digit short' },
  { id: 'nip-long', text: '1986092620150510019', outcome: 'unresolved', why: 'a NIP one digit too long' },
];

export interface NipItem {
  id: string;
  text: string;
  /** Is it an 18-digit NIP the product finds in the text (N5b)? */
  found: string | null;
  /** Roster check: problems expected (empty = accepted) for a PNS. */
  problems: RegExp[];
}

export const NIP_TEXTS: NipItem[] = [
  { id: 'grouped', text: '19860926 201505 1 001', found: '198609262015051001', problems: [] },
  { id: 'plain', text: '198609262015051001', found: '198609262015051001', problems: [] },
  { id: 'dots', text: '19860926.201505.1.001', found: '198609262015051001', problems: [] },
  { id: 'letters-O', text: '1986O926 2O15O5 1 OO1', found: null, problems: [/huruf/] },
  { id: 'letter-l', text: '19860926 2015O5 l 001', found: null, problems: [/huruf/] },
  { id: 'short', text: '19860926 201505 1 01', found: null, problems: [/18 angka/] },
  { id: 'long', text: '1986092620150510019', found: null, problems: [/18 angka/] },
  { id: 'sex-digit', text: '198609262015053001', found: '198609262015053001', problems: [/jenis kelamin/] },
  { id: 'impossible-birth', text: '198602302015051001', found: '198602302015051001', problems: [/lahir/] },
  { id: 'scientific', text: '1.98609E+17', found: null, problems: [/huruf|18 angka/] },
  { id: 'empty', text: '   ', found: null, problems: [/kosong/] },
];

export interface DateItem {
  text: string;
  /** ISO instant expected (UTC), or null for rejected. */
  iso: string | null;
}

/** Dates as Google exports them and people type them; WITA when no zone is given. */
export const DATE_TEXTS: DateItem[] = [
  { text: '2026/11/20 9:15:02 AM GMT+8', iso: '2026-11-20T01:15:02.000Z' },
  { text: '2026/11/20 9:15:02 PM GMT+07:00', iso: '2026-11-20T14:15:02.000Z' },
  { text: '2026-11-27', iso: '2026-11-26T16:00:00.000Z' },
  { text: '2026-11-27T09:15:02', iso: '2026-11-27T01:15:02.000Z' },
  { text: '2026-11-27T09:15:02Z', iso: '2026-11-27T09:15:02.000Z' },
  { text: '2026-11-27T09:15:02+08:00', iso: '2026-11-27T01:15:02.000Z' },
  { text: '20/11/2026', iso: '2026-11-19T16:00:00.000Z' },
  { text: '20/11/2026 9:15:02', iso: '2026-11-20T01:15:02.000Z' },
  { text: '20-11-2026', iso: '2026-11-19T16:00:00.000Z' },
  { text: '20.11.2026', iso: '2026-11-19T16:00:00.000Z' },
  { text: '27 November 2026', iso: '2026-11-26T16:00:00.000Z' },
  { text: '27 Nopember 2026', iso: '2026-11-26T16:00:00.000Z' },
  { text: '27 Nov 2026', iso: '2026-11-26T16:00:00.000Z' },
  { text: 'Jumat, 27 November 2026 09.05 WITA', iso: '2026-11-27T01:05:00.000Z' },
  { text: '1 Januari 2027 00.00 WIB', iso: '2026-12-31T17:00:00.000Z' },
  { text: '  27   November   2026  ', iso: '2026-11-26T16:00:00.000Z' },
  // Rejected: impossible, ambiguous or not a date.
  { text: '30/02/2026', iso: null },
  { text: '2026-13-01', iso: null },
  { text: '31 April 2026', iso: null },
  { text: '27/11/26', iso: null },
  { text: 'kemarin', iso: null },
  { text: '', iso: null },
  { text: '27 Movember 2026', iso: null },
  { text: 'Senen, 27 November 2026', iso: null },
  { text: '2026-11-27 25:00', iso: null },
  { text: '2026-11-27T09:15:02+15:00', iso: null },
  { text: '=TODAY()', iso: null },
  // Trailing or leading text is not part of a date: refused, never read as the date before it.
  { text: '27 November 2026abc', iso: null },
  { text: 'x27 November 2026', iso: null },
  { text: '2026-11-27abc', iso: null },
  { text: '20/11/2026abc', iso: null },
  { text: '20/11/2026 9:15:02 lalu', iso: null },
  { text: 'Jumat, 27 November 2026 09.05 WITA lewat', iso: null },
];

/** Values that go into the decree (names, titles, numbers): each must come out literally (D2). */
export const DECREE_VALUES: string[] = [
  'Marthen $1 Lake',
  'Ny. $& Bria',
  'Rp $$ 100',
  'C:\\Data\\SK\\',
  'trailing backslash \\',
  '\\1 \\$ \\\\',
  '{{NAMA}} {{NIP}}',
  '(a|b)*+?.^[x]{2}',
  '=HYPERLINK("x")',
  'Mari\u0301a 🌺',
  '<b>tebal</b>',
];
