/**
 * MailApp of the in-memory Workspace, as Google documents it: the four sendEmail overloads, the
 * quota counted in recipients (to, cc, bcc) and reset 24 hours after the first request, Google's
 * errors (quota, invalid address, no recipient), and no sending without authorisation.
 */
import { describe, expect, it } from 'vitest';
import { CONSUMER_MAIL_QUOTA, createMailApp, invalidEmailError, Kernel, MAIL_NO_RECIPIENT_ERROR, MAIL_QUOTA_ERROR } from '../../../src/offline/workspace/index';

function setup(dailyQuota?: number) {
  const kernel = new Kernel({ costModel: { MailApp: 0 } });
  const { MailApp, backdoor } = createMailApp(kernel, { dailyQuota });
  const exec = kernel.beginExecution('editor');
  return { kernel, MailApp, backdoor, exec };
}

describe('MailApp', () => {
  it('sends with each of the four overloads and records what was sent, by whom', () => {
    const { MailApp, backdoor, kernel } = setup();
    MailApp.sendEmail('a@x.id', 'S1', 'B1');
    MailApp.sendEmail('b@x.id', 'S2', 'B2', { name: 'Agen Perubahan', cc: 'c@x.id', bcc: 'd@x.id, e@x.id' });
    MailApp.sendEmail('f@x.id', 'reply@x.id', 'S3', 'B3');
    MailApp.sendEmail({ to: 'g@x.id,h@x.id', subject: 'S4', body: 'B4', htmlBody: '<b>B4</b>' });
    expect(backdoor.sent.map((m) => [m.to, m.cc, m.bcc, m.replyTo, m.subject, m.body, m.name])).toEqual([
      [['a@x.id'], [], [], '', 'S1', 'B1', ''],
      [['b@x.id'], ['c@x.id'], ['d@x.id', 'e@x.id'], '', 'S2', 'B2', 'Agen Perubahan'],
      [['f@x.id'], [], [], 'reply@x.id', 'S3', 'B3', ''],
      [['g@x.id', 'h@x.id'], [], [], '', 'S4', 'B4', ''],
    ]);
    expect(backdoor.sent[0].from).toBe(kernel.user);
    expect(kernel.calls()['MailApp.sendEmail']).toBe(4);
  });

  it('the quota counts recipients; past it Google’s words, nothing sent; it resets 24 hours after the first request', () => {
    const { MailApp, backdoor, kernel, exec } = setup(3);
    expect(MailApp.getRemainingDailyQuota()).toBe(3);
    MailApp.sendEmail('a@x.id', 'S', 'B', { cc: 'b@x.id' });
    expect(MailApp.getRemainingDailyQuota()).toBe(1);
    expect(() => MailApp.sendEmail('c@x.id,d@x.id', 'S', 'B')).toThrow(MAIL_QUOTA_ERROR);
    expect(MAIL_QUOTA_ERROR).toBe('Service invoked too many times for one day: email.');
    expect(backdoor.sent).toHaveLength(1);
    kernel.endExecution(exec);
    kernel.advance(24 * 3600 * 1000 - 60_000);
    kernel.beginExecution('editor');
    expect(MailApp.getRemainingDailyQuota()).toBe(1);
    kernel.advance(60_000);
    expect(MailApp.getRemainingDailyQuota()).toBe(3);
  });

  it('a consumer account gets 100 recipients a day by default; a test can set what is left', () => {
    const { MailApp, backdoor } = setup();
    expect(MailApp.getRemainingDailyQuota()).toBe(CONSUMER_MAIL_QUOTA);
    expect(CONSUMER_MAIL_QUOTA).toBe(100);
    backdoor.setRemainingQuota(0);
    expect(() => MailApp.sendEmail('a@x.id', 'S', 'B')).toThrow(MAIL_QUOTA_ERROR);
  });

  it('an invalid address or no recipient throws, sends nothing and uses no quota', () => {
    const { MailApp, backdoor } = setup(5);
    expect(() => MailApp.sendEmail('agen satu@x', 'S', 'B')).toThrow(invalidEmailError('agen satu@x'));
    expect(() => MailApp.sendEmail('a@x.id', 'S', 'B', { cc: 'nope' })).toThrow('Invalid email: nope');
    expect(() => MailApp.sendEmail('', 'S', 'B')).toThrow(MAIL_NO_RECIPIENT_ERROR);
    expect(backdoor.sent).toEqual([]);
    expect(MailApp.getRemainingDailyQuota()).toBe(5);
  });

  it('needs authorisation: refused in a simple trigger (AuthMode.LIMITED)', () => {
    const kernel = new Kernel();
    const { MailApp, backdoor } = createMailApp(kernel);
    kernel.beginExecution('simple-trigger');
    expect(() => MailApp.sendEmail('a@x.id', 'S', 'B')).toThrow(/You do not have permission to call MailApp\.sendEmail.*script\.send_mail/);
    expect(() => MailApp.getRemainingDailyQuota()).toThrow(/script\.send_mail/);
    expect(backdoor.sent).toEqual([]);
  });
});
