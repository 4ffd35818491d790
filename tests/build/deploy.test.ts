/**
 * Deployment as a new user meets it: no .clasp.json in the repository, one
 * git-ignored project file per target written from a script id, and a deploy that refuses to
 * push without a real script id and pushes only after typecheck, tests and build.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProjectFile, deploySteps, scriptIdFrom, writeProjectFile } from '../../bin/deploy.mjs';

const ROOT = resolve(__dirname, '../..');
const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCdEfGhIjKlMnOpQ';

describe('the repository', () => {
  it('carries no .clasp.json, only the example, and ignores every target file', () => {
    const tracked = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n');
    expect(tracked).not.toContain('.clasp.json');
    expect(tracked).toContain('.clasp.json.example');
    const ignore = readFileSync(join(ROOT, '.gitignore'), 'utf8').split('\n');
    for (const f of ['.clasp.json', '.clasp-dev.json', '.clasp-prod.json']) expect(ignore).toContain(f);
    const example = JSON.parse(readFileSync(join(ROOT, '.clasp.json.example'), 'utf8'));
    expect(example.rootDir).toBe('dist');
    expect(scriptIdFrom(example.scriptId)).toBeNull(); // a placeholder is never taken for an id
  });

  it('package.json has deploy:dev and deploy:prod, each through bin/deploy.mjs', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.scripts['deploy:dev']).toBe('node bin/deploy.mjs dev');
    expect(pkg.scripts['deploy:prod']).toBe('node bin/deploy.mjs prod');
    expect(pkg.scripts['deploy:config']).toBe('node bin/deploy.mjs config');
  });
});

describe('bin/deploy.mjs', () => {
  it('takes a script id or the Apps Script editor URL, never a placeholder', () => {
    expect(scriptIdFrom(ID)).toBe(ID);
    expect(scriptIdFrom(`https://script.google.com/home/projects/${ID}/edit`)).toBe(ID);
    expect(scriptIdFrom(`https://script.google.com/d/${ID}/edit`)).toBe(ID);
    expect(scriptIdFrom('REPLACE_WITH_YOUR_SCRIPT_ID')).toBeNull();
    expect(scriptIdFrom('')).toBeNull();
    expect(scriptIdFrom('abc')).toBeNull();
  });

  it('writes one project file per target, each with rootDir dist', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clasp-'));
    writeProjectFile('dev', ID, dir);
    writeProjectFile('prod', `https://script.google.com/home/projects/${ID.replace('1A', '1B')}/edit`, dir);
    expect(JSON.parse(readFileSync(join(dir, '.clasp-dev.json'), 'utf8'))).toEqual({ scriptId: ID, rootDir: 'dist' });
    expect(JSON.parse(readFileSync(join(dir, '.clasp-prod.json'), 'utf8')).scriptId).toBe(ID.replace('1A', '1B'));
    expect(checkProjectFile('dev', dir)).toBeNull();
    expect(checkProjectFile('prod', dir)).toBeNull();
    expect(() => writeProjectFile('staging', ID, dir)).toThrow(/dev or prod/);
    expect(() => writeProjectFile('dev', 'REPLACE_WITH_YOUR_SCRIPT_ID', dir)).toThrow(/not an Apps Script script id/);
  });

  it('refuses to deploy without a real project file, saying how to make one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clasp-'));
    expect(checkProjectFile('dev', dir)).toMatch(/\.clasp-dev\.json is missing.*deploy:config -- dev/);
    writeFileSync(join(dir, '.clasp-dev.json'), JSON.stringify({ scriptId: 'REPLACE_WITH_YOUR_SCRIPT_ID', rootDir: 'dist' }));
    expect(checkProjectFile('dev', dir)).toMatch(/no real "scriptId"/);
    writeFileSync(join(dir, '.clasp-dev.json'), JSON.stringify({ scriptId: ID, rootDir: 'src' }));
    expect(checkProjectFile('dev', dir)).toMatch(/rootDir/);
    writeFileSync(join(dir, '.clasp-dev.json'), '{');
    expect(checkProjectFile('dev', dir)).toMatch(/not valid JSON/);
  });

  it('pushes last, after typecheck, lint, tests and build; each target to its own project file', () => {
    for (const target of ['dev', 'prod']) {
      const steps = deploySteps(target).map((s) => s.join(' '));
      expect(steps.slice(0, 4)).toEqual(['npm run typecheck', 'npm run lint', 'npx vitest run', 'node build.mjs']);
      expect(steps[4]).toMatch(new RegExp(`^npx clasp -P \\.clasp-${target}\\.json push`));
    }
    expect(deploySteps('dev').at(-1)).toContain('--force');
    expect(deploySteps('prod').at(-1)).not.toContain('--force');
  });

  it('from the command line: no project file → exit 2 and nothing run', () => {
    if (existsSync(join(ROOT, '.clasp-prod.json'))) return expect(checkProjectFile('prod')).toBeNull();
    const out = spawnSync(process.execPath, [join(ROOT, 'bin/deploy.mjs'), 'prod'], { cwd: ROOT, encoding: 'utf8' });
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('.clasp-prod.json is missing');
    expect(out.stdout).not.toContain('$ npm run typecheck');
  });
});
