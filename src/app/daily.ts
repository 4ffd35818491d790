/**
 * The daily check's trigger (handler `cekHarian`). In a published add-on it is the one clock
 * trigger the add-on may hold, so it also runs the continuations that wait in the document's
 * properties (app/continuations), then turns back to daily once none is left.
 */
import { HANDLERS } from '../core/health';
import { continuesThroughDailyCheck, settleClock, takeDueContinuations } from './continuations';
import { dailyCheck } from './health';
import { continueResync as continueNominationResync, CONTINUE_HANDLER as NOMINATION_CONTINUE } from './nominations/resync';
import { triggerAction } from './run';
import { continueSurveyResync } from './survey/actions';
import { CONTINUE_HANDLER as SURVEY_CONTINUE } from './survey/resync';

/** The continuations the daily check can run, by the handler name a bound script's one-off trigger would call. */
const CONTINUATIONS: Record<string, () => void> = {
  [NOMINATION_CONTINUE]: continueNominationResync,
  [SURVEY_CONTINUE]: continueSurveyResync,
};

export function dailyRun(): void {
  const viaCheck = continuesThroughDailyCheck();
  if (viaCheck) {
    for (const handler of takeDueContinuations()) {
      const run = CONTINUATIONS[handler];
      if (run) run(); // each reports its own errors to Log Kesalahan and schedules itself again if unfinished
    }
  }
  dailyCheck();
  if (viaCheck) triggerAction('Pemeriksaan Harian', () => settleClock());
}

export const DAILY_HANDLER = HANDLERS.dailyCheck;
