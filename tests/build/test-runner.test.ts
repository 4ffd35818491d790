/**
 * `npm test` (bin/test.mjs): the typecheck, the lint and vitest run side by side; every line of
 * each is shown prefixed with its name; all run to the end, and any failure fails the whole.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { npmTestChecks, runChecks } from '../../bin/test.mjs';

const node = (name: string, code: string, nice = 0) => ({ name, command: process.execPath, args: ['-e', code], nice });

describe('npm test runs its checks side by side', () => {
  it('runs every check at once and to the end, prefixes each line with its check, and reports which failed', async () => {
    // Each check marks its start, then waits until the other two have started (exit 9 after 30 s
    // when they have not): run one after the other, they would never all pass their wait.
    const dir = mkdtempSync(join(tmpdir(), 'test-runner-'));
    const check = (name: string, then: string, nice = 0) =>
      node(
        name,
        `const fs = require('fs'), path = require('path'), dir = ${JSON.stringify(dir)}, names = ['one', 'failing', 'ok'];
        fs.writeFileSync(path.join(dir, ${JSON.stringify(name)}), '');
        const until = Date.now() + 30000;
        const wait = () => names.every((n) => fs.existsSync(path.join(dir, n))) ? (() => { ${then} })() : Date.now() > until ? process.exit(9) : setTimeout(wait, 20);
        wait();`,
        nice,
      );
    const out: string[] = [];
    const err: string[] = [];
    const results = await runChecks(
      [
        check('one', "console.log('a\\nb'); process.stdout.write('no newline');", 10),
        check('failing', "console.error('broken'); process.exit(3);"),
        check('ok', "console.log('done');"),
      ],
      { out: (s) => out.push(s), err: (s) => err.push(s) },
    );
    expect(results.map((r) => [r.name, r.ok, r.detail])).toEqual([
      ['one', true, 'exit code 0'],
      ['failing', false, 'exit code 3'],
      ['ok', true, 'exit code 0'],
    ]);
    const lines = out.join('').split('\n').filter((l) => l !== '');
    expect(lines.filter((l) => l.startsWith('[one    ] '))).toEqual(['[one    ] a', '[one    ] b', '[one    ] no newline']);
    expect(lines).toContain('[ok     ] done');
    expect(err.join('')).toBe('[failing] broken\n');
  });

  it('reports a check that cannot start as failed', async () => {
    const [r] = await runChecks([{ name: 'missing', command: '/nonexistent/command', args: [], nice: 0 }], { out: () => {}, err: () => {} });
    expect(r.ok).toBe(false);
    expect(r.detail).toMatch(/ENOENT/);
  });

  it('is the typecheck, the lint and vitest, the two short ones at a lower priority, arguments to vitest', () => {
    const checks = npmTestChecks(['tests/e2e/menu.test.ts']);
    expect(checks.map((c) => [c.name, c.nice])).toEqual([
      ['vitest', 0],
      ['typecheck', 10],
      ['lint', 10],
    ]);
    expect(checks[0].args.slice(-2)).toEqual(['run', 'tests/e2e/menu.test.ts']);
    expect(checks[1].args).toEqual(['run', '--silent', 'typecheck']);
    expect(checks[2].args).toEqual(['run', '--silent', 'lint']);
  });
});
