import { describe, it, expect } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { argbOf, excelWidth, exportXlsx, workbookFromSnapshots } from '../../src/offline/output/xlsx';
import type { SheetSnapshot } from '../../src/offline/workspace/index';

function snapshot(name: string, over: Partial<SheetSnapshot> = {}): SheetSnapshot {
  const values = over.values ?? [];
  return {
    name,
    values,
    formulas: over.formulas ?? values.map((r) => r.map(() => '')),
    frozenRows: 0,
    frozenColumns: 0,
    hidden: false,
    protections: [],
    validations: [],
    conditionalFormats: [],
    charts: [],
    backgrounds: {},
    fontWeights: {},
    numberFormats: {},
    fontColors: {},
    fontFamilies: {},
    wraps: {},
    horizontalAlignments: {},
    verticalAlignments: {},
    columnWidths: {},
    rowHeights: {},
    merges: [],
    formUrl: null,
    notes: {},
    ...over,
  };
}

const tally = snapshot('Rekap Penjaringan', {
  values: [
    ['Peringkat', 'Nama', 'NIP', 'Suara', 'Memenuhi Syarat'],
    [1, 'dr. Maria Lake, M.Kes.', '19860926 201505 2 001', 12, 'Ya'],
    ['', '=IMPORTXML("http://x")', '198609262015051001', 3, 'Tidak'],
  ],
  frozenRows: 1,
  backgrounds: { A1: '#1a73e8', B1: '#1A73E8', C1: '#fff' },
  fontWeights: { A1: 'bold', B1: 'bold' },
  columnWidths: { 2: 260 },
  notes: { D1: 'Jumlah surat suara sah' },
  validations: [{ range: 'E2:E3', criteria: 'VALUE_IN_LIST', values: [['Ya', 'Tidak']], allowInvalid: false, helpText: '' }],
  conditionalFormats: [{ ranges: ['E2:E3'], condition: 'TEXT_EQUAL_TO', values: ['Ya'], background: '#b7e1cd', fontColor: null }],
});

async function roundTrip(snaps: SheetSnapshot[]): Promise<ExcelJS.Workbook> {
  const buf = await workbookFromSnapshots(snaps).xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buf as ArrayBuffer);
  return back;
}

describe('argbOf / excelWidth', () => {
  it.each([
    ['#1a73e8', 'FF1A73E8'],
    ['#FFF', 'FFFFFFFF'],
    ['red', 'FFFF0000'],
    ['', null],
    [null, null],
    ['rgb(1,2,3)', null],
  ])('%j → %j', (c, argb) => expect(argbOf(c)).toBe(argb));

  it('turns Google pixels into Excel character widths', () => {
    expect(excelWidth(100)).toBeCloseTo(13.57, 1);
    expect(excelWidth(0)).toBe(2);
  });
});

describe('workbookFromSnapshots', () => {
  it('keeps sheets in tab order with values, text NIPs and formula text', async () => {
    const wb = await roundTrip([snapshot('Pengaturan', { values: [['Pengaturan', 'Nilai']] }), tally]);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Pengaturan', 'Rekap Penjaringan']);
    const s = wb.getWorksheet('Rekap Penjaringan')!;
    expect(s.getCell('B2').value).toBe('dr. Maria Lake, M.Kes.');
    expect(s.getCell('C3').value).toBe('198609262015051001');
    // Text that looks like a formula stays a string cell: it never runs in Excel.
    expect(s.getCell('B3').value).toBe('=IMPORTXML("http://x")');
    expect(s.getCell('D2').value).toBe(12);
    expect(s.getCell('A3').value).toBeNull();
  });

  it('keeps font colours (white on navy), the font name of every cell, wrapping, alignment, row heights and merges', async () => {
    const snap = snapshot('Rekap Penjaringan', {
      values: [
        ['PERHATIAN: 3 calon sama-sama memperoleh 1 suara', '', ''],
        ['Peringkat', 'Nama', 'Saran'],
        [1, 'dr. Maria Lake, M.Kes.', 'Maria Lake; Maria Lake Bria'],
      ],
      backgrounds: { A2: '#1f4e79', B2: '#1f4e79', C2: '#1f4e79' },
      fontWeights: { A2: 'bold', B2: 'bold', C2: 'bold' },
      fontColors: { A2: '#ffffff', B2: '#ffffff', C2: '#ffffff', A1: '#a50e0e' },
      fontFamilies: { B3: 'Courier New' },
      wraps: { A1: 'WRAP', C3: 'CLIP' },
      verticalAlignments: { A1: 'top' },
      rowHeights: { 1: 37 },
      merges: ['A1:C1'],
    });
    const s = (await roundTrip([snap])).getWorksheet('Rekap Penjaringan')!;
    expect(s.getCell('A2').font).toMatchObject({ name: 'Arial', bold: true, color: { argb: 'FFFFFFFF' } });
    expect(s.getCell('A1').font).toMatchObject({ name: 'Arial', color: { argb: 'FFA50E0E' } });
    expect(s.getCell('A3').font?.name).toBe('Arial');
    expect(s.getCell('B3').font?.name).toBe('Courier New');
    expect(s.getCell('A1').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(s.getCell('C3').alignment?.wrapText).toBeFalsy();
    expect(s.getRow(1).height).toBeCloseTo(27.75, 1);
    expect((s as unknown as { model: { merges: string[] } }).model.merges).toEqual(['A1:C1']);
  });

  it('keeps header colours, bold, frozen rows, widths, notes, dropdowns and band colours', async () => {
    const s = (await roundTrip([tally])).getWorksheet('Rekap Penjaringan')!;
    expect((s.getCell('A1').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FF1A73E8');
    expect((s.getCell('B1').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FF1A73E8');
    // White is no fill at all (Sheets' default), not a white fill.
    expect((s.getCell('C1').fill as ExcelJS.FillPattern | undefined)?.pattern ?? 'none').toBe('none');
    expect(s.getCell('A1').font?.bold).toBe(true);
    expect(s.getCell('C1').font?.bold).toBeFalsy();
    expect(s.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(s.getColumn(2).width).toBeCloseTo(36.43, 1);
    expect(s.getColumn(1).width).toBeGreaterThan(10);
    const note = s.getCell('D1').note;
    expect(typeof note === 'string' ? note : JSON.stringify(note)).toContain('Jumlah surat suara sah');
    expect(s.getCell('E2').dataValidation).toMatchObject({ type: 'list', formulae: ['"Ya,Tidak"'] });
  });

  it('writes conditional formats into the sheet XML', async () => {
    const zip = await JSZip.loadAsync(await workbookFromSnapshots([tally]).xlsx.writeBuffer());
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml).toContain('<conditionalFormatting sqref="E2:E3">');
    expect(xml).toContain('&quot;Ya&quot;');
  });

  it('writes a date as its Kupang (WITA) wall-clock time with a date format', async () => {
    const at = new Date(Date.UTC(2026, 10, 26, 16, 30, 0)); // 27 Nov 2026 00:30 WITA
    const s = (await roundTrip([snapshot('Log', { values: [['Waktu'], [at]] })])).getWorksheet('Log')!;
    const v = s.getCell('A2').value as Date;
    expect(v.toISOString()).toBe('2026-11-27T00:30:00.000Z');
    expect(s.getCell('A2').numFmt).toBe('dd/mm/yyyy hh.mm');
  });

  it('keeps number formats and formulas with their cached result', async () => {
    const s = (
      await roundTrip([
        snapshot('Hitung', {
          values: [[2, 3, 5]],
          formulas: [['', '', '=A1+B1']],
          numberFormats: { A1: '0.00' },
        }),
      ])
    ).getWorksheet('Hitung')!;
    expect(s.getCell('A1').numFmt).toBe('0.00');
    expect(s.getCell('C1').value).toMatchObject({ formula: 'A1+B1', result: 5 });
  });

  it('hides hidden sheets and makes names Excel accepts', async () => {
    const wb = await roundTrip([
      snapshot('Pilihan Formulir', { hidden: true }),
      snapshot('Tanya/Jawab [1]: sebuah nama yang sangat panjang sekali'),
      snapshot('Tanya-Jawab -1-- sebuah nama yang sangat panjang sekali'),
    ]);
    expect(wb.worksheets[0].state).toBe('hidden');
    const names = wb.worksheets.map((w) => w.name);
    expect(names[1]).toBe('Tanya-Jawab -1-- sebuah nama ya');
    expect(names[2]).not.toBe(names[1]);
    expect(names.every((n) => n.length <= 31)).toBe(true);
  });
});

describe('exportXlsx', () => {
  it('reads every sheet of a spreadsheet through the back door and returns a valid .xlsx', async () => {
    const snaps: Record<string, SheetSnapshot> = {
      Sheet1: snapshot('Sheet1', { values: [['', '']] }),
      A: snapshot('A', { values: [['x']] }),
      'Hasil Survei': snapshot('Hasil Survei'),
      B: snapshot('B', { values: [['y']] }),
    };
    const source = {
      spreadsheetId: 'ss1',
      sheets: {
        sheetNames: (id: string) => (id === 'ss1' ? ['Sheet1', 'A', 'Hasil Survei', 'B'] : []),
        snapshot: (_id: string, name: string) => snaps[name] ?? null,
      },
    };
    const buf = await exportXlsx(source);
    const zip = await JSZip.loadAsync(buf);
    expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']));
    // The blank "Sheet1" a new spreadsheet starts with is left out; the product's empty sheet stays.
    const names = [...(await zip.file('xl/workbook.xml')!.async('string')).matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(['A', 'Hasil Survei', 'B']);
  });
});
