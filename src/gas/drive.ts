/**
 * DriveApp: whether a file or folder can be used, free file names, copies, moves and the bin. The
 * only place that calls DriveApp.
 */

export const DOC_MIME = 'application/vnd.google-apps.document';

/** Whether a Drive file or folder can be used: found, in the bin, or gone (or not shared). */
export type DriveState = 'ok' | 'trashed' | 'missing' | 'not-a-document' | 'not-a-folder';

/** The file `id`, or null when Drive has none by that id (or it is not shared with the user). */
function fileOrNull(id: string): GoogleAppsScript.Drive.File | null {
  try {
    return DriveApp.getFileById(id);
  } catch {
    return null;
  }
}

/** The state of the file `id` (a Google Doc is expected). */
export function documentState(id: string): DriveState {
  const file = fileOrNull(id);
  if (!file) return 'missing';
  if (file.isTrashed()) return 'trashed';
  return file.getMimeType() === DOC_MIME ? 'ok' : 'not-a-document';
}

/** The state of the folder `id`. */
export function folderState(id: string): DriveState {
  let folder: GoogleAppsScript.Drive.Folder;
  try {
    folder = DriveApp.getFolderById(id);
  } catch {
    try {
      DriveApp.getFileById(id);
      return 'not-a-folder';
    } catch {
      return 'missing';
    }
  }
  return folder.isTrashed() ? 'trashed' : 'ok';
}

/** The folder `id`, or My Drive for ''. */
function folderOrRoot(id: string): GoogleAppsScript.Drive.Folder {
  return id === '' ? DriveApp.getRootFolder() : DriveApp.getFolderById(id);
}

/** The id of the first folder holding file `id`, or '' (e.g. a file shared with the user). */
export function parentFolderId(id: string): string {
  const parents = DriveApp.getFileById(id).getParents();
  return parents.hasNext() ? parents.next().getId() : '';
}

/** `base`, or `base (2)`, `(3)`… when the folder already holds a file of that name (never overwrite). */
export function freeName(folderId: string, base: string): string {
  return freeNameIn(folderOrRoot(folderId), base);
}

function freeNameIn(folder: GoogleAppsScript.Drive.Folder, base: string): string {
  for (let n = 1; n < 100; n++) {
    const name = n === 1 ? base : `${base} (${n})`;
    const same = folder.getFilesByName(name);
    let taken = false;
    while (same.hasNext()) if (!same.next().isTrashed()) taken = true;
    if (!taken) return name;
  }
  return `${base} (${Date.now()})`;
}

export interface CreatedDocument {
  id: string;
  name: string;
  url: string;
}

/**
 * Moves a document the product was making to the bin after a failure, so a half-made Doc is never
 * left where the team would take it for a finished one. Best effort: the run's own error is the
 * one reported.
 */
export function discardDocument(id: string): void {
  try {
    DriveApp.getFileById(id).setTrashed(true);
  } catch {
    // The failure that brought us here is reported; this one would only hide it.
  }
}

/**
 * A copy of the template `templateId` under a free name (`base`, `base (2)`…) in the folder
 * `folderId`, or, when it is null, in the template's own folder (My Drive when it has none): the
 * template's File and the folder are fetched once for the whole step.
 */
export function copyTemplateAs(templateId: string, folderId: string | null, base: string): CreatedDocument {
  const file = DriveApp.getFileById(templateId);
  let folder: GoogleAppsScript.Drive.Folder;
  if (folderId !== null) folder = folderOrRoot(folderId);
  else {
    const parents = file.getParents();
    folder = parents.hasNext() ? parents.next() : DriveApp.getRootFolder();
  }
  const name = freeNameIn(folder, base);
  const copy = file.makeCopy(name, folder);
  return { id: copy.getId(), name, url: copy.getUrl() };
}

/** A copy of the template in the folder ('' = My Drive), under `name`. */
export function copyTemplate(templateId: string, folderId: string, name: string): CreatedDocument {
  const copy = DriveApp.getFileById(templateId).makeCopy(name, folderOrRoot(folderId));
  return { id: copy.getId(), name, url: copy.getUrl() };
}

/** Moves file `id` into the folder `folderId`. */
export function moveToFolder(id: string, folderId: string): void {
  DriveApp.getFileById(id).moveTo(DriveApp.getFolderById(folderId));
}

/** Image types the kop's emblem may be (Google Docs inserts these). */
const IMAGE_MIMES = ['image/png', 'image/jpeg', 'image/gif'];

/** The image file `id` as a Blob, or why it cannot be used. */
export function imageBlob(id: string): GoogleAppsScript.Base.Blob | 'missing' | 'trashed' | 'not-an-image' {
  const file = fileOrNull(id);
  if (!file) return 'missing';
  if (file.isTrashed()) return 'trashed';
  if (IMAGE_MIMES.indexOf(file.getMimeType()) < 0) return 'not-an-image';
  return file.getBlob();
}
