/**
 * Where the run history lives on disk: one JSON file per session in the extension's global storage
 * folder. Writes go to a temporary file that is renamed over the old one, so a reload in the middle
 * of a write leaves either the old or the new record, never half of one.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The file operations the history needs (a folder on disk, or an in-memory double in tests). */
export interface HistoryFiles {
  /** Names of the record files (`*.json`). */
  list(): Promise<string[]>;
  read(name: string): Promise<string>;
  /** Replaces a file atomically. */
  write(name: string, text: string): Promise<void>;
  /** The same, synchronously: for the last write while the extension host shuts down. */
  writeSync(name: string, text: string): void;
  remove(name: string): Promise<void>;
}

let tmpCounter = 0;

/** History files in `dir` (created on first write). */
export function historyFilesIn(dir: string): HistoryFiles {
  const tmpName = (name: string): string => path.join(dir, `.${name}.${process.pid}.${++tmpCounter}.tmp`);
  return {
    async list() {
      try {
        return (await fs.promises.readdir(dir)).filter((n) => n.endsWith('.json'));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw err;
      }
    },
    read: (name) => fs.promises.readFile(path.join(dir, name), 'utf8'),
    async write(name, text) {
      await fs.promises.mkdir(dir, { recursive: true });
      const tmp = tmpName(name);
      await fs.promises.writeFile(tmp, text);
      await fs.promises.rename(tmp, path.join(dir, name));
    },
    writeSync(name, text) {
      fs.mkdirSync(dir, { recursive: true });
      const tmp = tmpName(name);
      fs.writeFileSync(tmp, text);
      fs.renameSync(tmp, path.join(dir, name));
    },
    async remove(name) {
      await fs.promises.rm(path.join(dir, name), { force: true });
    },
  };
}
