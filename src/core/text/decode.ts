/** How an article's bytes were decoded. */
export interface DecodedText {
  /** The text as an editor shows it: UTF-8 decoded, byte-order mark removed, line endings kept. */
  text: string;
  hadBom: boolean;
  eol: 'lf' | 'crlf' | 'mixed' | 'none';
}

/** Why a file is not an article. `message` is one line meant for the analyst. */
export class NotTextError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotTextError';
  }
}

const SNIFF_BYTES = 8192;

/** One decoder for every article (without `stream`, each `decode` call starts afresh). */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes an article file. Offsets everywhere in Crosscheck are UTF-16 indices into the returned
 * `text`, which is what both `fs.readFileSync(path, 'utf8')` (minus a BOM) and a VS Code
 * `TextDocument` give for the same file.
 * @throws NotTextError for a binary file or one that is not valid UTF-8.
 */
export function decodeArticle(bytes: Uint8Array): DecodedText {
  const sniff = bytes.subarray(0, Math.min(bytes.length, SNIFF_BYTES));
  if (sniff.includes(0)) {
    throw new NotTextError('binary file (it contains NUL bytes), not a plain-text article');
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    throw new NotTextError(`not valid UTF-8 text (first bad byte at offset ${firstInvalidUtf8(bytes)})`);
  }
  const hadBom = text.charCodeAt(0) === 0xfeff;
  if (hadBom) text = text.slice(1);
  return { text, hadBom, eol: detectEol(text) };
}

export function detectEol(text: string): DecodedText['eol'] {
  let lf = 0;
  let crlf = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === 13) crlf++;
    else lf++;
  }
  if (lf === 0 && crlf === 0) return 'none';
  if (lf && crlf) return 'mixed';
  return crlf ? 'crlf' : 'lf';
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += n + 1;
  }
  return i;
}
