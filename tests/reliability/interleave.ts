/**
 * Tools to make trigger runs overlap in the single-threaded in-memory Workspace, the way Google
 * runs form-submit triggers in parallel:
 * - `nestSubmissions`: while one trigger run is in the middle of its work (any counted call that
 *   matches), the next submission is made, so its trigger run starts inside the first one and
 *   finds the script lock held (it waits its timeout, then gives up: the kernel's lock cannot be
 *   released by a run that is suspended underneath);
 * - `captureDeliveries`: records every trigger delivery so a test can deliver the same event
 *   again (Google sometimes does), or deliver a blank one.
 */
import type { Workspace } from '../../src/offline/workspace/index';
import { Random } from '../../src/offline/demo/random';

export interface Delivery {
  handler: string;
  args: unknown[];
  triggerUid: string;
}

/** Records every trigger run of `handler`; returns the list (live). */
export function captureDeliveries(ws: Workspace, handler: string): Delivery[] {
  const seen: Delivery[] = [];
  const k = ws.kernel;
  const inner = k.runner!;
  k.runner = (h, args, kind, uid) => {
    if (h === handler && kind === 'trigger' && uid) seen.push({ handler: h, args, triggerUid: uid });
    return inner(h, args, kind, uid);
  };
  return seen;
}

/** Delivers a recorded event again, as a new trigger execution. */
export function redeliver(ws: Workspace, d: Delivery): void {
  ws.kernel.run(d.handler, d.args, 'trigger', d.triggerUid);
}

/** Delivers blank events (no response, no range) to every trigger of `handler`. */
export function deliverBlank(ws: Workspace, handler: string): void {
  for (const t of ws.kernel.triggers.filter((x) => x.handler === handler)) {
    ws.kernel.run(handler, [{ triggerUid: t.uid, authMode: 'FULL' }], 'trigger', t.uid);
    ws.kernel.run(handler, [undefined], 'trigger', t.uid);
  }
}

export interface Submission {
  submit: () => void;
}

/**
 * Runs `subs` in order. While a run of `handler` makes a call matching `when`, with probability
 * `chance` (seeded), the next submission is started right there (at most one nested at a time).
 * The last `calmTail` submissions are never nested, so a late one catches up what earlier ones
 * could not write. Returns how many submissions started nested.
 */
export function nestSubmissions(
  ws: Workspace,
  subs: Submission[],
  options: { handler: string; when: (service: string, member: string) => boolean; chance: number; seed: number; calmTail?: number },
): number {
  const k = ws.kernel;
  const rnd = new Random(options.seed);
  const queue = [...subs];
  const calmTail = options.calmTail ?? 2;
  let nesting = false;
  let nested = 0;
  const previous = k.onCall;
  k.onCall = (service, member) => {
    previous?.(service, member);
    if (nesting || queue.length <= calmTail) return;
    const exec = k.currentExecution;
    if (!exec || exec.kind !== 'trigger' || !options.when(service, member)) return;
    const running = k.triggers.find((t) => t.uid === exec.triggerUid)?.handler;
    if (running !== options.handler || !rnd.chance(options.chance)) return;
    const next = queue.shift()!;
    nesting = true;
    nested += 1;
    try {
      next.submit();
    } finally {
      nesting = false;
    }
  };
  try {
    while (queue.length > 0) queue.shift()!.submit();
  } finally {
    k.onCall = previous;
  }
  return nested;
}

/**
 * The storm the concurrency tests put one route through: the submissions in order, each event
 * Google delivers also delivered a second time, a blank event after every tenth, an outside
 * process holding the script lock for 40 s at submission `heldAt`, and submissions started inside
 * a run's `setValues` (nestSubmissions, `chance` 0.35). `submitOne(i)` makes submission i.
 * Returns how many submissions started nested.
 */
export function submitInStorm(ws: Workspace, count: number, submitOne: (i: number) => void, options: { handler: string; heldAt: number; seed: number; calmTail?: number }): number {
  const deliveries = captureDeliveries(ws, options.handler);
  const subs = Array.from({ length: count }, (_, i) => ({
    submit: () => {
      const before = deliveries.length;
      if (i === options.heldAt) ws.kernel.holdScriptLock(ws.kernel.now() + 40_000);
      submitOne(i);
      for (const d of deliveries.slice(before, before + 1)) redeliver(ws, d);
      if (i % 10 === 5) deliverBlank(ws, options.handler);
    },
  }));
  return nestSubmissions(ws, subs, {
    handler: options.handler,
    when: (service, member) => service === 'SpreadsheetApp' && member === 'Range.setValues',
    chance: 0.35,
    seed: options.seed,
    calmTail: options.calmTail,
  });
}
