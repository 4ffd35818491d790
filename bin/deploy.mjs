#!/usr/bin/env node
// Deployment to Apps Script, google/aside's pattern: one clasp project file per target
// (.clasp-dev.json, .clasp-prod.json, both git-ignored), and nothing is pushed that did not pass
// the typecheck, every test and the build first.
//
//   node bin/deploy.mjs config <dev|prod> <script id or Apps Script editor URL>
//   node bin/deploy.mjs <dev|prod> [--dry-run]
//
// `clasp -P <file>` points clasp at the target's project file (clasp 3: "-P, --project <file>
// path to a project file"), so no file is copied over .clasp.json.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const TARGETS = ['dev', 'prod'];
/** Apps Script script ids: long runs of [A-Za-z0-9_-] (Google's ids are 57 characters today). */
const SCRIPT_ID = /^[A-Za-z0-9_-]{30,}$/;
const PLACEHOLDER = /REPLACE|YOUR|xxxxx/i;

export function projectFile(target, root = ROOT) {
  return join(root, `.clasp-${target}.json`);
}

/** The script id in a pasted value: the id itself, or the Apps Script editor URL (…/projects/<id>/edit). */
export function scriptIdFrom(value) {
  const text = String(value ?? '').trim();
  const m = /\/projects\/([A-Za-z0-9_-]+)/.exec(text) ?? /\/d\/([A-Za-z0-9_-]+)/.exec(text);
  const id = m ? m[1] : text;
  return SCRIPT_ID.test(id) && !PLACEHOLDER.test(id) ? id : null;
}

/** Checks a target's project file; returns the problem in one sentence, or null. */
export function checkProjectFile(target, root = ROOT) {
  if (!TARGETS.includes(target)) return `Unknown target "${target}": use dev or prod.`;
  const file = projectFile(target, root);
  const name = `.clasp-${target}.json`;
  if (!existsSync(file)) {
    return `${name} is missing. Create it with: npm run deploy:config -- ${target} <script id> (README, "Deploying to the office's spreadsheet").`;
  }
  let parsed;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return `${name} is not valid JSON (${e.message}).`;
  }
  if (!parsed || typeof parsed.scriptId !== 'string' || !scriptIdFrom(parsed.scriptId)) {
    return `${name} has no real "scriptId" (found ${JSON.stringify(parsed?.scriptId ?? null)}). Copy the script id from Extensions › Apps Script › Project Settings.`;
  }
  if (parsed.rootDir !== 'dist') return `${name} must have "rootDir": "dist" (clasp pushes the built bundle, not src/).`;
  return null;
}

/** Writes .clasp-<target>.json for a script id (or editor URL). */
export function writeProjectFile(target, value, root = ROOT) {
  if (!TARGETS.includes(target)) throw new Error(`Unknown target "${target}": use dev or prod.`);
  const scriptId = scriptIdFrom(value);
  if (!scriptId) throw new Error(`"${value}" is not an Apps Script script id (Extensions › Apps Script › Project Settings › Script ID).`);
  const file = projectFile(target, root);
  writeFileSync(file, `${JSON.stringify({ scriptId, rootDir: 'dist' }, null, 2)}\n`);
  return file;
}

/** The commands a deployment runs, in order (aside: typecheck, lint, tests and build before the push). */
export function deploySteps(target) {
  const push = ['npx', 'clasp', '-P', `.clasp-${target}.json`, 'push'];
  // dev overwrites the remote manifest without asking; prod lets clasp ask when the manifest changed.
  if (target === 'dev') push.push('--force');
  return [
    ['npm', 'run', 'typecheck'],
    ['npm', 'run', 'lint'],
    ['npx', 'vitest', 'run'],
    ['node', 'build.mjs'],
    push,
  ];
}

function run(cmd) {
  console.log(`\n$ ${cmd.join(' ')}`);
  const out = spawnSync(cmd[0], cmd.slice(1), { cwd: ROOT, stdio: 'inherit' });
  return out.status ?? 1;
}

export function main(argv) {
  const [first, second, third] = argv;
  if (first === 'config') {
    try {
      const file = writeProjectFile(second, third);
      console.log(`Wrote ${file}. Next: npm run deploy:${second}`);
      return 0;
    } catch (e) {
      console.error(e.message);
      return 2;
    }
  }
  const problem = checkProjectFile(first);
  if (problem) {
    console.error(problem);
    return 2;
  }
  const steps = deploySteps(first);
  if (second === '--dry-run') {
    for (const s of steps) console.log(s.join(' '));
    return 0;
  }
  for (const step of steps) {
    const status = run(step);
    if (status !== 0) {
      console.error(`\nStopped: "${step.join(' ')}" failed (exit ${status}); nothing after it ran.`);
      return status;
    }
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(main(process.argv.slice(2)));
}
