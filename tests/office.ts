/**
 * LibreOffice for the rendering tests: several files converted by ONE start of `soffice`
 * (`soffice --convert-to pdf a.docx b.docx …`), each start costing a second or two of CPU. Each
 * call has a profile folder of its own under `outdir`, so conversions running side by side in two
 * workers never share a profile (LibreOffice hands a second start on one profile to the first).
 *
 * LibreOffice is required (`.ci/run` installs libreoffice-writer-nogui and libreoffice-calc-nogui):
 * without it the tests that call this fail rather than skip.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';

let found: string | undefined;

/** The path of `soffice` (or `libreoffice`); throws when neither is installed. */
export function office(): string {
  if (found) return found;
  for (const name of ['soffice', 'libreoffice']) {
    try {
      const path = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (path) return (found = path);
    } catch {
      // not under this name
    }
  }
  throw new Error('LibreOffice (soffice) is not installed: install libreoffice-writer-nogui and libreoffice-calc-nogui (see .ci/run).');
}

/**
 * Converts every file of `files` to `to` (a LibreOffice filter: 'pdf', 'fods', 'txt:Text', 'html')
 * into `outdir`, in one start of LibreOffice; returns the converted files' paths, in order. Throws
 * when one of them was not written.
 */
export function convertWithOffice(files: readonly string[], to: string, outdir: string): string[] {
  execFileSync(office(), ['--headless', `-env:UserInstallation=file://${join(outdir, 'profile')}`, '--convert-to', to, '--outdir', outdir, ...files], { stdio: 'pipe', timeout: 240_000 });
  const ext = to.split(':')[0];
  const out = files.map((f) => join(outdir, `${basename(f).replace(/\.[^.]+$/, '')}.${ext}`));
  const missing = out.filter((f) => !existsSync(f));
  if (missing.length) throw new Error(`LibreOffice wrote no ${missing.join(', ')}`);
  return out;
}
