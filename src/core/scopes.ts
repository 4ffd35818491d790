/**
 * The OAuth scopes the product asks for (appsscript.json "oauthScopes", each justified in the
 * README); Uji Kesiapan checks that the user granted every one. tests/reliability/scopes.test.ts
 * keeps this list equal to the manifest's.
 */
export const MANIFEST_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/forms',
  'https://www.googleapis.com/auth/documents',
  'https://www.googleapis.com/auth/drive',
  'https://www.googleapis.com/auth/script.scriptapp',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/script.send_mail',
  'https://www.googleapis.com/auth/userinfo.email',
] as const;
