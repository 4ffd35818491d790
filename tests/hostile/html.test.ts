/**
 * HTML or script in a name (corpus items html-script, html-img) must never run where the product
 * shows it. The pages themselves are tested in a browser (tests/browser/sidebar.test.ts: "shows
 * names and titles holding HTML as text"; tests/browser/status.test.ts: the last error as text).
 * Here, the static guard: no page puts server data on the page as HTML, no template prints
 * unescaped, and the server builds no HTML from data.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NAME_TEXTS } from './corpus';

const ROOT = join(__dirname, '../..');
// The pages and the scripts build.mjs writes into them (`// @include dom.js`).
const pages = readdirSync(join(ROOT, 'src/ui')).filter((f) => f.endsWith('.html') || f.endsWith('.js'));

describe('HTML pages', () => {
  it.each(pages)('%s never turns data into markup', (file) => {
    const code = readFileSync(join(ROOT, 'src/ui', file), 'utf8').replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '');
    for (const sink of [/\.innerHTML\s*=/, /\.outerHTML\s*=/, /insertAdjacentHTML/, /document\.write/, /<\?!=/, /\beval\s*\(/, /new Function\s*\(/, /\.html\s*\(/]) {
      expect(code, `${file}: ${sink}`).not.toMatch(sink);
    }
  });

  it('the server serves the pages as files, never as HTML built from data', () => {
    const gas = readdirSync(join(ROOT, 'src/gas')).map((f) => readFileSync(join(ROOT, 'src/gas', f), 'utf8')).join('\n');
    expect(gas).not.toMatch(/HtmlService\.createHtmlOutput\s*\(|createTemplate\s*\(|\.evaluate\s*\(|setContent\s*\(|append\s*\(/);
  });

  it('the corpus holds the HTML items the browser tests use', () => {
    expect(NAME_TEXTS.map((t) => t.id)).toEqual(expect.arrayContaining(['html-script', 'html-img']));
  });
});
