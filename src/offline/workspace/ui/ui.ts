/**
 * The in-memory Ui of SpreadsheetApp.getUi(): menus (recorded per title, latest addToUi wins),
 * alerts and prompts answered by a scripted user, sidebars and dialogs recorded with their HTML.
 * Every public method counts as "SpreadsheetApp.Ui.<method>" (Menu.*, PromptResponse.*).
 *
 * Node-only (src/offline is never bundled).
 */

import type { MenuItemRecord, MenuRecord, UiBackdoor, UiRecord } from '../contracts';
import { enumMemberOf, enumValue, FakeObject, imitates } from '../kernel/fake';
import type { Kernel } from '../kernel/kernel';

/**
 * The title of createAddonMenu()'s menu. Google: "If the script is running as an add-on, the
 * sub-menu name matches the add-on's name in the web store; if the script is bound to the document
 * directly, the sub-menu name matches the script's name" (apps-script/reference/base/ui). The
 * Kernel's `addOnMenuName` is that name (the workspace sets it from its options).
 */
export const ADDON_NAME = 'Agen Perubahan';

type ButtonName = keyof typeof GoogleAppsScript.Base.Button & string;
type Answer = { button: ButtonName; text?: string };

interface UiState {
  menus: Map<string, MenuRecord>;
  shown: UiRecord[];
  answers: Answer[];
}

interface Menu extends GoogleAppsScript.Base.Menu {}
class Menu extends FakeObject {
  readonly items: MenuItemRecord[] = [];

  constructor(
    kernel: Kernel,
    private readonly state: UiState,
    readonly title: string,
    readonly addon: boolean,
  ) {
    super(kernel, 'SpreadsheetApp', 'Menu');
  }

  addItem(caption: string, functionName: string): this {
    this.count('addItem');
    this.items.push({ kind: 'item', caption: String(caption), functionName: String(functionName) });
    return this;
  }
  addSeparator(): this {
    this.count('addSeparator');
    this.items.push({ kind: 'separator' });
    return this;
  }
  addSubMenu(menu: GoogleAppsScript.Base.Menu): this {
    this.count('addSubMenu');
    if (!(menu instanceof Menu)) throw this.kernel.makeError('Invalid argument: menu');
    this.items.push({ kind: 'submenu', caption: menu.title, items: copyItems(menu.items) });
    return this;
  }
  addToUi(): void {
    this.count('addToUi');
    this.state.menus.set(this.title, { title: this.title, addon: this.addon, items: copyItems(this.items) });
  }
}

imitates(Menu, 'Base.Menu');

function copyItems(items: MenuItemRecord[]): MenuItemRecord[] {
  return items.map((i) => (i.kind === 'submenu' ? { ...i, items: copyItems(i.items) } : { ...i }));
}

interface HtmlLike {
  getContent(): string;
  getTitle(): string;
  getWidth(): number;
  getHeight(): number;
}

function readHtml(kernel: Kernel, output: unknown): { content: string; title: string; size: { width: number; height: number } } {
  const html = output as Partial<HtmlLike> | null;
  if (!html || typeof html.getContent !== 'function') throw kernel.makeError('Invalid argument: userInterface');
  // Reading the page is the fake's business, not a call the bundle made.
  return kernel.quietly(() => ({
    content: String(html.getContent?.() ?? ''),
    title: String(html.getTitle?.() ?? ''),
    size: { width: Number(html.getWidth?.() ?? 0), height: Number(html.getHeight?.() ?? 0) },
  }));
}

const BUTTONS: Record<keyof typeof GoogleAppsScript.Base.ButtonSet & string, ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

const BUTTONS_BY_NAME: Record<ButtonName, true> = { CLOSE: true, OK: true, CANCEL: true, YES: true, NO: true };

interface PromptResponse extends GoogleAppsScript.Base.PromptResponse {}
class PromptResponse extends FakeObject {
  constructor(kernel: Kernel, private readonly button: ButtonName, private readonly text: string) {
    super(kernel, 'SpreadsheetApp', 'PromptResponse');
  }
  getResponseText(): string {
    this.count('getResponseText');
    return this.text;
  }
  getSelectedButton(): GoogleAppsScript.Base.Button {
    this.count('getSelectedButton');
    return enumValue('Base.Button', this.button);
  }
}
imitates(PromptResponse, 'Base.PromptResponse');

/** How Apps Script names an argument's type in "The parameters (…) don't match". */
function javaType(v: unknown): string {
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'Boolean';
  return v === null || v === undefined ? 'null' : 'Object';
}

interface Ui extends GoogleAppsScript.Base.Ui {}
class Ui extends FakeObject {
  constructor(kernel: Kernel, private readonly state: UiState) {
    super(kernel, 'SpreadsheetApp', 'Ui');
  }

  /** alert/prompt overloads: (prompt), (prompt, buttons), (title, prompt, buttons). */
  private dialog(method: string, a: unknown[]): { title: string; prompt: string; buttons: ButtonName[] } {
    const [title, prompt, buttons] = a.length >= 3 ? [String(a[0]), String(a[1]), a[2]] : a.length === 2 ? ['', String(a[0]), a[1]] : ['', String(a[0] ?? ''), null];
    if (buttons === null) return { title, prompt, buttons: BUTTONS.OK };
    const set = enumMemberOf('Base.ButtonSet', buttons);
    if (!set) throw this.kernel.makeError(`The parameters (${a.map(javaType).join(',')}) don't match the method signature for Ui.${method}.`);
    return { title, prompt, buttons: BUTTONS[set] };
  }

  createMenu(caption: string): Menu {
    this.count('createMenu');
    return new Menu(this.kernel, this.state, String(caption), false);
  }
  createAddonMenu(): Menu {
    this.count('createAddonMenu');
    return new Menu(this.kernel, this.state, this.kernel.addOnMenuName, true);
  }
  alert(...a: unknown[]): GoogleAppsScript.Base.Button {
    this.count('alert');
    const { title, prompt, buttons } = this.dialog('alert', a);
    const scripted = this.state.answers.shift();
    const answer = scripted?.button ?? buttons[0];
    this.state.shown.push({ kind: 'alert', title, content: prompt, answer });
    return enumValue('Base.Button', answer);
  }
  prompt(...a: unknown[]): PromptResponse {
    this.count('prompt');
    const { title, prompt } = this.dialog('prompt', a);
    const scripted = this.state.answers.shift();
    const button = scripted?.button ?? 'CANCEL';
    this.state.shown.push({ kind: 'prompt', title, content: prompt, answer: button });
    return new PromptResponse(this.kernel, button, scripted?.text ?? '');
  }
  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.count('showSidebar');
    const { content, title } = readHtml(this.kernel, userInterface);
    this.state.shown.push({ kind: 'sidebar', title, content });
  }
  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.count('showModalDialog');
    const { content, size } = readHtml(this.kernel, userInterface);
    this.state.shown.push({ kind: 'modal', title: String(title), content, size });
  }
  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.count('showModelessDialog');
    const { content, size } = readHtml(this.kernel, userInterface);
    this.state.shown.push({ kind: 'modeless', title: String(title), content, size });
  }
}
imitates(Ui, 'Base.Ui');

export function createUi(kernel: Kernel): { ui: GoogleAppsScript.Base.Ui; backdoor: UiBackdoor } {
  const state: UiState = { menus: new Map(), shown: [], answers: [] };
  const ui = new Ui(kernel, state);

  const backdoor: UiBackdoor = {
    menus: () => [...state.menus.values()].map((m) => ({ ...m, items: copyItems(m.items) })),
    shown: () => state.shown.map((r) => ({ ...r })),
    answerNext: (...answers) => {
      for (const a of answers) {
        const answer = typeof a === 'string' ? { button: a } : a;
        const button = answer.button.toUpperCase();
        if (!(button in BUTTONS_BY_NAME)) throw new Error(`answerNext: no button ${answer.button}`);
        state.answers.push({ button: button as ButtonName, text: answer.text });
      }
    },
    clear: () => {
      state.shown = [];
      state.answers = [];
    },
  };

  return { ui, backdoor };
}
