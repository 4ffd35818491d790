/** Properties of the decree filler (D2): values go in literally, whatever they hold. */
import fc from 'fast-check';
import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import { escapeReplacement, fillText, placeholderPattern } from '../../../src/core/decree/placeholders';

describe('decree values go in literally (D2)', () => {
  const value = fc.oneof(fc.string({ maxLength: 30 }), fc.stringMatching(/^[$\\&{}0-9a-z ()*.[\]^|?+]{0,30}$/));
  it('RE2 replaceText with the escaped value writes exactly the value, whatever $ \\ or braces it holds', () => {
    const re = RE2JS.compile(placeholderPattern('NAMA'));
    fc.assert(
      fc.property(value, (v) => {
        const out = re.matcher('Nama: {{NAMA}}, lagi {{ NAMA }}.').replaceAll(escapeReplacement(v), true);
        expect(out).toBe(`Nama: ${v}, lagi ${v}.`);
      }),
      { numRuns: 2000 },
    );
  });

  it('fillText never expands a value a second time (a value holding {{NIP}} stays as typed)', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(fillText('{{NAMA}}|{{NIP}}', { NAMA: a, NIP: b })).toBe(`${a}|${b}`);
      }),
    );
  });
});
