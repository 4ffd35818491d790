/** HtmlService: the sidebar and dialogs are HTML files copied next to Code.js by the build. */

/** Shows `<file>.html` as the spreadsheet's sidebar (300 px wide, set by Google). */
export function showSidebar(file: string, title: string): void {
  const html = HtmlService.createHtmlOutputFromFile(file).setTitle(title);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Shows `<file>.html` as a modal dialog over the spreadsheet. */
export function showModalDialog(file: string, title: string, width: number, height: number): void {
  const html = HtmlService.createHtmlOutputFromFile(file).setWidth(width).setHeight(height);
  SpreadsheetApp.getUi().showModalDialog(html, title);
}
