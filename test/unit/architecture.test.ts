import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './fixtures';
import { ARTICLE_SKIP_FOLDERS, foldersGlob } from '../../src/core/common/skipFolders';

describe('architecture', () => {
  it('the analysis core, the CLI and the Node helpers never import vscode', () => {
    const offenders: string[] = [];
    for (const dir of ['src/core', 'src/cli', 'src/node']) {
      for (const f of fs.readdirSync(path.join(ROOT, dir), { recursive: true }) as string[]) {
        if (!f.endsWith('.ts')) continue;
        const src = fs.readFileSync(path.join(ROOT, dir, f), 'utf8');
        if (/(from\s+|require\(\s*|import\s*\(\s*|import\s+)['"]vscode['"]/.test(src)) offenders.push(`${dir}/${f}`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  it('one list of folders never searched: the articles.exclude default is built from it', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.equal(pkg.contributes.configuration.properties['crosscheck.articles.exclude'].default, foldersGlob(ARTICLE_SKIP_FOLDERS));
  });
});
