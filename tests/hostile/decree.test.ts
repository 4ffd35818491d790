/**
 * The corpus's decree values (`$&`, `$1`, `\`, `{{…}}`, regex characters, emoji, markup) typed
 * into Pegawai and Pengaturan, through "Buat Draf SK" of the built bundle: each comes out in the
 * Doc exactly as typed (D2), whether replaceText reads its replacement the Java way or literally
 * (the fake's switch; Google documents neither). (The team's own formulas typed into a sheet are the team's: values
 * starting with "=" are covered by the asText tests.)
 */
import { describe, expect, it } from 'vitest';
import { choose, eligible, idOf, roster, scoredWorkspace, setSetting, documentLog } from '../e2e/assessment-helpers';
import { lastDialog, preparedWorkspace } from '../e2e/helpers';
import { DECREE_VALUES } from './corpus';

const five = eligible.slice(0, 5);
const typed = DECREE_VALUES.filter((v) => !v.startsWith('='));
const NAMA = 2;
const JABATAN = 3;

describe('decree values through Buat Draf SK', () => {
  const groups: string[][] = [];
  for (let i = 0; i < typed.length; i += 3) groups.push(typed.slice(i, i + 3));

  const modes = ['java', 'literal'] as const;
  it.each(modes.flatMap((mode) => groups.map((g) => [`${g.map((v) => JSON.stringify(v)).join(' · ')} (replaceText ${mode})`, g, mode] as const)))('%s', (_label, values, mode) => {
    // Under either reading of replaceText's replacement (Google documents none), the same Doc.
    const ws = preparedWorkspace({ docsReplacement: mode });
    scoredWorkspace(ws, five);
    const agents = five.slice(0, 3);
    const roles = ['Katalis', 'Penggerak Perubahan', 'Mediator'];
    agents.forEach((a, k) => choose(ws, a, roles[k]));
    ws.run('menuBuatTemplateSK');
    agents.forEach((a, k) => {
      const row = roster.findIndex((e) => e.nip === a.nip) + 2;
      const v = values[k % values.length];
      ws.sheets.userWrite(ws.spreadsheetId, 'Pegawai', row, NAMA, [[`${a.nama.split(',')[0]} ${v}`]]);
      ws.sheets.userWrite(ws.spreadsheetId, 'Pegawai', row, JABATAN, [[`Staf ${v}`]]);
    });
    setSetting(ws, 'Nama Kepala Dinas', `dr. ${values[0]}`);
    ws.run('menuBuatDrafSK');
    expect(lastDialog(ws)?.content).toContain('Draf SK dibuat');
    const draft = documentLog(ws).filter((r) => r.name.startsWith('Draf SK')).pop()!;
    const id = idOf(draft.url);
    const text = ws.docs.text(id);
    const all = `${text.header}\n${text.body}\n${text.footer}`;
    const table = ws.docs.elements(id).filter((e) => e.type === 'TABLE').pop()!;
    // A cell's paragraphs are lines ("name" then "NIP …" in the agents' table).
    const cells = table.rows!.flat().flatMap((c) => c.split('\n'));
    agents.forEach((a, k) => {
      const v = values[k % values.length];
      expect(cells, `name ${JSON.stringify(v)}`).toContain(`${a.nama.split(',')[0]} ${v}`);
      expect(cells, `jabatan ${JSON.stringify(v)}`).toContain(`Staf ${v}`);
    });
    expect(all).toContain(`dr. ${values[0]}`);
    expect(ws.kernel.failedExecutions).toEqual([]);
  });
});
