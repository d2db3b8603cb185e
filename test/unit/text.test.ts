import assert from 'node:assert/strict';
import { decodeArticle, isBoilerplate, NotTextError, parseArticle, sentenceAt, splitParagraphs, splitSentences } from '../../src/core/text';
import { MAX_SENTENCE_CHARS } from '../../src/core/text/segment';
import { prng } from '../shared/prng';
import { readSample, sampleFiles } from './fixtures';

const utf8 = (s: string) => new TextEncoder().encode(s);
const texts = (text: string, spans: { start: number; end: number }[] | [number, number][]) =>
  spans.map((s) => (Array.isArray(s) ? text.slice(s[0], s[1]) : text.slice(s.start, s.end)));

describe('text: decoding an article', () => {
  it('removes a UTF-8 byte-order mark so offsets match what an editor shows', () => {
    const d = decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('“Hi,” she said.')]));
    assert.equal(d.text, '“Hi,” she said.');
    assert.equal(d.hadBom, true);
  });

  it('keeps CRLF line endings (offsets count both characters) and reports them', () => {
    const d = decodeArticle(utf8('One.\r\n\r\nTwo.\r\n'));
    assert.equal(d.text, 'One.\r\n\r\nTwo.\r\n');
    assert.equal(d.eol, 'crlf');
    assert.equal(decodeArticle(utf8('a\nb\r\n')).eol, 'mixed');
  });

  it('rejects binary files and invalid UTF-8 with a message that says why', () => {
    assert.throws(() => decodeArticle(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])), (e: Error) =>
      e instanceof NotTextError && /binary/.test(e.message));
    assert.throws(() => decodeArticle(new Uint8Array([0x41, 0x42, 0xff, 0x43])), (e: Error) =>
      e instanceof NotTextError && /UTF-8.*offset 2/.test(e.message));
  });
});

describe('text: paragraphs', () => {
  it('splits on blank lines, including lines of no-break and zero-width spaces', () => {
    const t = 'First para.\n\u00a0\u200b\nSecond para.\r\n\r\nThird.';
    assert.deepEqual(texts(t, splitParagraphs(t)), ['First para.', 'Second para.', 'Third.']);
  });

  it('treats each line as a paragraph in scraped text (caption directly above a paragraph)', () => {
    const t = 'A caption line without a stop\nThe current "low level of trust" must be improved, he said. And more text follows here.';
    assert.equal(splitParagraphs(t).length, 2);
  });

  it('joins text hard-wrapped at a fixed width into one paragraph', () => {
    const t = [
      'The minister said the talks had been long and difficult but that both',
      'sides had agreed to meet again next month to continue the discussion of',
      'the remaining issues.',
    ].join('\n');
    assert.deepEqual(splitParagraphs(t), [[0, t.length]]);
  });
});

describe('text: sentences', () => {
  const split = (t: string) => texts(t, splitSentences(t, 0, t.length));

  it('splits at sentence ends, keeping closing quotes with their sentence', () => {
    assert.deepEqual(split('“We agree,” he said. “We will meet again.” Talks ended.'), [
      '“We agree,” he said.',
      '“We will meet again.”',
      'Talks ended.',
    ]);
  });

  it('does not split after titles, initials, dotted acronyms or decimals', () => {
    assert.deepEqual(split('Mr. Smith met Dr. Jones in Washington, D.C. on Friday. Growth was 2.5 per cent.'), [
      'Mr. Smith met Dr. Jones in Washington, D.C. on Friday.',
      'Growth was 2.5 per cent.',
    ]);
    assert.deepEqual(split('Relations between the U.S. and Russia are poor. J. K. Rowling agreed.'), [
      'Relations between the U.S. and Russia are poor.',
      'J. K. Rowling agreed.',
    ]);
  });

  it('does not split inside an ellipsis that runs into a word', () => {
    assert.equal(split('If I see them using gas...we have to do something.').length, 1);
  });

  describe('text without sentence ends', () => {
    const words = (n: number, rnd = prng(7)) =>
      Array.from({ length: n }, () => ['the', 'council', 'said', 'water', 'levels', 'were', 'rising', 'again', 'near', 'harbour'][Math.floor(rnd() * 10)]).join(' ');

    it('cuts a run-on "sentence" into pieces no longer than the cap, at blanks, losing no word', () => {
      const t = words(20_000);
      const spans = splitSentences(t, 0, t.length);
      assert.ok(spans.length >= t.length / MAX_SENTENCE_CHARS);
      for (const s of spans) {
        assert.ok(s.end - s.start <= MAX_SENTENCE_CHARS, `${s.end - s.start} characters`);
        assert.ok(s.end - s.start >= MAX_SENTENCE_CHARS / 2 || s === spans[spans.length - 1]);
        assert.ok(s.start === 0 || t[s.start - 1] === ' ');
      }
      assert.equal(spans.map((s) => t.slice(s.start, s.end)).join(' '), t);
    });

    it('prefers a clause boundary, then a comma, to any blank', () => {
      const clause = `${words(70)}; ${words(30)}`;
      assert.equal(split(clause)[0], `${words(70)};`);
      const comma = `${words(70)}, ${words(15)} ${words(30)}`;
      assert.equal(split(comma)[0], `${words(70)},`);
    });

    it('leaves long real sentences (a list of 500 characters) whole', () => {
      const list = `The squad: ${Array.from({ length: 30 }, (_, i) => `Player ${String.fromCharCode(65 + (i % 26))}${i}`).join(', ')}.`;
      assert.ok(list.length > 300 && list.length < MAX_SENTENCE_CHARS);
      assert.deepEqual(split(`${list} Training starts today.`), [list, 'Training starts today.']);
    });

    it('is linear: 1 MB without a sentence end splits about as fast as 1 MB of news', () => {
      const runOn = words(170_000);
      const news = Array.from({ length: 20_000 }, (_, i) => `Sentence ${i} says ${words(6, prng(i))}.`).join(' ').slice(0, runOn.length);
      const time = (t: string) => {
        const t0 = performance.now();
        for (let k = 0; k < 3; k++) splitSentences(t, 0, t.length);
        return performance.now() - t0;
      };
      time(news);
      assert.ok(time(runOn) < 10 * time(news) + 50);
    });

    it('gives the same sentence at an offset as the article split does', () => {
      const t = `${words(3000)}\n\nA short one. ${words(500)}`;
      const all = parseArticle(t).paragraphs.flatMap((p) => p.sentences);
      for (const at of [0, 599, 600, 601, 5000, t.length - 1]) {
        const s = sentenceAt(t, at)!;
        assert.ok(all.some((x) => x.start === s.start && x.end === s.end), `at ${at}`);
      }
    });
  });
});

describe('text: the sentence at an offset', () => {
  const sentencesOf = (text: string) => parseArticle(text).paragraphs.flatMap((p) => p.sentences);

  it('finds the sentence around an offset, ends included, and nothing on a blank line', () => {
    const t = 'Skip to main content\n\nTalks ended. “We agree,” he said.\r\n\r\nA wrapped paragraph that runs over\nseveral lines of about equal length and\nends here.';
    const at = (s: string) => t.indexOf(s);
    assert.deepEqual(sentenceAt(t, at('agree')), { start: at('“We'), end: at('\r\n\r\nA') });
    assert.deepEqual(sentenceAt(t, at('Talks')), { start: at('Talks'), end: at(' “We') });
    assert.deepEqual(sentenceAt(t, at(' “We')), { start: at('Talks'), end: at(' “We') }); // just after the period
    assert.equal(sentenceAt(t, at('\n\nTalks') + 1), undefined);
    assert.equal(t.slice(sentenceAt(t, at('several'))!.start, sentenceAt(t, at('several'))!.end).slice(0, 20), 'A wrapped paragraph ');
    assert.equal(sentenceAt(t, -1), undefined);
    assert.equal(sentenceAt(t, t.length + 1), undefined);
  });

  it("gives what the whole article's sentences give, at every offset of the samples and of mangled text", () => {
    const rnd = prng(5);
    const texts = sampleFiles().map((f) => readSample(f));
    // The samples cut, spliced and re-spaced: wrapped runs, CRLF, stray blank lines, no final newline.
    for (let i = 0; i < 40; i++) {
      const t = texts[i % texts.length]!;
      const a = Math.floor(rnd() * t.length);
      const piece = t.slice(a, a + 400 + Math.floor(rnd() * 2000));
      texts.push(piece.replace(/\n/g, () => ['\n', '\r\n', '\n\n', ' \n', '\n   \n'][Math.floor(rnd() * 5)]!));
    }
    let checked = 0;
    for (const t of texts) {
      const all = sentencesOf(t);
      for (let at = 0; at <= t.length; at += 1 + Math.floor(rnd() * 7)) {
        assert.deepEqual(sentenceAt(t, at), all.find((s) => s.start <= at && at <= s.end), `offset ${at} of ${JSON.stringify(t.slice(Math.max(0, at - 30), at + 30))}`);
        checked++;
      }
    }
    assert.ok(checked > 5000);
  });
});

describe('text: boilerplate', () => {
  it('recognises page debris', () => {
    for (const p of [
      'Skip to main content',
      'Copyright The Financial Times Limited 2024. All rights reserved.',
      'Comments have not been enabled for this article.',
      'Notice: you are using an outdated browser. Microsoft does not recommend using IE as your default browser.',
      'This is an archived article and the information in the article may be outdated.',
      'Page not found',
      'Skip navigation',
      'You are using an out-of-date browser. Some features may not work.',
      'Your web browser is not supported. Please upgrade to a modern browser.',
      'Please update your browser to view this site.',
      'We use cookies to improve your experience.',
      'Our site uses cookies. Find out more.',
      'By continuing to browse this site you agree to our use of cookies.',
      'Accept all cookies',
      'Share this story via email',
      'Share on Chirper',
      'Subscribe now for unlimited access.',
      'Sign up for free to get the morning briefing.',
      'Get the top stories delivered straight to your inbox.',
      'This material may not be published, broadcast, rewritten or redistributed.',
    ]) assert.equal(isBoilerplate(p), true, p);
  });

  it('does not flag article text that mentions the same words', () => {
    for (const p of [
      '“We will not skip to the end of the talks,” he said.',
      'The court ruled that the copyright holder had no case.',
      'Comments by the minister were echoed by the president.',
      'Shares of the browser maker fell 4% after users said the update was outdated.',
      'Regulators said the website uses cookies to track readers without consent.',
      'Share prices rose on Monday.',
      'Subscribers to the service were told their data may not be safe.',
      'The agency said the report may not be published before the election.',
    ]) assert.equal(isBoilerplate(p), false, p);
  });
});

describe('text: the sample corpus', () => {
  for (const name of sampleFiles()) {
    it(`${name}: paragraphs and sentences are trimmed, ordered and inside the text`, () => {
      const text = readSample(name);
      const a = parseArticle(text);
      assert.ok(a.paragraphs.length >= 5);
      let last = 0;
      for (const p of a.paragraphs) {
        assert.ok(p.start >= last && p.end > p.start);
        assert.equal(text.slice(p.start, p.end), text.slice(p.start, p.end).trim());
        for (const s of p.sentences) assert.ok(s.start >= p.start && s.end <= p.end && s.end > s.start);
        last = p.end;
      }
    });
  }

  it('marks the debris of the sample articles as boilerplate and their bodies as text', () => {
    const a = parseArticle(readSample('000_bcb29d6ce618a839.txt'));
    const flagged = a.paragraphs.filter((p) => p.boilerplate).map((p) => a.text.slice(p.start, p.end));
    assert.ok(flagged.some((p) => p.startsWith('Copyright The Financial Times')));
    assert.ok(flagged.includes('Comments have not been enabled for this article.'));
    assert.ok(!flagged.some((p) => p.includes('low point')));
  });
});
