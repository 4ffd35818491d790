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
import { type DriveEntry, type Kernel, MimeTypes } from '../kernel/kernel';

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

export interface FakeBlob {
  getBytes(): number[];
  getContentType(): string;
  setContentType(type: string): FakeBlob;
  getName(): string;
  setName(name: string): FakeBlob;
  getDataAsString(): string;
  copyBlob(): FakeBlob;
  getAs(type: string): FakeBlob;
  isGoogleType(): boolean;
}

/** An Apps Script Blob. Blob methods are local (no round trip), so they are not counted. */
export function makeBlob(bytes: number[], contentType: string, name: string): FakeBlob {
  let type = contentType;
  let blobName = name;
  const data = bytes.slice();
  const blob: FakeBlob = {
    getBytes: () => data.map((b) => (b > 127 ? b - 256 : b)),
    getContentType: () => type,
    setContentType: (t) => {
      type = t;
      return blob;
    },
    getName: () => blobName,
    setName: (n) => {
      blobName = n;
      return blob;
    },
    getDataAsString: () => Buffer.from(data.map((b) => b & 255)).toString('utf8'),
    copyBlob: () => makeBlob(data, type, blobName),
    getAs: (t) => {
      if (t !== type) throw new Error(`Converting from ${type} to ${t} is not supported.`);
      return makeBlob(data, type, blobName);
    },
    isGoogleType: () => false,
  };
  return blob;
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

class Iterator<T> {
  private i = 0;
  constructor(
    private readonly kernel: Kernel,
    private readonly cls: string,
    private readonly items: T[],
  ) {}
  hasNext(): boolean {
    this.kernel.count('DriveApp', `${this.cls}.hasNext`);
    return this.i < this.items.length;
  }
  next(): T {
    this.kernel.count('DriveApp', `${this.cls}.next`);
    if (this.i >= this.items.length) throw new Error(ITERATOR_END_ERROR);
    return this.items[this.i++];
  }
  getContinuationToken(): string {
    this.kernel.count('DriveApp', `${this.cls}.getContinuationToken`);
    return `offline-token-${this.i}`;
  }
}

export function createDriveApp(kernel: Kernel): { DriveApp: GoogleAppsScript.Drive.DriveApp; backdoor: DriveBackdoor } {
  const call = (member: string): void => {
    kernel.count('DriveApp', member);
    if (kernel.currentExecution?.kind === 'simple-trigger') {
      throw new Error(`You do not have permission to call DriveApp.${member}. Required permissions: ${DRIVE_SCOPE}`);
    }
  };

  const entryOf = (id: string, folder: boolean): DriveEntry => {
    const entry = kernel.file(String(id));
    if (!entry || (folder && entry.mimeType !== MimeTypes.FOLDER)) throw new Error(NOT_FOUND_ERROR);
    return entry;
  };

  const inFolder = (entry: DriveEntry, folderId: string): boolean =>
    entry.parents.includes(folderId) || (entry.parents.length === 0 && folderId === rootFolderId(kernel) && entry.id !== folderId);

  /** Files (or folders) of the Drive, oldest first. */
  const entries = (pred: (e: DriveEntry) => boolean): DriveEntry[] =>
    [...kernel.files.values()].filter((e) => e.id !== rootFolderId(kernel) && pred(e)).sort((a, b) => a.createdAt - b.createdAt);

  const touch = (entry: DriveEntry): void => {
    entry.updatedAt = kernel.now();
  };

  class File {
    constructor(readonly id: string) {}
    protected get cls(): string {
      return 'File';
    }
    protected entry(method: string): DriveEntry {
      call(`${this.cls}.${method}`);
      return entryOf(this.id, false);
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
      touch(e);
      return this;
    }
    getUrl(): string {
      return urlOf(this.entry('getUrl'));
    }
    getMimeType(): string {
      return this.entry('getMimeType').mimeType;
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
      return kernel.makeDate(this.entry('getDateCreated').createdAt);
    }
    getLastUpdated(): Date {
      return kernel.makeDate(this.entry('getLastUpdated').updatedAt);
    }
    getOwner(): { getEmail(): string; getName(): string } {
      const owner = this.entry('getOwner').owner;
      return { getEmail: () => owner, getName: () => owner.split('@')[0] };
    }
    getParents(): Iterator<Folder> {
      const e = this.entry('getParents');
      const ids = e.parents.length ? e.parents : e.id === rootFolderId(kernel) ? [] : [rootFolderId(kernel)];
      return new Iterator(kernel, 'FolderIterator', ids.filter((id) => kernel.file(id)).map((id) => new Folder(id)));
    }
    moveTo(destination: Folder): this {
      const e = this.entry('moveTo');
      entryOf(destination.id, true);
      e.parents = [destination.id];
      touch(e);
      return this;
    }
    /** makeCopy(), makeCopy(name), makeCopy(destination) or makeCopy(name, destination). */
    makeCopy(nameOrFolder?: string | Folder, folder?: Folder): File {
      const e = this.entry('makeCopy');
      const destination = nameOrFolder instanceof Folder ? nameOrFolder : folder;
      const name = typeof nameOrFolder === 'string' ? nameOrFolder : `Copy of ${e.name}`;
      if (destination) entryOf(destination.id, true);
      const id = kernel.newId('1');
      kernel.registerFile({
        id,
        name,
        mimeType: e.mimeType,
        parents: destination ? [destination.id] : e.parents.slice(),
        owner: kernel.currentExecution?.user ?? kernel.user,
        content: e.content ? e.content.cloneForCopy(id) : null,
      });
      return e.mimeType === MimeTypes.FOLDER ? new Folder(id) : new File(id);
    }
    getAs(contentType: string): FakeBlob {
      return blobOf(this.entry('getAs'), String(contentType));
    }
    getBlob(): FakeBlob {
      return blobOf(this.entry('getBlob'), MimeTypes.PDF);
    }
    getSize(): number {
      this.entry('getSize');
      return 0;
    }
  }

  const blobOf = (e: DriveEntry, contentType: string): FakeBlob => {
    const text = (e.content as { plainText?: () => string } | null)?.plainText?.() ?? e.name;
    if (contentType !== MimeTypes.PDF) throw new Error(`Converting from ${e.mimeType} to ${contentType} is not supported.`);
    const body = `%PDF-1.4\n% Agen Perubahan offline export\n${text}\n%%EOF\n`;
    return makeBlob(Array.from(Buffer.from(body, 'utf8')), MimeTypes.PDF, `${e.name}.pdf`);
  };

  class Folder extends File {
    protected override get cls(): string {
      return 'Folder';
    }
    protected override entry(method: string): DriveEntry {
      call(`Folder.${method}`);
      return entryOf(this.id, true);
    }
    getFiles(): Iterator<File> {
      this.entry('getFiles');
      return new Iterator(kernel, 'FileIterator', entries((e) => e.mimeType !== MimeTypes.FOLDER && inFolder(e, this.id)).map((e) => new File(e.id)));
    }
    getFilesByName(name: string): Iterator<File> {
      this.entry('getFilesByName');
      return new Iterator(
        kernel,
        'FileIterator',
        entries((e) => e.mimeType !== MimeTypes.FOLDER && e.name === String(name) && inFolder(e, this.id)).map((e) => new File(e.id)),
      );
    }
    getFolders(): Iterator<Folder> {
      this.entry('getFolders');
      return new Iterator(kernel, 'FolderIterator', entries((e) => e.mimeType === MimeTypes.FOLDER && inFolder(e, this.id)).map((e) => new Folder(e.id)));
    }
    getFoldersByName(name: string): Iterator<Folder> {
      this.entry('getFoldersByName');
      return new Iterator(
        kernel,
        'FolderIterator',
        entries((e) => e.mimeType === MimeTypes.FOLDER && e.name === String(name) && inFolder(e, this.id)).map((e) => new Folder(e.id)),
      );
    }
    createFolder(name: string): Folder {
      this.entry('createFolder');
      return new Folder(newFolder(String(name), this.id));
    }
    addFile(file: File): this {
      this.entry('addFile');
      const e = entryOf(file.id, false);
      if (!e.parents.includes(this.id)) e.parents.push(this.id);
      return this;
    }
    removeFile(file: File): this {
      this.entry('removeFile');
      const e = entryOf(file.id, false);
      e.parents = e.parents.filter((p) => p !== this.id);
      return this;
    }
  }

  const newFolder = (name: string, parent: string): string => {
    const id = kernel.newId('0');
    kernel.registerFile({ id, name, mimeType: MimeTypes.FOLDER, parents: [parent], content: null });
    return id;
  };

  const app = {
    getFileById(id: string): File {
      call('getFileById');
      const e = entryOf(id, false);
      return e.mimeType === MimeTypes.FOLDER ? new Folder(e.id) : new File(e.id);
    },
    getFolderById(id: string): Folder {
      call('getFolderById');
      return new Folder(entryOf(id, true).id);
    },
    getRootFolder(): Folder {
      call('getRootFolder');
      return new Folder(rootFolderId(kernel));
    },
    createFolder(name: string): Folder {
      call('createFolder');
      return new Folder(newFolder(String(name), rootFolderId(kernel)));
    },
    getFilesByName(name: string): Iterator<File> {
      call('getFilesByName');
      return new Iterator(kernel, 'FileIterator', entries((e) => e.mimeType !== MimeTypes.FOLDER && e.name === String(name)).map((e) => new File(e.id)));
    },
    getFoldersByName(name: string): Iterator<Folder> {
      call('getFoldersByName');
      return new Iterator(kernel, 'FolderIterator', entries((e) => e.mimeType === MimeTypes.FOLDER && e.name === String(name)).map((e) => new Folder(e.id)));
    },
    getFiles(): Iterator<File> {
      call('getFiles');
      return new Iterator(kernel, 'FileIterator', entries((e) => e.mimeType !== MimeTypes.FOLDER).map((e) => new File(e.id)));
    },
  };

  const backdoor: DriveBackdoor = {
    createFolder(name) {
      return newFolder(name, rootFolderId(kernel));
    },
    listFolder(folderId) {
      return entries((e) => !e.trashed && inFolder(e, folderId)).map((e) => ({ id: e.id, name: e.name, mimeType: e.mimeType }));
    },
    trash(fileId) {
      entryOf(fileId, false).trashed = true;
    },
    remove(fileId) {
      entryOf(fileId, false);
      kernel.files.delete(fileId);
    },
  };

  return { DriveApp: app as unknown as GoogleAppsScript.Drive.DriveApp, backdoor };
}
