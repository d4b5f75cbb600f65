// Reproducible zips: the same files give the same bytes on any machine. Entries are sorted by
// name, every date is 1980-01-01 00:00 (the zip format's first day), no permissions or extra
// fields are written, and deflate is pako's (plain JavaScript, pinned): Node's own zlib is
// Chromium's, whose match finder hashes with the CPU's CRC instruction where there is one, so its
// output can differ from one machine to the next (third_party/zlib/contrib/optimizations/insert_string.h).
// Run alone (`npm run zip`), it packs dist/chrome and dist/firefox into artifacts/.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import pako from 'pako';

const DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A zip of `files` ({ name: 'a/b.js', data: Buffer }), byte for byte the same for the same files. */
export function writeZip(files) {
  const sorted = [...files].sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of sorted) {
    if (!name || name.startsWith('/') || name.split('/').includes('..')) throw new Error(`zip: bad entry name ${JSON.stringify(name)}`);
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = Buffer.from(pako.deflateRaw(data, { level: 9 }));
    const stored = deflated.length >= data.length;
    const body = stored ? data : deflated;
    const fields = { method: stored ? 0 : 8, crc: crc32(data), compressed: body.length, size: data.length };
    const local = header(0x04034b50, fields, nameBytes);
    locals.push(local, nameBytes, body);
    centrals.push(header(0x02014b50, fields, nameBytes, offset), nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(sorted.length, 8);
  end.writeUInt16LE(sorted.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, central, end]);
}

/** A local (offset undefined) or central directory header; version 2.0, made on "MS-DOS", so no permission bits. */
function header(signature, { method, crc, compressed, size }, nameBytes, offset) {
  const central = offset !== undefined;
  const h = Buffer.alloc(central ? 46 : 30);
  let at = 0;
  const u16 = (v) => { h.writeUInt16LE(v, at); at += 2; };
  const u32 = (v) => { h.writeUInt32LE(v, at); at += 4; };
  u32(signature);
  if (central) u16(20); // version made by
  u16(20); // version needed
  u16(nameBytes.some((b) => b > 0x7f) ? UTF8_NAMES : 0);
  u16(method);
  u16(0); // time 00:00:00
  u16(DOS_DATE_1980_01_01);
  u32(crc);
  u32(compressed);
  u32(size);
  u16(nameBytes.length);
  u16(0); // extra field length
  if (central) {
    u16(0); // comment length
    u16(0); // disk number
    u16(0); // internal attributes
    u32(0); // external attributes
    u32(offset);
  }
  return h;
}

/** The files of a zip, from its central directory, each checked against its CRC. */
export function readZip(zip) {
  const endAt = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endAt < 0 || endAt + 22 > zip.length) throw new Error('zip: no end of central directory');
  const count = zip.readUInt16LE(endAt + 10);
  let at = zip.readUInt32LE(endAt + 16);
  const files = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('zip: bad central directory');
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + compressed);
    at += 46 + skip;
    if (name.endsWith('/')) continue; // a folder
    if (method !== 0 && method !== 8) throw new Error(`zip: ${name}: compression method ${method}`);
    const data = method === 8 ? inflateRawSync(raw) : Buffer.from(raw);
    if (crc32(data) !== crc) throw new Error(`zip: ${name}: CRC mismatch`);
    files.push({ name, data });
  }
  return files;
}

/** Unpacks a zip's files into `dir`; a name that would climb out of it is refused. */
export function unpack(zip, dir) {
  for (const { name, data } of readZip(zip)) {
    const path = join(dir, name);
    if (!path.startsWith(join(dir, '/'))) throw new Error(`unpack: ${name} leaves ${dir}`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
  }
}

/** Every file under `dir`, named by its path relative to it with "/"; a symbolic link is refused. */
export function filesOf(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isSymbolicLink()) throw new Error(`zip: ${path} is a symbolic link`);
    if (entry.isFile()) out.push({ name: relative(dir, path).split(sep).join('/'), data: readFileSync(path) });
  }
  return out;
}

export const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

export const versionOf = (root = '.') => JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).version;

/**
 * Packs dist/<target> into artifacts/statuslens-<target>-<version>.zip. Refuses a build whose
 * manifest carries another version, and any build with the e2e variant's test-only access from
 * 127.0.0.1 (TEST_ONLY_POPUP_ACCESS in vite.config.ts). Returns { path, sha256 }.
 */
export function packBuild(target, root = '.') {
  const dist = resolve(root, 'dist', target);
  const version = versionOf(root);
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  if (manifest.version !== version) throw new Error(`${dist}: manifest version ${manifest.version}, package.json ${version}`);
  if (JSON.stringify(manifest.web_accessible_resources ?? []).includes('127.0.0.1')) {
    throw new Error(`${dist}: the manifest lets 127.0.0.1 reach extension pages: this is the e2e build, never shipped`);
  }
  const zip = writeZip(filesOf(dist));
  mkdirSync(resolve(root, 'artifacts'), { recursive: true });
  const path = resolve(root, 'artifacts', `statuslens-${target}-${version}.zip`);
  writeFileSync(path, zip);
  return { path, sha256: sha256(zip) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const targets = process.argv.slice(2).length ? process.argv.slice(2) : ['chrome', 'firefox'];
  for (const target of targets) {
    const { path, sha256: hash } = packBuild(target);
    console.log(`${relative('.', path)}  sha256 ${hash}`);
  }
}
