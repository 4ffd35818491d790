/**
 * The count (N2, N6, N7, N8): one ballot per voter, votes per person, ranking of the eligible,
 * the shortlist with ties at the cut-off taken whole and flagged, and the unresolved entries for
 * `Koreksi Nama`. The result does not depend on the order of the ballots.
 *
 * Tie-breaks, all deterministic:
 * - the same response id twice (an edited response, or an event delivered twice): the later
 *   timestamp is the response; at equal timestamps the copies are the same event, and the one
 *   with the greatest content key is kept;
 * - one voter, several responses: the latest timestamp counts; at equal timestamps the greatest
 *   response id (plain code-unit order) counts;
 * - display order of equal votes: name, then NIP (ranks are shared, never broken).
 */
import { eligibility } from '../eligibility';
import type { Employee } from '../types';
import { isUnresolvedReason, unresolvedReason, type Ballot, type UnresolvedReason } from './ballot';
import { compareText, createResolver, personKey, type NameResolver } from './resolve';

export interface TallySettings {
  shortlistSize: number;
  perBallotLimit: number;
}

export const DEFAULT_TALLY_SETTINGS: TallySettings = { shortlistSize: 5, perBallotLimit: 3 };

export interface CandidateResult {
  /** The NIP, or `baris-<row>` for a roster row without one (see personKey). */
  nip: string;
  /** Full titled name from the roster ('' if the NIP left the roster). */
  name: string;
  unit: string;
  votes: number;
  eligible: boolean;
  /** '' when eligible; the N6 reason otherwise. */
  reason: string;
  /** Shared rank among eligible candidates (1, 2, 2, 4); null for the ineligible. */
  rank: number | null;
  shortlisted: boolean;
}

export interface UnresolvedResult {
  /** The most frequent spelling (ties: first in code-unit order). */
  text: string;
  /** The normalised text the entries share. */
  key: string;
  status: UnresolvedReason;
  /** Entries on current (not superseded) ballots. */
  count: number;
  /** Up to 3 roster names (tidak dikenal) or the people sharing the name (ambigu). */
  suggestions: string[];
}

export interface TallyResult {
  /** Every ballot with its final status, ordered by timestamp then response id. */
  ballots: Ballot[];
  /** Eligible by rank (then name, NIP), then ineligible by votes (then name, NIP). Votes > 0 only. */
  candidates: CandidateResult[];
  /** NIPs of the shortlist, in candidate order. */
  shortlist: string[];
  /** More people than `shortlistSize` share the cut-off: the team decides. */
  tieAtCutoff: boolean;
  /** NIPs with exactly the cut-off votes when `tieAtCutoff`; [] otherwise. */
  tiedAtCutoff: string[];
  counts: { total: number; counted: number; invalid: number; superseded: number };
  unresolved: UnresolvedResult[];
}

function contentKey(b: Ballot): string {
  return JSON.stringify([b.voterKey, b.rawEntries, b.resolvedNips, b.status, b.reason, b.uncounted]);
}

const responseIdOf = (b: Ballot): string => b.responseId;

/** Later, or equal and greater by `tie`: the one that wins. */
function wins(a: Ballot, b: Ballot, tie: (x: Ballot) => string): boolean {
  if (a.timestamp !== b.timestamp) return a.timestamp > b.timestamp;
  return compareText(tie(a), tie(b)) > 0;
}

/** `b` as superseded by `by` (an object literal of one shape: cheaper than a spread, 10,000 times a run). */
function superseded(b: Ballot, by: string | undefined): Ballot {
  return {
    responseId: b.responseId,
    timestamp: b.timestamp,
    voterKey: b.voterKey,
    voterLabel: b.voterLabel,
    rawEntries: b.rawEntries,
    resolvedNips: b.resolvedNips,
    status: 'digantikan',
    reason: 'digantikan',
    uncounted: b.uncounted,
    supersededBy: by,
  };
}

/** N2: one version per response id, then one counted ballot per voter; others `digantikan`. */
export function applySupersession(ballots: readonly Ballot[]): Ballot[] {
  const byId = new Map<string, Ballot>();
  for (const b of ballots) {
    const prev = byId.get(b.responseId);
    if (!prev || wins(b, prev, contentKey)) byId.set(b.responseId, b);
  }
  // One slot per voter holding the winning ballot so far; each ballot remembers its voter's slot.
  const latest = new Map<string, { winner: Ballot }>();
  const versions = [...byId.values()];
  const slots: { winner: Ballot }[] = [];
  for (const b of versions) {
    let slot = latest.get(b.voterKey);
    if (slot === undefined) {
      slot = { winner: b };
      latest.set(b.voterKey, slot);
    } else if (wins(b, slot.winner, responseIdOf)) slot.winner = b;
    slots.push(slot);
  }
  const out: Ballot[] = [];
  for (let i = 0; i < versions.length; i++) {
    const b = versions[i];
    const winner = slots[i].winner;
    if (winner === b) out.push(b);
    else out.push(superseded(b, winner.responseId));
  }
  return out.sort((a, b) => a.timestamp - b.timestamp || compareText(a.responseId, b.responseId));
}

/**
 * Tallies the ballots against the roster. `resolver` (the one that built the ballots) gives the
 * suggestions of unresolved entries; without it one is built from the roster alone. `suggest:
 * false` leaves the (slow) similar-name suggestions of `tidak dikenal` entries out, for a run that
 * shows no unresolved list (a re-sync's middle pages): everything else is the same.
 */
export function tally(
  ballots: readonly Ballot[],
  roster: readonly Employee[],
  settings: TallySettings = DEFAULT_TALLY_SETTINGS,
  resolver: NameResolver = createResolver(roster),
  suggest = true,
): TallyResult {
  return countFinal(applySupersession(ballots), roster, settings, resolver, suggest);
}

/**
 * Where a running tally finds the suggestions already computed for an unresolved text (its key
 * and its most frequent spelling): null when they must be computed now.
 */
export type KnownSuggestions = (key: string, text: string) => string[] | null;

/**
 * The count of ballots already through supersession (applySupersession: every ballot in its
 * final status), as `tally` gives it. `known` gives suggestions computed by an earlier run for
 * the same roster (core/nominations/running), so only a new text is searched.
 */
export function countFinal(
  final: Ballot[],
  roster: readonly Employee[],
  settings: TallySettings = DEFAULT_TALLY_SETTINGS,
  resolver: NameResolver = createResolver(roster),
  suggest = true,
  known: KnownSuggestions = () => null,
): TallyResult {
  const votes = new Map<string, number>();
  const unresolved = new Map<string, { spellings: Map<string, number>; count: number; status: UnresolvedReason }>();
  const counts = { total: final.length, counted: 0, invalid: 0, superseded: 0 };
  for (const b of final) {
    if (b.status === 'digantikan') {
      counts.superseded++;
      continue;
    }
    if (b.status === 'dihitung') {
      counts.counted++;
      for (const nip of b.resolvedNips) votes.set(nip, (votes.get(nip) ?? 0) + 1);
    } else counts.invalid++;
    for (const u of b.uncounted) {
      if (!isUnresolvedReason(u.reason)) continue;
      const key = resolver.keyOf(u.text);
      const entry = unresolved.get(key) ?? { spellings: new Map<string, number>(), count: 0, status: u.reason };
      entry.count++;
      entry.spellings.set(u.text, (entry.spellings.get(u.text) ?? 0) + 1);
      unresolved.set(key, entry);
    }
  }

  const byNip = new Map<string, Employee>();
  for (const e of roster) if (!byNip.has(personKey(e))) byNip.set(personKey(e), e);
  const all: CandidateResult[] = [];
  for (const [nip, n] of votes) {
    if (n <= 0) continue;
    const e = byNip.get(nip);
    const elig = e ? eligibility(e) : { eligible: false, reason: 'NIP tidak ada di daftar pegawai' };
    all.push({ nip, name: e?.name ?? '', unit: e?.unit ?? '', votes: n, eligible: elig.eligible, reason: elig.reason, rank: null, shortlisted: false });
  }
  const order = (a: CandidateResult, b: CandidateResult) => b.votes - a.votes || compareText(a.name, b.name) || compareText(a.nip, b.nip);
  const eligible = all.filter((c) => c.eligible).sort(order);
  const ineligible = all.filter((c) => !c.eligible).sort(order);
  eligible.forEach((c, i) => {
    c.rank = i > 0 && eligible[i - 1].votes === c.votes ? (eligible[i - 1].rank as number) : i + 1;
  });
  const size = Math.max(1, Math.floor(settings.shortlistSize));
  const cutoff = eligible.length >= size ? eligible[size - 1].votes : 0;
  for (const c of eligible) c.shortlisted = c.votes >= cutoff;
  const shortlist = eligible.filter((c) => c.shortlisted).map((c) => c.nip);
  const tieAtCutoff = shortlist.length > size;
  const tiedAtCutoff = tieAtCutoff ? eligible.filter((c) => c.votes === cutoff).map((c) => c.nip) : [];

  const unresolvedList: UnresolvedResult[] = [];
  for (const [key, u] of unresolved) {
    const text = [...u.spellings.entries()].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0][0];
    let r = resolver.resolve(text, { suggest: false });
    if (suggest && r.kind === 'tidak dikenal' && r.nipProblem === undefined) {
      const reused = known(key, text);
      r = reused !== null ? { kind: 'tidak dikenal', suggestions: reused } : resolver.resolve(text);
    }
    const suggestions = r.kind === 'ambigu' ? r.candidates : r.kind === 'tidak dikenal' ? r.suggestions : [];
    unresolvedList.push({ text, key, status: r.kind === 'resolved' ? u.status : unresolvedReason(r), count: u.count, suggestions });
  }
  unresolvedList.sort((a, b) => b.count - a.count || compareText(a.key, b.key));

  return { ballots: final, candidates: [...eligible, ...ineligible], shortlist, tieAtCutoff, tiedAtCutoff, counts, unresolved: unresolvedList };
}
