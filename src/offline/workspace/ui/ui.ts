/**
 * The in-memory Ui of SpreadsheetApp.getUi(): menus (recorded per title, latest addToUi wins),
 * alerts and prompts answered by a scripted user, sidebars and dialogs recorded with their HTML.
 * Every public method counts as "SpreadsheetApp.Ui.<method>" (Menu.*, PromptResponse.*).
 *
 * Node-only (src/offline is never bundled).
 */

import type { MenuItemRecord, MenuRecord, UiBackdoor, UiRecord } from '../contracts';
import type { Kernel } from '../kernel/kernel';
import { enumOf } from '../sheets/context';

/** The add-on's name, the title of createAddonMenu()'s menu. */
export const ADDON_NAME = 'Agen Perubahan';

export const UiEnums = {
  ButtonSet: enumOf('OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL'),
  Button: enumOf('CLOSE', 'OK', 'CANCEL', 'YES', 'NO'),
};

type Answer = { button: string; text?: string };

interface UiState {
  menus: Map<string, MenuRecord>;
  shown: UiRecord[];
  answers: Answer[];
}

class Menu {
  readonly items: MenuItemRecord[] = [];

  constructor(private readonly kernel: Kernel, private readonly state: UiState, readonly title: string, readonly addon: boolean) {}

  private c(method: string): void {
    this.kernel.count('SpreadsheetApp', `Menu.${method}`);
  }

  addItem(caption: string, functionName: string): this {
    this.c('addItem');
    this.items.push({ kind: 'item', caption: String(caption), functionName: String(functionName) });
    return this;
  }
  addSeparator(): this {
    this.c('addSeparator');
    this.items.push({ kind: 'separator' });
    return this;
  }
  addSubMenu(menu: Menu): this {
    this.c('addSubMenu');
    if (!(menu instanceof Menu)) throw this.kernel.makeError('Invalid argument: menu');
    this.items.push({ kind: 'submenu', caption: menu.title, items: copyItems(menu.items) });
    return this;
  }
  addToUi(): void {
    this.c('addToUi');
    this.state.menus.set(this.title, { title: this.title, addon: this.addon, items: copyItems(this.items) });
  }
}

function copyItems(items: MenuItemRecord[]): MenuItemRecord[] {
  return items.map((i) => (i.kind === 'submenu' ? { ...i, items: copyItems(i.items) } : { ...i }));
}

interface HtmlLike {
  getContent(): string;
  getTitle(): string;
}

function readHtml(kernel: Kernel, output: unknown): { content: string; title: string } {
  const html = output as Partial<HtmlLike> | null;
  if (!html || typeof html.getContent !== 'function') throw kernel.makeError('Invalid argument: userInterface');
  // Reading the page is the fake's business, not a call the bundle made.
  return kernel.quietly(() => ({ content: String(html.getContent?.() ?? ''), title: String(html.getTitle?.() ?? '') }));
}

const BUTTONS: Record<string, string[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

export function createUi(kernel: Kernel): { ui: GoogleAppsScript.Base.Ui; backdoor: UiBackdoor } {
  const state: UiState = { menus: new Map(), shown: [], answers: [] };
  const c = (method: string) => kernel.count('SpreadsheetApp', `Ui.${method}`);

  /** alert/prompt overloads: (prompt), (prompt, buttons), (title, prompt, buttons). */
  const args = (a: unknown[]): { title: string; prompt: string; buttons: string } => {
    if (a.length >= 3) return { title: String(a[0]), prompt: String(a[1]), buttons: String(a[2]) };
    if (a.length === 2) return { title: '', prompt: String(a[0]), buttons: String(a[1]) };
    return { title: '', prompt: String(a[0] ?? ''), buttons: 'OK' };
  };
  const checkButtons = (buttons: string) => {
    if (!(buttons in BUTTONS)) throw kernel.makeError('Invalid argument: buttons');
  };

  const ui = {
    ButtonSet: UiEnums.ButtonSet,
    Button: UiEnums.Button,
    createMenu(caption: string) {
      c('createMenu');
      return new Menu(kernel, state, String(caption), false);
    },
    createAddonMenu() {
      c('createAddonMenu');
      return new Menu(kernel, state, ADDON_NAME, true);
    },
    alert(...a: unknown[]) {
      c('alert');
      const { title, prompt, buttons } = args(a);
      checkButtons(buttons);
      const scripted = state.answers.shift();
      const answer = scripted?.button ?? BUTTONS[buttons][0];
      state.shown.push({ kind: 'alert', title, content: prompt, answer });
      return answer;
    },
    prompt(...a: unknown[]) {
      c('prompt');
      const { title, prompt, buttons } = args(a);
      checkButtons(buttons);
      const scripted = state.answers.shift();
      const button = scripted?.button ?? 'CANCEL';
      const text = scripted?.text ?? '';
      state.shown.push({ kind: 'prompt', title, content: prompt, answer: button });
      return {
        getResponseText() {
          kernel.count('SpreadsheetApp', 'PromptResponse.getResponseText');
          return text;
        },
        getSelectedButton() {
          kernel.count('SpreadsheetApp', 'PromptResponse.getSelectedButton');
          return button;
        },
      };
    },
    showSidebar(output: unknown) {
      c('showSidebar');
      const { content, title } = readHtml(kernel, output);
      state.shown.push({ kind: 'sidebar', title, content });
    },
    showModalDialog(output: unknown, title: string) {
      c('showModalDialog');
      const { content } = readHtml(kernel, output);
      state.shown.push({ kind: 'modal', title: String(title), content });
    },
    showModelessDialog(output: unknown, title: string) {
      c('showModelessDialog');
      const { content } = readHtml(kernel, output);
      state.shown.push({ kind: 'modeless', title: String(title), content });
    },
  };

  const backdoor: UiBackdoor = {
    menus: () => [...state.menus.values()].map((m) => ({ ...m, items: copyItems(m.items) })),
    shown: () => state.shown.map((r) => ({ ...r })),
    answerNext: (...answers) => {
      for (const a of answers) state.answers.push(typeof a === 'string' ? { button: a.toUpperCase() } : { button: a.button.toUpperCase(), text: a.text });
    },
    clear: () => {
      state.shown = [];
      state.answers = [];
    },
  };

  return { ui: ui as unknown as GoogleAppsScript.Base.Ui, backdoor };
}
