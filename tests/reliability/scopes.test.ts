/**
 * Permissions: the manifest's OAuth scopes are exactly what the built bundle uses.
 * The bundle (dist/Code.js, built by the global setup) is read as text and every Apps Script
 * service method it calls is mapped to the scope Google's reference lists for it; the manifest
 * must hold each of those scopes (or the call fails for the team) and nothing more (every extra
 * scope is a broader permission the team is asked to grant for nothing). The README must give a
 * reason for every scope.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../dist';

const ROOT = join(__dirname, '../..');
const bundle = readFileSync(join(distDir(), 'Code.js'), 'utf8');
const manifest = JSON.parse(readFileSync(join(ROOT, 'appsscript.json'), 'utf8')) as { oauthScopes: string[] };
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const AUTH = 'https://www.googleapis.com/auth/';

/** A method call pattern in the bundle and the scope it needs (null: needs none). */
interface Rule {
  pattern: RegExp;
  scope: string | null;
  why: string;
}

/**
 * From the Apps Script reference ("Authorization" section of each method). Enum accesses
 * (ScriptApp.EventType, FormApp.DestinationType, MimeType) need no scope.
 */
const RULES: Rule[] = [
  { pattern: /SpreadsheetApp\.(?:openById|openByUrl|open|create)\s*\(/, scope: 'spreadsheets', why: 'opens or creates another spreadsheet' },
  { pattern: /SpreadsheetApp\.(?:getActive|getActiveSpreadsheet|getActiveSheet|getActiveRange|flush)\s*\(/, scope: 'spreadsheets.currentonly', why: 'the bound spreadsheet' },
  { pattern: /SpreadsheetApp\.getUi\s*\(|DocumentApp\.getUi\s*\(|HtmlService\.create\w*\s*\(/, scope: 'script.container.ui', why: 'menus, dialogs, sidebars' },
  { pattern: /FormApp\.(?:openById|openByUrl|create|getActiveForm)\s*\(/, scope: 'forms', why: 'the Forms' },
  { pattern: /DocumentApp\.(?:openById|openByUrl|create)\s*\(/, scope: 'documents', why: 'the decree and minutes' },
  { pattern: /DriveApp\.\w+\s*\(/, scope: 'drive', why: 'copies the template, folders' },
  // The Sheets API's spreadsheets.values methods accept drive, drive.file or spreadsheets (and
  // their readonly variants for reads), never the Apps Script-only spreadsheets.currentonly.
  { pattern: /\.Spreadsheets\.Values\.(?:batchGet|get|batchUpdate|update)\s*\(/, scope: 'drive', why: 'the Sheets API (several sheets read in one request)' },
  { pattern: /ScriptApp\.(?:newTrigger|getProjectTriggers|getUserTriggers|deleteTrigger)\s*\(/, scope: 'script.scriptapp', why: 'installable triggers' },
  { pattern: /Session\.(?:getActiveUser|getEffectiveUser)\s*\(/, scope: 'userinfo.email', why: "the user's e-mail (protections, trigger owner, decree log)" },
  { pattern: /UrlFetchApp\./, scope: 'script.external_request', why: 'outside web requests' },
  { pattern: /MailApp\.(?:sendEmail|getRemainingDailyQuota)\s*\(/, scope: 'script.send_mail', why: 'the opt-in reminder e-mails' },
  { pattern: /GmailApp\./, scope: 'mail.google.com', why: "the user's Gmail (never needed: MailApp only sends)" },
  { pattern: /(?:CalendarApp|ContactsApp|Maps)\./, scope: 'other', why: 'services the product never needs' },
];

function scopesUsed(code: string): Map<string, string[]> {
  const used = new Map<string, string[]>();
  for (const rule of RULES) {
    const g = new RegExp(rule.pattern.source, 'g');
    const hits = code.match(g);
    if (!hits || rule.scope === null) continue;
    used.set(rule.scope, [...(used.get(rule.scope) ?? []), ...new Set(hits.map((h) => h.replace(/\s*\($/, '')))]);
  }
  // Editing the bound spreadsheet's sheets is covered by currentonly; the broader scope adds nothing.
  if (used.has('spreadsheets')) used.delete('spreadsheets.currentonly');
  return used;
}

const declared = manifest.oauthScopes.map((s) => s.replace(AUTH, ''));

const used = scopesUsed(bundle);

describe('OAuth scopes (appsscript.json)', () => {

  it('the bundle never uses a service the product has no reason for (no web requests, no Gmail)', () => {
    for (const forbidden of ['script.external_request', 'mail.google.com', 'other', 'spreadsheets']) {
      expect(used.get(forbidden) ?? [], forbidden).toEqual([]);
    }
  });

  it('declares every scope the bundle needs', () => {
    const missing = [...used.keys()].filter((s) => !declared.includes(s)).map((s) => `${s} (${used.get(s)!.join(', ')})`);
    expect(missing).toEqual([]);
  });

  it('declares no scope the bundle does not use', () => {
    const unused = declared.filter((s) => !used.has(s));
    expect(unused).toEqual([]);
  });

  it('the README gives a reason for every declared scope', () => {
    const section = readme.slice(readme.indexOf('## OAuth scopes'));
    for (const s of declared) expect(section, s).toMatch(new RegExp('\\| `' + s.replace(/\./g, '\\.') + '` \\|[^\\n]{10,}'));
  });

  it('the scope map itself can fail: a bundle with UrlFetchApp or openById is caught', () => {
    const worse = scopesUsed(`${bundle}\nUrlFetchApp.fetch("x"); SpreadsheetApp.openById("y");`);
    expect(worse.get('script.external_request')).toEqual(['UrlFetchApp.']);
    expect(worse.get('spreadsheets')).toEqual(['SpreadsheetApp.openById']);
  });
});

describe('e-mail: MailApp only, and only in gas/mail', () => {
  it('the bundle calls exactly MailApp.getRemainingDailyQuota and MailApp.sendEmail (send_mail scope), never GmailApp', () => {
    expect(used.get('script.send_mail')?.sort()).toEqual(['MailApp.getRemainingDailyQuota', 'MailApp.sendEmail']);
    expect(bundle).not.toMatch(/GmailApp/);
  });
});

describe('Uji Kesiapan checks the manifest\'s scopes', () => {
  it('core/scopes MANIFEST_SCOPES is exactly the manifest\'s oauthScopes', async () => {
    const { MANIFEST_SCOPES } = await import('../../src/core/scopes');
    expect([...MANIFEST_SCOPES]).toEqual(manifest.oauthScopes);
  });
});
