/** Session: who runs the script. The only place that calls Session. */

/** The account the script runs as (the trigger's owner inside a trigger). */
export function effectiveUser(): GoogleAppsScript.Base.User {
  return Session.getEffectiveUser();
}

/** E-mail of the account the script runs as (the trigger's owner inside a trigger), or ''. */
export function effectiveUserEmail(): string {
  try {
    return Session.getEffectiveUser().getEmail() || '';
  } catch {
    return '';
  }
}

/** E-mail of the person running the menu ('' when Google does not tell). */
export function activeUserEmail(): string {
  try {
    return Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail() || '';
  } catch {
    return '';
  }
}

/** The script's time zone (appsscript.json "timeZone"). */
export function scriptTimeZone(): string {
  return Session.getScriptTimeZone();
}
