/**
 * One Form response → one ballot (N1 voter identity, N3 entries, N4 validity). Supersession (N2)
 * needs every ballot and is decided by the tally.
 *
 * Splitting a text answer: one answer is one entry, unless it holds several lines or ";". Commas
 * never split, because titles use them ("Maria Lake, S.Kep., Ns." is one person); people who list
 * names with commas in one box get one unresolved entry, which the team sees and corrects.
 */
import { digitsOf, formatNip, nipDamage } from '../nip';
import type { NominationMapping } from './mapping';
import type { NameResolver, Resolution } from './resolve';
import type { PlainResponse } from '../response';

export type BallotStatus = 'dihitung' | 'tidak sah' | 'digantikan';
export type UncountedReason = 'mengusulkan diri sendiri' | 'tidak dikenal' | 'ambigu' | 'ganda' | NipReason;

/** R3: an entry unresolved because a NIP was damaged, in the answer or in the roster. */
export type NipReason = 'NIP rusak di jawaban' | 'NIP rusak di Pegawai';

/** The reasons an entry is unresolved (listed for Koreksi Nama): not a repeat or a self-vote. */
export type UnresolvedReason = 'tidak dikenal' | 'ambigu' | NipReason;

/** The uncounted reason of an unresolved resolution. */
export function unresolvedReason(r: Exclude<Resolution, { kind: 'resolved' }>): UnresolvedReason {
  if (r.kind === 'ambigu') return 'ambigu';
  if (r.nipProblem === 'jawaban') return 'NIP rusak di jawaban';
  if (r.nipProblem === 'pegawai') return 'NIP rusak di Pegawai';
  return 'tidak dikenal';
}

/** True for the reasons of an unresolved entry (as opposed to a repeat or a self-vote). */
export function isUnresolvedReason(reason: UncountedReason): reason is UnresolvedReason {
  return reason !== 'ganda' && reason !== 'mengusulkan diri sendiri';
}

export interface UncountedEntry {
  text: string;
  reason: UncountedReason;
}

export interface Ballot {
  responseId: string;
  timestamp: number;
  /** N1: 'nip:<digits>' (by NIP, or by an e-mail the roster gives an employee) | 'email:<lower-cased>' | 'response:<id>'. */
  voterKey: string;
  /** How the voter is shown in `Log Surat Suara`. */
  voterLabel: string;
  /** The non-blank entries as written, in question order. */
  rawEntries: string[];
  /** Distinct NIPs this ballot votes for when counted (self-nomination and repeats excluded). */
  resolvedNips: string[];
  status: BallotStatus;
  /** '' when counted; 'kosong', 'lebih dari N calon' or 'digantikan'. */
  reason: string;
  /** Entries not counted, with why (also listed for an invalid ballot, for the audit trail). */
  uncounted: UncountedEntry[];
  /** For a superseded ballot: the response id of the ballot that counts instead. */
  supersededBy?: string;
}

export interface BallotLimits {
  perBallotLimit: number;
}

/** The entries of one answer: every checkbox choice; a text split on new lines and ";". */
export function splitEntries(answer: string | readonly string[] | undefined | null): string[] {
  if (answer === undefined || answer === null) return [];
  if (typeof answer === 'string' && !/[\r\n;]/.test(answer)) {
    // One line, the common case: no split.
    const one = answer.trim();
    return isNonBlank(one) ? [one] : [];
  }
  const parts = Array.isArray(answer) ? (answer as readonly string[]) : String(answer).split(/\r\n|\r|\n|;/);
  return parts.map((p) => String(p).trim()).filter(isNonBlank);
}

/** An entry with no letter or digit ("-", "?", "…") is blank: people fill unused boxes that way. */
export function isNonBlank(text: string): boolean {
  return /[A-Za-z0-9]/.test(text) || /[\p{L}\p{N}]/u.test(text);
}

/** A voter (N1): the key the ballot is known by, how it is shown, and the voter's NIP when known. */
export interface Voter {
  key: string;
  label: string;
  nip: string | null;
}

/** The voter of a response (N1) as a key and a label. */
export function voterOf(
  response: PlainResponse,
  mapping: Pick<NominationMapping, 'voterNipQuestion'>,
  resolver: Pick<NameResolver, 'employee' | 'nipForEmail'>,
): Voter {
  const email = String(response.email ?? '').trim().toLowerCase();
  if (email !== '') return emailVoter(email, resolver);
  if (mapping.voterNipQuestion) {
    const answer = response.answers[mapping.voterNipQuestion];
    const written = (Array.isArray(answer) ? answer.join(' ') : String(answer ?? '')).trim();
    // R3: a damaged NIP identifies nobody: two voters whose damaged NIPs look alike stay two.
    if (nipDamage(written) !== null) return damagedNipVoter(response.id, written);
    const nip = digitsOf(written);
    if (nip !== '') return nipVoter(nip, resolver);
  }
  return anonymousVoter(response.id);
}

/**
 * The voter behind a key voterOf gave earlier (kept in `Log Surat Suara`), described with today's
 * roster: 'email:…' and 'nip:…' are looked up again; any other key is a voter without identity,
 * who keeps the key of the response it came from.
 */
export function voterOfKey(key: string, responseId: string, resolver: Pick<NameResolver, 'employee' | 'nipForEmail'>): Voter {
  if (key.startsWith('email:')) {
    const email = key.slice('email:'.length).trim().toLowerCase();
    if (email !== '') return emailVoter(email, resolver);
  } else if (key.startsWith('nip:')) {
    const nip = digitsOf(key.slice('nip:'.length));
    if (nip !== '') return nipVoter(nip, resolver);
  }
  const damaged = `${DAMAGED_NIP_KEY}${responseId}:`;
  if (key.startsWith(damaged) && key.length > damaged.length) return damagedNipVoter(responseId, key.slice(damaged.length));
  const anonymous = anonymousVoter(responseId);
  return key.startsWith('response:') ? { ...anonymous, key } : anonymous;
}

/** `voterOfKey(key, responseId, resolver).key` without building the label (once per ledger row in a running tally). */
export function voterKeyOfKey(key: string, responseId: string, resolver: Pick<NameResolver, 'nipForEmail'>): string {
  if (key.startsWith('email:')) {
    const email = key.slice('email:'.length).trim().toLowerCase();
    if (email !== '') {
      const nip = resolver.nipForEmail(email);
      return nip ? `nip:${nip}` : `email:${email}`;
    }
  } else if (key.startsWith('nip:')) {
    const nip = digitsOf(key.slice('nip:'.length));
    if (nip !== '') return `nip:${nip}`;
  }
  const damaged = `${DAMAGED_NIP_KEY}${responseId}:`;
  if (key.startsWith(damaged) && key.length > damaged.length) return `${DAMAGED_NIP_KEY}${responseId}:${key.slice(damaged.length)}`;
  return key.startsWith('response:') ? key : `response:${responseId}`;
}

/** The key of a voter who wrote a damaged NIP: `nip-rusak:<response id>:<the NIP as written>`. */
const DAMAGED_NIP_KEY = 'nip-rusak:';

/**
 * R3: a voter whose NIP answer is damaged is nobody's identity (the key is the response's own, so
 * two voters whose damaged NIPs look alike stay two), shown by the NIP as written, marked damaged.
 */
function damagedNipVoter(responseId: string, written: string): Voter {
  return { key: `${DAMAGED_NIP_KEY}${responseId}:${written}`, label: `NIP rusak "${written}" (respons ${responseId})`, nip: null };
}

/**
 * One person is one voter across identities (N1): an e-mail the roster gives to an employee is
 * that employee's NIP, so a ballot sent by NIP before the Form collected e-mails and one sent by
 * e-mail after are the same voter's.
 */
function emailVoter(email: string, resolver: Pick<NameResolver, 'employee' | 'nipForEmail'>): Voter {
  const nip = resolver.nipForEmail(email);
  const who = nip ? resolver.employee(nip)?.name : undefined;
  return { key: nip ? `nip:${nip}` : `email:${email}`, label: who ? `${email} (${who})` : email, nip };
}

function nipVoter(nip: string, resolver: Pick<NameResolver, 'employee'>): Voter {
  const who = resolver.employee(nip)?.name;
  return { key: `nip:${nip}`, label: who ? `${formatNip(nip)} (${who})` : formatNip(nip), nip };
}

function anonymousVoter(responseId: string): Voter {
  return { key: `response:${responseId}`, label: `Tanpa identitas (respons ${responseId})`, nip: null };
}

/** The non-blank entries of a response's nominee questions, in question order (N3). */
export function entriesOf(response: PlainResponse, mapping: Pick<NominationMapping, 'nomineeQuestions'>): string[] {
  const rawEntries: string[] = [];
  for (const title of mapping.nomineeQuestions) rawEntries.push(...splitEntries(response.answers[title]));
  return rawEntries;
}

/**
 * Builds the ballot of one response: entries from the nominee questions, each resolved (N5); more
 * than `perBallotLimit` distinct entries (resolved people, unresolved by normalised text) makes the
 * ballot invalid, so does having none; otherwise repeats count once, the voter's own name and
 * unresolved entries are not counted.
 */
export function toBallot(
  response: PlainResponse,
  mapping: Pick<NominationMapping, 'nomineeQuestions' | 'voterNipQuestion'>,
  resolver: NameResolver,
  limits: BallotLimits,
): Ballot {
  return decideBallot(response.id, response.timestamp, voterOf(response, mapping, resolver), entriesOf(response, mapping), resolver, limits);
}

const WITHOUT_SUGGESTIONS = { suggest: false } as const;

/** The ballot of a voter's entries (as toBallot, once voter and entries are known). */
export function decideBallot(
  responseId: string,
  timestamp: number,
  voter: Voter,
  rawEntries: string[],
  resolver: NameResolver,
  limits: BallotLimits,
): Ballot {
  // The distinct entries so far: people by person key, unresolved entries by normalised text (a
  // ballot holds a few entries: arrays, not sets).
  const seenPeople: string[] = [];
  const seenTexts: string[] = [];
  const resolvedNips: string[] = [];
  const uncounted: UncountedEntry[] = [];
  for (const text of rawEntries) {
    const r = resolver.resolve(text, WITHOUT_SUGGESTIONS);
    const seen = r.kind === 'resolved' ? seenPeople : seenTexts;
    const key = r.kind === 'resolved' ? r.nip : resolver.keyOf(text);
    if (seen.includes(key)) {
      uncounted.push({ text, reason: 'ganda' });
      continue;
    }
    seen.push(key);
    if (r.kind !== 'resolved') uncounted.push({ text, reason: unresolvedReason(r) });
    else if (voter.nip !== null && r.nip === voter.nip) uncounted.push({ text, reason: 'mengusulkan diri sendiri' });
    else resolvedNips.push(r.nip);
  }

  let status: BallotStatus = 'dihitung';
  let reason = '';
  if (rawEntries.length === 0) {
    status = 'tidak sah';
    reason = 'kosong';
  } else if (seenPeople.length + seenTexts.length > limits.perBallotLimit) {
    status = 'tidak sah';
    reason = `lebih dari ${limits.perBallotLimit} calon`;
  }
  return {
    responseId,
    timestamp,
    voterKey: voter.key,
    voterLabel: voter.label,
    rawEntries,
    resolvedNips,
    status,
    reason,
    uncounted,
  };
}
