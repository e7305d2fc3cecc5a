import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../../fs-atomic.ts';

const SHA256_RE = /^[0-9a-f]{64}$/;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The imported originals, content-addressed: each file is stored once under the SHA-256 of its
 * bytes, in a folder of the user-data directory (never in data/). The name carries no extension,
 * so nothing the analyst imported can be opened by a double click from there by mistake.
 * Project files (h13) carry originals by the same hash.
 */
export class OriginalsStore {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  pathOf(sha256: string): string {
    if (!SHA256_RE.test(sha256)) throw new Error(`Not a SHA-256: ${sha256}`);
    return path.join(this.dir, sha256);
  }

  has(sha256: string): boolean {
    return fs.existsSync(this.pathOf(sha256));
  }

  /** Stores the bytes (if not there yet); `created` says whether this call wrote the file. */
  put(bytes: Uint8Array): { sha256: string; path: string; created: boolean } {
    const sha256 = sha256Hex(bytes);
    const file = this.pathOf(sha256);
    if (fs.existsSync(file)) return { sha256, path: file, created: false };
    writeFileAtomic(file, bytes);
    return { sha256, path: file, created: true };
  }

  /** The stored bytes, checked against their hash (a damaged copy is reported, never used). */
  read(sha256: string): Uint8Array {
    const bytes = fs.readFileSync(this.pathOf(sha256));
    if (sha256Hex(bytes) !== sha256) throw new Error(`The stored original ${sha256} is damaged (its content no longer matches its hash).`);
    return bytes;
  }

  remove(sha256: string): void {
    fs.rmSync(this.pathOf(sha256), { force: true });
  }

  list(): string[] {
    try {
      return fs.readdirSync(this.dir).filter((name) => SHA256_RE.test(name));
    } catch {
      return [];
    }
  }
}
