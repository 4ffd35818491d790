#!/usr/bin/env node
// `npm test`: the typecheck (`npm run typecheck`), the lint (`npm run lint`) and every test
// (`vitest run`) started side by side instead of one after the other. Each line of their output is
// streamed as it comes, prefixed with the check's name; at the end the result of each is printed
// and the exit code is 1 if any of them failed (all three always run to the end). Arguments go to
// vitest (`npm test -- tests/e2e/menu.test.ts`). tests/build/test-runner.test.ts pins runChecks.
//
// The typecheck and the lint run at a lower priority (niceness +10): the tests keep both cores
// whenever they can use them, and the two short checks take the gaps (the bundle's build in the
// global setup, the demo's worker running alone first, LibreOffice and Chromium starting), so
// they add little to the wall time.
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The three checks of `npm test`; `vitestArgs` go to vitest. */
export function npmTestChecks(vitestArgs = []) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  return [
    { name: 'vitest', command: process.execPath, args: [join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...vitestArgs], nice: 0 },
    { name: 'typecheck', command: npm, args: ['run', '--silent', 'typecheck'], nice: 10 },
    { name: 'lint', command: npm, args: ['run', '--silent', 'lint'], nice: 10 },
  ];
}

/** Writes each complete line of `stream` to `write`, prefixed; the last partial line at the end. */
function prefixed(stream, write, prefix) {
  let rest = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop();
    if (lines.length) write(lines.map((l) => `${prefix}${l}\n`).join(''));
  });
  stream.on('end', () => {
    if (rest) write(`${prefix}${rest}\n`);
  });
}

/**
 * Runs `checks` ({ name, command, args, nice }) side by side in `cwd`, every line of their output
 * prefixed with "[name] " and written through `out` / `err`; resolves, once all have ended, to
 * the result of each ({ name, ok, detail, seconds }) in the order given.
 */
export function runChecks(checks, { cwd = root, env = process.env, out = (s) => process.stdout.write(s), err = (s) => process.stderr.write(s) } = {}) {
  const width = Math.max(...checks.map((c) => c.name.length));
  return Promise.all(
    checks.map(({ name, command, args, nice }) => {
      const started = Date.now();
      return new Promise((done) => {
        let settled = false;
        const finish = (ok, detail) => {
          if (settled) return;
          settled = true;
          done({ name, ok, detail, seconds: (Date.now() - started) / 1000 });
        };
        const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
        if (nice && child.pid) {
          try {
            setPriority(child.pid, nice);
          } catch {
            // not allowed here: it runs at the normal priority
          }
        }
        const prefix = `[${name.padEnd(width)}] `;
        prefixed(child.stdout, out, prefix);
        prefixed(child.stderr, err, prefix);
        child.on('error', (error) => finish(false, error.message));
        // 'close': the process has exited and its output streams have ended.
        child.on('close', (code, signal) => finish(code === 0, signal ? `killed by ${signal}` : `exit code ${code}`));
      });
    }),
  );
}

/** Runs the checks of `npm test`, prints the result of each; the exit code: 1 if any failed. */
export async function main(argv) {
  const colour = process.stdout.isTTY ? { FORCE_COLOR: '1' } : {};
  const results = await runChecks(npmTestChecks(argv), { env: { ...process.env, ...colour } });
  const width = Math.max(...results.map((r) => r.name.length));
  console.log('');
  for (const r of results) console.log(`${r.ok ? 'ok    ' : 'FAILED'} ${r.name.padEnd(width)} (${r.detail}, ${r.seconds.toFixed(1)} s)`);
  const failed = results.filter((r) => !r.ok).map((r) => r.name);
  if (failed.length) console.log(`\nnpm test failed: ${failed.join(', ')}`);
  return failed.length ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exit(await main(process.argv.slice(2)));
