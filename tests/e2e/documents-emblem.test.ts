/**
 * The kop's emblem (D1): an image named in Pengaturan ("Logo Kop") goes left of the
 * kop in the default template and the berita acara, scaled to its column; without one the kop is
 * the lines alone; a setting that names no readable image is refused before anything is made.
 */
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../src/offline/workspace/index';
import { demoEmblem } from '../../src/offline/demo/emblem';
import { EMBLEM_WIDTH } from '../../src/core/decree/layout';
import { lastDialog, preparedWorkspace } from './helpers';
import { documentLog, eligible, idOf, scoredWorkspace, setSetting, settingValue } from './assessment-helpers';

const five = eligible.slice(0, 5);

function withEmblem(): { ws: Workspace; emblem: string } {
  const ws = preparedWorkspace();
  scoredWorkspace(ws, five);
  const emblem = ws.drive.createFile('Lambang NTT.png', 'image/png', demoEmblem());
  setSetting(ws, 'Logo Kop (ID Gambar)', `https://drive.google.com/file/d/${emblem}/view`);
  return { ws, emblem };
}

/** The first table of the Doc's body and the images in its first cell. */
function kopOf(ws: Workspace, id: string) {
  const body = ws.docs.tree(id).body;
  const table = body.find((b) => b.type === 'TABLE');
  const first = table && table.type === 'TABLE' ? table.rows[0].cells[0].blocks : [];
  const images = first.flatMap((b) => (b.type === 'TABLE' ? [] : b.children.filter((c) => c.type === 'INLINE_IMAGE')));
  return { body, table, images };
}

describe('the emblem in the kop', () => {
  it('the default template: the emblem scaled to its column, the kop lines beside it, a rule under, no borders', () => {
    const { ws } = withEmblem();
    ws.run('menuBuatTemplateSK');
    const id = settingValue(ws, 'ID Template SK');
    const { body, table, images } = kopOf(ws, id);
    expect(images).toHaveLength(1);
    const image = images[0] as { width: number; height: number; mimeType: string };
    expect(image.mimeType).toBe('image/png');
    expect(image.width).toBe(EMBLEM_WIDTH - 10);
    expect(image.height).toBeCloseTo(((EMBLEM_WIDTH - 10) * 140) / 120, 1);
    expect(table && table.type === 'TABLE' && table.borderWidth).toBe(0);
    expect(table && table.type === 'TABLE' && table.columnWidths[0]).toBe(EMBLEM_WIDTH);
    const kopText = ws.docs.text(id).body.split('\n').slice(0, 6).join('\n');
    expect(kopText).toContain('PEMERINTAH PROVINSI NUSA TENGGARA TIMUR');
    // The rule follows the kop table.
    const next = body[body.indexOf(table!) + 1];
    expect(next.type === 'PARAGRAPH' && next.children.some((c) => c.type === 'HORIZONTAL_RULE')).toBe(true);
  });

  it('the berita acara and a draft from that template carry it too; the data tables still repeat their header rows', () => {
    const { ws } = withEmblem();
    ws.run('menuBuatBeritaAcara');
    const ba = idOf(documentLog(ws).pop()!.url);
    expect(kopOf(ws, ba).images).toHaveLength(1);
    const pinned = ws.docs.tree(ba).body.filter((b) => b.type === 'TABLE' && b.pinnedHeaderRows === 1);
    expect(pinned.length).toBe(3);
  });

  it('without one the kop is its lines alone', () => {
    const ws = preparedWorkspace();
    scoredWorkspace(ws, five);
    ws.run('menuBuatTemplateSK');
    const id = settingValue(ws, 'ID Template SK');
    expect(ws.docs.text(id).body.indexOf('PEMERINTAH PROVINSI NUSA TENGGARA TIMUR')).toBe(0);
    expect(kopOf(ws, id).images).toHaveLength(0);
  });

  it.each([
    ['a file that is not an image', (ws: Workspace) => ws.drive.createFile('catatan.pdf', 'application/pdf', Buffer.from('%PDF-1.4')), 'bukan gambar PNG, JPG atau GIF'],
    ['an image in the bin', (ws: Workspace) => {
      const id = ws.drive.createFile('logo.png', 'image/png', demoEmblem());
      ws.drive.trash(id);
      return id;
    }, 'ada di Sampah'],
    ['a deleted image', (ws: Workspace) => {
      const id = ws.drive.createFile('logo.png', 'image/png', demoEmblem());
      ws.drive.remove(id);
      return id;
    }, 'tidak ditemukan'],
  ])('%s is refused, naming the Pengaturan row, and nothing is made', (_what, make, says) => {
    const ws = preparedWorkspace();
    scoredWorkspace(ws, five);
    setSetting(ws, 'Logo Kop (ID Gambar)', make(ws));
    const files = ws.kernel.files.size;
    ws.run('menuBuatTemplateSK');
    const msg = lastDialog(ws)?.content ?? '';
    expect(msg).toContain(says);
    expect(msg).toMatch(/"Logo Kop \(ID Gambar\)" \(baris \d+ lembar Pengaturan\)/);
    expect(settingValue(ws, 'ID Template SK')).toBe('');
    expect(ws.kernel.files.size).toBe(files);
  });
});
