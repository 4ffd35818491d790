// Builds the bundle once before the tests, with the same build function as `npm run build`, so
// the end-to-end tests run exactly what clasp would push. Each test run builds into its own
// folder (AGEN_PERUBAHAN_DIST, read by the Workspace and the bundle tests), so runs started side
// by side never see each other's half-written dist/. Two projects of one run list this setup
// (product and browser tests): the bundle is built by the first and shared by the second.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../build.mjs';

const BUILT = Symbol.for('agen-perubahan.global-setup.dist');
type Holder = { [BUILT]?: Promise<string> };

export default async function setup(): Promise<() => void> {
  const holder = globalThis as Holder;
  if (holder[BUILT]) {
    process.env.AGEN_PERUBAHAN_DIST = await holder[BUILT];
    return () => {};
  }
  const outdir = mkdtempSync(join(tmpdir(), 'agen-perubahan-dist-'));
  holder[BUILT] = build({ outdir, quiet: true }).then(() => outdir);
  process.env.AGEN_PERUBAHAN_DIST = await holder[BUILT];
  return () => rmSync(outdir, { recursive: true, force: true });
}
