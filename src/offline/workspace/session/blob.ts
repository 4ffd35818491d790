/**
 * Base.Blob, the one Blob of the in-memory Workspace: what Utilities.newBlob, File.getAs /
 * getBlob and Document.getAs hand back. Its calls are counted under the service that made it
 * ("Utilities.Blob.getBytes", "DriveApp.Blob.getBytes").
 */
import { FakeObject, imitates } from '../kernel/fake';
import type { Kernel } from '../kernel/kernel';

export interface Blob extends GoogleAppsScript.Base.Blob {}
export class Blob extends FakeObject {
  private bytes: Buffer;

  constructor(
    kernel: Kernel,
    service: string,
    data: Buffer | readonly number[],
    private contentType: string | null,
    private name: string | null,
  ) {
    super(kernel, service, 'Blob');
    this.bytes = Buffer.from(data.map((b) => b & 0xff));
  }

  getDataAsString(): string {
    this.count('getDataAsString');
    return this.bytes.toString('utf8');
  }
  getBytes(): number[] {
    this.count('getBytes');
    return [...this.bytes].map((b) => (b > 127 ? b - 256 : b)); // Java bytes are signed
  }
  setBytes(data: number[]): this {
    this.count('setBytes');
    this.bytes = Buffer.from(data.map((b) => b & 0xff));
    return this;
  }
  getContentType(): string | null {
    this.count('getContentType');
    return this.contentType;
  }
  setContentType(contentType: string | null): this {
    this.count('setContentType');
    this.contentType = contentType;
    return this;
  }
  getName(): string | null {
    this.count('getName');
    return this.name;
  }
  setName(name: string): this {
    this.count('setName');
    this.name = name;
    return this;
  }
  copyBlob(): Blob {
    this.count('copyBlob');
    return new Blob(this.kernel, this.service, this.bytes, this.contentType, this.name);
  }
  setDataFromString(text: string): this {
    this.count('setDataFromString');
    this.bytes = Buffer.from(text, 'utf8');
    return this;
  }
  getAs(contentType: string): Blob {
    this.count('getAs');
    if (contentType !== this.contentType) throw new Error(`Converting from ${this.contentType} to ${contentType} is not supported.`);
    return new Blob(this.kernel, this.service, this.bytes, this.contentType, this.name);
  }
  isGoogleType(): boolean {
    this.count('isGoogleType');
    return false;
  }

  /** What `blob` holds, for other fakes (static, so a script's Blob shows no extra member). */
  static data(blob: Blob): { bytes: Buffer; contentType: string | null; name: string | null } {
    return { bytes: blob.bytes, contentType: blob.contentType, name: blob.name };
  }
}
imitates(Blob, 'Base.Blob');

/** The bytes and type a Blob the script handed back holds (for other fakes; never counted). */
export function blobData(value: unknown): { bytes: Buffer; contentType: string | null; name: string | null } | null {
  return value instanceof Blob ? Blob.data(value) : null;
}
