/** The Penjaringan menu items, each one use case plus its dialogs, run through menuAction (as the survey's). */
import { alert } from '../../gas/ui';
import { menuAction, menuActionAsking } from '../run';
import { runUpdateFormChoices } from './choices';
import { connectNominationForm } from './connect';
import { resyncMessage, resyncNominations } from './resync';

export const CONNECT_TITLE = 'Hubungkan Formulir Penjaringan';
export const RESYNC_TITLE = 'Sinkronkan Ulang Penjaringan';
export const CHOICES_TITLE = 'Perbarui Pilihan Nama di Formulir';

/** Menu Penjaringan › Hubungkan Formulir Penjaringan. */
export function menuConnectNominations(): void {
  menuActionAsking(CONNECT_TITLE, connectNominationForm, 'Formulir tidak dihubungkan; tidak ada yang diubah.');
}

/** Menu Penjaringan › Sinkronkan Ulang Penjaringan. */
export function menuResyncNominations(): void {
  menuAction(RESYNC_TITLE, () => {
    const started = Date.now();
    alert(RESYNC_TITLE, resyncMessage(resyncNominations(started, true)));
  });
}

/** Menu Penjaringan › Perbarui Pilihan Nama di Formulir. */
export function menuUpdateFormChoices(): void {
  menuAction(CHOICES_TITLE, runUpdateFormChoices);
}
