/**
 * Page setup of the documents the product writes (the decree template, the berita acara), as
 * Indonesian regional official documents use it (Permendagri 1/2023 leaves the choice to the
 * office; these are the common defaults and settings in `Pengaturan`): paper F4 (215 × 330 mm)
 * or A4, margins top 2.5 cm, right 2.5, bottom 2.5, left 3, Arial 12 or Bookman Old Style,
 * single spacing. Lengths are in points (1/72 inch), the unit DocumentApp uses.
 *
 * Also the width a text takes in a font, so table columns can be sized to their longest word
 * before the document exists. Widths are the Adobe core metrics (Helvetica = Arial and its
 * metric twin Liberation Sans; ITC Bookman for Bookman Old Style, with a safety margin).
 */

export type Paper = 'F4' | 'A4';
export type DocumentFont = 'Arial' | 'Bookman Old Style';

export const PAPERS: readonly Paper[] = ['F4', 'A4'];
export const DOCUMENT_FONTS: readonly DocumentFont[] = ['Arial', 'Bookman Old Style'];

/** Points per centimetre. */
export const PT_PER_CM = 72 / 2.54;

const MM = PT_PER_CM / 10;

/** Paper sizes in points (portrait). */
export const PAPER_SIZE: Record<Paper, { width: number; height: number }> = {
  F4: { width: round2(215 * MM), height: round2(330 * MM) },
  A4: { width: round2(210 * MM), height: round2(297 * MM) },
};

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface PageSetup {
  paper: Paper;
  /** Page width and height in points. */
  width: number;
  height: number;
  /** Margins in points. */
  margin: Margins;
  font: DocumentFont;
  /** Body text size in points. */
  fontSize: number;
}

/** Margins in centimetres as the settings hold them. */
export const DEFAULT_MARGINS_CM: Margins = { top: 2.5, right: 2.5, bottom: 2.5, left: 3 };

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** The page setup from the settings' paper, margins (cm), font and size. */
export function pageSetup(paper: Paper = 'F4', marginsCm: Margins = DEFAULT_MARGINS_CM, font: DocumentFont = 'Arial', fontSize = 12): PageSetup {
  const size = PAPER_SIZE[paper];
  const m = (cm: number) => round2(cm * PT_PER_CM);
  return {
    paper,
    width: size.width,
    height: size.height,
    margin: { top: m(marginsCm.top), right: m(marginsCm.right), bottom: m(marginsCm.bottom), left: m(marginsCm.left) },
    font,
    fontSize,
  };
}

export const DEFAULT_PAGE: PageSetup = pageSetup();

/** The width between the left and right margins. */
export function textWidth(page: PageSetup): number {
  return round2(page.width - page.margin.left - page.margin.right);
}

/**
 * "2,5 / 2,5 / 2,5 / 3" (top / right / bottom / left, cm; "," or "." as the decimal mark; "/",
 * ";" or spaces between) → margins, or an Indonesian message saying what to write.
 */
export function parseMargins(text: string): Margins | { error: string } {
  const t = text.trim();
  if (t === '') return { ...DEFAULT_MARGINS_CM };
  const parts = t
    .replace(/cm/gi, ' ')
    .split(/\s*[/;|]\s*|\s+/)
    .filter((p) => p !== '');
  const nums = parts.map((p) => (/^\d+(?:[.,]\d+)?$/.test(p) ? Number(p.replace(',', '.')) : NaN));
  const example = 'Tulis empat angka dalam cm: atas / kanan / bawah / kiri, misalnya 2,5 / 2,5 / 2,5 / 3.';
  if (nums.length !== 4 || nums.some((n) => Number.isNaN(n))) return { error: `"${t}" bukan margin yang dikenali. ${example}` };
  if (nums.some((n) => n < 1 || n > 5)) return { error: `Margin "${t}" di luar 1–5 cm. ${example}` };
  return { top: nums[0], right: nums[1], bottom: nums[2], left: nums[3] };
}

/** Margins in cm as written in `Pengaturan` ("2,5 / 2,5 / 2,5 / 3"). */
export function formatMargins(m: Margins): string {
  return [m.top, m.right, m.bottom, m.left].map((n) => String(n).replace('.', ',')).join(' / ');
}

// ---- text widths --------------------------------------------------------------------------------

// Advance widths (1/1000 em) of the printable ASCII characters 32–126, from the Adobe core
// metrics as shipped with groff (devps HR, HB, BMR, BMB).
const HELVETICA =
  '278,278,355,556,556,889,667,222,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,278,278,584,584,584,556,1015,667,667,722,722,667,611,778,722,278,500,667,556,833,722,778,667,778,722,667,611,722,667,944,667,667,611,278,278,278,333,556,222,556,556,500,556,556,278,556,556,222,222,500,222,833,556,556,556,556,333,500,278,556,500,722,500,500,500,334,260,334,333';
const HELVETICA_BOLD =
  '278,333,474,556,556,889,722,278,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,333,333,584,584,584,611,975,722,722,722,722,667,611,778,722,278,556,722,611,833,722,778,667,778,722,667,611,722,667,944,667,667,611,333,278,333,333,556,278,556,611,556,611,556,333,611,611,278,278,556,278,889,611,611,611,611,389,556,333,611,556,778,556,556,500,389,280,389,333';
const BOOKMAN =
  '320,300,380,620,620,900,800,220,300,300,440,600,320,400,320,600,620,620,620,620,620,620,620,620,620,620,320,320,600,600,600,540,820,680,740,740,800,720,640,800,800,340,600,720,600,920,740,800,620,820,720,660,620,780,700,960,720,640,640,300,600,300,420,500,220,580,620,520,620,520,320,540,660,300,300,620,300,940,660,560,620,580,440,520,380,680,520,780,560,540,480,280,600,280,440';
const BOOKMAN_BOLD =
  '340,360,420,660,660,940,800,320,320,320,460,600,340,360,340,600,660,660,660,660,660,660,660,660,660,660,340,340,600,600,600,660,820,720,720,740,780,720,680,780,820,400,640,800,640,940,740,800,660,800,780,660,700,740,720,940,780,700,640,300,600,300,500,500,320,580,600,580,640,580,380,580,680,360,340,660,340,1000,680,620,640,620,460,520,460,660,600,800,600,620,560,320,600,320,480';

const table = (csv: string): number[] => csv.split(',').map(Number);
const METRICS: Record<DocumentFont, { regular: number[]; bold: number[]; safety: number }> = {
  Arial: { regular: table(HELVETICA), bold: table(HELVETICA_BOLD), safety: 1.02 },
  // Bookman Old Style runs a little wider than ITC Bookman in places.
  'Bookman Old Style': { regular: table(BOOKMAN), bold: table(BOOKMAN_BOLD), safety: 1.08 },
};

/** Width of one character in 1/1000 em: ASCII from the table, dashes and accented letters by kin. */
function charWidth(widths: number[], ch: string): number {
  const code = ch.charCodeAt(0);
  if (code >= 32 && code <= 126) return widths[code - 32];
  if (ch === '\u00a0') return widths[0];
  if (ch === '\u2013') return widths['-'.charCodeAt(0) - 32] * 1.7;
  if (ch === '\u2014') return 1000;
  if (ch === '\u2018' || ch === '\u2019') return widths["'".charCodeAt(0) - 32];
  if (ch === '\u201c' || ch === '\u201d') return widths['"'.charCodeAt(0) - 32];
  const base = ch.normalize('NFD').charAt(0);
  const b = base.charCodeAt(0);
  if (b >= 32 && b <= 126 && base !== ch) return widths[b - 32];
  return widths['M'.charCodeAt(0) - 32];
}

/** The width of `text` on one line in `font` at `size` points (bold when asked), in points. */
export function measureText(text: string, font: DocumentFont, size: number, bold = false): number {
  const m = METRICS[font];
  const widths = bold ? m.bold : m.regular;
  let units = 0;
  for (const ch of text) units += charWidth(widths, ch);
  return round2((units / 1000) * size * m.safety);
}
