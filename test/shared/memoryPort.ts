import type { FileSystemPort } from '../../src/core/common/fsPort';

/** A FileSystemPort over files in memory; an Error value is thrown when that file is read. */
export function memoryPort(files: Record<string, string | Uint8Array | Error>): FileSystemPort {
  return {
    listFiles: async () => Object.keys(files),
    readFile: async (p) => {
      const f = files[p];
      if (f instanceof Error) throw f;
      return typeof f === 'string' ? new TextEncoder().encode(f) : f!;
    },
  };
}
