/**
 * "Is this sheet already laid out?" (core/sheet-layout SheetLook): one mechanism for every
 * computed sheet — Rekap Penjaringan's layout and banner, the survey sheets' colour rules, row
 * styles, widths and chart. A part is applied again exactly when its signature changed or nothing
 * is remembered (a new sheet, a failed run, a re-sync).
 */
import { describe, expect, it } from 'vitest';
import { layoutMark, needsApplying, type SheetLook } from '../../src/core/sheet-layout';

describe('needsApplying', () => {
  const look: SheetLook = { layout: layoutMark([100, 200]), banner: '["red"]', summaryMaxRows: 40 };

  it.each<[string, SheetLook | null | undefined, string, string, boolean]>([
    ['nothing remembered (null)', null, 'layout', layoutMark([100, 200]), true],
    ['nothing remembered (undefined)', undefined, 'layout', layoutMark([100, 200]), true],
    ['the same layout', look, 'layout', layoutMark([100, 200]), false],
    ['another layout', look, 'layout', layoutMark([100, 201]), true],
    ['the same banner', look, 'banner', '["red"]', false],
    ['a part never applied', look, 'summary', '', true],
    ['a grid size is not a signature', look, 'summaryMaxRows', '40', true],
  ])('%s', (_what, remembered, part, signature, expected) => {
    expect(needsApplying(remembered, part, signature)).toBe(expected);
  });
});
