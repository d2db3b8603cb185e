import assert from 'node:assert/strict';
import { speaker } from '../shared/attribution';

// Who said it: categories found on a sixth batch of fresh news (UK and Australian politics, US and
// Canadian crime reports with neighbours, Singaporean, Kenyan, Indian and South African outlets, NHS
// patients' stories, football previews, tech lay-offs). Each snippet is invented; each case names the
// category it guards, with the negative cases beside it.

describe('attribution: categories found on unseen news, round 6 (invented snippets)', () => {
  it('an office after organisation words heads a person ("Harbour Police Commissioner Jo Marsh"), so "he said" later is that person', () => {
    const t = 'Harbour Police Commissioner Owen Varley said extra patrols were in place.\n\n“We cannot do this job by ourselves,” he said.';
    assert.equal(speaker(t, 'by ourselves'), 'Owen Varley');
    // another man named before him is not the one meant
    const u = 'Premier Tom Askel said there was no threat.\n\nHarbour Police Commissioner Owen Varley said extra patrols were in place.\n\n“We cannot do this job by ourselves,” he said.';
    assert.equal(speaker(u, 'by ourselves'), 'Owen Varley');
    // a name with organisation words after the office stays an organisation's
    const v = 'Harbour Police Commissioner Office Trust said the fund was closed.\n\n“The fund is closed,” it said.';
    assert.notEqual(speaker(v, 'fund is closed'), 'Office Trust');
  });
});
