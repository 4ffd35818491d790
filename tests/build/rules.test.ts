/**
 * The rules the code and tests cite live in the repository (docs/rules.md): every rule there has
 * an id and at least one test that cites it, and nothing in src/ or tests/ points at an issue
 * tracker the next maintainer will not have ("issue" followed by a number).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(ts|mts|mjs|js|html)$/.test(name) ? [path] : [];
  });
}

const RULES = readFileSync(join(ROOT, 'docs/rules.md'), 'utf8');
/** The ids of docs/rules.md, in order: "- **N4 — A valid ballot.**" gives N4. */
const IDS = [...RULES.matchAll(/^- \*\*([A-Z][0-9]+[a-z]?) — /gm)].map((m) => m[1]);
const TESTS = filesUnder(join(ROOT, 'tests')).map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }));

describe('docs/rules.md', () => {
  it('states the roster, nomination, survey, assessment and decree rules and the kinds of sheet, each under one id', () => {
    for (const id of ['R1', 'R6', 'N1', 'N8', 'S1', 'S1a', 'S6', 'A1', 'A4', 'D1', 'D4', 'K1', 'K3']) expect(IDS).toContain(id);
    expect(new Set(IDS).size).toBe(IDS.length);
  });

  it.each(IDS)('%s is cited by at least one test', (id) => {
    const cite = new RegExp(`(?<![A-Za-z0-9])${id}(?![0-9a-z])`);
    expect(TESTS.filter((t) => cite.test(t.text)).map((t) => t.path)).not.toEqual([]);
  });
});

describe('no reference to an issue tracker', () => {
  // Built from parts so that this file does not match itself.
  const ISSUE = new RegExp(['\\b[Ii]ssues?', '\\s*(?:#|no\\.?\\s*)?\\d'].join(''));
  it('src/ and tests/ cite rules by id (docs/rules.md) or say what they mean, never "issue N"', () => {
    const files = [...filesUnder(join(ROOT, 'src')), ...filesUnder(join(ROOT, 'tests'))];
    const hits = files.flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .flatMap((line, i) => (ISSUE.test(line) ? [`${relative(ROOT, path)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(hits, 'cite the rule by its id in docs/rules.md (or say what it means) instead of an issue number').toEqual([]);
  });
});
