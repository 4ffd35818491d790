#!/usr/bin/env node
// `npm test`: the typecheck (`npm run typecheck`), the lint (`npm run lint`) and every test
// (`vitest run`) started side by side instead of one after the other. Each line of their output is
// streamed as it comes, prefixed with the check's name; at the end the result of each is printed
// and the exit code is 1 if any of them failed (all three always run to the end). Arguments go to
// vitest (`npm test -- tests/e2e/menu.test.ts`).
//
// The typecheck and the lint run at a lower priority (niceness +10): the tests keep both cores
// whenever they can use them, and the two short checks take the gaps (the bundle's build in the
// global setup, LibreOffice and Chromium starting), so they add little to the wall time.
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const colour = process.stdout.isTTY ? { FORCE_COLOR: '1' } : {};

const checks = [
  { name: 'vitest', command: process.execPath, args: [join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...process.argv.slice(2)], nice: 0 },
  { name: 'typecheck', command: npm, args: ['run', '--silent', 'typecheck'], nice: 10 },
  { name: 'lint', command: npm, args: ['run', '--silent', 'lint'], nice: 10 },
];
const width = Math.max(...checks.map((c) => c.name.length));

/** Writes each complete line of `stream` to `out`, prefixed; the last partial line at the end. */
function prefixed(stream, out, prefix) {
  let rest = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop();
    if (lines.length) out.write(lines.map((l) => `${prefix}${l}\n`).join(''));
  });
  stream.on('end', () => {
    if (rest) out.write(`${prefix}${rest}\n`);
  });
}

function run({ name, command, args, nice }) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...colour }, stdio: ['ignore', 'pipe', 'pipe'] });
    if (nice) {
      try {
        setPriority(child.pid, nice);
      } catch {
        // not allowed here: it runs at the normal priority
      }
    }
    const prefix = `[${name.padEnd(width)}] `;
    prefixed(child.stdout, process.stdout, prefix);
    prefixed(child.stderr, process.stderr, prefix);
    child.on('error', (error) => resolve({ name, ok: false, detail: error.message, seconds: (Date.now() - started) / 1000 }));
    child.on('close', (code, signal) => resolve({ name, ok: code === 0, detail: signal ? `killed by ${signal}` : `exit code ${code}`, seconds: (Date.now() - started) / 1000 }));
  });
}

const results = await Promise.all(checks.map(run));
console.log('');
for (const r of results) console.log(`${r.ok ? 'ok    ' : 'FAILED'} ${r.name.padEnd(width)} (${r.detail}, ${r.seconds.toFixed(1)} s)`);
const failed = results.filter((r) => !r.ok).map((r) => r.name);
if (failed.length) console.log(`\nnpm test failed: ${failed.join(', ')}`);
process.exit(failed.length ? 1 : 0);
