import { describe, expect, it } from 'vitest';
import { Kernel } from '../../../src/offline/workspace/index';
import { createConsole, createLogger, createSession, createUtilities, formatDate } from '../../../src/offline/workspace/index';

const AT = Date.parse('2026-11-27T17:05:09.042Z'); // Saturday 01:05 WITA

describe('Utilities.formatDate', () => {
  it.each([
    ['Asia/Makassar', 'yyyy-MM-dd HH:mm:ss', '2026-11-28 01:05:09'],
    ['Asia/Jakarta', 'yyyy-MM-dd HH:mm', '2026-11-28 00:05'],
    ['UTC', 'dd/MM/yy h:mm a', '27/11/26 5:05 PM'],
    ['Asia/Makassar', 'EEEE, d MMMM yyyy', 'Saturday, 28 November 2026'],
    ['Asia/Makassar', 'EEE d MMM', 'Sat 28 Nov'],
    ['Asia/Makassar', "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", '2026-11-28T01:05:09.042+08:00'],
    ['GMT+8', 'Z', '+0800'],
    ['Asia/Makassar', "'jam' H", 'jam 1'],
  ])('%s %s', (tz, pattern, expected) => {
    expect(formatDate(AT, tz, pattern)).toBe(expected);
  });
});

describe('Session, Utilities, Logger, console', () => {
  it('gives the user, WITA time zone and locale; an empty e-mail in a simple trigger', () => {
    const kernel = new Kernel({ user: 'tim@x.id' });
    const Session = createSession(kernel);
    expect(Session.getActiveUser().getEmail()).toBe('tim@x.id');
    expect(Session.getScriptTimeZone()).toBe('Asia/Makassar');
    expect(Session.getActiveUserLocale()).toBe('id');
    const exec = kernel.beginExecution('simple-trigger');
    expect(Session.getActiveUser().getEmail()).toBe('');
    kernel.endExecution(exec);
  });

  it('sleep advances the simulated clock; getUuid is unique; newBlob round-trips text', () => {
    const kernel = new Kernel({ costModel: { Utilities: 0 } });
    const Utilities = createUtilities(kernel);
    const t0 = kernel.now();
    Utilities.sleep(1500);
    expect(kernel.now() - t0).toBe(1500);
    expect(Utilities.getUuid()).not.toBe(Utilities.getUuid());
    const blob = Utilities.newBlob('Surat Keputusan', 'text/plain', 'sk.txt');
    expect([blob.getDataAsString(), blob.getContentType(), blob.getName()]).toEqual(['Surat Keputusan', 'text/plain', 'sk.txt']);
  });

  it('Logger.log and console.* record lines', () => {
    const kernel = new Kernel();
    const logs: string[] = [];
    createLogger(kernel, logs).log('ada %s baris dari %s', 3, 'Form');
    const c = createConsole(kernel, logs);
    c.log('a', { b: 1 });
    c.error('rusak');
    expect(logs).toEqual(['ada 3 baris dari Form', 'a {"b":1}', 'ERROR: rusak']);
  });
});
