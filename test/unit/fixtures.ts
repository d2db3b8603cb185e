import fs from 'node:fs';
import path from 'node:path';

/** The project root, found from the compiled test file (out/test/unit/x.test.js) or the source. */
export const ROOT = (() => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + __dirname);
    dir = up;
  }
  return dir;
})();

export const SAMPLE_DIR = path.join(ROOT, 'samples', 'tillerson-moscow-2017');
export const GOLD_FILE = path.join(ROOT, 'test', 'fixtures', 'tillerson-moscow-2017.gold.json');

export function sampleFiles(): string[] {
  return fs.readdirSync(SAMPLE_DIR).filter((f) => f.endsWith('.txt')).sort();
}

export function readSample(name: string): string {
  return fs.readFileSync(path.join(SAMPLE_DIR, name), 'utf8');
}
