/** The Penjaringan menu items: a use case plus its dialogs. */
import { alert, confirm } from '../../gas/ui';
import { connectNominationForm } from './connect';
import { resyncMessage, resyncNominations } from './resync';

export function runConnectNominations(): void {
  let result = connectNominationForm(false);
  if (result.needsConfirmation) {
    if (!confirm('Hubungkan Formulir Penjaringan', result.needsConfirmation)) {
      alert('Hubungkan Formulir Penjaringan', 'Formulir tidak dihubungkan; tidak ada yang diubah.');
      return;
    }
    result = connectNominationForm(true);
  }
  alert('Hubungkan Formulir Penjaringan', result.message);
}

export function runResyncNominations(): void {
  const started = Date.now();
  alert('Sinkronkan Ulang Penjaringan', resyncMessage(resyncNominations(started, true)));
}
