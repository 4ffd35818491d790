/** MailApp: the reminder e-mails (only when the team turned them on in Pengaturan). The only place that calls MailApp. */

/** Recipients the running account may still send to today (Google: valid for this execution). */
export function remainingMailQuota(): number {
  return MailApp.getRemainingDailyQuota();
}

/** Sends one plain-text message; '' when sent, else Google's error message (the caller logs it). */
export function sendMail(to: string, subject: string, body: string, name: string): string {
  try {
    MailApp.sendEmail(to, subject, body, { name });
    return '';
  } catch (e) {
    return String((e as Error)?.message ?? e);
  }
}
