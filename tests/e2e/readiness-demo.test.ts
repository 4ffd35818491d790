/**
 * Uji Kesiapan as `npm run demo` shows it (src/offline/demo/settings runDemoReadiness, called by
 * the demo's main): every check's outcome is a line of its own — ✔ OK, or ✘ TIDAK OK followed by
 * what to do — and the same outcomes are what the sheet Uji Kesiapan records.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_LABELS } from '../../src/core/readiness';
import { SHEETS } from '../../src/core/schema';
import { runDemoReadiness } from '../../src/offline/demo/settings';
import { createSurveyForm } from '../../src/offline/demo/survey';
import type { Workspace, WorkspaceOptions } from '../../src/offline/workspace/index';
import { preparedWorkspace, sheetValues } from './helpers';
import { ballot, nominationForm, pns, setSetting } from './nominations-helpers';

const LABELS = Object.values(CHECK_LABELS);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The demo's spreadsheet in short: both Forms connected, a ballot in; then Uji Kesiapan as the demo prints it. */
function demoReadiness(options: WorkspaceOptions = {}): { ws: Workspace; text: string } {
  const ws = preparedWorkspace(options);
  const nomination = nominationForm(ws);
  createSurveyForm(ws);
  setSetting(ws, 'URL Formulir Penjaringan', ws.forms.view(nomination).editUrl);
  if (options.addOn) ws.ui.answerNext('YES', 'YES');
  ws.run('menuHubungkanFormulirPenjaringan');
  ws.run('menuHubungkanFormulirSurvei');
  ws.forms.submit(nomination, ballot(pns[0], pns[1].nama));
  const lines: string[] = [];
  runDemoReadiness(ws, (l) => lines.push(l));
  return { ws, text: lines.join('\n') };
}

/** Label → 'OK' | 'TIDAK OK' as the printed dialog says it. */
function printed(text: string): Record<string, string> {
  return Object.fromEntries(
    LABELS.map((label) => {
      const m = new RegExp(`^(✔|✘) ${escape(label)}: (OK|TIDAK OK) — .+$`, 'm').exec(text);
      return [label, m ? `${m[1]} ${m[2]}` : 'missing'];
    }),
  );
}

function recorded(ws: Workspace): Record<string, string> {
  const rows = (sheetValues(ws, SHEETS.readiness) ?? []).slice(1).filter((r) => String(r[1]) === 'OK' || String(r[1]) === 'TIDAK OK');
  return Object.fromEntries(rows.map((r) => [String(r[0]), `${String(r[1]) === 'OK' ? '✔' : '✘'} ${String(r[1])}`]));
}

describe('Uji Kesiapan in the demo', () => {
  it('a bound script as the demo deploys it: each of the 11 checks printed ✔ OK, as recorded in the sheet', () => {
    const { ws, text } = demoReadiness();
    expect(text).toMatch(/^\[Uji Kesiapan\]\nSemua 12 pemeriksaan OK\./);
    expect(printed(text)).toEqual(Object.fromEntries(LABELS.map((l) => [l, '✔ OK'])));
    expect(recorded(ws)).toEqual(printed(text));
    expect(text).toContain('Hasil ini juga dicatat di lembar Uji Kesiapan.');
  });

  it('a published add-on whose response tab turned NIP answers into numbers: that check printed ✘ TIDAK OK with what to do, the others ✔ OK', () => {
    const { ws, text } = demoReadiness({ addOn: true, formAnswers: 'parsed' });
    const nip = CHECK_LABELS.nipColumns;
    expect(printed(text)).toEqual(Object.fromEntries(LABELS.map((l) => [l, l === nip ? '✘ TIDAK OK' : '✔ OK'])));
    expect(text).toMatch(new RegExp(`^✘ ${escape(nip)}: TIDAK OK — .+\\n   Yang perlu dilakukan: .*Format › Angka › Teks biasa`, 'm'));
    expect(text).toMatch(/^11 dari 12 pemeriksaan OK; 1 perlu tindakan\./m);
    expect(recorded(ws)).toEqual(printed(text));
  });
});
