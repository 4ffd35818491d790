/** The survey's menu items, sidebar call and continuation trigger, each one use case plus its dialog. */
import { busyError } from '../../core/errors';
import { alert } from '../../gas/ui';
import { menuAction, menuActionAsking, triggerAction } from '../run';
import { continuationDelay, scheduleContinuation } from '../continuations';
import { withScriptLock } from '../../gas/lock';
import { connectSurvey, type SurveyConnectResult } from './connect';
import { CONTINUE_HANDLER, rebuildLocked, rebuildSurvey, resyncMessage, RESYNC_PROCESS } from './resync';

export type SurveyConnectResultData = SurveyConnectResult;

export const CONNECT_TITLE = 'Hubungkan Formulir Survei';

/** Menu Survei › Hubungkan Formulir Survei. */
export function menuConnectSurvey(): void {
  menuActionAsking(CONNECT_TITLE, connectSurvey, 'Dibatalkan. Formulir survei belum terhubung; tidak ada yang diubah.');
}

/** google.script.run from the sidebar: the same use case as plain data (errors reach the failure handler). */
export function connectSurveyForSidebar(confirmed: boolean): SurveyConnectResult {
  return connectSurvey(confirmed === true);
}

/** Menu Survei › Sinkronkan Ulang Survei. */
export function menuResyncSurvey(): void {
  menuAction(RESYNC_PROCESS, () => alert(RESYNC_PROCESS, resyncMessage(rebuildLocked(true))));
}

/** One-off clock trigger: continues a rebuild that ran out of time. */
export function continueSurveyResync(): void {
  triggerAction(RESYNC_PROCESS, () => {
    const out = withScriptLock(30 * 1000, () => rebuildSurvey(false));
    if (!out.ran) {
      scheduleContinuation(CONTINUE_HANDLER, 60 * 1000);
      throw busyError('berjalan, jadi Sinkronkan Ulang Survei belum bisa dilanjutkan.', `Tidak perlu melakukan apa pun: sinkronisasi dicoba lagi otomatis dalam ${continuationDelay()}.`);
    }
  });
}
