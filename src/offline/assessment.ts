/**
 * The team's assessment and the head's choice from the settings JSON, typed into `Penilaian`
 * after "Siapkan Penilaian" laid it out.
 */
import type { OfflineSettings } from './input';
import type { Workspace } from './workspace/workspace';

export function fillAssessment(
  _ws: Workspace,
  _settings: OfflineSettings,
  _file: string,
  _click: (caption: RegExp) => unknown,
): void {
  throw new Error('Penilaian offline belum tersedia.');
}
