/**
 * Reminders without e-mail surprises (M5), through the built bundle: Status & Bantuan lists the agents
 * with no counted report this month (WITA) and the rows Diajukan for more than 14 days (from the
 * product's Tanggal Diajukan); Rencana Tindak › Kirim Pengingat Email mails them only when
 * Pengaturan › Kirim Pengingat Email is Ya, after checking MailApp's quota, logging every message
 * in Log Pengingat and never sending the same reminder twice a day.
 */
import { describe, expect, it } from 'vitest';
import { witaToMs } from '../../src/core/dates';
import type { StatusReminders as Reminders } from '../../src/app/reminders';
import type { Workspace } from '../../src/offline/workspace/index';
import { lastDialog, sheetValues } from './helpers';
import { setSetting } from './assessment-helpers';
import { cycle } from './reminders-helpers';
import { agents, decide, entryRow, HEAD, label, plan, planCol, report, ROWS } from './reports-helpers';

const DAY = 86_400_000;
const A = label(agents[0].nama, ROWS[0]);

const reminders = (ws: Workspace) => ws.run<{ reminders: Reminders | null; problems: string[] }>('statusLoad').reminders!;

const log = (ws: Workspace) => {
  const v = sheetValues(ws, 'Log Pengingat') ?? [];
  const h = (v[0] ?? []).map(String);
  return v.slice(1).map((r) => Object.fromEntries(h.map((k, i) => [k, r[i]])));
};

describe('Tanggal Diajukan (the product’s column)', () => {
  it('records when a row became Diajukan, keeps it while it waits and after the decision', () => {
    const t0 = witaToMs(2027, 3, 1, 9);
    const ws = cycle(t0);
    const row = entryRow(ws, agents[1].nama, 2);
    const col = planCol(ws, 'Tanggal Diajukan');
    const at = () => plan(ws)[row - 1][col] as Date;
    expect(plan(ws)[row - 1][planCol(ws, 'Status')]).toBe('Diajukan');
    const first = at().getTime();
    // The moment of the run (the simulated clock moves with each call).
    expect(first - t0).toBeGreaterThanOrEqual(0);
    expect(first - t0).toBeLessThan(60_000);
    ws.kernel.setNow(t0 + 3 * DAY);
    ws.run('menuAjukanRencanaTindak');
    expect(at().getTime()).toBe(first);
    decide(ws, row, 'Disetujui', '05/03/2027');
    ws.kernel.setNow(t0 + 5 * DAY);
    ws.run('menuSiapkanRencanaTindak');
    expect(plan(ws)[row - 1][planCol(ws, 'Status')]).toBe('Disetujui');
    expect(at().getTime()).toBe(first);
    // Changed by its agent after the decision: Diajukan again, from the day of that run.
    ws.kernel.setNow(t0 + 9 * DAY);
    ws.sheets.userWrite(ws.spreadsheetId, 'Rencana Tindak', row, 5, [[24]]);
    ws.run('menuSiapkanRencanaTindak');
    expect(plan(ws)[row - 1][planCol(ws, 'Status')]).toBe('Diajukan');
    expect(at().getTime() - (t0 + 9 * DAY)).toBeLessThan(60_000);
    // The rows approved in November keep their own date.
    expect((plan(ws)[entryRow(ws, agents[0].nama, 1) - 1][col] as Date).getTime()).toBeLessThan(t0);
  });
});

describe('Status & Bantuan lists the reminders', () => {
  it('agents with no counted report this month, with their roster e-mail; rows Diajukan for more than 14 days', () => {
    const t0 = witaToMs(2027, 3, 1, 9);
    const ws = cycle(t0);
    ws.kernel.setNow(t0 + 14 * DAY);
    let r = reminders(ws);
    expect(r.month).toBe('Maret 2027');
    expect(r.reportsDue).toBe(true);
    expect(r.noReport.map((a) => a.name)).toEqual([agents[0].nama, agents[1].nama]);
    expect(r.noReport[0].email).toBe(agents[0].email);
    // 14 days is not more than 14.
    expect(r.pending).toEqual([]);
    ws.kernel.setNow(t0 + 15 * DAY);
    report(ws, { activity: A, realisation: '4' });
    r = reminders(ws);
    expect(r.noReport.map((a) => a.name)).toEqual([agents[1].nama]);
    expect(r.pending).toHaveLength(1);
    expect(r.pending[0].text).toContain(`${agents[1].nama}, baris ${entryRow(ws, agents[1].nama, 2)} (No 2): Rapat koordinasi bulanan`);
    expect(r.pending[0].text).toContain('15 hari');
    expect(r.emailOn).toBe(false);
    expect(r.note).toContain('Tidak ada email yang dikirim');
  });

  it('a report that was not counted, or for another month, does not count as this month’s', () => {
    const ws = cycle();
    report(ws, { activity: A, realisation: 'lima puluh' });
    report(ws, { activity: A, realisation: '3', period: 'Februari 2027' });
    expect(reminders(ws).noReport.map((a) => a.name)).toContain(agents[0].nama);
  });

  it('outside the term of duty no report is due', () => {
    const ws = cycle();
    ws.kernel.setNow(witaToMs(2028, 2, 1, 9));
    const r = reminders(ws);
    expect(r.reportsDue).toBe(false);
    expect(r.noReport).toEqual([]);
  });
});

describe('Kirim Pengingat Email', () => {
  it('off (the default): nothing is sent, nothing logged, and the dialog says where to turn it on', () => {
    const ws = cycle();
    ws.kernel.setNow(witaToMs(2027, 3, 20, 9));
    ws.kernel.resetCalls();
    ws.run('menuKirimPengingatEmail');
    expect(ws.mail.sent).toEqual([]);
    expect(ws.kernel.calls()['MailApp.getRemainingDailyQuota']).toBeUndefined();
    expect(sheetValues(ws, 'Log Pengingat')).toBeNull();
    expect(lastDialog(ws)!.content).toContain('Pengingat email tidak aktif');
    expect(lastDialog(ws)!.content).toContain('Kirim Pengingat Email');
  });

  it('on: checks the quota first, sends each reminder (the agent’s to the agent, the waiting plans to the head) and logs each', () => {
    const ws = cycle();
    setSetting(ws, 'Kirim Pengingat Email', 'Ya');
    ws.kernel.setNow(witaToMs(2027, 3, 20, 9));
    report(ws, { activity: A, realisation: '4' });
    ws.kernel.resetCalls();
    ws.run('menuKirimPengingatEmail');
    expect(ws.kernel.failedExecutions).toEqual([]);
    expect(ws.kernel.calls()['MailApp.getRemainingDailyQuota']).toBe(1);
    expect(ws.kernel.calls()['MailApp.sendEmail']).toBe(2);
    const sent = ws.mail.sent;
    expect(sent.map((m) => m.to)).toEqual([[agents[1].email], [HEAD]]);
    expect(sent[0].subject).toBe('Pengingat: laporan rencana tindak Maret 2027');
    expect(sent[0].body).toContain(`Yth. ${agents[1].nama}`);
    // The activities the agent can report on: the approved ones.
    expect(sent[0].body).toContain(`No 1: ${ROWS[1][4]}`);
    expect(sent[0].body).not.toContain('Rapat koordinasi bulanan');
    expect(sent[0].body).toMatch(/https:\/\/docs\.google\.com\/forms\/d\/e\/.+\/viewform/);
    expect(sent[1].subject).toBe('Pengingat: 1 rencana tindak menunggu keputusan');
    expect(sent[1].body).toContain('Keputusan Pimpinan');
    expect(sent.every((m) => m.from === 'tim.rb@dinkes.nttprov.go.id')).toBe(true);
    const rows = log(ws);
    expect(rows.map((r) => [r.Kepada, r.Hasil])).toEqual([
      [agents[1].email, 'Terkirim'],
      [HEAD, 'Terkirim'],
    ]);
    expect(rows[0]['Dikirim oleh']).toBe('tim.rb@dinkes.nttprov.go.id');
    expect(rows[0].Waktu).toBeInstanceOf(Date);
    expect(String(rows[0].Pengingat)).toContain(agents[1].nama);
    expect(lastDialog(ws)!.content).toContain('2 email pengingat terkirim');
    expect(reminders(ws).emailOn).toBe(true);
  });

  it('twice in one day: sent once; the next day again', () => {
    const ws = cycle();
    setSetting(ws, 'Kirim Pengingat Email', 'Ya');
    ws.kernel.setNow(witaToMs(2027, 3, 20, 9));
    ws.run('menuKirimPengingatEmail');
    const first = ws.mail.sent.length;
    expect(first).toBe(3);
    ws.kernel.setNow(witaToMs(2027, 3, 20, 16));
    ws.run('menuKirimPengingatEmail');
    expect(ws.mail.sent).toHaveLength(first);
    expect(lastDialog(ws)!.content).toContain('sudah terkirim hari ini');
    expect(log(ws)).toHaveLength(first);
    ws.kernel.setNow(witaToMs(2027, 3, 21, 9));
    ws.run('menuKirimPengingatEmail');
    expect(ws.mail.sent).toHaveLength(2 * first);
  });

  it('a quota smaller than the messages to send: refused in Indonesian, nothing sent, nothing logged', () => {
    const ws = cycle();
    setSetting(ws, 'Kirim Pengingat Email', 'Ya');
    ws.kernel.setNow(witaToMs(2027, 3, 20, 9));
    ws.mail.setRemainingQuota(2);
    ws.run('menuKirimPengingatEmail');
    expect(ws.mail.sent).toEqual([]);
    const d = lastDialog(ws)!;
    expect(d.content).toContain('Kuota email harian Google untuk akun ini tinggal 2 penerima, padahal ada 3 pengingat');
    expect(d.content).toContain('Tidak ada email yang dikirim');
    expect(log(ws).filter((r) => r.Hasil === 'Terkirim')).toEqual([]);
  });

  it('an agent without an e-mail in Pegawai is listed and logged, not mailed; the others are', () => {
    const ws = cycle();
    setSetting(ws, 'Kirim Pengingat Email', 'Ya');
    const roster = sheetValues(ws, 'Pegawai')!;
    const i = roster.findIndex((r) => String(r[0]) === agents[1].nip);
    ws.sheets.userWrite(ws.spreadsheetId, 'Pegawai', i + 1, roster[0].indexOf('Email') + 1, [['']]);
    ws.kernel.setNow(witaToMs(2027, 3, 20, 9));
    ws.run('menuKirimPengingatEmail');
    expect(ws.mail.sent.map((m) => m.to[0])).toEqual([agents[0].email, HEAD]);
    expect(lastDialog(ws)!.content).toContain(`${agents[1].nama} (kolom Email di lembar Pegawai kosong)`);
    expect(log(ws).find((r) => r.Kepada === '')?.Hasil).toBe('Tidak dikirim: tidak ada email');
    expect(reminders(ws).noReport.find((a) => a.name === agents[1].nama)?.email).toBe('');
  });

  it('an address Google refuses is logged as failed with Google’s words; the rest still go out', () => {
    const ws = cycle();
    setSetting(ws, 'Kirim Pengingat Email', 'Ya');
    const roster = sheetValues(ws, 'Pegawai')!;
    const i = roster.findIndex((r) => String(r[0]) === agents[0].nip);
    ws.sheets.userWrite(ws.spreadsheetId, 'Pegawai', i + 1, roster[0].indexOf('Email') + 1, [['agen satu@dinkes']]);
    ws.kernel.setNow(witaToMs(2027, 3, 20, 9));
    ws.run('menuKirimPengingatEmail');
    expect(ws.mail.sent.map((m) => m.to[0])).toEqual([agents[1].email, HEAD]);
    expect(log(ws).find((r) => r.Kepada === 'agen satu@dinkes')?.Hasil).toBe('Gagal: Invalid email: agen satu@dinkes');
    expect(lastDialog(ws)!.content).toContain('Gagal dikirim');
  });
});
