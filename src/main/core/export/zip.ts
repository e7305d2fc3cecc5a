// Just enough ZIP to edit a few XML parts of the workbook exceljs has produced and to compress it.
// Only ever run on our own output, so ZIP64, encryption and multi-disk archives are rejected rather
// than handled.
import { promisify } from 'node:util';
import { constants, crc32, deflateRaw, inflateRawSync } from 'node:zlib';

const deflate = promisify(deflateRaw);
/** Parts bigger than this are compressed in slices on several threads (see deflateParallel). */
const SLICE = 1 << 20;
/** zlib level: on sheet XML, 4 is about twice as fast as the default 6 for ~8 % more bytes. */
const LEVEL = 4;

export interface ZipEntry {
  name: string;
  /** General-purpose flags; bit 11 (UTF-8 names) is kept, bit 3 (data descriptor) is dropped on write. */
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  size: number;
  /** The entry's data exactly as stored (compressed when method is 8). */
  stored: Buffer;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DEFLATE = 8;
const STORE = 0;

function fail(why: string): never {
  throw new Error(`Unexpected ZIP structure: ${why}`);
}

export function readZip(zip: Buffer): ZipEntry[] {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) fail('no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  if (count === 0xffff || at === 0xffffffff) fail('ZIP64 is not supported');

  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== CENTRAL) fail('bad central directory entry');
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const storedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    if (flags & 1) fail('encrypted entry');
    if (method !== DEFLATE && method !== STORE) fail(`compression method ${method}`);
    if (zip.readUInt32LE(local) !== LOCAL) fail('bad local header');
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    entries.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      flags,
      method,
      time: zip.readUInt16LE(at + 12),
      date: zip.readUInt16LE(at + 14),
      crc: zip.readUInt32LE(at + 16),
      size,
      stored: zip.subarray(dataStart, dataStart + storedSize),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

export function entryData(entry: ZipEntry): Buffer {
  return entry.method === DEFLATE ? inflateRawSync(entry.stored) : Buffer.from(entry.stored);
}

/**
 * The entry deflated, with new content if given. Asynchronous on purpose: zlib then runs on libuv's
 * thread pool, so the parts of a workbook are compressed in parallel and off the main thread.
 */
export async function compressed(entry: ZipEntry, parts: readonly Buffer[] = [entryData(entry)]): Promise<ZipEntry> {
  const stored = await deflateParallel(parts);
  const crc = parts.reduce((c, p) => crc32(p, c), 0);
  return { ...entry, method: DEFLATE, crc, size: parts.reduce((n, p) => n + p.length, 0), stored };
}

/**
 * The pigz technique: each 1 MiB slice is deflated on its own, every slice but the last ending in a
 * sync flush (byte-aligned, not marked final), so the slices simply concatenate into one valid
 * deflate stream. The Evidence sheet of a large export is tens of megabytes; this spreads it over
 * the thread pool instead of one thread, at the cost of a slightly weaker dictionary at each seam.
 */
async function deflateParallel(parts: readonly Buffer[]): Promise<Buffer> {
  // The content may come in parts (an edited sheet: unchanged head + new tail), sliced as they are.
  const slices: Buffer[] = [];
  for (const part of parts) for (let at = 0; at < part.length; at += SLICE) slices.push(part.subarray(at, at + SLICE));
  if (slices.length <= 1) return deflate(slices[0] ?? Buffer.alloc(0), { level: LEVEL });
  const done = slices.map((slice, i) =>
    deflate(slice, { level: LEVEL, finishFlush: i === slices.length - 1 ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }),
  );
  return Buffer.concat(await Promise.all(done));
}

export function writeZip(entries: readonly ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    // Sizes are known now, so no data descriptor: clear bit 3, and mark names as UTF-8 (bit 11).
    const flags = (e.flags & ~0x0008) | 0x0800;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt16LE(e.time, 10);
    local.writeUInt16LE(e.date, 12);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.stored.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);

    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(CENTRAL, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(flags, 8);
    dir.writeUInt16LE(e.method, 10);
    dir.writeUInt16LE(e.time, 12);
    dir.writeUInt16LE(e.date, 14);
    dir.writeUInt32LE(e.crc >>> 0, 16);
    dir.writeUInt32LE(e.stored.length, 20);
    dir.writeUInt32LE(e.size, 24);
    dir.writeUInt16LE(name.length, 28);
    // External attributes stay 0: archiver's are Unix modes, meaningless for "made by" MS-DOS (20).
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);

    parts.push(local, name, e.stored);
    offset += local.length + name.length + e.stored.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  if (offset > 0xfffffffe) fail('archive too large');
  return Buffer.concat([...parts, ...central, end]);
}
