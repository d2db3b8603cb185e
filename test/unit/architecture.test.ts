import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './fixtures';

describe('architecture', () => {
  it('the analysis core and the CLI never import vscode', () => {
    const offenders: string[] = [];
    for (const dir of ['src/core', 'src/cli']) {
      for (const f of fs.readdirSync(path.join(ROOT, dir), { recursive: true }) as string[]) {
        if (!f.endsWith('.ts')) continue;
        const src = fs.readFileSync(path.join(ROOT, dir, f), 'utf8');
        if (/(from\s+|require\(\s*|import\s*\(\s*|import\s+)['"]vscode['"]/.test(src)) offenders.push(`${dir}/${f}`);
      }
    }
    assert.deepEqual(offenders, []);
  });
});
