/**
 * Annotations: the analyst's tags, verdicts and notes on claims, kept as W3C Web Annotations in a
 * sidecar JSON file next to each article (see schemas/annotations.schema.json), re-attached to the
 * article's current text as Hypothesis does. Plain TypeScript over strings and offsets; the
 * editor side builds on AnnotationStore, anchorAll / anchorTarget and mapSpans.
 */
export {
  ANNO_CONTEXT,
  appearancesOf,
  claimTextOf,
  CONTEXT_LENGTH,
  createAnnotation,
  creatorName,
  describeSpan,
  homeTarget,
  isVerdict,
  isoSeconds,
  motivationFor,
  newAnnotationId,
  noteOf,
  positionSelectorOf,
  quoteSelectorOf,
  relativeSource,
  resolveSource,
  SIDECAR_VERSION,
  storedSpanOf,
  tagsOf,
  targetsOf,
  verdictOf,
  VERDICTS,
  withAppearance,
  withContent,
  withHomeSpan,
  withoutAppearance,
} from './model';
export type {
  Annotation,
  AnnotationContent,
  BodyPurpose,
  Creator,
  Json,
  NewAnnotation,
  Selector,
  SidecarDocument,
  Target,
  TextPositionSelector,
  TextQuoteSelector,
  TextSpan,
  TextualBody,
  Verdict,
} from './model';
export { anchorAll, anchorAnnotation, anchorQuote, anchorTarget, FUZZY_THRESHOLD, MIN_QUOTE_SIMILARITY, BOTH_CONTEXT, NEAR, NEAR_CONTEXT, queryOfTarget, STRONG_CONTEXT } from './anchor';
export type { Anchor, AnchorQuery, AnchorStatus } from './anchor';
export { applyEdits, followEdits, mapSpan, mapSpans, swallows } from './edits';
export type { LiveSpan, MappedSpan, TextEdit } from './edits';
export { ADJACENT, articlePathForSidecar, baseName, isRecoveryPath, isSidecarPath, layoutFromSetting, recoveryPathFor, SIDECAR_SUFFIX, sidecarPathFor } from './paths';
export type { SidecarLayout } from './paths';
export { annotationFingerprint, compareAnnotations, normalizeAnnotation, serializeSidecar } from './serialize';
export { readSidecar, SidecarError } from './sidecar';
export type { SidecarReadResult } from './sidecar';
export { validateSidecar } from './validate';
export type { Problem } from './validate';
export { detectVersion, MigrationError, migrateForward } from './migrate';
export { mergeSidecars } from './merge';
export type { MergeResult } from './merge';
export type { SidecarFileSystem } from './port';
export { MemoryFileSystem } from './memoryFs';
export { AnnotationStore, AnnotationsUnavailableError, SidecarWriteError } from './store';
export type { Appearance, ArticleAnnotations, ArticleStatus, MovedSidecar, PlaceUpdate, StoreOptions } from './store';
export { articleMoveOf, movedPath, rewriteSources, sourceFixer, withSources } from './moves';
export { scanFolder } from './scan';
export type { FolderScan, ScannedAnnotation, ScannedPlace, ScanOptions } from './scan';
export { CSV_COLUMNS, exportCsv, exportJsonLd, exportMarkdown } from './export';
