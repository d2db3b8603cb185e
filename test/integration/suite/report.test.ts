// The report command in the real VS Code: the folder's analysis as the index holds it, with the
// analyst's claims and notes, in a new Markdown editor.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AnnotationView, CrosscheckApi } from '../../../src/api';
import { closeAllEditors, crosscheckApi, SAMPLE_ARTICLES, SEED, waitFor, workspaceUri } from './util';

const CLAIM = 'the current state of U.S.-Russia relations is at a low point';

describe('The report', function () {
  let api: CrosscheckApi;
  let ref: AnnotationView['ref'] | undefined;
  const seed = () => workspaceUri(SEED);
  const sidecar = () => seed().with({ path: `${seed().path}.annotations.json` });

  before(async function () {
    api = await crosscheckApi();
  });

  after(async function () {
    await closeAllEditors();
    if (ref) await vscode.commands.executeCommand('crosscheck.removeAnnotation', ref);
    await waitFor('the claim to be removed', async () => ((await api.annotationsOf(seed())).annotations.length === 0 ? true : undefined));
    await vscode.workspace.fs.delete(sidecar(), { useTrash: false }).then(undefined, () => undefined);
  });

  it('opens the folder’s analysis, with the analyst’s claims and notes, as a new Markdown document', async function () {
    const doc = await vscode.workspace.openTextDocument(seed());
    const start = doc.getText().indexOf(CLAIM);
    assert.ok(start >= 0);
    await vscode.window.showTextDocument(doc, { selection: new vscode.Range(doc.positionAt(start), doc.positionAt(start + CLAIM.length)) });
    const tagged = await vscode.commands.executeCommand<{ ok: boolean; ref?: AnnotationView['ref'] }>('crosscheck.tagClaim', { tag: 'relations', verdict: 'disputed' });
    assert.ok(tagged.ok, JSON.stringify(tagged));
    ref = tagged.ref;
    await vscode.commands.executeCommand('crosscheck.addNote', 'Compare with the **Reuters** copy.');

    const uri = await vscode.commands.executeCommand<vscode.Uri>('crosscheck.openReport');
    const report = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    assert.ok(report, 'the report is open');
    assert.equal(report.languageId, 'markdown');
    assert.equal(report.isUntitled, true);
    const text = report.getText();

    assert.match(text, /^# Crosscheck report: /);
    assert.match(text, new RegExp(`^${SAMPLE_ARTICLES.length} articles, \\d+ quotations, \\d+ entity mentions\\.$`, 'm'));
    // The analyst's work first, at one level below the report's title.
    const order = ['## Claims & notes', '### Disputed (1)', `#### 1. ${CLAIM}`, '**Note:**', 'Compare with the **Reuters** copy.', '## Who is quoted', '## Quotes carried by several articles', '## Where the articles differ'].map((h) =>
      text.indexOf(h),
    );
    assert.ok(order.every((i, k) => i > 0 && (k === 0 || i > order[k - 1]!)), `headings in order: ${JSON.stringify(order)}`);
    assert.match(text, new RegExp(`- \\*\\*Article:\\*\\* \`${SEED.replace(/\./g, '\\.')}\``));
    // Every article by its workspace-relative path, and the cross-file findings the index holds.
    // (headed by the outlet where the article's text names one: a copyright, credit or metadata line)
    const OUTLETS: Record<string, string> = { '000_bcb29d6ce618a839.txt': 'The Financial Times', '002_25850ff43da0e0ff.txt': 'France 24', '003_5a3a1f82d09f5ee9.txt': 'STV' };
    const heading = (name: string) => `\n## ${OUTLETS[name] ? `${OUTLETS[name]} — ` : ''}${name}\n`;
    for (const name of SAMPLE_ARTICLES) assert.ok(text.includes(heading(name)), `a section for ${name}`);
    const differ = text.slice(text.indexOf('## Where the articles differ'), text.indexOf(heading(SAMPLE_ARTICLES[0]!)));
    const listed = differ.split('\n').filter((l) => l.startsWith('- **')).length;
    assert.ok(listed >= 5, `${listed} discrepancies listed`);
    assert.ok(!/file:\/\//.test(text), 'paths, not URIs');
  });
});
