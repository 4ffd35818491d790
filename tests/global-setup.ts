// Builds the bundle once before the tests, with the same build function as `npm run build`, so
// the end-to-end tests run exactly what clasp would push. Each test run builds into its own
// folder (AGEN_PERUBAHAN_DIST, read by the Workspace and the bundle tests), so runs started side
// by side never see each other's half-written dist/.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from '../build.mjs';

export default async function setup(): Promise<() => void> {
  const outdir = mkdtempSync(join(tmpdir(), 'agen-perubahan-dist-'));
  process.env.AGEN_PERUBAHAN_DIST = outdir;
  await build({ outdir, quiet: true });
  return () => rmSync(outdir, { recursive: true, force: true });
}
