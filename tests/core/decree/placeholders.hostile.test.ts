/** The hostile corpus's decree values (`$&`, `$1`, `\`, `{{…}}`, regex characters) go in literally (D2). */
import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import { escapeReplacement, fillText, placeholderPattern } from '../../../src/core/decree/placeholders';
import { DECREE_VALUES } from '../../hostile/corpus';

describe('decree values go in literally (D2)', () => {
  const re = RE2JS.compile(placeholderPattern('NAMA'));
  it.each(DECREE_VALUES.map((v) => [JSON.stringify(v), v] as const))('%s', (_label, value) => {
    // Through RE2 + Java-style expansion, as Body.replaceText does.
    expect(re.matcher('Nama: {{NAMA}}.').replaceAll(escapeReplacement(value), true)).toBe(`Nama: ${value}.`);
    // Through the plain-string filler, with no second expansion.
    expect(fillText('{{NAMA}}|{{NIP}}', { NAMA: value, NIP: '19860926 201505 1 001' })).toBe(`${value}|19860926 201505 1 001`);
  });

  it('an unescaped value is what breaks (the check can fail)', () => {
    expect(() => re.matcher('{{NAMA}}').replaceAll('trailing backslash \\', true)).toThrow();
    expect(re.matcher('{{NAMA}}').replaceAll('Rp $$ 100'.replace(/\$\$/, '\\$\\$'), true)).toBe('Rp $$ 100');
  });
});
