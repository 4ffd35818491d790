/**
 * The public surface: only the functions Apps Script calls (simple triggers, menu items,
 * installable triggers, google.script.run). One line each; build.mjs turns every export into a
 * top-level function of dist/Code.js.
 */
import { buildMenu } from './gas/ui';
import { menuAction } from './app/run';
import { runSetup } from './app/menu-actions';
import { runRosterCheck } from './app/roster-check';

/** Simple trigger: builds the menu (works in AuthMode.LIMITED: UI only). */
export function onOpen(_e?: unknown): void { buildMenu(); }
/** Editor add-on install: same menu. */
export function onInstall(e?: unknown): void { onOpen(e); }

export function menuSiapkanLembarKerja(): void { menuAction('Siapkan Lembar Kerja', runSetup); }
export function menuPeriksaDataPegawai(): void { menuAction('Periksa Data Pegawai', runRosterCheck); }
