import assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { createAnnotation, targetsOf, type TextSpan } from '../../src/core/annotations';
import type { ArticleTexts } from '../../src/host/articleTexts';
import { MemoryArticleWorkspace } from '../../src/host/memoryArticleWorkspace';
import type { FolderAnnotations } from '../../src/features/annotations/annotationService';
import { anchorPlace, LivePlaces, type PlacesEditor } from '../../src/features/annotations/livePlaces';

// The live places of the editor, run on the in-memory article workspace (no `vscode`): URIs are the
// keys (strings), documents are read from the twin, ranges are plain spans.

const FOLDER = 'file:///w';
const KEY = `${FOLDER}/news/a.txt`;
const TEXT = 'The harbour master said the cargo ship Marlow Star left port at dawn. Nobody was hurt.';

const asUri = (s: string) => s as unknown as vscode.Uri;

function setup(text = TEXT) {
  const ws = new MemoryArticleWorkspace();
  ws.writeFile(KEY, text);
  ws.open(KEY);
  const doc = { uri: asUri(KEY), isClosed: false, getText: (r?: TextSpan) => (ws.textOf(KEY) ?? '').slice(r?.start ?? 0, r?.end) } as unknown as vscode.TextDocument;
  const editor: PlacesEditor = {
    keyOf: (uri) => String(uri),
    openDocument: (key) => (key === KEY ? doc : undefined),
    rangeOf: (_doc, _text, span) => span as unknown as vscode.Range,
  };
  const fired: string[][] = [];
  const places = new LivePlaces(ws as unknown as ArticleTexts, (keys) => fired.push(keys), { error: () => undefined }, editor);
  const folder = { key: FOLDER, fs: { uriOf: (p: string) => asUri(`${FOLDER}/${p}`) } } as unknown as FolderAnnotations;
  return { ws, doc, places, folder, fired };
}

function annotate(env: ReturnType<typeof setup>, words: string) {
  const text = env.ws.textOf(KEY)!;
  const start = text.indexOf(words);
  const span: TextSpan = { start, end: start + words.length };
  const annotation = createAnnotation({ source: 'a.txt', text, span, id: 'urn:x:1', now: new Date('2026-05-01T09:30:00Z'), note: 'check the name' });
  const ref = { folder: FOLDER, home: 'news/a.txt', id: annotation.id };
  const live = env.places.liveArticle(env.folder, 'news/a.txt');
  live.places = [anchorPlace(text, ref, 0, annotation, targetsOf(annotation)[0]!, 'ok')];
  return ref;
}

/** Types `newText` over [start, end) of the open article, as VS Code reports it. */
function type(env: ReturnType<typeof setup>, start: number, end: number, newText: string): void {
  const before = env.ws.textOf(KEY)!;
  env.ws.edit(KEY, before.slice(0, start) + newText + before.slice(end));
  env.places.follow({ document: env.doc, contentChanges: [{ rangeOffset: start, rangeLength: end - start, text: newText }] } as unknown as vscode.TextDocumentChangeEvent);
}

const wordsOf = (env: ReturnType<typeof setup>, ref: { folder: string; home: string; id: string }) => {
  const p = env.places.homePlaceOf(ref)!;
  return env.places.textIn(asUri(KEY), p);
};

describe('live places on the in-memory article workspace', () => {
  it('an anchored place is found by its article, its offset and its annotation', () => {
    const env = setup();
    const ref = annotate(env, 'cargo ship Marlow Star');
    const p = env.places.homePlaceOf(ref)!;
    assert.equal(p.status, 'exact');
    assert.equal(wordsOf(env, ref), 'cargo ship Marlow Star');
    assert.deepEqual(env.places.placesAt(asUri(KEY), p.start + 3).map((x) => x.ref.id), [ref.id]);
    assert.deepEqual(env.places.placesAt(asUri(KEY), 2), [], 'no place at the start of the article');
  });

  it('an edit before a place moves it with its words', () => {
    const env = setup();
    const ref = annotate(env, 'cargo ship Marlow Star');
    const before = env.places.homePlaceOf(ref)!.start;
    type(env, 0, 0, 'Early on Sunday, ');
    const p = env.places.homePlaceOf(ref)!;
    assert.equal(p.start, before + 'Early on Sunday, '.length);
    assert.equal(p.edited, true);
    assert.equal(wordsOf(env, ref), 'cargo ship Marlow Star');
    assert.deepEqual(env.fired.at(-1), [KEY], 'the article whose places moved is told');
  });

  it('an edit after a place does not move it', () => {
    const env = setup();
    const ref = annotate(env, 'cargo ship Marlow Star');
    const before = { ...env.places.homePlaceOf(ref)! };
    const at = TEXT.indexOf('Nobody');
    type(env, at, at + 'Nobody'.length, 'No one');
    const p = env.places.homePlaceOf(ref)!;
    assert.equal(p.start, before.start);
    assert.equal(p.end, before.end);
    assert.equal(wordsOf(env, ref), 'cargo ship Marlow Star');
  });

  it("deleting a place's words orphans it, and it is not found at any offset", () => {
    const env = setup();
    const ref = annotate(env, 'cargo ship Marlow Star');
    const at = TEXT.indexOf('the cargo ship');
    type(env, at, TEXT.indexOf(' left port'), 'it');
    const p = env.places.homePlaceOf(ref)!;
    assert.equal(p.status, 'orphan');
    assert.deepEqual(env.places.placesAt(asUri(KEY), at), []);
  });
});
