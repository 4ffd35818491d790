/** The hostile corpus against asText and fitLines: text longer than one cell is cut visibly, never lost silently. */
import { describe, expect, it } from 'vitest';
import { asText, CUT_MARK, fitLines } from '../../src/core/cells';
import { MAX_CELL_CHARS, parseInput } from '../../src/offline/workspace/index';

describe('text longer than one cell', () => {
  it('asText cuts it, with a visible mark, to fit one cell, without splitting an emoji', () => {
    const long = `${'a'.repeat(49_985)}🌺${'b'.repeat(20_000)}`;
    const out = asText(long);
    expect(out.length).toBeLessThan(MAX_CELL_CHARS);
    expect(out.endsWith(CUT_MARK)).toBe(true);
    expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(parseInput(out, '', (ms) => new Date(ms)).value).toBe(out);
    expect(asText('=1'.padEnd(60_000, '+')).startsWith("'=1")).toBe(true);
  });

  it('fitLines keeps every line of a cell, cutting only the long ones', () => {
    const lines = ['x'.repeat(60_000), 'Maria Goreti Lake', '19860926 201505 1 001'];
    const fitted = fitLines(lines);
    expect(fitted.join('\n').length).toBeLessThan(MAX_CELL_CHARS);
    expect(fitted.slice(1)).toEqual(lines.slice(1));
    expect(fitted[0].endsWith(CUT_MARK)).toBe(true);
    expect(fitLines(['a', 'b'])).toEqual(['a', 'b']);
  });
});
