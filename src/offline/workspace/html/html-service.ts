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
import { FakeObject, imitates } from '../kernel/fake';

export interface HtmlServiceOptions {
  /** Folder holding the project's .html files. */
  distDir: string;
  /** The bundle's vm context, once loaded (scriptlets run there). */
  context?: () => vm.Context | null;
}

export interface HtmlOutputState {
  content: string;
  title: string;
  width: number;
  height: number;
  metaTags: { name: string; content: string }[];
}

/** An HtmlOutput's content and title, uncounted, or null when `o` is not one of ours. */
export function htmlState(o: unknown): HtmlOutputState | null {
  return o instanceof HtmlOutput ? o.state : null;
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

interface HtmlOutputMetaTag extends GoogleAppsScript.HTML.HtmlOutputMetaTag {}
class HtmlOutputMetaTag extends FakeObject {
  constructor(kernel: Kernel, private readonly tag: { name: string; content: string }) {
    super(kernel, 'HtmlService', 'HtmlOutputMetaTag');
  }
  getName(): string {
    this.count('getName');
    return this.tag.name;
  }
  getContent(): string {
    this.count('getContent');
    return this.tag.content;
  }
}
imitates(HtmlOutputMetaTag, 'HTML.HtmlOutputMetaTag');

interface HtmlOutput extends GoogleAppsScript.HTML.HtmlOutput {}
class HtmlOutput extends FakeObject {
  readonly state: HtmlOutputState;
  constructor(kernel: Kernel, content: string) {
    super(kernel, 'HtmlService', 'HtmlOutput');
    this.state = { content, title: '', width: 300, height: 200, metaTags: [] };
  }
  getContent(): string {
    this.count('getContent');
    return this.state.content;
  }
  setContent(content: string): this {
    this.count('setContent');
    this.state.content = String(content);
    return this;
  }
  append(addedContent: string): this {
    this.count('append');
    this.state.content += String(addedContent);
    return this;
  }
  appendUntrusted(addedContent: string): this {
    this.count('appendUntrusted');
    this.state.content += escapeHtml(addedContent);
    return this;
  }
  clear(): this {
    this.count('clear');
    this.state.content = '';
    return this;
  }
  getTitle(): string {
    this.count('getTitle');
    return this.state.title;
  }
  setTitle(title: string): this {
    this.count('setTitle');
    this.state.title = String(title);
    return this;
  }
  getWidth(): number {
    this.count('getWidth');
    return this.state.width;
  }
  setWidth(width: number): this {
    this.count('setWidth');
    this.state.width = Number(width);
    return this;
  }
  getHeight(): number {
    this.count('getHeight');
    return this.state.height;
  }
  setHeight(height: number): this {
    this.count('setHeight');
    this.state.height = Number(height);
    return this;
  }
  addMetaTag(name: string, content: string): this {
    this.count('addMetaTag');
    this.state.metaTags.push({ name: String(name), content: String(content) });
    return this;
  }
  getMetaTags(): HtmlOutputMetaTag[] {
    this.count('getMetaTags');
    return this.state.metaTags.map((t) => new HtmlOutputMetaTag(this.kernel, t));
  }
  setSandboxMode(): this {
    this.count('setSandboxMode');
    return this;
  }
  setXFrameOptionsMode(): this {
    this.count('setXFrameOptionsMode');
    return this;
  }
  setFaviconUrl(): this {
    this.count('setFaviconUrl');
    return this;
  }
}
imitates(HtmlOutput, 'HTML.HtmlOutput');

/** A template's source and compiled code, kept off the template: its own properties are the scope. */
const templates = new WeakMap<object, { source: string; code: string; context: () => vm.Context | null }>();

interface HtmlTemplate extends GoogleAppsScript.HTML.HtmlTemplate {}
class HtmlTemplate extends FakeObject {
  constructor(kernel: Kernel, source: string, context: () => vm.Context | null) {
    super(kernel, 'HtmlService', 'HtmlTemplate');
    templates.set(this, { source, code: compileTemplate(source), context });
  }
  private get template(): { source: string; code: string; context: () => vm.Context | null } {
    return templates.get(this) as { source: string; code: string; context: () => vm.Context | null };
  }
  evaluate(): HtmlOutput {
    this.count('evaluate');
    const { code, context } = this.template;
    const ctx = context() ?? vm.createContext({});
    const fn = new vm.Script(`(function (__scope, __esc) {\n${code}\n})`).runInContext(ctx) as (
      scope: Record<string, unknown>,
      esc: (v: unknown) => string,
    ) => string;
    return new HtmlOutput(this.kernel, fn({ ...this }, escapeHtml));
  }
  getCode(): string {
    this.count('getCode');
    return this.template.code;
  }
  getCodeWithComments(): string {
    this.count('getCodeWithComments');
    return this.template.code;
  }
  getRawContent(): string {
    this.count('getRawContent');
    return this.template.source;
  }
}
imitates(HtmlTemplate, 'HTML.HtmlTemplate');

interface HtmlService extends GoogleAppsScript.HTML.HtmlService {}
class HtmlService extends FakeObject {
  constructor(kernel: Kernel, private readonly options: HtmlServiceOptions) {
    super(kernel, 'HtmlService', '');
  }
  private readFile(name: string): string {
    const base = String(name).replace(/\.html$/, '');
    const file = join(this.options.distDir, `${base}.html`);
    if (!existsSync(file)) throw this.kernel.makeError(`No HTML file named ${base} was found.`);
    return readFileSync(file, 'utf8');
  }
  private context(): vm.Context | null {
    return this.options.context?.() ?? null;
  }
  createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource): HtmlOutput {
    this.count('createHtmlOutput');
    if (html === undefined) return new HtmlOutput(this.kernel, '');
    return new HtmlOutput(this.kernel, this.text(html));
  }
  /** Text given as a string or as a blob (reading the blob is the fake's business, uncounted). */
  private text(html: string | GoogleAppsScript.Base.BlobSource): string {
    if (typeof html === 'object' && html !== null) return this.kernel.quietly(() => html.getBlob().getDataAsString());
    return String(html);
  }
  createHtmlOutputFromFile(filename: string): HtmlOutput {
    this.count('createHtmlOutputFromFile');
    return new HtmlOutput(this.kernel, this.readFile(filename));
  }
  createTemplate(html: string | GoogleAppsScript.Base.BlobSource): HtmlTemplate {
    this.count('createTemplate');
    return new HtmlTemplate(this.kernel, this.text(html), () => this.context());
  }
  createTemplateFromFile(filename: string): HtmlTemplate {
    this.count('createTemplateFromFile');
    return new HtmlTemplate(this.kernel, this.readFile(filename), () => this.context());
  }
}
imitates(HtmlService, 'HTML.HtmlService');

export function createHtmlService(kernel: Kernel, options: HtmlServiceOptions): GoogleAppsScript.HTML.HtmlService {
  return new HtmlService(kernel, options);
}
