/**
 * The Pengaturan sidebar on a 1366 × 768 laptop. Google Sheets gives an add-on
 * sidebar 300 px of width; on that screen, under the browser's and Sheets' own bars, about
 * 460 px of height remain for it (LAPTOP_SIDEBAR). The sections fold; every field of every
 * section is reached from the keyboard alone; the result of Simpan appears next to the button,
 * in view without scrolling; the form buttons are named per Form for screen readers; borders and
 * the focus ring stand out at 3:1 or more against the page.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SIDEBAR_GROUPS } from '../../src/core/settings-form';
import { SETTINGS } from '../../src/core/settings';
import type { Workspace } from '../../src/offline/workspace/index';
import { preparedWorkspace, sheetValues } from '../e2e/helpers';
import { browserForFile, LAPTOP_SIDEBAR, lastShown, type ServedPage } from './harness';

const serve = browserForFile();

const labelOf = (key: string) => SETTINGS.find((d) => d.key === key)!.label;

async function openSidebar(ws: Workspace): Promise<ServedPage> {
  ws.run('menuPengaturan');
  return serve(ws, lastShown(ws, 'sidebar').content, LAPTOP_SIDEBAR);
}

const activeId = async (page: Page): Promise<string> => String(await page.evaluate("(document.activeElement && document.activeElement.id) || ''"));

/**
 * The element's box lies inside the viewport (no scrolling needed to see it) and, unless it is
 * part of the bar of Simpan at the bottom, above that bar (not hidden under it).
 */
async function inView(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).boundingBox();
  const bar = await page.locator('.actions').boundingBox();
  const inBar = Boolean(await page.evaluate(`Boolean(document.querySelector(${JSON.stringify(selector)}).closest('.actions'))`));
  const clearOfBar = inBar || bar === null || (box !== null && box.y + box.height <= bar.y + 1);
  return box !== null && clearOfBar && box.height > 0 && box.y >= 0 && box.y + box.height <= LAPTOP_SIDEBAR.height && box.x >= 0 && box.x + box.width <= LAPTOP_SIDEBAR.width;
}

/** WCAG contrast ratio of two CSS colours ("rgb(r, g, b)"). */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

describe('Pengaturan sidebar on a 1366 × 768 laptop (browser)', () => {
  it('folds into its five sections, the first open, each saying how much of it is filled', async () => {
    const ws = preparedWorkspace();
    const p = await openSidebar(ws);
    const titles = await p.page.locator('details.group > summary .group-title').allTextContents();
    expect(titles).toEqual(SIDEBAR_GROUPS.map((g) => g.title));
    expect(await p.page.evaluate("Array.from(document.querySelectorAll('details.group')).map((d) => d.open)")).toEqual([true, false, false, false, false]);
    expect(await p.page.locator('#gs-1').textContent()).toMatch(/^\d+ dari 9 terisi$/);
    // Folded, the whole sidebar fits the laptop's height: Simpan is on screen.
    expect(await inView(p.page, '#save')).toBe(true);
    expect(p.pageErrors).toEqual([]);
    await p.page.context().close();
  });

  it('every field of every section is reached with the keyboard alone (Tab, and Enter on a closed section)', async () => {
    const ws = preparedWorkspace();
    const p = await openSidebar(ws);
    const wanted = SIDEBAR_GROUPS.flatMap((g) => g.keys).map((k) => `f-${k}`);
    const reached: string[] = [];
    await p.page.evaluate('document.activeElement && document.activeElement.blur()');
    for (let i = 0; i < 120 && !reached.includes('save'); i++) {
      await p.page.keyboard.press('Tab');
      const id = await activeId(p.page);
      if (/^s-\d+$/.test(id) && !(await p.page.evaluate(`document.getElementById('${id}').parentElement.open`))) {
        await p.page.keyboard.press('Enter'); // opens the section; Tab then goes into it
      }
      if (id.startsWith('f-')) {
        expect(await inView(p.page, `#${id}`), `${id} scrolled into view when focused`).toBe(true);
      }
      reached.push(id);
    }
    expect(reached.filter((id) => id.startsWith('f-'))).toEqual(wanted);
    expect(reached).toContain('save');
    await p.page.context().close();
  });

  it('shows the result of Simpan next to the button, in view without scrolling, wherever the team was', async () => {
    const ws = preparedWorkspace();
    const p = await openSidebar(ws);
    await p.page.locator('#s-2').click(); // Surat Keputusan, far down
    await p.page.getByLabel(labelOf('periodeSelesai'), { exact: true }).fill('31/12/2027');
    await p.page.getByLabel(labelOf('periodeSelesai'), { exact: true }).scrollIntoViewIfNeeded();
    const scrolled = await p.page.evaluate('window.scrollY');
    expect(scrolled).toBeGreaterThan(0);
    // Clicked where it is on the screen, as a hand does (a locator click would scroll to it first).
    const button = (await p.page.locator('#save').boundingBox())!;
    await p.page.mouse.click(button.x + button.width / 2, button.y + button.height / 2);
    await p.idle();
    expect(await p.page.locator('#status').textContent()).toContain('Tersimpan di lembar Pengaturan');
    expect(await inView(p.page, '#status')).toBe(true);
    expect(await inView(p.page, '#save')).toBe(true);
    // Next to Simpan: directly under the buttons, in the bar that stays at the bottom.
    const [save, status] = await Promise.all(['#save', '#status'].map((s) => p.page.locator(s).boundingBox()));
    expect(status!.y - (save!.y + save!.height)).toBeLessThan(16);
    expect(await p.page.evaluate('window.scrollY')).toBe(scrolled);
    expect(String(sheetValues(ws, 'Pengaturan')!.find((r) => r[0] === labelOf('periodeSelesai'))![1])).toBe('31 Desember 2027');
    await p.page.context().close();
  });

  it('a refused value in a folded section opens that section, marks it, focuses the field, and says why in view', async () => {
    const ws = preparedWorkspace();
    const p = await openSidebar(ws);
    await p.page.locator('#s-4').click();
    await p.page.getByLabel(labelOf('shortlistSize'), { exact: true }).fill('0');
    await p.page.locator('#s-4').click(); // folded again before saving
    await p.page.getByRole('button', { name: 'Simpan' }).click();
    await p.idle();
    expect(await p.page.evaluate("document.getElementById('g-4').open")).toBe(true);
    expect(await p.page.locator('#gs-4').textContent()).toBe('perlu diperbaiki');
    expect(await activeId(p.page)).toBe('f-shortlistSize');
    expect(await inView(p.page, '#f-shortlistSize')).toBe(true);
    expect(await p.page.locator('#status').textContent()).toContain('Belum disimpan');
    expect(await inView(p.page, '#status')).toBe(true);
    await p.page.context().close();
  });

  it('names each Form\'s buttons with the Form for screen readers (the visible word stays in the name)', async () => {
    const ws = preparedWorkspace();
    const p = await openSidebar(ws);
    for (const [verb, id] of [
      ['Periksa formulir', 'check'],
      ['Hubungkan formulir', 'connect'],
    ]) {
      expect(await p.page.getByRole('button', { name: `${verb} penjaringan`, exact: true }).getAttribute('id')).toBe(`${id}-nomination`);
      expect(await p.page.getByRole('button', { name: `${verb} survei`, exact: true }).getAttribute('id')).toBe(`${id}-survey`);
      expect(await p.page.locator(`#${id}-survey`).textContent()).toBe(verb);
    }
    await p.page.context().close();
  });

  it('draws borders and the focus ring at 3:1 or more against the page', async () => {
    const ws = preparedWorkspace();
    const p = await openSidebar(ws);
    const page = p.page;
    for (const i of [1, 2, 3, 4]) await page.locator(`#s-${i}`).click();
    const bodyBg = String(await page.evaluate('getComputedStyle(document.body).backgroundColor'));
    // Every field, section, Form button and the Simpan bar on the page, with its border colour.
    const borders = (await page.evaluate(`Array.from(document.querySelectorAll('input, textarea, details.group, button.secondary, .actions'))
      .filter((el) => el.getBoundingClientRect().height > 0)
      .map((el) => {
        const s = getComputedStyle(el);
        const top = el.classList.contains('actions');
        return [el.id || el.className, top ? s.borderTopColor : s.borderLeftColor, top ? s.borderTopWidth : s.borderLeftWidth];
      })`)) as [string, string, string][];
    expect(borders.length).toBeGreaterThan(25);
    const weak = borders.filter(([, colour, width]) => width !== '0px' && contrast(colour, bodyBg) < 3).map(([sel, colour]) => `${sel}: ${colour}`);
    expect(weak).toEqual([]);
    for (const sel of ['#f-nominationFormUrl', '#f-assessors', '#check-survey', '#save', '#s-1']) {
      await page.locator(sel).focus();
      const ring = (await page.evaluate(`(() => {
        const s = getComputedStyle(document.querySelector('${sel}'));
        return { colour: s.outlineColor, width: parseFloat(s.outlineWidth), style: s.outlineStyle };
      })()`)) as { colour: string; width: number; style: string };
      expect(ring.style, sel).toBe('solid');
      expect(ring.width, sel).toBeGreaterThanOrEqual(2);
      expect(contrast(ring.colour, bodyBg), `${sel} focus ring ${ring.colour}`).toBeGreaterThanOrEqual(3);
    }
    await page.context().close();
  });
});
