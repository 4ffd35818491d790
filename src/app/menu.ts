/**
 * The menu "Agen Perubahan" under Extensions, by authorisation mode. In
 * AuthMode.NONE (an add-on installed for the user, not yet used in this spreadsheet) onOpen may
 * use nothing that needs authorisation, so it lists only the starter items; running one of them
 * (in FULL) enables the add-on here and puts the whole menu up at once, as Google's own onInstall
 * advice does ("onInstall is just used to call onOpen; this ensures that the add-on menus appear
 * immediately after install", developers.google.com/workspace/add-ons/concepts/editor-triggers).
 */
import { menuFor, modeOf } from '../core/menu';
import { installation } from '../gas/triggers';
import { buildMenu } from '../gas/ui';

/** Simple trigger onOpen(e): the menu for e.authMode. */
export function openMenu(e: unknown): void {
  buildMenu(menuFor(modeOf(e)));
}

/** onInstall(e) runs in AuthMode.FULL: the whole menu, and nothing else. */
export function installMenu(): void {
  buildMenu(menuFor('FULL'));
}

/**
 * Called first by the starter items: where the add-on may have shown the starter menu (a
 * published add-on), the whole menu replaces it. A bound script always had the whole menu.
 */
export function showWholeMenu(): void {
  if (installation() !== 'bound') buildMenu(menuFor('FULL'));
}
