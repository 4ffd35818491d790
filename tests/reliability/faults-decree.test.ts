/**
 * Faults while drafting the decree ("Buat Draf SK", D4): a Docs or Drive call that
 * fails half-way leaves no half-filled draft presented as a draft, an earlier draft untouched,
 * the team told; the next run makes a complete draft.
 */
import { describe, expect, it } from 'vitest';
import { documentLog, idOf, decreeReady } from '../e2e/assessment-helpers';
import { lastDialog } from '../e2e/helpers';

const ready = () => decreeReady();

/** Names of the Docs in the Drive that are not in the bin. */
const liveDocs = (ws: ReturnType<typeof ready>) =>
  [...ws.kernel.files.values()].filter((f) => f.mimeType === 'application/vnd.google-apps.document' && !f.trashed).map((f) => f.name).sort();

const drafts = (ws: ReturnType<typeof ready>) => documentLog(ws).filter((r) => r.name.startsWith('Draf SK'));

describe('Buat Draf SK interrupted', () => {
  it('at every Docs and Drive write of the run: no half draft in the log, the earlier draft untouched, the next run completes', () => {
    const probe = ready();
    probe.run('menuBuatDrafSK');
    const first = drafts(probe)[0];
    const complete = probe.docs.text(idOf(first.url));
    probe.kernel.resetCalls();
    probe.run('menuBuatDrafSK');
    const points = Object.entries(probe.kernel.calls())
      .filter(([k]) => /^(DocumentApp\.(\w+\.)?(replaceText|insertTableRow|copy|saveAndClose|removeFromParent|removeChild|setText|appendParagraph|openById)|DriveApp\.(File\.makeCopy|getFileById|getFolderById))$/.test(k))
      .flatMap(([k, n]) => [1, Math.ceil(n / 2), n].filter((x, i, a) => a.indexOf(x) === i).map((nth) => [k, nth] as const));
    expect(points.length).toBeGreaterThan(3);

    for (const [match, nth] of points) {
      const label = `${match} #${nth}`;
      const ws = ready();
      ws.run('menuBuatDrafSK');
      const earlier = drafts(ws);
      const earlierText = ws.docs.text(idOf(earlier[0].url));
      const docsBefore = liveDocs(ws);
      ws.kernel.injectFault({ match, nth, message: 'Service Documents failed while accessing document with id x.' });
      ws.run('menuBuatDrafSK');
      ws.kernel.clearFaults();
      expect(lastDialog(ws)?.title, label).toBe('Agen Perubahan — ada masalah');
      // No half-filled copy is left where the team would take it for a draft.
      expect(liveDocs(ws), `${label}: documents in Drive`).toEqual(docsBefore);
      // The log lists only complete drafts; the earlier one is as it was.
      expect(drafts(ws), label).toEqual(earlier);
      expect(ws.docs.text(idOf(earlier[0].url)), label).toEqual(earlierText);
      ws.run('menuBuatDrafSK');
      const after = drafts(ws);
      expect(after, label).toHaveLength(2);
      const text = ws.docs.text(idOf(after[1].url));
      // Complete: no placeholder left, same text as a draft made without a fault (dates aside).
      expect(`${text.header}${text.body}${text.footer}`, label).not.toMatch(/\{\{/);
      expect(text.body.length, label).toBe(complete.body.length);
    }
  });
});

describe('Buat Berita Acara Penilaian interrupted', () => {
  it('a Docs call failing while the minutes are written leaves no half-made Doc and no log row; the next run makes it', () => {
    const probe = ready();
    probe.kernel.resetCalls();
    probe.run('menuBuatBeritaAcara');
    const docCalls = Object.entries(probe.kernel.calls()).filter(([k]) => /^DocumentApp\.(Body|Table|Paragraph)\.\w*(append|insert|set)/.test(k));
    expect(docCalls.length).toBeGreaterThan(0);
    for (const [match, n] of docCalls.slice(0, 4)) {
      const ws = ready();
      const before = liveDocs(ws);
      const logBefore = documentLog(ws);
      ws.kernel.injectFault({ match, nth: Math.ceil(n / 2), message: 'Service Documents failed while accessing document with id x.' });
      ws.run('menuBuatBeritaAcara');
      ws.kernel.clearFaults();
      expect(liveDocs(ws), match).toEqual(before);
      expect(documentLog(ws), match).toEqual(logBefore);
      ws.run('menuBuatBeritaAcara');
      expect(documentLog(ws).length, match).toBe(logBefore.length + 1);
    }
  });
});
