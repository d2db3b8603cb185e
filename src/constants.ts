/** Every identifier the manifest and the code share, in one place. */
export const EXTENSION_ID = 'crosscheck.crosscheck';

export const Commands = {
  reindex: 'crosscheck.reindex',
  openReport: 'crosscheck.openReport',
  toggleQuoteDecorations: 'crosscheck.toggleQuoteDecorations',
  toggleEntityDecorations: 'crosscheck.toggleEntityDecorations',
  showLog: 'crosscheck.showOutput',
  openLocation: 'crosscheck.openLocation',
  filterEntities: 'crosscheck.filterEntities',
  clearEntitiesFilter: 'crosscheck.clearEntitiesFilter',
  showMoreEntities: 'crosscheck.showMoreEntities',
  search: 'crosscheck.search',
  nextMatch: 'crosscheck.nextMatch',
  previousMatch: 'crosscheck.previousMatch',
  openMatch: 'crosscheck.openMatch',
  /** A match opened from the Matches view (beside), pinning the list. */
  openMatchFromList: 'crosscheck.openMatchFromList',
  matchesFollowCursor: 'crosscheck.matchesFollowCursor',
  matchesStopFollowingCursor: 'crosscheck.matchesStopFollowingCursor',
  matchesAtCursor: 'crosscheck.matchesAtCursor',
  compareQuote: 'crosscheck.compareQuote',
  toggleMatchDecorations: 'crosscheck.toggleMatchDecorations',
  editEntityCorrections: 'crosscheck.editEntityCorrections',
  ignoreEntity: 'crosscheck.ignoreEntity',
  setEntityType: 'crosscheck.setEntityType',
  renameEntity: 'crosscheck.renameEntity',
  mergeEntity: 'crosscheck.mergeEntity',
  tagClaim: 'crosscheck.tagClaim',
  addNote: 'crosscheck.addNote',
  editNote: 'crosscheck.editNote',
  editTags: 'crosscheck.editTags',
  removeAnnotation: 'crosscheck.removeAnnotation',
  undoAnnotationChange: 'crosscheck.undoAnnotationChange',
  reattachAnnotation: 'crosscheck.reattachAnnotation',
  linkClaim: 'crosscheck.linkClaim',
  openAnnotation: 'crosscheck.openAnnotation',
  reloadAnnotations: 'crosscheck.reloadAnnotations',
  openSidecar: 'crosscheck.openSidecar',
  moveAnnotations: 'crosscheck.moveAnnotations',
  claimsGroupByArticle: 'crosscheck.claimsGroupByArticle',
  claimsGroupByVerdict: 'crosscheck.claimsGroupByVerdict',
  editNoteInline: 'crosscheck.editNoteInline',
  saveNoteInline: 'crosscheck.saveNoteInline',
  cancelNoteInline: 'crosscheck.cancelNoteInline',
  discrepanciesShowAll: 'crosscheck.discrepanciesShowAll',
  discrepanciesShowArticle: 'crosscheck.discrepanciesShowArticle',
  /** A discrepancy member opened from the Claims & Notes view (beside), keeping the list still. */
  openDiscrepancyMember: 'crosscheck.openDiscrepancyMember',
  compareOutlets: 'crosscheck.compareOutlets',
  /** The folder's coverage matrix (claims, figures, quotes × outlets), in the Compare Outlets panel. */
  coverageMatrix: 'crosscheck.coverageMatrix',
  editSourceCorrections: 'crosscheck.editSourceCorrections',
  exportBriefing: 'crosscheck.exportBriefing',
  exportCsv: 'crosscheck.exportCsv',
  exportJsonLd: 'crosscheck.exportJsonLd',
  /** Picks crosscheck.discrepancies.showInEditor (or takes it as an argument). */
  showDiscrepanciesInEditor: 'crosscheck.showDiscrepanciesInEditor',
} as const;

export const Views = {
  container: 'crosscheck',
  matches: 'crosscheck.matches',
  entities: 'crosscheck.entities',
  claims: 'crosscheck.claims',
} as const;

export const Colors = {
  quoteBackground: 'crosscheck.quoteBackground',
  quoteBorder: 'crosscheck.quoteBorder',
  partialQuoteBackground: 'crosscheck.partialQuoteBackground',
  partialQuoteBorder: 'crosscheck.partialQuoteBorder',
  sharedPassageBackground: 'crosscheck.sharedPassageBackground',
  sharedPassageBorder: 'crosscheck.sharedPassageBorder',
  personUnderline: 'crosscheck.personUnderline',
  placeUnderline: 'crosscheck.placeUnderline',
  organizationUnderline: 'crosscheck.organizationUnderline',
  disputedBackground: 'crosscheck.disputedBackground',
  disputedBorder: 'crosscheck.disputedBorder',
  misattributedBackground: 'crosscheck.misattributedBackground',
  misattributedBorder: 'crosscheck.misattributedBorder',
  unverifiedBackground: 'crosscheck.unverifiedBackground',
  unverifiedBorder: 'crosscheck.unverifiedBorder',
  confirmedBackground: 'crosscheck.confirmedBackground',
  confirmedBorder: 'crosscheck.confirmedBorder',
  noteBackground: 'crosscheck.noteBackground',
  noteBorder: 'crosscheck.noteBorder',
} as const;

/** Context keys used in `when` clauses. */
export const ContextKeys = {
  /** 'indexing' | 'ready' | 'empty' */
  state: 'crosscheck.state',
  /** The active editor shows an article. */
  articleActive: 'crosscheck.articleActive',
  /** The cursor is on an annotated claim. */
  annotationAtCursor: 'crosscheck.annotationAtCursor',
  /** The active article has orphaned annotations. */
  articleHasOrphans: 'crosscheck.articleHasOrphans',
  canUndoAnnotationChange: 'crosscheck.canUndoAnnotationChange',
  /** A renamed article's annotations can be moved to it (crosscheck.moveAnnotations). */
  annotationMoveOffered: 'crosscheck.annotationMoveOffered',
  /** 'verdict' | 'article' */
  claimsGrouping: 'crosscheck.claimsGrouping',
  /** 'article' | 'all': which discrepancies the Claims & Notes view lists. */
  discrepancyScope: 'crosscheck.discrepancyScope',
  /** Does the Matches view follow the cursor? */
  matchesFollowCursor: 'crosscheck.matchesFollowCursor',
} as const;

export const CONFIG_SECTION = 'crosscheck';
