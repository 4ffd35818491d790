/**
 * The in-memory DriveApp over the kernel's file registry: files and folders, makeCopy (which
 * clones the file's content through `cloneForCopy`, so a template Doc is copied with its header
 * and footer), trash versus removal, owners, dates, blobs.
 *
 * Google's behaviours imitated here:
 * - a missing (removed) id gives "No item with the given ID could be found, or you do not have
 *   permission to access it."; a trashed file is still found, and isTrashed() tells;
 * - getFilesByName and Folder.getFiles also return trashed files (check isTrashed());
 * - in a simple trigger (onOpen) every DriveApp call fails for lack of authorisation.
 *
 * Node-only (src/offline is never bundled).
 */

import type { DriveBackdoor } from '../contracts';
import { FakeObject, imitates } from '../kernel/fake';
import { type DriveEntry, type Kernel, MimeTypes } from '../kernel/kernel';
import { Blob } from '../session/blob';

export const NOT_FOUND_ERROR = 'No item with the given ID could be found, or you do not have permission to access it.';
export const DRIVE_SCOPE = 'https://www.googleapis.com/auth/drive';
const ITERATOR_END_ERROR = 'Cannot retrieve the next object: iterator has reached the end.';

const roots = new WeakMap<Kernel, string>();

/** The id of "My Drive" of this kernel (created on first use). Files without parents live here. */
export function rootFolderId(kernel: Kernel): string {
  let id = roots.get(kernel);
  if (!id) {
    id = kernel.newId('0');
    roots.set(kernel, id);
    kernel.registerFile({ id, name: 'My Drive', mimeType: MimeTypes.FOLDER, parents: [], content: null });
  }
  return id;
}

/** A PDF of a file's text, as File.getAs / Document.getAs hand back (`service` counts its calls). */
/** The bytes of a file the user uploaded (not a Google Doc, Sheet or Form). */
export class UploadedContent {
  constructor(readonly bytes: Buffer) {}
  cloneForCopy(): UploadedContent {
    return new UploadedContent(this.bytes);
  }
}

export function pdfBlob(kernel: Kernel, service: string, name: string, text: string): Blob {
  const body = `%PDF-1.4\n% Agen Perubahan offline export\n${text}\n%%EOF\n`;
  return new Blob(kernel, service, Buffer.from(body, 'utf8'), MimeTypes.PDF, `${name}.pdf`);
}

function urlOf(entry: DriveEntry): string {
  switch (entry.mimeType) {
    case MimeTypes.DOCUMENT:
      return `https://docs.google.com/document/d/${entry.id}/edit?usp=drivesdk`;
    case MimeTypes.SPREADSHEET:
      return `https://docs.google.com/spreadsheets/d/${entry.id}/edit?usp=drivesdk`;
    case MimeTypes.FORM:
      return `https://docs.google.com/forms/d/${entry.id}/edit?usp=drivesdk`;
    case MimeTypes.FOLDER:
      return `https://drive.google.com/drive/folders/${entry.id}`;
    default:
      return `https://drive.google.com/file/d/${entry.id}/view?usp=drivesdk`;
  }
}

function entryOf(kernel: Kernel, id: string, folder: boolean): DriveEntry {
  const entry = kernel.file(String(id));
  if (!entry || (folder && entry.mimeType !== MimeTypes.FOLDER)) throw new Error(NOT_FOUND_ERROR);
  return entry;
}

function inFolder(kernel: Kernel, entry: DriveEntry, folderId: string): boolean {
  return entry.parents.includes(folderId) || (entry.parents.length === 0 && folderId === rootFolderId(kernel) && entry.id !== folderId);
}

/** Files (or folders) of the Drive, oldest first. */
function entries(kernel: Kernel, pred: (e: DriveEntry) => boolean): DriveEntry[] {
  return [...kernel.files.values()].filter((e) => e.id !== rootFolderId(kernel) && pred(e)).sort((a, b) => a.createdAt - b.createdAt);
}

function newFolder(kernel: Kernel, name: string, parent: string): string {
  const id = kernel.newId('0');
  kernel.registerFile({ id, name, mimeType: MimeTypes.FOLDER, parents: [parent], content: null });
  return id;
}

/** The id of a Folder a script passed (checked to exist as a folder). */
function folderArg(kernel: Kernel, folder: unknown): string {
  if (!(folder instanceof Folder)) throw kernel.makeError('Invalid argument: folder');
  return entryOf(kernel, folder.id, true).id;
}

function fileArg(kernel: Kernel, file: unknown): string {
  if (!(file instanceof File)) throw kernel.makeError('Invalid argument: file');
  return file.id;
}

/** DriveApp objects: counted, and refused in a simple trigger (onOpen) for lack of authorisation. */
abstract class DriveObject extends FakeObject {
  protected constructor(
    kernel: Kernel,
    private readonly counted: string,
  ) {
    super(kernel, 'DriveApp', counted);
  }
  protected override count(method: string): void {
    super.count(method);
    if (this.kernel.currentExecution?.kind === 'simple-trigger') {
      const member = this.counted ? `${this.counted}.${method}` : method;
      throw new Error(`You do not have permission to call DriveApp.${member}. Required permissions: ${DRIVE_SCOPE}`);
    }
  }
  protected files(pred: (e: DriveEntry) => boolean): FileIterator {
    return new FileIterator(this.kernel, entries(this.kernel, (e) => e.mimeType !== MimeTypes.FOLDER && pred(e)).map((e) => new File(this.kernel, e.id)));
  }
  protected folders(pred: (e: DriveEntry) => boolean): FolderIterator {
    return new FolderIterator(this.kernel, entries(this.kernel, (e) => e.mimeType === MimeTypes.FOLDER && pred(e)).map((e) => new Folder(this.kernel, e.id)));
  }
}

/** What Google's File and Folder both have. */
abstract class DriveItem extends DriveObject {
  protected constructor(
    kernel: Kernel,
    cls: 'File' | 'Folder',
    readonly id: string,
    private readonly folder: boolean,
  ) {
    super(kernel, cls);
  }
  protected entry(method: string): DriveEntry {
    this.count(method);
    return entryOf(this.kernel, this.id, this.folder);
  }
  private touch(entry: DriveEntry): void {
    entry.updatedAt = this.kernel.now();
  }
  getId(): string {
    return this.entry('getId').id;
  }
  getName(): string {
    return this.entry('getName').name;
  }
  setName(name: string): this {
    const e = this.entry('setName');
    e.name = String(name);
    this.touch(e);
    return this;
  }
  getUrl(): string {
    return urlOf(this.entry('getUrl'));
  }
  isTrashed(): boolean {
    return this.entry('isTrashed').trashed;
  }
  setTrashed(trashed: boolean): this {
    const e = this.entry('setTrashed');
    e.trashed = Boolean(trashed);
    return this;
  }
  getDateCreated(): Date {
    return this.kernel.makeDate(this.entry('getDateCreated').createdAt);
  }
  getLastUpdated(): Date {
    return this.kernel.makeDate(this.entry('getLastUpdated').updatedAt);
  }
  getOwner(): DriveUser {
    return new DriveUser(this.kernel, this.entry('getOwner').owner);
  }
  getParents(): FolderIterator {
    const e = this.entry('getParents');
    const root = rootFolderId(this.kernel);
    const ids = e.parents.length ? e.parents : e.id === root ? [] : [root];
    return new FolderIterator(this.kernel, ids.filter((id) => this.kernel.file(id)).map((id) => new Folder(this.kernel, id)));
  }
  moveTo(destination: GoogleAppsScript.Drive.Folder): this {
    const e = this.entry('moveTo');
    const to = folderArg(this.kernel, destination);
    e.parents = [to];
    this.touch(e);
    return this;
  }
  getSize(): number {
    this.entry('getSize');
    return 0;
  }
}

export interface File extends Omit<GoogleAppsScript.Drive.File, keyof DriveItem> {}
/** A file, or a folder opened with getFileById (Drive's files include its folders). */
export class File extends DriveItem {
  constructor(kernel: Kernel, id: string) {
    super(kernel, 'File', id, false);
  }
  getMimeType(): string {
    return this.entry('getMimeType').mimeType;
  }
  /** makeCopy(), makeCopy(name), makeCopy(destination) or makeCopy(name, destination). */
  makeCopy(nameOrFolder?: string | GoogleAppsScript.Drive.Folder, folder?: GoogleAppsScript.Drive.Folder): File {
    const e = this.entry('makeCopy');
    const target = typeof nameOrFolder === 'string' || nameOrFolder === undefined ? folder : nameOrFolder;
    const name = typeof nameOrFolder === 'string' ? nameOrFolder : `Copy of ${e.name}`;
    const destination = target === undefined ? null : { id: folderArg(this.kernel, target) };
    const id = this.kernel.newId('1');
    this.kernel.registerFile({
      id,
      name,
      mimeType: e.mimeType,
      parents: destination ? [destination.id] : e.parents.slice(),
      owner: this.kernel.currentExecution?.user ?? this.kernel.user,
      content: e.content ? e.content.cloneForCopy(id) : null,
    });
    return new File(this.kernel, id);
  }
  getAs(contentType: string): Blob {
    return this.blobOf(this.entry('getAs'), String(contentType));
  }
  getBlob(): Blob {
    const e = this.entry('getBlob');
    return this.blobOf(e, e.content instanceof UploadedContent ? e.mimeType : MimeTypes.PDF);
  }
  private blobOf(e: DriveEntry, contentType: string): Blob {
    // A file that is not a Google file (an uploaded image) is its own bytes.
    if (e.content instanceof UploadedContent && contentType === e.mimeType) {
      return new Blob(this.kernel, 'DriveApp', e.content.bytes, e.mimeType, e.name);
    }
    if (contentType !== MimeTypes.PDF) throw new Error(`Converting from ${e.mimeType} to ${contentType} is not supported.`);
    const text = (e.content as { plainText?: () => string } | null)?.plainText?.() ?? e.name;
    return pdfBlob(this.kernel, 'DriveApp', e.name, text);
  }
}
imitates(File, 'Drive.File');

export interface Folder extends Omit<GoogleAppsScript.Drive.Folder, keyof DriveItem> {}
export class Folder extends DriveItem {
  constructor(kernel: Kernel, id: string) {
    super(kernel, 'Folder', id, true);
  }
  getFiles(): FileIterator {
    this.entry('getFiles');
    return this.files((e) => inFolder(this.kernel, e, this.id));
  }
  getFilesByName(name: string): FileIterator {
    this.entry('getFilesByName');
    return this.files((e) => e.name === String(name) && inFolder(this.kernel, e, this.id));
  }
  getFolders(): FolderIterator {
    this.entry('getFolders');
    return this.folders((e) => inFolder(this.kernel, e, this.id));
  }
  getFoldersByName(name: string): FolderIterator {
    this.entry('getFoldersByName');
    return this.folders((e) => e.name === String(name) && inFolder(this.kernel, e, this.id));
  }
  createFolder(name: string): Folder {
    this.entry('createFolder');
    return new Folder(this.kernel, newFolder(this.kernel, String(name), this.id));
  }
  addFile(file: GoogleAppsScript.Drive.File): this {
    this.entry('addFile');
    const e = entryOf(this.kernel, fileArg(this.kernel, file), false);
    if (!e.parents.includes(this.id)) e.parents.push(this.id);
    return this;
  }
  removeFile(file: GoogleAppsScript.Drive.File): this {
    this.entry('removeFile');
    const e = entryOf(this.kernel, fileArg(this.kernel, file), false);
    e.parents = e.parents.filter((p) => p !== this.id);
    return this;
  }
}
imitates(Folder, 'Drive.Folder');

abstract class DriveIterator<T> extends FakeObject {
  private i = 0;
  protected constructor(
    kernel: Kernel,
    cls: string,
    private readonly items: T[],
  ) {
    super(kernel, 'DriveApp', cls);
  }
  hasNext(): boolean {
    this.count('hasNext');
    return this.i < this.items.length;
  }
  next(): T {
    this.count('next');
    if (this.i >= this.items.length) throw new Error(ITERATOR_END_ERROR);
    return this.items[this.i++];
  }
  getContinuationToken(): string {
    this.count('getContinuationToken');
    return `offline-token-${this.i}`;
  }
}

interface FileIterator extends Omit<GoogleAppsScript.Drive.FileIterator, keyof DriveIterator<File>> {}
class FileIterator extends DriveIterator<File> {
  constructor(kernel: Kernel, items: File[]) {
    super(kernel, 'FileIterator', items);
  }
}
imitates(FileIterator, 'Drive.FileIterator');

interface FolderIterator extends Omit<GoogleAppsScript.Drive.FolderIterator, keyof DriveIterator<Folder>> {}
class FolderIterator extends DriveIterator<Folder> {
  constructor(kernel: Kernel, items: Folder[]) {
    super(kernel, 'FolderIterator', items);
  }
}
imitates(FolderIterator, 'Drive.FolderIterator');

interface DriveUser extends GoogleAppsScript.Drive.User {}
/** The owner of a file. */
class DriveUser extends FakeObject {
  constructor(kernel: Kernel, private readonly email: string) {
    super(kernel, 'DriveApp', 'User');
  }
  getEmail(): string {
    this.count('getEmail');
    return this.email;
  }
  getName(): string {
    this.count('getName');
    return this.email.split('@')[0];
  }
}
imitates(DriveUser, 'Drive.User');

interface DriveApp extends GoogleAppsScript.Drive.DriveApp {}
class DriveApp extends DriveObject {
  constructor(kernel: Kernel) {
    super(kernel, '');
  }
  getFileById(id: string): File {
    this.count('getFileById');
    return new File(this.kernel, entryOf(this.kernel, id, false).id);
  }
  getFolderById(id: string): Folder {
    this.count('getFolderById');
    return new Folder(this.kernel, entryOf(this.kernel, id, true).id);
  }
  getRootFolder(): Folder {
    this.count('getRootFolder');
    return new Folder(this.kernel, rootFolderId(this.kernel));
  }
  createFolder(name: string): Folder {
    this.count('createFolder');
    return new Folder(this.kernel, newFolder(this.kernel, String(name), rootFolderId(this.kernel)));
  }
  getFilesByName(name: string): FileIterator {
    this.count('getFilesByName');
    return this.files((e) => e.name === String(name));
  }
  getFoldersByName(name: string): FolderIterator {
    this.count('getFoldersByName');
    return this.folders((e) => e.name === String(name));
  }
  getFiles(): FileIterator {
    this.count('getFiles');
    return this.files(() => true);
  }
}
imitates(DriveApp, 'Drive.DriveApp');

export function createDriveApp(kernel: Kernel): { DriveApp: GoogleAppsScript.Drive.DriveApp; backdoor: DriveBackdoor } {
  const backdoor: DriveBackdoor = {
    createFolder(name) {
      return newFolder(kernel, name, rootFolderId(kernel));
    },
    createFile(name, mimeType, bytes, folderId) {
      const id = kernel.newId('1');
      kernel.registerFile({ id, name, mimeType, parents: [folderId ?? rootFolderId(kernel)], content: new UploadedContent(Buffer.from(bytes)) });
      return id;
    },
    listFolder(folderId) {
      return entries(kernel, (e) => !e.trashed && inFolder(kernel, e, folderId)).map((e) => ({ id: e.id, name: e.name, mimeType: e.mimeType }));
    },
    trash(fileId) {
      entryOf(kernel, fileId, false).trashed = true;
    },
    remove(fileId) {
      entryOf(kernel, fileId, false);
      kernel.files.delete(fileId);
    },
  };
  return { DriveApp: new DriveApp(kernel), backdoor };
}
