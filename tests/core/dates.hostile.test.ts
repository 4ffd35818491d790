/** The hostile corpus's dates: every accepted format read as its WITA day, every other text refused (D3). */
import { describe, expect, it } from 'vitest';
import { parseDateInput } from '../../src/core/dates';
import { DATE_TEXTS } from '../hostile/corpus';

describe('dates in every accepted format, and rejected ones', () => {
  it.each(DATE_TEXTS.map((d) => [JSON.stringify(d.text), d] as const))('%s', (_label, item) => {
    const ms = parseDateInput(item.text);
    expect(ms === null ? null : new Date(ms).toISOString()).toBe(item.iso);
  });
});
