/**
 * The in-memory Google Workspace: the one entry that tests, the demo, the benchmark and the CLI
 * import. `createWorkspace` assembles every fake service over one Kernel (call counts, faults,
 * executions); the per-service factories and error texts are here for the tests of the fake itself.
 *
 * Folders by Google service: sheets/ (SpreadsheetApp), ui/ (its Ui), forms/ (FormApp), docs/
 * (DocumentApp), drive/ (DriveApp), script/ (ScriptApp), html/ (HtmlService), lock/
 * (LockService), properties/ (PropertiesService), session/ (Session, Utilities, Logger, console),
 * kernel/ (what they share; kernel/fake.ts is how every fake object is built and checked against
 * Google's types). contracts.ts holds the back doors' types (what a test or the CLI reads and
 * does as a user would, outside Apps Script). Everything outside this folder imports from here.
 * How to imitate a member Google has and the fakes do not: README, "Adding a member to the
 * in-memory Workspace".
 */
export { BOUND_SPREADSHEET_NAME, createWorkspace, type Workspace, type WorkspaceOptions } from './workspace';
export type * from './contracts';
export {
  DEFAULT_COST_MODEL,
  EXECUTION_LIMIT_MS,
  Kernel,
  MimeTypes,
  SIMPLE_TRIGGER_LIMIT_MS,
  UI_FROM_TRIGGER_ERROR,
  type CostModel,
  type ExecutionKind,
  type Runner,
} from './kernel/kernel';
export { enumMemberOf, enumValue, googleEnum, imitatedClasses, imitates, notImitatedError, type EnumValue } from './kernel/fake';
export { CLASS_MEMBERS, ENUM_MEMBERS } from './kernel/apps-script-api';
export { createSpreadsheetApp } from './sheets/spreadsheet-app';
export { MAX_CELL_CHARS } from './sheets/cells';
export { a1, displayValue, generalNumber, parseA1, parseInput } from './sheets/values';
export { createFormApp } from './forms/form-app';
export { FORM_NOT_FOUND_ERROR, NO_DESTINATION_ERROR } from './forms/model';
export { createDocumentApp } from './docs/document-app';
export { createDocsAdvanced, docsServiceEnabled } from './docs/advanced';
export { createSheetsAdvanced, quoteSheetName, SHEETS_API_QUOTA, sheetsQuotaError, sheetsServiceEnabled, type PendingWrites } from './sheets/advanced';
export { createDriveApp, NOT_FOUND_ERROR } from './drive/drive-app';
export { ADDON_OTHER_FILE_ERROR, AuthMode, createScriptApp, TOO_MANY_TRIGGERS_ERROR } from './script/script-app';
export { createHtmlService, htmlState } from './html/html-service';
export { createLockService, LOCK_TIMEOUT_ERROR } from './lock/lock-service';
export { CONSUMER_MAIL_QUOTA, createMailApp, invalidEmailError, MAIL_NO_RECIPIENT_ERROR, MAIL_QUOTA_ERROR, type MailBackdoor, type SentMail } from './mail/mail-app';
export { createPropertiesService, emptyStores, STORE_FULL_ERROR, VALUE_TOO_LARGE_ERROR } from './properties/properties-service';
export { createConsole, createLogger, createSession, createUtilities, formatDate } from './session/session';
