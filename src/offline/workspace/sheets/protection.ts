/**
 * Protections of the in-memory Sheets (Sheet.protect(), Range.protect()): recorded for
 * snapshots, and enforced like Google for a user who is neither the owner nor an editor.
 *
 * Node-only (src/offline is never bundled).
 */

import { enumValue, imitates } from '../kernel/fake';
import type { ProtectionModel } from './model';
import { locA1, type RangeLoc, type SheetsCtx, SheetsObject } from './context';
import { parseA1 } from './values';

type Range = GoogleAppsScript.Spreadsheet.Range;

/** Google's message when a script run by someone who may not edit writes into a protected range. */
export const PROTECTED_EDIT_ERROR =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

export interface Protection extends GoogleAppsScript.Spreadsheet.Protection {}
export class Protection extends SheetsObject {
  constructor(ctx: SheetsCtx, readonly model: ProtectionModel, private readonly loc: RangeLoc) {
    super(ctx, 'Protection');
  }

  private owner(): string {
    return this.ctx.ownerOf(this.loc.ss);
  }


  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    this.count('getProtectionType');
    return enumValue('Spreadsheet.ProtectionType', this.model.range === '' ? 'SHEET' : 'RANGE');
  }
  getRange(): Range {
    this.count('getRange');
    return this.ctx.makeRange(this.loc);
  }
  getDescription(): string {
    this.count('getDescription');
    return this.model.description;
  }
  setDescription(description: string): this {
    this.count('setDescription');
    this.model.description = description;
    return this;
  }
  isWarningOnly(): boolean {
    this.count('isWarningOnly');
    return this.model.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): this {
    this.count('setWarningOnly');
    this.model.warningOnly = warningOnly;
    return this;
  }
  private emailOf(who: unknown): string {
    if (typeof who === 'string') return who;
    if (who && typeof (who as { getEmail?: unknown }).getEmail === 'function') {
      return this.ctx.kernel.quietly(() => String((who as GoogleAppsScript.Base.User).getEmail()));
    }
    throw this.ctx.kernel.makeError('Invalid argument: user');
  }
  addEditor(who: unknown): this {
    this.count('addEditor');
    const email = this.emailOf(who);
    if (email && !this.model.editors.includes(email)) this.model.editors.push(email);
    return this;
  }
  addEditors(list: unknown[]): this {
    this.count('addEditors');
    for (const who of list) {
      const email = this.emailOf(who);
      if (email && !this.model.editors.includes(email)) this.model.editors.push(email);
    }
    return this;
  }
  /** Whom removeEditor(s) keeps (undocumented by Google: WorkspaceOptions.protectionKeeps). */
  private kept(email: string): boolean {
    const keeps = this.ctx.protectionKeeps;
    if (keeps === 'nobody') return false;
    return email === this.owner() || (keeps === 'owner-and-creator' && email === this.model.creator);
  }
  removeEditor(who: unknown): this {
    this.count('removeEditor');
    const email = this.emailOf(who);
    if (!this.kept(email)) this.model.editors = this.model.editors.filter((e) => e !== email);
    return this;
  }
  removeEditors(list: unknown[]): this {
    this.count('removeEditors');
    const drop = list.map((w) => this.emailOf(w)).filter((e) => !this.kept(e));
    this.model.editors = this.model.editors.filter((e) => !drop.includes(e));
    return this;
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    this.count('getEditors');
    return this.model.editors.map((e) => this.ctx.user(e));
  }
  canEdit(): boolean {
    this.count('canEdit');
    return protectionAllows(this.model, this.ctx.currentUser(), this.owner());
  }
  setDomainEdit(editable: boolean): this {
    this.count('setDomainEdit');
    // Google: "Throws an exception if the spreadsheet does not belong to a Google Workspace domain
    // (that is, if it is owned by a gmail.com account)" (apps-script/reference/spreadsheet/protection).
    if (workspaceDomainOf(this.owner()) === null) throw this.ctx.kernel.makeError(DOMAIN_EDIT_CONSUMER_ERROR);
    this.model.domainEdit = editable === true;
    return this;
  }
  canDomainEdit(): boolean {
    this.count('canDomainEdit');
    // "Throws an exception if the user does not have permission to edit the protected range or sheet."
    if (!protectionAllows(this.model, this.ctx.currentUser(), this.owner())) throw this.ctx.kernel.makeError(PROTECTED_EDIT_ERROR);
    return this.model.domainEdit === true;
  }
  setUnprotectedRanges(ranges: Range[]): this {
    this.count('setUnprotectedRanges');
    if (this.model.range !== '') throw this.ctx.kernel.makeError('Unprotected ranges can only be set on a sheet protection.');
    this.model.unprotected = ranges.map((r) => locA1(this.ctx.locOf(r)));
    return this;
  }
  getUnprotectedRanges(): Range[] {
    this.count('getUnprotectedRanges');
    return this.model.unprotected.map((a) => this.ctx.makeRange({ ...this.loc, rect: parseA1(a, this.loc.sheet.maxRows, this.loc.sheet.maxColumns)!.rect }));
  }
  remove(): void {
    this.count('remove');
    this.model.removed = true;
    const list = this.loc.sheet.protections;
    const i = list.indexOf(this.model);
    if (i >= 0) list.splice(i, 1);
  }
}
imitates(Protection, 'Spreadsheet.Protection');

/** The Workspace domain of an account, or null for a consumer (gmail.com) account. */
export function workspaceDomainOf(email: string): string | null {
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  return email.includes('@') && domain !== 'gmail.com' && domain !== 'googlemail.com' ? domain : null;
}

/** What setDomainEdit says on a consumer account's spreadsheet (Google documents the throw, not its words). */
export const DOMAIN_EDIT_CONSUMER_ERROR = 'Domain protection is only supported on documents within a domain.';

export function protectionAllows(p: ProtectionModel, user: string, owner: string): boolean {
  const domain = workspaceDomainOf(owner);
  const inDomain = domain !== null && workspaceDomainOf(user) === domain;
  return p.warningOnly || user === owner || p.editors.includes(user) || (p.domainEdit === true && inDomain);
}
