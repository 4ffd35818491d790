/**
 * HtmlService: outputs and templates read from the built folder (dist/, where build.mjs copies
 * src/ui/*.html). Templates support `<?= ?>` (escaped), `<?!= ?>` (raw) and `<? ?>` scriptlets,
 * evaluated with the template's properties in scope, in the bundle's context when one is loaded
 * (as on Google, scriptlets may call the script's functions).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import type { Kernel } from '../kernel/kernel';
import { makeEnum } from '../script/script-app';

export const SandboxMode = makeEnum(['EMULATED', 'IFRAME', 'NATIVE'] as const);
export const XFrameOptionsMode = makeEnum(['ALLOWALL', 'DEFAULT'] as const);

export interface HtmlServiceOptions {
  /** Folder holding the project's .html files. */
  distDir: string;
  /** The bundle's vm context, once loaded (scriptlets run there). */
  context?: () => vm.Context | null;
}

/** What the UI fakes read from an HtmlOutput without counting. */
export const HTML_STATE = Symbol.for('agenPerubahan.htmlOutputState');

export interface HtmlOutputState {
  content: string;
  title: string;
  width: number;
  height: number;
  metaTags: { name: string; content: string }[];
}

/** An HtmlOutput's content and title, uncounted, or null when `o` is not one of ours. */
export function htmlState(o: unknown): HtmlOutputState | null {
  return o && typeof o === 'object' ? ((o as Record<symbol, HtmlOutputState | undefined>)[HTML_STATE] ?? null) : null;
}

export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Compiles template text into the body of `function (__scope, __esc)` returning the HTML. */
export function compileTemplate(source: string): string {
  let code = 'var __out = [];\nwith (__scope) {\n';
  const re = /<\?(!?=)?([\s\S]*?)\?>/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(source)) !== null) {
    if (m.index > last) code += `__out.push(${JSON.stringify(source.slice(last, m.index))});\n`;
    const body = m[2];
    if (m[1] === '=') code += `__out.push(__esc(${body}));\n`;
    else if (m[1] === '!=') code += `__out.push(String((${body}) == null ? '' : (${body})));\n`;
    else code += `${body}\n`;
    last = re.lastIndex;
  }
  if (last < source.length) code += `__out.push(${JSON.stringify(source.slice(last))});\n`;
  return `${code}}\nreturn __out.join('');`;
}

export function createHtmlService(kernel: Kernel, options: HtmlServiceOptions): GoogleAppsScript.HTML.HtmlService {
  const readFile = (name: string): string => {
    const base = String(name).replace(/\.html$/, '');
    const file = join(options.distDir, `${base}.html`);
    if (!existsSync(file)) throw kernel.makeError(`No HTML file named ${base} was found.`);
    return readFileSync(file, 'utf8');
  };

  const output = (initial: string): GoogleAppsScript.HTML.HtmlOutput => {
    const state: HtmlOutputState = { content: initial, title: '', width: 300, height: 200, metaTags: [] };
    const count = (m: string) => kernel.count('HtmlService', `HtmlOutput.${m}`);
    const self: Record<string | symbol, unknown> = {
      getContent() {
        count('getContent');
        return state.content;
      },
      setContent(c: string) {
        count('setContent');
        state.content = String(c);
        return self;
      },
      append(c: string) {
        count('append');
        state.content += String(c);
        return self;
      },
      appendUntrusted(c: string) {
        count('appendUntrusted');
        state.content += escapeHtml(c);
        return self;
      },
      clear() {
        count('clear');
        state.content = '';
        return self;
      },
      getTitle() {
        count('getTitle');
        return state.title;
      },
      setTitle(t: string) {
        count('setTitle');
        state.title = String(t);
        return self;
      },
      getWidth() {
        count('getWidth');
        return state.width;
      },
      setWidth(w: number) {
        count('setWidth');
        state.width = Number(w);
        return self;
      },
      getHeight() {
        count('getHeight');
        return state.height;
      },
      setHeight(h: number) {
        count('setHeight');
        state.height = Number(h);
        return self;
      },
      addMetaTag(name: string, content: string) {
        count('addMetaTag');
        state.metaTags.push({ name: String(name), content: String(content) });
        return self;
      },
      getMetaTags() {
        count('getMetaTags');
        return state.metaTags.map((t) => ({ getName: () => t.name, getContent: () => t.content }));
      },
      setSandboxMode() {
        count('setSandboxMode');
        return self;
      },
      setXFrameOptionsMode() {
        count('setXFrameOptionsMode');
        return self;
      },
      setFaviconUrl() {
        count('setFaviconUrl');
        return self;
      },
    };
    Object.defineProperty(self, HTML_STATE, { value: state });
    return self as unknown as GoogleAppsScript.HTML.HtmlOutput;
  };

  const METHODS = new Set(['evaluate', 'getCode', 'getCodeWithComments', 'getRawContent']);

  const template = (source: string): GoogleAppsScript.HTML.HtmlTemplate => {
    const count = (m: string) => kernel.count('HtmlService', `HtmlTemplate.${m}`);
    const code = compileTemplate(source);
    const self: Record<string, unknown> = {};
    const scope = () => {
      const s: Record<string, unknown> = {};
      for (const k of Object.keys(self)) if (!METHODS.has(k)) s[k] = self[k];
      return s;
    };
    Object.defineProperties(self, {
      evaluate: {
        enumerable: false,
        value: () => {
          count('evaluate');
          const ctx = options.context?.() ?? vm.createContext({});
          const fn = new vm.Script(`(function (__scope, __esc) {\n${code}\n})`).runInContext(ctx) as (
            scope: Record<string, unknown>,
            esc: (v: unknown) => string,
          ) => string;
          return output(fn(scope(), escapeHtml));
        },
      },
      getCode: {
        enumerable: false,
        value: () => {
          count('getCode');
          return code;
        },
      },
      getCodeWithComments: {
        enumerable: false,
        value: () => {
          count('getCodeWithComments');
          return code;
        },
      },
      getRawContent: {
        enumerable: false,
        value: () => {
          count('getRawContent');
          return source;
        },
      },
    });
    return self as unknown as GoogleAppsScript.HTML.HtmlTemplate;
  };

  return {
    SandboxMode,
    XFrameOptionsMode,
    createHtmlOutput(html?: string) {
      kernel.count('HtmlService', 'createHtmlOutput');
      return output(html === undefined ? '' : String(html));
    },
    createHtmlOutputFromFile(name: string) {
      kernel.count('HtmlService', 'createHtmlOutputFromFile');
      return output(readFile(name));
    },
    createTemplate(html: string) {
      kernel.count('HtmlService', 'createTemplate');
      return template(String(html));
    },
    createTemplateFromFile(name: string) {
      kernel.count('HtmlService', 'createTemplateFromFile');
      return template(readFile(name));
    },
  } as unknown as GoogleAppsScript.HTML.HtmlService;
}
