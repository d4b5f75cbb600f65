// Types of scripts/zip.mjs, for the TypeScript tests that read the release zips.
export interface ZipEntry {
  name: string;
  data: Buffer;
}
export declare function crc32(bytes: Uint8Array): number;
export declare function writeZip(files: readonly ZipEntry[]): Buffer;
export declare function readZip(zip: Buffer): ZipEntry[];
export declare function unpack(zip: Buffer, dir: string): void;
export declare function filesOf(dir: string): ZipEntry[];
export declare function sha256(bytes: Uint8Array): string;
export declare function versionOf(root?: string): string;
export declare function packBuild(target: string, root?: string): { path: string; sha256: string };
