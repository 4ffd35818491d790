/**
 * AGEN_SERVICE_TIME=1 (npm run bench): the time spent inside the in-memory services is added to
 * the kernel's serviceMs (outermost calls only), so the bench can tell the product's own compute
 * from the fakes' work; unset, nothing is timed. Read at module load, hence a child process.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const SCRIPT = `
import { createWorkspace } from './src/offline/workspace/index.ts';
const ws = createWorkspace();
const k = ws.kernel;
const ss = ws.globals.SpreadsheetApp.openById(ws.spreadsheetId);
k.resetCalls();
const sheet = ss.insertSheet('T');
sheet.getRange(1, 1, 200, 20).setValues(Array.from({ length: 200 }, (_, r) => Array.from({ length: 20 }, (_, c) => r * c)));
for (let i = 0; i < 50; i++) sheet.getDataRange().getValues();
console.log(JSON.stringify({ ms: k.serviceMs, calls: k.totalCalls() }));
k.resetCalls();
console.log(JSON.stringify({ ms: k.serviceMs }));
`;

function run(env: Record<string, string>): { ms: number; calls?: number }[] {
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', SCRIPT], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  return out.trim().split('\n').map((l) => JSON.parse(l));
}

describe('service time (AGEN_SERVICE_TIME)', () => {
  it('set: the calls made are timed into serviceMs, and resetCalls starts it again', () => {
    const [timed, reset] = run({ AGEN_SERVICE_TIME: '1' });
    expect(timed.calls).toBeGreaterThan(100);
    expect(timed.ms).toBeGreaterThan(0);
    expect(reset.ms).toBe(0);
  });

  it('unset: nothing is timed', () => {
    const [untimed] = run({ AGEN_SERVICE_TIME: '' });
    expect(untimed.calls).toBeGreaterThan(100);
    expect(untimed.ms).toBe(0);
  });
});
