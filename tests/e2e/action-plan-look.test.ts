/**
 * Rencana Tindak looks the same whatever calls lay it out (target 5 cut the first draft's calls,
 * not its look): the sheet's recorded state in the in-memory Workspace — values, column widths,
 * notes, validations (ranges, lists, allowInvalid, help texts), the head's-columns protection and
 * its editors, fonts, backgrounds, wraps, number formats, frozen rows — after the first draft, after
 * Siapkan Rencana Tindak with one more agent, and after Ajukan Rencana Tindak, equals the state
 * recorded from the layout as it was before (fixtures/rencana-tindak-look.json, made with the layout of 54b1832 by
 * running this file with UPDATE_LOOK=1; a deliberate change of the look re-makes it that way).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preparedWorkspace } from './helpers';
import { choose, eligible, decreeReady } from './assessment-helpers';

const FIXTURE = join(__dirname, 'fixtures', 'rencana-tindak-look.json');

function looks(): Record<string, unknown> {
  const five = eligible.slice(0, 5);
  const ws = preparedWorkspace();
  decreeReady(ws);
  ws.kernel.advance(60_000);
  const look = () => ws.sheets.snapshot(ws.spreadsheetId, 'Rencana Tindak');
  ws.run('menuBuatDrafSK');
  const firstDraft = look();
  ws.kernel.advance(60_000);
  choose(ws, five[3], 'Katalis');
  ws.run('menuSiapkanRencanaTindak');
  const oneMore = look();
  ws.kernel.advance(60_000);
  ws.run('menuAjukanRencanaTindak');
  const submitted = look();
  return { firstDraft, oneMore, submitted };
}

describe('Rencana Tindak: the same look, whatever calls lay it out', () => {
  it('after the first draft, one more agent, and Ajukan: as recorded before the calls were cut', () => {
    const now = looks();
    if (process.env.UPDATE_LOOK === '1') writeFileSync(FIXTURE, `${JSON.stringify(now, null, 1)}\n`);
    const recorded = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;
    // Through JSON both sides: the fixture holds what JSON can (dates as text).
    expect(JSON.parse(JSON.stringify(now))).toEqual(recorded);
    // Not vacuous: the head's columns are protected, both dropdowns and all 16 widths are there.
    const first = recorded.firstDraft as { protections: unknown[]; validations: unknown[]; columnWidths: Record<string, number> };
    expect(first.protections).toHaveLength(1);
    expect(first.validations).toHaveLength(2);
    expect(Object.keys(first.columnWidths)).toHaveLength(16);
  });
});
