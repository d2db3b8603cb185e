/**
 * Reading a sidecar file: bytes → JSON → migrated to the current version → validated.
 * Every failure names the file, the JSON path and the problem.
 */
import { detectVersion, MigrationError, migrateForward } from './migrate';
import { SIDECAR_VERSION, type SidecarDocument } from './model';
import { validateSidecar, type Problem } from './validate';

/** A sidecar that cannot be used: unreadable, not JSON, or not the expected shape. */
export class SidecarError extends Error {
  constructor(
    /** The sidecar's path (folder-relative, as given to the parser). */
    readonly file: string,
    readonly problems: Problem[],
  ) {
    const first = problems[0];
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
    super(`${file}: ${first ? `${first.path ? `${first.path}: ` : ''}${first.message}` : 'invalid'}${more}`);
    this.name = 'SidecarError';
  }
}

export type SidecarReadResult =
  /** Valid; `migratedFrom` is set when the file is in an older format (it is rewritten only when changed). */
  | { kind: 'ok'; doc: SidecarDocument; migratedFrom?: number }
  /**
   * Written by a newer Crosscheck: shown read-only. `doc` holds the annotations that could be read
   * as the current version (possibly none).
   */
  | { kind: 'newer'; version: number; doc: SidecarDocument; message: string }
  | { kind: 'invalid'; error: SidecarError };

/** 1-based line and column of a UTF-16 offset. */
function lineColumn(text: string, offset: number): string {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return `line ${line}, column ${offset - last}`;
}

function jsonSyntaxProblem(text: string, e: Error): Problem {
  const msg = e.message.replace(/^JSON\.parse: /, '');
  const at = /at position (\d+)/.exec(msg);
  const where = at ? ` (${lineColumn(text, Number(at[1]))})` : '';
  return { path: '', message: `not valid JSON: ${msg.replace(/\s*in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '')}${where}` };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes and parses a sidecar. `file` is only used in messages. Never throws. */
export function readSidecar(content: Uint8Array | string, file: string): SidecarReadResult {
  const invalid = (problems: Problem[]): SidecarReadResult => ({ kind: 'invalid', error: new SidecarError(file, problems) });
  let text: string;
  if (typeof content === 'string') text = content;
  else {
    try {
      text = UTF8.decode(content);
    } catch {
      return invalid([{ path: '', message: 'not valid UTF-8 text' }]);
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return invalid([{ path: '', message: 'the file is empty (expected a JSON object with "version", "source" and "annotations")' }]);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return invalid([jsonSyntaxProblem(text, e as Error)]);
  }
  const version = detectVersion(raw);
  if (version === undefined) {
    const v = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>).version : undefined;
    if (v !== undefined) return invalid([{ path: '$.version', message: `must be a format version number, found ${JSON.stringify(v)}` }]);
    return invalid(validateSidecar(raw).length ? validateSidecar(raw) : [{ path: '$', message: 'not a Crosscheck annotations file' }]);
  }
  if (!Number.isInteger(version) || version < 0) return invalid([{ path: '$.version', message: `must be a format version number, found ${version}` }]);
  if (version > SIDECAR_VERSION) return readNewer(raw as Record<string, unknown>, version, file);
  let doc: unknown = raw;
  if (version < SIDECAR_VERSION) {
    try {
      doc = migrateForward(raw, version);
    } catch (e) {
      if (e instanceof MigrationError) return invalid(e.problems.map((p) => ({ ...p, message: `${p.message} (format version ${version})` })));
      throw e;
    }
  }
  const problems = validateSidecar(doc);
  if (problems.length) return invalid(problems);
  return version < SIDECAR_VERSION ? { kind: 'ok', doc: doc as SidecarDocument, migratedFrom: version } : { kind: 'ok', doc: doc as SidecarDocument };
}

/** A newer format: keep whatever reads as the current one, for display only. */
function readNewer(raw: Record<string, unknown>, version: number, file: string): SidecarReadResult {
  const list = Array.isArray(raw.annotations) ? raw.annotations : [];
  const readable = list.filter((a) => validateSidecar({ version: SIDECAR_VERSION, source: 'x', annotations: [a] }).length === 0);
  const skipped = list.length - readable.length;
  const doc = { version, source: typeof raw.source === 'string' ? raw.source : '', annotations: readable } as SidecarDocument;
  const message =
    `${file} was written by a newer version of Crosscheck (format version ${version}; this version reads ${SIDECAR_VERSION}). ` +
    `Its annotations are shown read-only${skipped ? ` (${skipped} could not be read)` : ''}: update Crosscheck to change them.`;
  return { kind: 'newer', version, doc, message };
}
