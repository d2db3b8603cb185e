/** Every identifier the manifest and the code share, in one place. */
export const EXTENSION_ID = 'crosscheck.crosscheck';

export const Commands = {
  reindex: 'crosscheck.reindex',
  toggleQuoteDecorations: 'crosscheck.toggleQuoteDecorations',
  toggleEntityDecorations: 'crosscheck.toggleEntityDecorations',
  showLog: 'crosscheck.showOutput',
  openLocation: 'crosscheck.openLocation',
  filterEntities: 'crosscheck.filterEntities',
  clearEntitiesFilter: 'crosscheck.clearEntitiesFilter',
  search: 'crosscheck.search',
  editEntityCorrections: 'crosscheck.editEntityCorrections',
  ignoreEntity: 'crosscheck.ignoreEntity',
  setEntityType: 'crosscheck.setEntityType',
  renameEntity: 'crosscheck.renameEntity',
  mergeEntity: 'crosscheck.mergeEntity',
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
  personUnderline: 'crosscheck.personUnderline',
  placeUnderline: 'crosscheck.placeUnderline',
  organizationUnderline: 'crosscheck.organizationUnderline',
} as const;

/** Context keys used in `when` clauses. */
export const ContextKeys = {
  /** 'indexing' | 'ready' | 'empty' */
  state: 'crosscheck.state',
} as const;

export const CONFIG_SECTION = 'crosscheck';
