/** SpreadsheetApp.getUi(): menus and dialogs. Only for menu and sidebar executions. */
import { isSubMenu, MENU, type MenuEntry } from '../core/menu';

type Ui = GoogleAppsScript.Base.Ui;

/**
 * Builds the menu under Extensions. Google: "If you intend to publish the add-on, always use
 * Ui.createAddonMenu to define the add-on menu" (developers.google.com/workspace/add-ons/concepts/menus);
 * a bound script's submenu takes the script project's name. Uses only the Ui, so it works in
 * every AuthMode, NONE included.
 */
export function buildMenu(entries: MenuEntry[] = MENU): void {
  const ui = SpreadsheetApp.getUi();
  const menu = ui.createAddonMenu();
  for (const entry of entries) {
    if (entry === 'separator') menu.addSeparator();
    else if (isSubMenu(entry)) {
      const sub = ui.createMenu(entry.caption);
      for (const item of entry.items) sub.addItem(item.caption, item.fn);
      menu.addSubMenu(sub);
    } else menu.addItem(entry.caption, entry.fn);
  }
  menu.addToUi();
}

export function alert(title: string, message: string): void {
  const ui: Ui = SpreadsheetApp.getUi();
  ui.alert(title, message, ui.ButtonSet.OK);
}

/** Asks a yes/no question; true for YES. */
export function confirm(title: string, message: string): boolean {
  const ui: Ui = SpreadsheetApp.getUi();
  return ui.alert(title, message, ui.ButtonSet.YES_NO) === ui.Button.YES;
}

/** Asks for a line of text (OK / Cancel); the text typed, or null when the user cancelled or closed the dialog. */
export function promptText(title: string, message: string): string | null {
  const ui: Ui = SpreadsheetApp.getUi();
  const r = ui.prompt(title, message, ui.ButtonSet.OK_CANCEL);
  return r.getSelectedButton() === ui.Button.OK ? r.getResponseText() : null;
}
