/** "Siapkan Rencana Tindak" on its own (without Buat Draf SK first), through the built bundle. */
import { describe, expect, it } from 'vitest';
import { lastDialog, preparedWorkspace, sheetValues } from './helpers';
import { choose, eligible, scoredWorkspace } from './assessment-helpers';

const five = eligible.slice(0, 5);
const titles = (v: unknown[][]) => v.filter((r) => String(r[0]).startsWith('Agen Perubahan:')).map((r) => String(r[0]));

describe('Siapkan Rencana Tindak', () => {
  it('makes one block per agent ticked Ditetapkan, with the role, and says who is in it', () => {
    const ws = preparedWorkspace();
    scoredWorkspace(ws, five);
    choose(ws, five[3], 'Mediator');
    choose(ws, five[1], 'Katalis');
    ws.run('menuSiapkanRencanaTindak');
    const d = lastDialog(ws)!;
    expect(d.title).toBe('Siapkan Rencana Tindak');
    expect(d.content).toContain('2 agen');
    expect(d.content).toContain(five[1].nama);
    expect(d.content).toContain(five[3].nama);
    const t = titles(sheetValues(ws, 'Rencana Tindak')!);
    expect(t).toHaveLength(2);
    expect(t.find((x) => x.includes(five[1].nama))).toContain('Katalis');
    expect(t.find((x) => x.includes(five[3].nama))).toContain('Mediator');
    // Nobody else: the unticked candidates get no block.
    for (const p of [five[0], five[2], five[4]]) expect(t.some((x) => x.includes(p.nama))).toBe(false);
  });

  it('with nobody ticked Ditetapkan it says what to tick, and makes no sheet', () => {
    const ws = preparedWorkspace();
    scoredWorkspace(ws, five);
    ws.run('menuSiapkanRencanaTindak');
    const d = lastDialog(ws)!;
    expect(d.title).toBe('Agen Perubahan — ada masalah');
    expect(d.content).toContain('Ditetapkan');
    expect(d.content).toContain('Penilaian');
    expect(sheetValues(ws, 'Rencana Tindak')).toBeNull();
  });

  it('a second run after an agent was added keeps what the first agent typed', () => {
    const ws = preparedWorkspace();
    scoredWorkspace(ws, five);
    choose(ws, five[0], 'Katalis');
    ws.run('menuSiapkanRencanaTindak');
    const v = sheetValues(ws, 'Rencana Tindak')!;
    const entry = v.findIndex((r) => String(r[0]).includes(five[0].nama)) + 2;
    ws.sheets.userWrite(ws.spreadsheetId, 'Rencana Tindak', entry, 3, [['Antrean layanan lebih cepat']]);
    choose(ws, five[2], 'Penghubung');
    ws.run('menuSiapkanRencanaTindak');
    const after = sheetValues(ws, 'Rencana Tindak')!;
    expect(titles(after)).toHaveLength(2);
    const row = after.findIndex((r) => String(r[0]).includes(five[0].nama)) + 2;
    expect(after[row - 1][2]).toBe('Antrean layanan lebih cepat');
  });
});
