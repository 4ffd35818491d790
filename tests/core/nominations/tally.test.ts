import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toBallot, type Ballot } from '../../../src/core/nominations/ballot';
import type { PlainResponse } from '../../../src/core/response';
import { createResolver } from '../../../src/core/nominations/resolve';
import { applySupersession, tally } from '../../../src/core/nominations/tally';
import type { Employee } from '../../../src/core/types';
import {
  AGUSTINUS_SANCTIONED, DEWI, KATARINA, MARIA, NON_ASN, PAULUS, PETRUS, ROSTER, STEFANUS, SUDARMA, THERESIA_CPNS, YOHANES, bigRoster, person,
} from './fixtures';

function ballot(responseId: string, voterKey: string, timestamp: number, nips: string[], over: Partial<Ballot> = {}): Ballot {
  return { responseId, timestamp, voterKey, voterLabel: voterKey, rawEntries: nips, resolvedNips: nips, status: 'dihitung', reason: '', uncounted: [], ...over };
}

/** `n` distinct voters each voting for `nip`. */
function votesFor(nip: string, n: number, tag: string): Ballot[] {
  return Array.from({ length: n }, (_, i) => ballot(`${tag}${i}`, `email:${tag}${i}@x`, 1_000 + i, [nip]));
}

const votesOf = (r: ReturnType<typeof tally>) => Object.fromEntries(r.candidates.map((c) => [c.nip, c.votes]));

describe('one ballot per voter (N2)', () => {
  it('counts only the latest ballot of a voter; earlier ones are digantikan', () => {
    const r = tally([
      ballot('a', 'email:v@x', 100, [MARIA.nip]),
      ballot('b', 'email:v@x', 300, [PETRUS.nip]),
      ballot('c', 'email:v@x', 200, [YOHANES.nip]),
    ], ROSTER);
    expect(votesOf(r)).toEqual({ [PETRUS.nip]: 1 });
    expect(r.ballots.map((b) => [b.responseId, b.status, b.reason, b.supersededBy ?? ''])).toEqual([
      ['a', 'digantikan', 'digantikan', 'b'],
      ['c', 'digantikan', 'digantikan', 'b'],
      ['b', 'dihitung', '', ''],
    ]);
    expect(r.counts).toEqual({ total: 3, counted: 1, invalid: 0, superseded: 2 });
  });

  it('lets a later invalid ballot supersede an earlier valid one', () => {
    const r = tally([ballot('a', 'email:v@x', 100, [MARIA.nip]), ballot('b', 'email:v@x', 200, [], { status: 'tidak sah', reason: 'kosong' })], ROSTER);
    expect(r.candidates).toEqual([]);
    expect(r.counts).toEqual({ total: 2, counted: 0, invalid: 1, superseded: 1 });
  });

  it('breaks equal timestamps by the greater response id, whatever the order', () => {
    const x = ballot('r-a', 'nip:1', 500, [MARIA.nip]);
    const y = ballot('r-b', 'nip:1', 500, [PETRUS.nip]);
    expect(votesOf(tally([x, y], ROSTER))).toEqual({ [PETRUS.nip]: 1 });
    expect(votesOf(tally([y, x], ROSTER))).toEqual({ [PETRUS.nip]: 1 });
  });

  it('replaces an edited response (same id) by its later version', () => {
    const r = tally([ballot('r1', 'response:r1', 100, [MARIA.nip]), ballot('r1', 'response:r1', 900, [PETRUS.nip])], ROSTER);
    expect(votesOf(r)).toEqual({ [PETRUS.nip]: 1 });
    expect(r.counts.total).toBe(1);
  });

  it('changes nothing when the same event is delivered twice', () => {
    const base = [ballot('r1', 'email:a@x', 100, [MARIA.nip]), ballot('r2', 'email:b@x', 200, [MARIA.nip, PETRUS.nip])];
    expect(tally([...base, { ...base[1] }], ROSTER)).toEqual(tally(base, ROSTER));
  });

  it('treats anonymous responses as separate voters', () => {
    const r = tally([ballot('r1', 'response:r1', 100, [MARIA.nip]), ballot('r2', 'response:r2', 100, [MARIA.nip])], ROSTER);
    expect(votesOf(r)).toEqual({ [MARIA.nip]: 2 });
  });
});

describe('ranking and shortlist (N6, N7, N8)', () => {
  it('shares ranks on equal votes (1, 2, 2, 4) and lists no zero-vote person', () => {
    const r = tally([...votesFor(MARIA.nip, 4, 'm'), ...votesFor(PETRUS.nip, 3, 'p'), ...votesFor(YOHANES.nip, 3, 'y'), ...votesFor(STEFANUS.nip, 1, 's')], ROSTER);
    expect(r.candidates.map((c) => [c.name, c.votes, c.rank])).toEqual([
      [MARIA.name, 4, 1], [PETRUS.name, 3, 2], [YOHANES.name, 3, 2], [STEFANUS.name, 1, 4],
    ]);
    expect(r.candidates.some((c) => c.nip === SUDARMA.nip)).toBe(false);
  });

  it('takes everyone tied at the 5th place and flags it', () => {
    const ballots = [
      ...votesFor(MARIA.nip, 6, 'a'), ...votesFor(PETRUS.nip, 5, 'b'), ...votesFor(YOHANES.nip, 4, 'c'), ...votesFor(STEFANUS.nip, 3, 'd'),
      ...votesFor(SUDARMA.nip, 2, 'e'), ...votesFor(DEWI.nip, 2, 'f'), ...votesFor(PAULUS.nip, 2, 'g'), ...votesFor(KATARINA.nip, 1, 'h'),
    ];
    const r = tally(ballots, ROSTER);
    // equal votes: listed by full name in code-unit order (I W. Sudarma, Ni K. Sri Dewi, Paulus Tukan)
    expect(r.shortlist).toEqual([MARIA.nip, PETRUS.nip, YOHANES.nip, STEFANUS.nip, SUDARMA.nip, DEWI.nip, PAULUS.nip]);
    expect(r.shortlist).toHaveLength(7);
    expect(r.tieAtCutoff).toBe(true);
    expect([...r.tiedAtCutoff].sort()).toEqual([SUDARMA.nip, DEWI.nip, PAULUS.nip].sort());
    expect(r.candidates.find((c) => c.nip === KATARINA.nip)).toMatchObject({ shortlisted: false, rank: 8 });
  });

  it('takes exactly 5 and flags nothing when the 5th and 6th differ', () => {
    const ballots = [
      ...votesFor(MARIA.nip, 6, 'a'), ...votesFor(PETRUS.nip, 5, 'b'), ...votesFor(YOHANES.nip, 4, 'c'), ...votesFor(STEFANUS.nip, 3, 'd'),
      ...votesFor(SUDARMA.nip, 2, 'e'), ...votesFor(DEWI.nip, 1, 'f'),
    ];
    const r = tally(ballots, ROSTER);
    expect(r.shortlist).toEqual([MARIA.nip, PETRUS.nip, YOHANES.nip, STEFANUS.nip, SUDARMA.nip]);
    expect(r.tieAtCutoff).toBe(false);
    expect(r.tiedAtCutoff).toEqual([]);
  });

  it('shortlists every eligible candidate when fewer than 5 have votes', () => {
    const r = tally([...votesFor(MARIA.nip, 2, 'a'), ...votesFor(PETRUS.nip, 1, 'b')], ROSTER);
    expect(r.shortlist).toEqual([MARIA.nip, PETRUS.nip]);
    expect(r.tieAtCutoff).toBe(false);
  });

  it('never shortlists an ineligible favourite, shows the reason, and does not let them take a place', () => {
    const r = tally([
      ...votesFor(THERESIA_CPNS.nip, 9, 't'), ...votesFor(AGUSTINUS_SANCTIONED.nip, 8, 'g'),
      ...votesFor(MARIA.nip, 5, 'a'), ...votesFor(PETRUS.nip, 4, 'b'), ...votesFor(YOHANES.nip, 3, 'c'), ...votesFor(STEFANUS.nip, 2, 'd'),
      ...votesFor(SUDARMA.nip, 1, 'e'),
    ], ROSTER);
    expect(r.shortlist).toEqual([MARIA.nip, PETRUS.nip, YOHANES.nip, STEFANUS.nip, SUDARMA.nip]);
    expect(r.candidates.slice(-2).map((c) => [c.nip, c.votes, c.eligible, c.rank, c.shortlisted, c.reason])).toEqual([
      [THERESIA_CPNS.nip, 9, false, null, false, 'Status CPNS (bukan PNS)'],
      [AGUSTINUS_SANCTIONED.nip, 8, false, null, false, 'Hukuman disiplin ringan'],
    ]);
    expect(r.candidates[0]).toMatchObject({ nip: MARIA.nip, rank: 1, eligible: true, reason: '' });
  });

  it('uses the shortlist size setting (N8)', () => {
    const r = tally([...votesFor(MARIA.nip, 3, 'a'), ...votesFor(PETRUS.nip, 2, 'b'), ...votesFor(YOHANES.nip, 1, 'c')], ROSTER, { shortlistSize: 2, perBallotLimit: 3 });
    expect(r.shortlist).toEqual([MARIA.nip, PETRUS.nip]);
  });

  it('does not count invalid ballots', () => {
    const r = tally([ballot('a', 'email:a@x', 1, [MARIA.nip, PETRUS.nip, YOHANES.nip, STEFANUS.nip], { status: 'tidak sah', reason: 'lebih dari 3 calon' }), ballot('b', 'email:b@x', 2, [PETRUS.nip])], ROSTER);
    expect(votesOf(r)).toEqual({ [PETRUS.nip]: 1 });
    expect(r.counts).toEqual({ total: 2, counted: 1, invalid: 1, superseded: 0 });
  });
});

describe('unresolved entries for Koreksi Nama', () => {
  it('aggregates by normalised text over current ballots, with suggestions', () => {
    const unres = (id: string, voter: string, ts: number, text: string, reason: 'tidak dikenal' | 'ambigu' = 'tidak dikenal') =>
      ballot(id, voter, ts, [], { rawEntries: [text], uncounted: [{ text, reason }] });
    const r = tally([
      unres('1', 'email:a@x', 1, 'Yohanis Raja'),
      unres('2', 'email:b@x', 1, 'yohanis  raja'),
      unres('3', 'email:c@x', 1, 'Yohanis Raja'),
      unres('4', 'email:d@x', 1, 'Yosefina Bria', 'ambigu'),
      unres('5', 'email:e@x', 1, 'Zzyzx'),
      unres('6', 'email:e@x', 2, 'Petrus Seran, SKM'), // supersedes 5: Zzyzx is no longer current
    ], ROSTER);
    expect(r.unresolved).toEqual([
      { text: 'Yohanis Raja', key: 'yohanis raja', status: 'tidak dikenal', count: 3, suggestions: [YOHANES.name] },
      { text: 'Petrus Seran, SKM', key: 'petrus seran', status: 'tidak dikenal', count: 1, suggestions: [] },
      { text: 'Yosefina Bria', key: 'yosefina bria', status: 'ambigu', count: 1, suggestions: ['Ns. Yosefina Bria — UPTD Laboratorium Kesehatan', 'Yosefina Bria, S.Kep. — Sekretariat'] },
    ].map((u) => (u.key === 'petrus seran' ? { ...u, suggestions: expect.any(Array) } : u)));
  });
});

describe('a tally without suggestions (a re-sync page that shows no unresolved list)', () => {
  it('is the same tally, the similar names of tidak dikenal entries left out and the people sharing an ambiguous name kept', () => {
    const roster = bigRoster(300);
    const texts = ['Yohanes Lakke', 'Maria Bria, S.Kep.', 'Petrus Sran', 'Zzyzx', 'Paulus Radja'];
    const responses: PlainResponse[] = Array.from({ length: 60 }, (_, i) => ({ id: `r${i}`, timestamp: 1_000 + (i % 7), email: `v${i % 45}@x`, answers: { a: texts[i % 5], b: roster[(i * 7) % 300].name } }));
    const resolver = createResolver([...roster, person('199912122020121001', 'Maria Bria, S.Kep.')]);
    const ballots = responses.map((r) => toBallot(r, { nomineeQuestions: ['a', 'b'], voterNipQuestion: null }, resolver, { perBallotLimit: 3 }));
    const full = tally(ballots, roster, undefined, resolver);
    const plain = tally(ballots, roster, undefined, resolver, false);
    expect(full.unresolved.some((u) => u.status === 'tidak dikenal' && u.suggestions.length > 0)).toBe(true);
    expect(full.unresolved.some((u) => u.status === 'ambigu')).toBe(true);
    expect(plain).toEqual({ ...full, unresolved: full.unresolved.map((u) => (u.status === 'tidak dikenal' ? { ...u, suggestions: [] } : u)) });
  });
});

describe('properties', () => {
  const nips = [MARIA.nip, PETRUS.nip, YOHANES.nip, STEFANUS.nip, SUDARMA.nip, DEWI.nip, PAULUS.nip, THERESIA_CPNS.nip];
  const arbBallot = fc.record({
    id: fc.integer({ min: 0, max: 30 }),
    voter: fc.integer({ min: 0, max: 8 }),
    ts: fc.integer({ min: 0, max: 5 }),
    nips: fc.uniqueArray(fc.constantFrom(...nips), { maxLength: 3 }),
    valid: fc.boolean(),
  }).map((x) => ballot(`r${x.id}`, `email:v${x.voter}@x`, x.ts, x.nips, x.valid ? {} : { status: 'tidak sah', reason: 'kosong' }));

  it('the tally does not depend on the order of the ballots', () => {
    fc.assert(
      fc.property(fc.array(arbBallot, { maxLength: 40 }).chain((bs) => fc.tuple(fc.constant(bs), fc.shuffledSubarray(bs, { minLength: bs.length, maxLength: bs.length }))), ([bs, shuffled]) => {
        expect(tally(shuffled, ROSTER)).toEqual(tally(bs, ROSTER));
      }),
      { numRuns: 300 },
    );
  });

  it("a voter's later ballot never changes the other voters' counts", () => {
    fc.assert(
      fc.property(fc.array(arbBallot, { maxLength: 30 }), fc.integer({ min: 0, max: 8 }), fc.uniqueArray(fc.constantFrom(...nips), { maxLength: 3 }), (bs, voter, newNips) => {
        const key = `email:v${voter}@x`;
        const later = ballot('r-later', key, 99, newNips);
        const own = (list: Ballot[]) => applySupersession(list).filter((b) => b.voterKey === key && b.status === 'dihitung').flatMap((b) => b.resolvedNips);
        const others = (list: Ballot[]) => {
          const votes = votesOf(tally(list, ROSTER));
          for (const nip of own(list)) votes[nip] -= 1;
          return Object.fromEntries(Object.entries(votes).filter(([, n]) => n > 0));
        };
        expect(others([...bs, later])).toEqual(others(bs));
      }),
      { numRuns: 300 },
    );
  });

  it('sums: every counted ballot gives each of its people exactly one vote', () => {
    fc.assert(
      fc.property(fc.array(arbBallot, { maxLength: 40 }), (bs) => {
        const r = tally(bs, ROSTER);
        const total = r.candidates.reduce((s, c) => s + c.votes, 0);
        const expected = r.ballots.filter((b) => b.status === 'dihitung').reduce((s, b) => s + b.resolvedNips.length, 0);
        expect(total).toBe(expected);
        expect(r.counts.counted + r.counts.invalid + r.counts.superseded).toBe(r.counts.total);
      }),
    );
  });
});

describe('scale (its speed is measured by npm run bench, never here)', () => {
  it('tallies 10,000 responses against a 2,000 roster exactly as the rules count them by hand, whatever their order (N2, N4, N6, N7)', () => {
    const roster: Employee[] = bigRoster(2000);
    const resolver = createResolver(roster);
    const mapping = { nomineeQuestions: ['Calon 1', 'Calon 2', 'Calon 3'], voterNipQuestion: null };
    let seed = 7;
    const rnd = (n: number) => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) % n;
    };
    // Each entry is a roster person written as on the roster, upper-case without titles, or as a
    // NIP (all three name that person), or an unknown name (never counted, listed for review).
    const picks: { voter: string; timestamp: number; people: (Employee | string)[] }[] = [];
    // Under `npm run mutation` (vitest.mutation.config.ts) a tenth of it: this test runs for every
    // mutant of the tally's path that survives, and the rules it checks are the same at 1,000.
    const n = process.env.MUTATION_RUN === '1' ? 1_000 : 10_000;
    const responses: PlainResponse[] = Array.from({ length: n }, (_, i) => {
      const people: (Employee | string)[] = [];
      const pick = () => {
        const e = roster[rnd(300)];
        const style = rnd(4);
        people.push(style === 3 ? `${e.name.split(' ')[0]} X${rnd(50)}` : e);
        return style === 0 ? e.name : style === 1 ? e.name.split(',')[0].toUpperCase() : style === 2 ? e.nip : (people.at(-1) as string);
      };
      // Distinct timestamps: which ballot is a voter's latest is never a tie.
      const timestamp = 1_700_000_000_000 + rnd(1_000) * 10_000 + i;
      const voter = `p${rnd(n / 4)}@dinkes.go.id`;
      const answers = { 'Calon 1': pick(), 'Calon 2': pick(), 'Calon 3': pick() };
      picks.push({ voter, timestamp, people });
      return { id: `r${i}`, timestamp, email: voter, answers };
    });
    // By hand: each voter's latest ballot; each distinct person on it one vote, except the voter
    // (N1: an e-mail the roster gives to an employee is that employee, and N4: no self-vote);
    // each distinct unknown text one listed entry.
    const latest = new Map<string, (typeof picks)[number]>();
    for (const p of picks) if ((latest.get(p.voter)?.timestamp ?? -1) < p.timestamp) latest.set(p.voter, p);
    const expectedVotes = new Map<string, number>();
    let expectedUnknown = 0;
    for (const p of latest.values()) {
      const people = new Set(p.people.filter((x): x is Employee => typeof x !== 'string' && x.email !== p.voter).map((e) => e.nip));
      for (const nip of people) expectedVotes.set(nip, (expectedVotes.get(nip) ?? 0) + 1);
      expectedUnknown += new Set(p.people.filter((x): x is string => typeof x === 'string').map((t) => t.toLowerCase())).size;
    }

    const ballots = responses.map((res) => toBallot(res, mapping, resolver, { perBallotLimit: 3 }));
    const r = tally(ballots, roster, { shortlistSize: 5, perBallotLimit: 3 }, resolver);
    expect(r.counts).toEqual({ total: n, counted: latest.size, invalid: 0, superseded: n - latest.size });
    expect(votesOf(r)).toEqual(Object.fromEntries(expectedVotes));
    expect(r.unresolved.reduce((n, u) => n + u.count, 0)).toBe(expectedUnknown);
    // N6, N7: PNS only (every 17th of this roster is CPNS); the shortlist is everyone eligible
    // with at least the fifth eligible candidate's votes.
    const byNip = new Map(roster.map((e) => [e.nip, e]));
    const eligibleVotes = [...expectedVotes].filter(([nip]) => byNip.get(nip)!.status === 'PNS').map(([, n]) => n).sort((x, y) => y - x);
    const expectedShortlist = [...expectedVotes].filter(([nip, n]) => byNip.get(nip)!.status === 'PNS' && n >= eligibleVotes[4]).map(([nip]) => nip);
    expect([...r.shortlist].sort()).toEqual(expectedShortlist.sort());
    expect(r.candidates.filter((c) => !c.eligible).every((c) => byNip.get(c.nip)!.status === 'CPNS' && !c.shortlisted)).toBe(true);
    // The ballots in another order (reversed, then shuffled) give the same tally, whoever comes first.
    const shuffled = [...ballots].reverse();
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = rnd(i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
    expect(tally([...ballots].reverse(), roster, { shortlistSize: 5, perBallotLimit: 3 }, resolver)).toEqual(r);
    expect(tally(shuffled, roster, { shortlistSize: 5, perBallotLimit: 3 }, createResolver(roster))).toEqual(r);
  });
});

describe('Teks Belum Dikenali lists only what nobody could resolve (N4)', () => {
  it('a self-vote and a repeated person are not counted and not listed for review; the unknown name is', () => {
    const resolver = createResolver(ROSTER);
    const mapping = { nomineeQuestions: ['Calon 1', 'Calon 2', 'Calon 3'], voterNipQuestion: 'NIP Anda' };
    const b = toBallot(
      { id: 'r1', timestamp: 1, email: '', answers: { 'NIP Anda': PETRUS.nip, 'Calon 1': 'Petrus Seran', 'Calon 2': MARIA.name, 'Calon 3': 'maria goreti lake' } },
      mapping,
      resolver,
      { perBallotLimit: 3 },
    );
    const other = toBallot(
      { id: 'r2', timestamp: 2, email: '', answers: { 'NIP Anda': YOHANES.nip, 'Calon 1': 'Orang Tak Dikenal', 'Calon 2': 'Yohanes Radja', 'Calon 3': 'Orang Tak Dikenal' } },
      mapping,
      resolver,
      { perBallotLimit: 3 },
    );
    expect(b.uncounted.map((u) => u.reason)).toEqual(['mengusulkan diri sendiri', 'ganda']);
    const r = tally([b, other], ROSTER, { shortlistSize: 5, perBallotLimit: 3 }, resolver);
    expect(votesOf(r)).toEqual({ [MARIA.nip]: 1 });
    expect(r.unresolved.map((u) => [u.text, u.count, u.status])).toEqual([['Orang Tak Dikenal', 1, 'tidak dikenal']]);
  });
});

describe('people without a usable NIP', () => {
  it('counts a Non ASN without NIP by roster row, as ineligible', () => {
    const key = `baris-${NON_ASN.row}`;
    const r = tally([ballot('a', 'email:a@x', 1, [key, MARIA.nip])], ROSTER);
    expect(r.candidates.find((c) => c.nip === key)).toMatchObject({ name: 'Welhelmina Pello', votes: 1, eligible: false, reason: 'Status Non ASN (bukan PNS)' });
    expect(r.shortlist).toEqual([MARIA.nip]);
  });

  it('lists a NIP that left the roster as ineligible, with a reason', () => {
    const r = tally([ballot('a', 'email:a@x', 1, ['199999999999999999'])], [person('198001012005012001', 'X')]);
    expect(r.candidates[0]).toMatchObject({ nip: '199999999999999999', eligible: false, reason: 'NIP tidak ada di daftar pegawai', rank: null });
  });
});
