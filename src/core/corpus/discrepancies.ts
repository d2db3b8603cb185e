/**
 * Discrepancies: facts the articles report differently, each member pointing at its exact span.
 * This file runs the detectors, one file each in `detectors/` (what they share: `detectors/shared.ts`):
 *
 * - number (`numbers.ts`, figures read by `numberMentions.ts`): different figures for one measure
 *   ("89 killed" / "87 dead"), compared by what they count, beyond approximations and formats;
 * - name (`names.ts`): one name spelled differently across articles, for every kind of name;
 * - wording (`wording.ts`): a quote rendered in different words inside a quote cluster, and a quote
 *   whose object another article reports differently;
 * - claim (`claims.ts`, `claimSlots.ts`): what one article states and another denies or disputes
 *   (cue words), and statements aligned across articles (`../statements.ts`) whose slots conflict
 *   (east / west of a place, inside / outside, affirmed / denied, done / "will"), and one quoted
 *   utterance said to have been told to two different named listeners (`addressees.ts`).
 *
 * Precision comes first: each kind asks for more than one weak signal before it reports anything.
 */
import type { Discrepancy, DiscrepancyKind } from '../common/analysisFormat';
import type { Steps } from '../common/budget';
import type { QuoteClusterDetail, QuoteRef } from './clusters';
import type { PassageIndex } from './passages';
import { numberDiscrepancySteps, storyRelated, type StoryNames } from './detectors/numbers';
import { nameDiscrepancySteps, NameState } from './detectors/names';
import { ClaimState, claimDiscrepancySteps, slotConflictSteps } from './detectors/claims';
import { wordingFromClusters, wordingFromTextSteps } from './detectors/wording';
import { addresseeConflicts, type OutletOf } from './detectors/addressees';
import { alignStatementSteps, relatedPairSteps, StatementState } from './statements';
import { cmpMember, relatedness } from './detectors/shared';

const KIND_ORDER: Record<DiscrepancyKind, number> = { number: 0, name: 1, wording: 2, claim: 3 };

/**
 * What the detectors keep between derivations of one folder, owned by its corpus object
 * (`CorpusMatcher`); what depends on one article alone is kept with the article (`DocEntry.kept`).
 */
export interface DiscrepancyState {
  claims: ClaimState;
  statements: StatementState;
  names: NameState;
}

export function newDiscrepancyState(): DiscrepancyState {
  return { claims: new ClaimState(), statements: new StatementState(), names: new NameState() };
}

/**
 * Articles looked through for the assertion a denial disputes: those quoting or copying one another,
 * and in an analyst's folder of one event those that name two of its rarer people, places or
 * organisations in common (outlets writing their own reports of one event share names, rarely
 * sentences: "was not in handcuffs" against "was handcuffed when he was shot"). Not by shared names
 * in a large mixed folder, where an ongoing story's articles name the same company for weeks.
 */
const CLAIM_STORY: StoryNames = { inEventFolder: 2, inLargeFolder: false };

/**
 * The kinds of discrepancies as separate steps, in order, so that a caller can run them in separate
 * tasks (while the index does not change); each gives its discrepancies through checkpoints
 * (common/budget.ts, `Steps`: the costlier kinds yield every few articles, so that the editor can
 * spread one over several tasks too; `finish` runs one in one go); then
 * {@link sortDiscrepancies} of all they found.
 */
export function discrepancyParts(index: PassageIndex, clusters: QuoteClusterDetail[], refs: QuoteRef[], outletOf: OutletOf, state: DiscrepancyState = newDiscrepancyState()): (() => Steps<Discrepancy[]>)[] {
  const related = relatedness(index, clusters);
  // (A kind without checkpoints: one piece of work.)
  // eslint-disable-next-line require-yield
  const whole = (run: () => Discrepancy[]) => function* (): Steps<Discrepancy[]> {
    return run();
  };
  return [
    () => numberDiscrepancySteps(index, related),
    () => nameDiscrepancySteps(index, state.names),
    whole(() => wordingFromClusters(index, clusters, refs)),
    () => wordingFromTextSteps(index, clusters, related),
    // Claims by cue, and (a moment's work, from the clusters) whom one quote was told to.
    function* () {
      const cued = yield* claimDiscrepancySteps(index, storyRelated(index, related, CLAIM_STORY), state.claims);
      return [...cued, ...addresseeConflicts(index, clusters, outletOf)];
    },
    function* () {
      const pairs = yield* relatedPairSteps(index, related);
      return yield* slotConflictSteps(index, yield* alignStatementSteps(index, pairs, state.statements), pairs);
    },
  ];
}

/** Members in article order; discrepancies by kind, then first member. */
export function sortDiscrepancies(out: Discrepancy[]): Discrepancy[] {
  for (const d of out) d.members.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start));
  return out.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || cmpMember(a.members[0]!, b.members[0]!));
}
