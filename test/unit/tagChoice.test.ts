import assert from 'node:assert/strict';
import { acceptedChoice, type TagRow } from '../../src/commands/annotations/tagChoice';

const disputed: TagRow = { label: '$(warning) Disputed', description: 'verdict', verdict: 'disputed' };
const confirmed: TagRow = { label: '$(check) Confirmed', description: 'verdict', verdict: 'confirmed' };
const trust: TagRow = { label: 'trust', description: 'tag', tag: 'trust' };
const rows = [disputed, confirmed, trust];

describe('the Tags & Verdict pick', () => {
  it('a tag typed after ticking a verdict is kept (Enter used to save the verdict alone)', () => {
    assert.deepEqual(acceptedChoice(rows, [disputed], [disputed], 'sanctions'), { tags: ['sanctions'], verdict: 'disputed' });
  });

  it('text typed to filter the rows is not taken for a tag', () => {
    assert.deepEqual(acceptedChoice(rows, [disputed], [disputed], 'disp'), { tags: [], verdict: 'disputed' });
    assert.deepEqual(acceptedChoice(rows, [trust], [trust], 'tru'), { tags: ['trust'], verdict: undefined });
  });

  it('with nothing ticked, Enter takes the highlighted row; a ticked new-tag row is not added twice', () => {
    assert.deepEqual(acceptedChoice(rows, [], [confirmed], ''), { tags: [], verdict: 'confirmed' });
    const typed: TagRow = { label: 'ports', description: 'new tag', tag: 'ports' };
    assert.deepEqual(acceptedChoice([typed, ...rows], [typed], [typed], 'ports'), { tags: ['ports'], verdict: undefined });
  });
});
