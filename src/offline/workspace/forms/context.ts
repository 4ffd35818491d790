/**
 * What the in-memory FormApp's objects and its back door share: the kernel, the options of the
 * Workspace that concern Forms, id sequences, the stored Forms, and the factories of the Form and
 * FormResponse objects (so back door events hand the script the same objects FormApp does).
 */
import type { SheetsBackdoor } from '../contracts';
import { FakeObject } from '../kernel/fake';
import type { Kernel } from '../kernel/kernel';
import type { FormModel, ResponseModel } from './model';

import type { FormUrlShape } from './model';
export interface FormsDeps {
  /** The Sheets back door, once the spreadsheet fake exists (for destinations). */
  sheets: () => SheetsBackdoor | null;
  /** Where an edited response stands in getResponses() (undocumented; see WorkspaceOptions). */
  responseOrder?: 'by-timestamp' | 'by-submission';
  /**
   * What a spreadsheet form-submit event's e.values / e.namedValues carry for an answer (Google
   * does not document it): the cell's display value (default) or the answer as submitted.
   */
  eventValues?: 'display' | 'submitted';
  /** The URL shape Sheet.getFormUrl() gives for response tabs (default 'id'; see FormModel.feedUrl). */
  formUrlShape?: FormUrlShape;
  /**
   * Whether FormApp.openByUrl opens a published /d/e/<key>/viewform URL. Google documents only
   * "Returns the Form with the specified URL. Throws an exception if the URL doesn't exist";
   * default false (the stricter reading), true to test the other.
   */
  openByUrlAcceptsPublished?: boolean;
}

/** Item ids: numbers, as Google's. */
export interface FormsContext {
  kernel: Kernel;
  deps: FormsDeps;
  nextItemId(): number;
  nextResponseId(): string;
  model(formId: string): FormModel;
  formObject(model: FormModel): GoogleAppsScript.Forms.Form;
  responseObject(model: FormModel, r: ResponseModel): GoogleAppsScript.Forms.FormResponse;
}

/** Every FormApp object: counted as "FormApp.<cls>.<method>". */
export abstract class FormsObject extends FakeObject {
  protected constructor(
    protected readonly ctx: FormsContext,
    cls: string,
  ) {
    super(ctx.kernel, 'FormApp', cls);
  }
}
