import { describe, expect, it } from 'vitest';
import { CELL_PADDING, columnNeed, fitColumns } from '../../../src/core/decree/columns';
import { DEFAULT_PAGE, formatMargins, measureText, pageSetup, parseMargins, textWidth } from '../../../src/core/decree/page';
import { checkSidebarInput } from '../../../src/core/settings-form';
import { initialSettingsRows, pageOf, parseSettings } from '../../../src/core/settings';

describe('page setup', () => {
  it('defaults to F4 (215 × 330 mm), margins 2.5 / 2.5 / 2.5 / 3 cm, Arial 12', () => {
    expect(DEFAULT_PAGE).toMatchObject({ paper: 'F4', width: 609.45, height: 935.43, font: 'Arial', fontSize: 12 });
    expect(DEFAULT_PAGE.margin).toEqual({ top: 70.87, right: 70.87, bottom: 70.87, left: 85.04 });
    expect(textWidth(DEFAULT_PAGE)).toBe(453.54);
    expect(textWidth(pageSetup('A4'))).toBe(439.37);
  });

  it.each<[string, unknown]>([
    ['2,5 / 2,5 / 2,5 / 3', { top: 2.5, right: 2.5, bottom: 2.5, left: 3 }],
    ['3 2 2 4', { top: 3, right: 2, bottom: 2, left: 4 }],
    ['2.5;2.5;2.5;3 cm', { top: 2.5, right: 2.5, bottom: 2.5, left: 3 }],
    ['', { top: 2.5, right: 2.5, bottom: 2.5, left: 3 }],
  ])('reads margins %j', (text, margins) => {
    expect(parseMargins(text)).toEqual(margins);
  });

  it.each(['2,5 / 3', 'dua', '0 / 2 / 2 / 2', '2 / 2 / 2 / 9'])('refuses margins %j with what to write', (text) => {
    const m = parseMargins(text);
    expect('error' in m && m.error).toMatch(/atas \/ kanan \/ bawah \/ kiri, misalnya 2,5 \/ 2,5 \/ 2,5 \/ 3/);
  });

  it('takes paper, margins, font and size from Pengaturan, refusing what it cannot read', () => {
    const rows = initialSettingsRows();
    const set = (label: string, value: string) => rows.map((r) => (r[0] === label ? [r[0], value, r[2]] : r));
    expect(pageOf(parseSettings(rows).settings)).toEqual(DEFAULT_PAGE);
    let parsed = parseSettings(set('Ukuran Kertas', 'a4'));
    expect(parsed.settings.paper).toBe('A4');
    parsed = parseSettings(set('Jenis Huruf Dokumen', 'Times New Roman'));
    expect(parsed.problems[0].message).toMatch(/Jenis Huruf Dokumen \(baris \d+\) harus salah satu dari Arial atau Bookman Old Style, bukan "Times New Roman"/);
    parsed = parseSettings(set('Margin Halaman (cm)', '3 / 3'));
    expect(parsed.problems[0].message).toMatch(/Margin Halaman \(cm\) \(baris \d+\): "3 \/ 3" bukan margin/);
  });

  it('checks and normalises the same fields in the sidebar', () => {
    const r = checkSidebarInput({ paper: 'a4', margins: '3 2 2 4', documentFont: 'bookman old style', documentFontSize: '11', emblemId: 'https://drive.google.com/file/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123/view' });
    expect(r.errors).toEqual({});
    expect(r.values).toEqual({ paper: 'A4', margins: '3 / 2 / 2 / 4', documentFont: 'Bookman Old Style', documentFontSize: '11', emblemId: '1AbCdEfGhIjKlMnOpQrStUvWxYz0123' });
    expect(checkSidebarInput({ paper: 'Letter' }).errors.paper).toContain('F4 atau A4');
    expect(formatMargins({ top: 2.5, right: 2.5, bottom: 2.5, left: 3 })).toBe('2,5 / 2,5 / 2,5 / 3');
  });
});

describe('text widths and columns', () => {
  it('measures with Arial metrics; bold is wider; Bookman wider still', () => {
    expect(measureText('Memperhatikan', 'Arial', 12)).toBeCloseTo(84.35, 1);
    expect(measureText('Peringkat', 'Arial', 12, true)).toBeGreaterThan(measureText('Peringkat', 'Arial', 12));
    expect(measureText('Memperhatikan', 'Bookman Old Style', 12)).toBeGreaterThan(measureText('Memperhatikan', 'Arial', 12));
    expect(measureText('é', 'Arial', 10)).toBe(measureText('e', 'Arial', 10));
  });

  it('gives every column at least its longest word and the whole text width to the table', () => {
    const specs = [
      { header: 'No', texts: ['10.'], fixed: true },
      { header: 'Nama', texts: ['Maria Goreti Lake, S.Kep., Ns., M.Kes.'] },
      { header: 'Unit Kerja', texts: ['Bidang Pencegahan dan Pengendalian Penyakit'] },
    ];
    const fit = fitColumns(specs, 453.54, 'Arial', [12])!;
    expect(fit.fontSize).toBe(12);
    expect(fit.widths.reduce((a, b) => a + b, 0)).toBeCloseTo(453.54, 2);
    expect(fit.widths[0]).toBe(columnNeed(specs[0], 'Arial', 12));
    expect(fit.widths[2]).toBeGreaterThanOrEqual(measureText('Pengendalian', 'Arial', 12) + 2 * CELL_PADDING);
  });

  it('steps the font down until the longest words fit, and says when nothing fits', () => {
    // Six columns of "Penanggulangan" need 618 pt at 12 pt, 572 at 11, 526 at 10.
    const wide = Array.from({ length: 6 }, () => ({ texts: ['Penanggulangan'] }));
    expect(fitColumns(wide, 580, 'Arial', [12, 11, 10])!.fontSize).toBe(11);
    expect(fitColumns(wide, 530, 'Arial', [12, 11, 10])!.fontSize).toBe(10);
    expect(fitColumns(wide, 453.54, 'Arial', [12, 11, 10])).toBeNull();
  });
});
