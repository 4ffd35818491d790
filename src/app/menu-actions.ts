/** Menu actions that are a use case plus its dialog. */
import { alert } from '../gas/ui';
import { setupMessage, setupWorkbook } from './setup';

export function runSetup(): void {
  const result = setupWorkbook();
  alert('Siapkan Lembar Kerja', setupMessage(result));
}
