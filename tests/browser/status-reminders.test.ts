/**
 * Status & Bantuan's Pengingat section in a real browser over the real server functions: the
 * agents without a report this month (with or without an e-mail), the plans waiting for a
 * decision more than 14 days, and whether e-mail is on.
 */
import { describe, expect, it } from 'vitest';
import { witaToMs } from '../../src/core/dates';
import { setSetting } from '../e2e/assessment-helpers';
import { preparedWorkspace } from '../e2e/helpers';
import { cycle } from '../e2e/reminders-helpers';
import { agents } from '../e2e/reports-helpers';
import { browserForFile, lastShown } from './harness';

const serve = browserForFile();

describe('Status & Bantuan › Pengingat (browser)', () => {
  it('lists the agents without a report this month and the plans waiting more than 14 days; says no e-mail is sent while off', async () => {
    const ws = cycle();
    ws.kernel.setNow(witaToMs(2027, 3, 20, 9));
    ws.run('menuStatusBantuan');
    const p = await serve(ws, lastShown(ws, 'modal').content, { width: 680, height: 600 });
    await p.page.locator('#reminders-reports li').first().waitFor();
    const reports = await p.page.locator('#reminders-reports li').allTextContents();
    expect(reports).toEqual([`${agents[0].nama} — ${agents[0].email}`, `${agents[1].nama} — ${agents[1].email}`]);
    expect(await p.page.locator('#reminders').textContent()).toContain('Agen yang belum melapor untuk Maret 2027 (2)');
    const pending = await p.page.locator('#reminders-pending li').allTextContents();
    expect(pending).toHaveLength(1);
    expect(pending[0]).toContain('Rapat koordinasi bulanan — diajukan 01/03/2027, 19 hari');
    expect(await p.page.locator('#reminders-note').textContent()).toContain('Tidak ada email yang dikirim');
    expect(p.pageErrors).toEqual([]);
    await p.page.context().close();
  });

  it('with e-mail on it says how to send; before Rencana Tindak exists it says there is nothing yet', async () => {
    const ws = cycle();
    setSetting(ws, 'Kirim Pengingat Email', 'Ya');
    ws.kernel.setNow(witaToMs(2027, 3, 20, 9));
    ws.run('menuStatusBantuan');
    let p = await serve(ws, lastShown(ws, 'modal').content, { width: 680, height: 600 });
    await p.page.locator('#reminders-note').waitFor();
    expect(await p.page.locator('#reminders-note').textContent()).toContain('Rencana Tindak › Kirim Pengingat Email');
    await p.page.context().close();

    const fresh = preparedWorkspace();
    fresh.run('menuStatusBantuan');
    p = await serve(fresh, lastShown(fresh, 'modal').content, { width: 680, height: 600 });
    await p.page.locator('#reminders p').waitFor();
    expect(await p.page.locator('#reminders').textContent()).toContain('Belum ada lembar Rencana Tindak');
    expect(p.pageErrors).toEqual([]);
    await p.page.context().close();
  });
});
