import { join } from 'node:path';

/** The folder the global setup built the bundle into. */
export function distDir(): string {
  return process.env.AGEN_PERUBAHAN_DIST ?? join(__dirname, '../dist');
}
