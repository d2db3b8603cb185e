/**
 * The recogniser's context words: nouns, verbs and adjectives around or inside a name that tell what
 * it names ("a mining company", "Leeds beat Chelsea 2-1", "shares in X"), and the small predicates
 * over them. General English words only; the names themselves are in gazetteer.ts.
 */
import type { EntityType } from '../common/types';
import { BUILDING_HEADS, DEMONYMS, EVENT_SUFFIXES, ORG_SUFFIXES, PLACE_SUFFIXES, lookupName } from './gazetteer';
import { Sep, type Token } from './tokens';

/** Lower-case nouns after a name that make it an organisation ("the Islamic State group", "MIR television"). */
export const ORG_CUE_AFTER = new Set(
  `group groups party agency channel television tv newspaper paper daily broadcaster network company firm
  militia militants rebels organisation organization ministry news magazine hospital university school clinic
  radio website site bank corporation conglomerate giant carrier airline outlet publication agency's
  faction movement alliance coalition officials executives shareholders shares stock employees spokesman
  spokeswoman spokesperson subsidiary unit chief executive board headquarters researchers engineers staffers scientists
  acquisition takeover buyout merger`.split(/\s+/));

/** Lower-case nouns before a name that make it an organisation ("channel Mir", "the newspaper Kommersant"). */
export const ORG_CUE_BEFORE = new Set(
  `channel television newspaper broadcaster network agency company firm group daily magazine station radio
  website publisher party militia outlet airline carrier operator provider maker manufacturer retailer
  insurer lender bank developer producer supplier distributor conglomerate giant rival subsidiary unit
  charity nonprofit non-profit grocer supermarket drugmaker chipmaker carmaker automaker housebuilder
  brokerage union`.split(/\s+/));

/**
 * A firm's researchers, written after its name ("Acme analyst Jane Doe", "Acme analysts said") or
 * before it ("analysts at Acme", "an economist with Acme"): the name is the firm's. ("Strategist" is
 * left out: "Republican strategist X" is a party's adjective, not a firm.)
 */
export const ANALYST_NOUNS = new Set(['analyst', 'analysts', 'economist', 'economists']);

/**
 * Parties named by their members in the plural, opened by political adjectives: "the Social Democrats",
 * "Free Democrats", "Christian Democrats", "National Liberals"; and "Social Democratic Party". The
 * adjectives are common words, so a sentence's first one would otherwise be cut off ("Social" in
 * "Social Democrats leader X said"), and "Democrats" alone read as another party.
 */
const PARTY_PLURALS = new Set(
  'democrats republicans socialists liberals conservatives greens communists nationalists unionists progressives libertarians'.split(' '));
const PARTY_MODIFIERS = new Set(
  'social free christian liberal democratic national progressive radical green centre center popular civic conservative socialist united new independent'.split(' '));
export function isPartyName(t: readonly Token[], a: number, b: number): boolean {
  if (b - a < 2) return false;
  const head = t[b - 1]!.lower;
  if (!PARTY_PLURALS.has(head) && !(head === 'party' && b - a >= 3)) return false;
  for (let k = a; k < b; k++) {
    const tok = t[k]!;
    if (!tok.cap || tok.allCaps || (k > a && tok.sep !== Sep.Space) || (k < b - 1 && (tok.possessive || !PARTY_MODIFIERS.has(tok.lower)))) return false;
  }
  return true;
}

/** Lower-case nouns after a name that make it a place ("Idlib province", "the Syrian town of X"). */
export const PLACE_CUE_AFTER = new Set(
  `province region district county city town village area airbase base airport border coast island port
  capital suburb neighbourhood neighborhood valley river mountains state oblast governorate countryside
  enclave peninsula camp dam`.split(/\s+/));

/** Lower-case nouns before "of Name" that make it a place ("the town of Khan Sheikhoun"). */
export const PLACE_CUE_OF = new Set(
  `town city village province region district capital suburb county island port state republic area
  north south east west northeast northwest southeast southwest outskirts heart centre center`.split(/\s+/));

/** Lower-case nouns right before a name that make it a place ("the Ruritanian capital Velmo", "the village Ostrava"). */
export const PLACE_CUE_BEFORE = new Set(['capital', 'village', 'hamlet', 'town']);

/** Prepositions that put a following unknown single name in a place. */
export const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'across', 'throughout', 'around', 'inside', 'off', 'toward', 'towards']);

/** Lower-case nouns before "of Name" that make it an organisation ("shares of X", "a unit of X"). */
export const ORG_CUE_OF = new Set(
  `shares stock stake shareholders subsidiary unit division arm spokesman spokeswoman spokesperson employees
  executives takeover acquisition owner chairman ceo founder members stakes holding holdings interest investment
  investors`.split(/\s+/));

/** Lower-case nouns before a single name that make it a person's: "her husband Todd", "pensioner X". */
export const PERSON_CUE_BEFORE = new Set(
  `husband wife son daughter brother sister mother father uncle aunt cousin nephew niece grandson granddaughter
  grandmother grandfather widow widower fiance fiancé fiancee fiancée girlfriend boyfriend stepson stepdaughter
  pensioner resident student teacher farmer nurse worker protester protestor voter witness victim`.split(/\s+/));

export const SURNAME_LIKE = new Set(
  `hill hills field park lane bay wood castle tower bridge ford brook falls beach camp port gardens station border
  forest mountain street creek`.split(/\s+/));
/** Head nouns of an apposition that make the name before it an organisation's or a place's. */
export const APPOSITIVE_ORG = new Set(
  `company firm provider operator group maker manufacturer retailer carrier airline bank insurer lender broadcaster
  network newspaper agency charity organisation organization party militia club team subsidiary unit conglomerate
  giant developer producer supplier distributor publisher daily outlet association union federation`.split(/\s+/));
export const APPOSITIVE_PLACE = new Set(
  `village town city suburb district province region county island port neighbourhood neighborhood community
  capital country hamlet settlement enclave municipality`.split(/\s+/));

/** A brand written with a capital inside: "GlobalCom", "PayPal" (not "McCain", "DiCaprio", "LeBron"). */
export function hasInnerCapital(word: string): boolean {
  return /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u.test(word) && !/^(Mc|Mac|Di|De|Da|Du|La|Le|Van|Von|Fitz|Del|Della|St)\p{Lu}/u.test(word);
}

/**
 * Things named after a name ("the PSL5 cable", "a Patriot missile"), and diseases ("the Velo virus",
 * "Lassa fever"; a known place's name before them stays the place's): not entities.
 */
export const PRODUCT_NOUNS = new Set(
  `cable cables pipeline missile missiles rifle rifles jet jets helicopter helicopters satellite satellites rocket
  rockets vaccine software smartphone smartphones browser console cocktail cocktails virus viruses strain strains
  variant variants disease fever syndrome`.split(/\s+/));

/**
 * Words after a town's name in its institutions' names (a paper, the police, a council): the words
 * before them are no short form of the organisation ("Grand Vela" is not "Grand Vela Herald").
 */
export const TOWN_INSTITUTION_HEADS = new Set(
  `Herald Times Post Tribune Gazette Journal Sun Inquirer Courier Sentinel Examiner Dispatch Standard Chronicle News
  Star Mail Telegraph Press Record Observer Register Police Council Fire Sheriff Board Transit`.split(/\s+/));

/** Nouns after a name's possessive that make it a company's: "Vela's acquisition of ...", "Vela's shares fell". */
export const POSSESSIVE_ORG_NOUNS = new Set(
  `acquisition acquisitions takeover buyout merger shares stock shareholders subsidiary earnings revenue revenues
  profit profits`.split(/\s+/));

/** Nouns before "in X" that make X a company: "shares in X", "a stake in X". */
export const STAKE_WORDS = new Set(['shares', 'stake', 'stakes', 'holding', 'holdings', 'interest', 'investment', 'investors', 'shareholders']);

/** Adjectives that begin an institution's own name, after which a nationality is only description. */
export const INSTITUTION_ADJECTIVES = new Set(['royal', 'national', 'federal', 'central', 'supreme', 'imperial', 'state', 'high']);

export const RESULT_PREPOSITIONS = new Set(['with', 'to', 'over', 'against', 'for']);
/**
 * A team's words after a town's name in a match report ("Harlow striker", "Harlow fans", "Harlow's
 * goal"), before it ("against Harlow"), and the wins before "over Harlow" (teamNames.ts). Not "win",
 * "victory" after it: a tournament's ("a Kelby Open victory", "the Harlow victory" of a tennis player);
 * not "star": a film's or a town's ("Hollywood star").
 */
export const TEAM_NOUNS = new Set(
  `striker strikers midfielder midfielders goalkeeper goalkeepers keeper defender defenders winger wingers player
  players manager coach boss captain skipper fans supporters squad side teammate teammates goal goals equaliser
  equalizer`.split(/\s+/));
/** Words only a match's report writes, for sports whose results are no "2-1": cricket's, rugby's, a draw's rounds. */
export const MATCH_WORDS = new Set(
  `innings wicket wickets batsman batsmen bowler bowlers overs scrum scrums touchdown touchdowns halftime
  quarterfinal quarterfinals semifinal semifinals`.split(/\s+/));
export const TEAM_BEFORE = new Set(['against', 'versus', 'vs', 'beat', 'beating', 'defeated', 'face', 'faces', 'facing']);
export const WIN_NOUNS = new Set(['win', 'wins', 'victory', 'victories', 'triumph']);
export const SCORE_GAP = /^\s*[-–]\s*$/;
export const SENTENCE_END = /[.;!?]/;

/** Verbs of a match's result: "Leeds beat Chelsea 2-1". */
export const RESULT_VERBS = new Set(
  `beat beats defeated defeat defeats drew draw lost lose loses edged edge thrashed routed trounced overcame
  hammered crushed downed stunned upset outclassed outplayed held holds whipped blanked`.split(/\s+/));

export const COMPASS_LOWER = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'central']);
export const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'greater', 'upper', 'lower', 'inner', 'outer']);
/** An organisation word, singular or plural: "Ministry", "Institutes", "Industries". */
export function isOrgSuffix(word: string): boolean {
  if (ORG_SUFFIXES.has(word)) return true;
  if (word.endsWith('.')) return ORG_SUFFIXES.has(word.slice(0, -1));
  if (word.length > 4 && word.endsWith('ies')) return ORG_SUFFIXES.has(word.slice(0, -3) + 'y');
  return word.length > 4 && word.endsWith('s') && ORG_SUFFIXES.has(word.slice(0, -1));
}

/** Legal forms after a company's name, lower case ("Acme Ltd", "Norge Telecom ASA", "Vela Telecom SGPS SA"). */
export const LEGAL_SUFFIXES = new Set(['inc', 'ltd', 'plc', 'llc', 'corp', 'co', 'limited', 'gmbh', 'ag', 'sa', 'nv', 'llp', 'bv', 'oyj', 'asa', 'srl', 'sarl', 'kgaa', 'sgps', 'pty', 'bhd']);
/** Words that open an organisation's name: "Air China", "Banco Santander"; a club's "FC", "AC", "Club" ("AC Milan", "Club Brugge"). */
export const ORG_PREFIXES = new Set(['Air', 'Deutsche', 'Banco', 'Banque', 'Groupe', 'Grupo', 'Société', 'Societe', 'FC', 'AC', 'SC', 'CF', 'CD', 'SV', 'FK', 'SK', 'Club']);
/** Verbs of a reporter's credit before "by": "Reporting by Jan Lee; Editing by Tom Roe", "Additional reporting by". */
export const CREDIT_VERBS = new Set(['reporting', 'editing', 'writing']);
export const COURTESY = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady']);
export const DETERMINERS = new Set(['the', 'a', 'an']);
export const OF_CONNECTORS = new Set(['of', 'for']);
export const ORG_OF_HEADS = new Set([...[...ORG_SUFFIXES].flatMap((w) => [w.toLowerCase(), w.toLowerCase() + 's']), 'museum', 'chamber', 'chambers', 'house', 'court']);
/** Buildings named "X of Y" that are places ("University of Athens"); "Church of ..." is a body. */
export const PLACES_OF = new Set(['university', 'college', 'school', 'cathedral', 'basilica']);
export const FAITH_HEADS = new Set(['church', 'chapel', 'mosque', 'temple', 'synagogue']);
/** Denominations: "the Mormon Church", "the Methodist Church" are bodies, not buildings. */
export const FAITHS = new Set(
  `catholic anglican orthodox methodist baptist lutheran presbyterian mormon episcopal evangelical pentecostal
  adventist unification reformed coptic maronite apostolic moravian mennonite amish quaker unitarian`.split(/\s+/));
export const PLACE_OF_HEADS = new Set([...[...PLACE_SUFFIXES].map((w) => w.toLowerCase()), 'republic', 'kingdom', 'isle', 'cape', 'emirate', 'states']);
export const HYPHEN_TAILS = new Set(
  `led backed based made born style run owned funded sponsored bound linked related controlled held speaking era
  wide like type only friendly free allied aligned inspired leaning occupied annexed brokered imposed
  dominated focused centric sceptic skeptic american russian`.split(/\s+/));
export const REPORT_VERBS = new Set(
  `said says say accused announced denied denies confirmed confirms warned warns insisted insists claimed claims
  rejected rejects dismissed dismisses stated told tells called calls urged urges condemned condemns responded
  criticised criticized welcomed welcomes declined declines refused refuses argued argues added adds described
  issued released pledged vowed threatened demanded demands noted notes admitted admits acknowledged announced
  ordered orders signalled signaled countered replied hit blamed blames praised praises`.split(/\s+/));
export const VERB_SKIP = new Set(['on', 'last', 'this', 'late', 'early', 'earlier', 'later', 'also', 'has', 'had', 'have', 'again', 'then', 'quickly', 'swiftly', 'promptly', 'previously', 'officially', 'publicly', 'already', 'repeatedly', 'has', 'on', 'in', 'a', 'statement']);
/**
 * Police ranks written as acronyms in South Asian news (senior superintendent, station house officer,
 * deputy superintendent, deputy and inspector general): the name before one is its district's, a place.
 */
export const POLICE_TITLES = new Set(['ssp', 'sho', 'dsp', 'dig', 'igp']);
/** Titles only a company's officers hold: the name before one is an organisation's. */
export const COMPANY_TITLES = new Set(['ceo', 'cfo', 'coo', 'cto']);
/** Titles written as acronyms, which stand before a name like any title: "Acme CEO Jane Doe", "Labour MP John Roe". */
export const TITLE_ACRONYMS = new Set([...COMPANY_TITLES, 'mp', 'mep', 'mla', 'mpp', 'msp', ...POLICE_TITLES]);
/** Nouns for what a person does, by their ending: "Organizer", "Protester", "Novelist" (before a full name). */
export const AGENT_NOUN = /(?:er|or|ist)$/;
/**
 * A price's move after a name, which makes it a listed company's ("Ryanair fell 1.1pc", "Acme rose as
 * much as 7 percent", "Halifax was off 29p"): a percentage or pence, not points (an index's, a poll's).
 */
export const PRICE_VERBS = new Set(
  `fell rose slipped climbed gained lost dropped jumped tumbled advanced declined surged shed slumped soared eased sank plunged
  plummeted rallied firmed retreated added edged was were is closed ended finished`.split(/\s+/));
/** `PRICE_MOVE`, sticky: tested at a word's start in the text, with no string cut out (the recogniser asks after many names). */
export const PRICE_MOVE = new RegExp(
  '(?:fell|rose|slipped|climbed|gained|lost|dropped|jumped|tumbled|advanced|declined|surged|shed|slumped|soared|eased|sank|plunged|' +
  'plummeted|rallied|firmed|retreated|added|edged (?:up|down|higher|lower)|(?:was|were|is|closed|ended|finished) (?:up|down|off|higher|lower))' +
  '\\s+(?:(?:as much as|at least|more than|nearly|almost|about|another|a further|by)\\s+)?[$€£¥]?\\d[\\d.,]*(?:\\s?(?:%|percent\\b|per cent\\b|pc\\b)|p\\b)', 'y');
/** Organisation words that end clubs' names and stand alone for the club: "Leeds United" → "United fans". */
export const CLUB_HEADS = new Set(['United', 'City', 'Rangers', 'Rovers', 'Wanderers', 'Athletic', 'Albion', 'Saints', 'Ospreys']);

/** Adjectives that end institutions' names, never a person's: "Abbey National", "Amnesty International". */
export const NAME_FINAL_ORG = new Set(['National', 'International']);
/** Plurals that end places' names ("Colorado Springs", "Grand Rapids"), eras' and events' ("Middle Ages", "Paris Talks"), not nicknames. */
const NOT_NICKNAMES = new Set(
  `springs lakes woods meadows rapids flats downs keys sands highlands lowlands glades dunes narrows shoals cliffs
  fields pines oaks acres estates mills wells ages islands isles heights hills falls gardens plains mountains towers
  straits protests riots attacks talks trials bombings floods negotiations hearings celebrations killings murders
  papers files leaks letters minutes`.split(/\s+/));
/**
 * A capitalised plural that names a team or a group after a place or "the" ("Phoenix Suns", "the
 * Harlow Comets", "the White Helmets"): not a place's plural, an event's, an organisation word or a
 * nationality ("the Kurds").
 */
export function isNicknamePlural(word: string): boolean {
  if (word.length < 4 || !/^\p{Lu}\p{Ll}+s$/u.test(word) || word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return false;
  const lower = word.toLowerCase();
  return !NOT_NICKNAMES.has(lower) && !EVENT_SUFFIXES.has(lower) && !DEMONYMS.has(lower) && !isOrgSuffix(word);
}
/** Surnames' plural-looking endings: "Kyriakides", "Papadakis", "Stephanopoulos", "Williams", "Edwards", "Collins". */
export const SURNAME_PLURAL = /(?:ides|akis|ulos|ios|ams|ards|llins|kins|ings|tts|ggs|mons|sons)$/;
/** The gap of an ampersand inside a name: "Marks & Spencer", "C&C" (a test on every chunk's tokens: no pattern unless a '&' is there). */
export function isAmpersand(gap: string): boolean {
  return gap.length <= 3 && gap.includes('&') && /^\s*&\s*$/.test(gap);
}
/** Prepositions of place before a name of several words with no first name ("in San Marco"); not "at", which precedes employers. */
export const PLACE_BEFORE = new Set(['in', 'near', 'outside', 'inside', 'across', 'throughout', 'around', 'toward', 'towards']);
export const PERSON_VERBS = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'argued', 'insisted', 'recalled', 'wrote', 'explained', 'asked', 'replied', 'admitted', 'stressed']);

/** The words that end an organisation's or a place's name and may stand for it alone ("the Navy", "the Bible Church"). */
export function isHeadWord(word: string): boolean {
  return isOrgSuffix(word) || PLACE_SUFFIXES.has(word) || BUILDING_HEADS.has(word);
}

/**
 * What an apposition after the name says it is: "Acme, a mining company," (organisation),
 * "Lowton, a village near ..." (place), "said Maral, 45," (person), or null.
 */
export function appositiveTypeAfter(t: readonly Token[], b: number): EntityType | null {
  const n = t[b];
  if (!n || n.sep !== Sep.Comma || n.para !== t[b - 1]!.para || t[b - 1]!.possessive) return null;
  // An age: "Maral, 45, a voter".
  if (n.num && /^\d{1,2}$/.test(n.word) && /^\s*,/.test(t[b + 1]?.gap ?? '')) return 'person';
  if (n.lower !== 'a' && n.lower !== 'an' && n.lower !== 'the') return null;
  // The head noun: the last lower-case word before punctuation or a preposition.
  let head = '';
  for (let k = b + 1; k < Math.min(t.length, b + 7); k++) {
    const tok = t[k]!;
    if (tok.sep !== Sep.Space && tok.sep !== Sep.Hyphen) break;
    if (tok.cap && !DEMONYMS.has(tok.lower) && !lookupName(tok.word)) break;
    if (tok.lower === 'of' || tok.lower === 'in' || tok.lower === 'near' || tok.lower === 'that' || tok.lower === 'which' || tok.lower === 'who' || tok.lower === 'based') break;
    head = tok.lower;
  }
  if (APPOSITIVE_ORG.has(head)) return 'organization';
  if (APPOSITIVE_PLACE.has(head)) return 'place';
  return null;
}

/** A share price's moves, after a stock's code in brackets: "Vela (VLA) fell 2%". */
const SHARE_MOVES = new Set(
  `shares stock fell rose slipped climbed gained lost dropped jumped tumbled advanced declined surged shed slumped soared
  eased sank plunged plummeted rallied firmed retreated`.split(/\s+/));

/**
 * A stock's code in brackets after a company's name (`b`: the first token after the name): "(ticker:
 * VLA)", "(NYSE: VLA)", "(VLA.N)", or a bare "(VLA)" before the company's shares or their move ("Vela
 * (VLA) shares rose", "Vela Technology (VT) fell"). A bare code before anything else is no cue: "Jane
 * Doe (AP) said", "the Vela Party (VP) won".
 */
export function stockCodeAfter(t: readonly Token[], b: number): boolean {
  const open = t[b];
  const last = t[b - 1]!;
  if (!open || !open.gap.includes('(') || open.para !== last.para || last.possessive || !/^\s*\(\s*$/.test(open.gap)) return false;
  let k = b;
  const labelled = (open.lower === 'ticker' || open.lower === 'symbol' || open.allCaps) && t[k + 1]?.para === open.para && /^\s*:\s*$/.test(t[k + 1]!.gap);
  if (labelled) k++;
  if (!t[k]!.allCaps || t[k]!.dotted) return false;
  // A Reuters code's exchange: "VLA.N", "VLA.TO".
  const exchange = t[k + 1]?.para === open.para && t[k + 1]!.gap === '.' && /^[A-Z]{1,2}$/.test(t[k + 1]!.word);
  if (exchange) k++;
  const close = t[k + 1];
  const here = !!close && close.para === open.para;
  if (here && !/^\s*\)/.test(close.gap)) return false; // the bracket goes on: no code
  if (labelled || exchange) return true;
  return here && /^\)\s+$/.test(close.gap) && !close.cap && SHARE_MOVES.has(close.lower);
}

/**
 * The code in brackets after a name, with an exchange's label or not ("(VLA)", "(TSX: VLA)"), when
 * the initials of the name's words [a, b) begin with it: "Vela In Motion Ltd. (TSX: VIM)". A sentence's
 * first word that the code spells is the name's, not a common word before it.
 */
export function spelledByCodeAfter(t: readonly Token[], a: number, b: number): boolean {
  const open = t[b];
  if (!open || !open.gap.includes('(') || open.para !== t[b - 1]!.para || !/^\s*\(\s*$/.test(open.gap)) return false;
  const code = open.allCaps && t[b + 1]?.para === open.para && /^\s*:\s*$/.test(t[b + 1]!.gap) ? t[b + 1]! : open;
  if (!code.allCaps || code.dotted || code.word.length < 3) return false;
  let initials = '';
  for (let k = a; k < b; k++) initials += t[k]!.word[0];
  return initials.startsWith(code.word) && !initials.slice(1).startsWith(code.word);
}

/** The acronym in brackets right after tokens [a, b) is their capitals' initials: "Ruritanian National Guard (RNG)". */
export function initialsInBrackets(t: readonly Token[], a: number, b: number): boolean {
  const code = t[b];
  if (!code || !code.allCaps || code.dotted || code.para !== t[b - 1]!.para || !/^\s*\(\s*$/.test(code.gap)) return false;
  let initials = '';
  for (let k = a; k < b; k++) if (t[k]!.cap) initials += t[k]!.word[0];
  return initials === code.word;
}

/**
 * An acronym in brackets after the lower-case words it abbreviates, "multiple sclerosis (MS)", or
 * before them in brackets, "the IMS (interim management statement)": a common noun's, no name.
 */
export function acronymOfCommonWords(t: readonly Token[], a: number): boolean {
  const tok = t[a]!;
  const open = t[a + 1];
  const before = /\(\s*$/.test(tok.gap);
  if (!before && (!open || open.para !== tok.para || !/^\s*\(\s*$/.test(open.gap))) return false;
  const letters = tok.word.replace(/\./g, '').toLowerCase();
  if (before) {
    let k = a - 1;
    let ini = '';
    for (let n = 0; n < letters.length && k >= 0; n++, k--) {
      const w = t[k]!;
      if ((w.cap && !w.allCaps) || w.para !== tok.para) return false;
      ini = w.lower[0] + ini;
    }
    if (ini === letters) return true;
  }
  if (!open || open.para !== tok.para || !/^\s*\(\s*$/.test(open.gap)) return false;
  let ini = '';
  for (let k = a + 1; k < a + 1 + letters.length; k++) {
    const w = t[k];
    if (!w || w.cap || w.para !== tok.para || (k > a + 1 && w.sep !== Sep.Space)) return false;
    ini += w.lower[0];
  }
  return ini === letters && /^\s*\)/.test(t[a + 1 + letters.length]?.gap ?? ')');
}

/**
 * Companies named by their trade in the plural before a list of names, "energy companies Vela and
 * Lund", "the charities Vela, Lund and Roe", "rivals Vela and Lund" (also "miners", whose singular
 * may be a man's trade, and "firms such as"): each name listed is a company's.
 */
/** Plurals of ORG_CUE_BEFORE's nouns that are as often people: "film-makers X and Y", "rivals X and Y", "developers". */
const PEOPLES_TRADES = new Set(['makers', 'producers', 'developers', 'rivals', 'units', 'publishers', 'suppliers']);

export function isPluralTradeNoun(w: string): boolean {
  if (!w.endsWith('s') || w.endsWith('ss')) return false;
  if (w === 'miners' || w === 'companies' || w === 'charities' || w === 'agencies') return true;
  return ORG_CUE_BEFORE.has(w.slice(0, -1)) && !PEOPLES_TRADES.has(w);
}

/**
 * Roles in a company or a body before "at X" or "of X": "country director at Vela", "president of
 * Vela", "chief executive of Vela" (ORG_CUE_OF's owners and officers, and these). Not "head of state",
 * a lower-case noun; not a professor's or a teacher's "at", whose school is a place; a director "of"
 * is a film's ("director of Vela Nights"), only "at" a company.
 */
/**
 * A player's transfer, before the club he comes "from": "completed the signing of X from Vela",
 * "joined from Vela", "on loan from Vela" (not "moved from", which people and firms do between towns,
 * nor a bank's "loan from").
 */
export const TRANSFER_WORDS = new Set(['signing', 'signings', 'signed', 'signs', 'joined', 'joins', 'loan', 'transfer']);

/**
 * A verb in the plural right after a name in the singular that opens its sentence: "Lundby have
 * completed the signing", "Vela are expected to", British English for a team's or a company's people.
 * A person or a place takes the singular. SUBJECT_NOT_ALONE: words that open a sentence before its
 * subject in the same run of capitals ("If Dorsey were", "Both Vela and ...").
 */
export const PLURAL_VERBS = new Set(['have', 'are', 'were', "haven't", "aren't", "weren't"]);
export const SUBJECT_NOT_ALONE = new Set(
  `and or nor both either neither if though although as when where why how while whether once unless until after before since`.split(/\s+/));

/** Words a broadcaster's number follows in its name: "Channel 5", "Radio 1" (no other channel's short form). */
export const NUMBERED_BROADCASTERS = new Set(['Channel', 'Radio']);

export const ROLES_AT = new Set(
  `director directors executive executives chairman chairwoman president spokesman spokeswoman spokesperson
  boss founder partner`.split(/\s+/));
