/**
 * A response that must wait for the lock (another run holds it) is kept for the next run even
 * when it is large: a very long answer must not make the waiting copy exceed the 9 KB a property
 * value may hold, or the response is lost until someone re-syncs.
 */
import { describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/core/schema';
import { sheetValues } from '../e2e/helpers';
import { ballot, connected, ledgerRows, pns } from '../e2e/nominations-helpers';
import { preparedWorkspace } from '../e2e/helpers';
import { connectedSurvey, results, surveyAnswers, SURVEY_UNITS } from '../e2e/survey-helpers';

const LONG = 'Saran panjang. '.repeat(1500); // 22,500 characters

function errors(ws: ReturnType<typeof preparedWorkspace>): string[] {
  return (sheetValues(ws, SHEETS.errors) ?? []).slice(1).map((r) => String(r[2]));
}

describe('a large response that waits for the lock', () => {
  it('survey: kept, and written by the next submission', () => {
    const { ws, formId } = connectedSurvey();
    ws.kernel.holdScriptLock(ws.kernel.now() + 10 * 60_000);
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[0], [1, 2, 2, 1, 1], LONG), { email: 'a@dinkes.go.id' });
    expect(errors(ws).join('\n')).toMatch(/Proses lain sedang/);
    ws.kernel.advance(11 * 60_000);
    ws.forms.submit(formId, surveyAnswers(SURVEY_UNITS[1], [1, 1, 1, 1, 1]), { email: 'b@dinkes.go.id' });
    expect(results(ws).map((r) => r['Responden'])).toEqual(expect.arrayContaining(['a@dinkes.go.id', 'b@dinkes.go.id']));
  });

  it('nominations: kept, and recorded by the next submission', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    ws.kernel.holdScriptLock(ws.kernel.now() + 10 * 60_000);
    const long = ballot(pns[0], pns[5].nama);
    long['Alasan mengusulkan calon'] = LONG;
    ws.forms.submit(formId, long);
    expect(errors(ws).join('\n')).toMatch(/Proses lain sedang/);
    ws.kernel.advance(11 * 60_000);
    ws.forms.submit(formId, ballot(pns[1], pns[5].nama));
    expect(ledgerRows(ws)).toHaveLength(2);
  });
});
