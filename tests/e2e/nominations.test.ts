import { describe, expect, it } from 'vitest';
import { lastDialog, preparedWorkspace, sheetValues } from './helpers';
import { ballot, bare, connected, errorRows, ledgerRows, pns, settingValue, summaryValue, tallyRows, votesOf } from './nominations-helpers';

describe('Penjaringan: connect → submissions', () => {
  it('connects, writes the mapping to Pengaturan and counts each submission', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    expect(lastDialog(ws)?.content).toContain('terhubung');
    expect(settingValue(ws, 'Pertanyaan Calon')).toBe('Usulan calon agen perubahan 1\nUsulan calon agen perubahan 2\nUsulan calon agen perubahan 3');
    expect(settingValue(ws, 'Pertanyaan NIP Pengusul')).toBe('NIP Anda');

    const [a, b, c, d] = pns;
    ws.forms.submit(formId, ballot(a, b.nama, bare(c), d.nip));
    ws.forms.submit(formId, ballot(b, bare(c)));
    expect(errorRows(ws)).toEqual([]);
    expect(votesOf(ws, c)).toBe(2);
    expect(votesOf(ws, b)).toBe(1);
    expect(votesOf(ws, d)).toBe(1);
    expect(summaryValue(ws, 'Dihitung')).toBe(2);
    expect(ledgerRows(ws).map((r) => r.status)).toEqual(['dihitung', 'dihitung']);
    console.log(JSON.stringify(sheetValues(ws, 'Rekap Penjaringan')?.slice(0, 12), null, 0));
    console.log(JSON.stringify(ledgerRows(ws), null, 0));
    console.log(tallyRows(ws));
  });
});
