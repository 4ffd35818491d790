/**
 * A chunked re-sync (N2) (the Form route reads responses over several executions) while
 * the office deletes and edits responses in the Forms editor between the chunks. Whatever changed
 * between two chunks, the re-sync ends with exactly the Form's responses at the moment it
 * finishes: each once, edits in their latest version, deleted ones gone — as a re-sync that read
 * the final Form in one go. Google does not document the order of getResponses() after an edit,
 * so both plausible orders are tested (the edited response moves to the end, or keeps its place).
 */
import { describe, expect, it } from 'vitest';
import { isDate } from '../../src/core/cells';
import { SHEETS } from '../../src/core/schema';
import type { Workspace, WorkspaceOptions } from '../../src/offline/workspace/index';
import { drainContinuations, preparedWorkspace, sheetValues } from './helpers';
import { ballot, connected, pns } from './nominations-helpers';
import { connectedSurvey, surveyAnswers, SURVEY_UNITS } from './survey-helpers';

/** Each answer read costs a second: a few dozen responses take several executions. */
const SLOW: WorkspaceOptions['costModel'] = { 'FormApp.ItemResponse': 1000, 'FormApp.Item': 1000 };
const DAY = 86_400_000;

type Order = NonNullable<WorkspaceOptions['responseOrder']>;

interface Feature {
  name: string;
  menu: string;
  continuation: string;
  /** Sheets compared, and the column holding the response id (rows compared in id order). */
  sheets: { name: string; idColumn: number | null }[];
  n: number;
  /** A connected workspace with `n` earlier responses in the Form (not yet re-synced). */
  make: (options: WorkspaceOptions) => { ws: Workspace; formId: string };
  /** The i-th response edited by its respondent. */
  edited: (i: number) => Record<string, string | string[]>;
}

const nominations: Feature = {
  name: 'nominations',
  menu: 'menuSinkronkanUlangPenjaringan',
  continuation: 'lanjutkanSinkronisasiPenjaringan',
  sheets: [
    { name: SHEETS.ballots, idColumn: 0 },
    { name: SHEETS.tally, idColumn: null },
  ],
  n: 60,
  make: (options) => {
    const ws = preparedWorkspace(options);
    const formId = connected(ws);
    const at = ws.kernel.now() - 5 * DAY;
    ws.forms.importResponses(
      formId,
      Array.from({ length: 60 }, (_, i) => ({ answers: ballot(pns[i], pns[(i * 7 + 1) % 15].nama, pns[(i * 3 + 2) % 11].nama, pns[30 + (i % 5)].nama), at: at + i * 60_000 })),
    );
    return { ws, formId };
  },
  edited: (i) => ballot(pns[i], pns[40].nama, pns[41].nama),
};

const survey: Feature = {
  name: 'survey',
  menu: 'menuSinkronkanUlangSurvei',
  continuation: 'lanjutkanSinkronSurvei',
  sheets: [
    { name: SHEETS.surveyResults, idColumn: -1 },
    { name: SHEETS.surveySummary, idColumn: null },
  ],
  n: 40,
  make: (options) => {
    const { ws, formId } = connectedSurvey(options);
    const at = ws.kernel.now() - 5 * DAY;
    ws.forms.importResponses(
      formId,
      Array.from({ length: 40 }, (_, i) => ({
        answers: surveyAnswers(SURVEY_UNITS[i % SURVEY_UNITS.length], [1 + (i % 4), 1 + ((i * 3) % 4), 2, 1, 1 + (i % 2)]),
        email: `p${i}@dinkes.go.id`,
        at: at + i * 60_000,
      })),
    );
    return { ws, formId };
  },
  edited: (i) => surveyAnswers(SURVEY_UNITS[i % SURVEY_UNITS.length], [4, 4, 4, 4, 4], 'jawaban diperbarui'),
};

const drain = drainContinuations;

/** The sheets as the team reads them: times left out, rows of a ledger-like sheet in id order. */
function view(ws: Workspace, feature: Feature): Record<string, unknown[][] | null> {
  const clean = (v: unknown) => (isDate(v) ? '(waktu)' : typeof v === 'string' ? v.replace(/^Diperbarui .*? WITA\./, 'Diperbarui (waktu).') : v);
  const out: Record<string, unknown[][] | null> = {};
  for (const { name, idColumn } of feature.sheets) {
    const values = sheetValues(ws, name)?.map((r) => r.map(clean)) ?? null;
    if (!values || idColumn === null) {
      out[name] = values;
      continue;
    }
    const [header, ...rows] = values;
    const col = idColumn >= 0 ? idColumn : header.length + idColumn;
    out[name] = [header, ...rows.sort((a, b) => String(a[col]).localeCompare(String(b[col])))];
  }
  return out;
}

function ids(ws: Workspace, feature: Feature): string[] {
  const values = sheetValues(ws, feature.sheets[0].name) ?? [];
  const col = feature.sheets[0].idColumn ?? 0;
  const at = col >= 0 ? col : (values[0]?.length ?? 0) + col;
  return values.slice(1).map((r) => String(r[at])).filter((s) => s !== '').sort();
}

describe.each([nominations, survey])('$name: a chunked re-sync while responses are deleted and edited in the Forms editor', (feature) => {
  it.each<Order>(['by-timestamp', 'by-submission'])('ends with exactly the Form’s responses (getResponses order: %s)', (order) => {
    const { ws, formId } = feature.make({ costModel: SLOW, responseOrder: order });
    const responseIds = ws.forms.view(formId).responses.map((r) => r.id);
    ws.run(feature.menu);
    expect(ws.kernel.triggers.some((t) => t.handler === feature.continuation), 'the re-sync continues in a later execution').toBe(true);

    // Between the chunks: the owner deletes two responses (one already read, one not yet) and two
    // respondents edit theirs (likewise), as in the Forms editor.
    ws.forms.deleteResponse(formId, responseIds[2]);
    ws.forms.deleteResponse(formId, responseIds[feature.n - 5]);
    ws.forms.editResponse(formId, responseIds[4], feature.edited(4));
    ws.kernel.advance(1000);
    ws.forms.editResponse(formId, responseIds[feature.n - 3], feature.edited(feature.n - 3));
    // …and after the next chunk, once more.
    ws.kernel.advance(61_000);
    ws.kernel.fireDueClockTriggers();
    ws.forms.deleteResponse(formId, responseIds[0]);
    ws.forms.editResponse(formId, responseIds[6], feature.edited(6));
    const runs = 2 + drain(ws, feature.continuation);
    expect(runs).toBeGreaterThanOrEqual(3);
    expect(ws.kernel.failedExecutions).toEqual([]);

    const inForm = ws.forms.view(formId).responses.map((r) => r.id).sort();
    expect(inForm).toHaveLength(feature.n - 3);
    // Each response of the Form once, the deleted ones gone.
    expect(ids(ws, feature)).toEqual(inForm);

    // The same sheets as a re-sync of the final Form in one execution (edits in their latest version).
    const reference = feature.make({ responseOrder: order });
    const refIds = reference.ws.forms.view(reference.formId).responses.map((r) => r.id);
    expect(refIds).toEqual(responseIds);
    reference.ws.forms.deleteResponse(reference.formId, refIds[2]);
    reference.ws.forms.deleteResponse(reference.formId, refIds[feature.n - 5]);
    reference.ws.forms.deleteResponse(reference.formId, refIds[0]);
    for (const i of [4, feature.n - 3, 6]) reference.ws.forms.editResponse(reference.formId, refIds[i], feature.edited(i));
    reference.ws.run(feature.menu);
    expect(drain(reference.ws, feature.continuation)).toBe(0);
    expect(view(ws, feature)).toEqual(view(reference.ws, feature));
  }, 120_000);
});
