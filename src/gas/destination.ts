/** Pointing a Form's responses at the bound spreadsheet (the add-on route; the team confirms first). */

/** Sets the Form's response destination to this spreadsheet (Google adds a response tab). */
export function pointFormAtThisSpreadsheet(form: GoogleAppsScript.Forms.Form): void {
  form.setDestination(FormApp.DestinationType.SPREADSHEET, SpreadsheetApp.getActive().getId());
}
