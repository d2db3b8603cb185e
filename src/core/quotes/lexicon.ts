/** Word lists for quotation attribution. All lower-case. */
import { MONTH_NAMES, WEEKDAY_NAMES } from '../common/calendar';
import { irregularForms } from '../text/inflection';

const set = (s: string) => new Set(s.trim().split(/\s+/));

/** Verbs of saying (base forms); inflections are generated below, irregular pasts from the stemmer's table. */
const SPEECH_BASES = `
say tell add warn write insist explain state echo claim argue note observe remark comment announce
declare admit acknowledge concede confirm deny suggest ask answer reply respond retort shout scream
yell cry whisper mutter tweet post urge demand call describe accuse allege complain lament boast joke
quip recall reveal predict promise vow pledge threaten caution conclude continue stress emphasise
emphasize testify assert maintain contend counter brand dismiss criticise criticize
praise hail slam blast label reiterate repeat mention advise inform assure reassure plead chant read
exclaim sigh laugh text email message indicate forecast estimate dispute welcome characterise
characterize term speculate reckon muse object protest charge decry condemn acknowledge
elaborate affirm proclaim announce boast grumble rail lash question wonder recount report tell
interject intone scoff snap sneer fume gush enthuse beam gasp quote cite signal concede begin
bemoan thank apologise apologize congratulate brag lambast rebuke scold hint vow swear blurt
convey
`;

/**
 * A speech verb's forms: the base, the third person, the -ing form and the past (-ed, or the
 * irregular forms of text/inflection.ts, the one table of them: "said", "told", "wrote").
 */
function inflect(base: string): string[] {
  const out = [base];
  // 3rd person singular
  if (/(s|sh|ch|x|z|o)$/.test(base)) out.push(base + 'es');
  else if (/[^aeiou]y$/.test(base)) out.push(base.slice(0, -1) + 'ies');
  else out.push(base + 's');
  // past and -ing
  const irregular = irregularForms(base);
  const doubled = /^(admit|quip|snap|signal|compel|rebut|commit|begin)$/.test(base);
  if (base.endsWith('e')) {
    out.push(base + 'd', base.slice(0, -1) + 'ing');
  } else if (/[^aeiou]y$/.test(base)) {
    out.push(base.slice(0, -1) + 'ied', base + 'ing');
  } else if (doubled) {
    const last = base[base.length - 1]!;
    out.push(base + last + 'ed', base + last + 'ing');
    if (base === 'signal') out.push('signaled', 'signaling');
  } else {
    out.push(base + 'ed', base + 'ing');
  }
  // an irregular past takes the place of the "-ed" form
  return irregular.length ? [...out.filter((f, n) => n < 2 || !f.endsWith('ed')), ...irregular] : out;
}

/** Inflected speech verb → base form. */
export const SPEECH_VERB = new Map<string, string>();
for (const b of set(SPEECH_BASES)) for (const f of inflect(b)) if (!SPEECH_VERB.has(f)) SPEECH_VERB.set(f, b);
// a court's verb of saying, in the past tense only ("…,” the appeals court ruled): "rule", "rules",
// "ruling" are nouns far more often (a weak cue: see WEAK_SPEECH)
SPEECH_VERB.set('ruled', 'rule');

/** Speech verbs that may follow their subject after a quotation: “…,” said X. */
export const INVERTIBLE = set(`
said says added adds asked asks continued continues explained explains insisted insists warned warns
wrote writes replied replies declared declares recalled recalls noted notes stated states argued argues
observed observes remarked remarks concluded concludes suggested suggests answered answers responded
responds retorted shouted cried whispered muttered admitted admits acknowledged confirmed countered
quipped joked exclaimed laughed sighed complained lamented boasted claimed claims announced announces
`);

/** Speech verbs that are weak cues: they introduce a quote only with a direct subject or object. */
export const WEAK_SPEECH = set(`
call calls called calling read reads reading begin begins began beginning continue continues continued
continuing charge charges charged charging question questions questioned questioning report reports
reported reporting post posts posted posting message messages messaged messaging signal signals
signaled signalled signaling signalling term terms termed terming label labels labelled labeled
labelling labeling estimate estimates estimated estimating quote quotes quoted quoting cite cites cited
citing beam beams beamed beaming forecast forecasts forecasting rail rails railed railing text texts
texted texting ruled
`);

/** Words before a quotation that make it a name, title or scare quote rather than speech. */
export const NAMING_CUES = /(?:\bso-called|\bself-styled|\bdubbed|\bnicknamed|\bknown\s+as|\bbilled\s+as|\bbranded\s+as|\b(?:en)?titled|\bnamed|\bthe\s+(?:term|word|words|phrase|slogan|hashtag|motto|headline|tagline|catchphrase|label|title|nickname|moniker|codename|code\s+name|song|single|album|film|movie|book|novel|play|show|series|programme|program|documentary|musical|opera|poem|track|ep|game|podcast|exhibition|campaign|column|brand|sign|banner|placard|operation))\s*[,:]?\s*$/i;

export const PRONOUNS_SUBJ = set('he she they it i we you');

/** Titles, honorifics and offices stripped from the front of a person's name. */
export const TITLES = set(`
mr mr. mrs mrs. ms ms. miss mx dr dr. prof prof. professor sir dame lord lady baroness baron earl
duke duchess count countess president vice prime minister ministers secretary state foreign home
defence defense finance interior justice health education trade energy environment transport economy
chancellor senator sen sen. rep rep. representative congressman congresswoman governor gov gov.
mayor judge justice general gen gen. colonel col col. captain capt capt. lieutenant lt lt. sergeant
sgt sgt. major maj admiral adm commander cmdr officer detective det det. inspector insp constable pc
superintendent supt commissioner chief executive director chairman chairwoman chairperson chair ceo
cfo coo cto founder co-founder deputy attorney leader ambassador envoy spokesman spokeswoman
spokesperson mp mep msp am mla td pm king queen prince princess emperor empress pope saint st st.
rev rev. reverend father fr bishop archbishop cardinal rabbi imam sheikh ayatollah coach manager boss
striker midfielder defender goalkeeper keeper skipper forward winger batsman bowler speaker premier
president-elect first sheriff marshal private corporal cpl pte sergeant-major brigadier
field marshal nurse doctor lawyer solicitor barrister counsel advocate analyst economist editor
correspondent reporter columnist author writer producer actor actress singer rapper star
head headteacher principal dean rector provost chancellor registrar warden mr mrs ms herr frau
monsieur madame mme signor senor señor senora señora don dona doña comrade dj mc
sp asp dsp ssp acp dcp dig igp sho
`);

/**
 * Offices no one bears as a surname: capitalised words that end in one ("the Union Minister", "the
 * State Premier") describe the office's holder. Unlike "Grant Dean" or "John Major", whose last word
 * is a title word too.
 */
export const OFFICES = set(`
minister secretary president premier governor senator mayor spokesman spokeswoman spokesperson
chairman chairwoman chairperson commissioner superintendent ambassador envoy ceo congressman
congresswoman sheriff
`);

/** Honorifics that tell a person's gender. */
export const MALE_TITLES = set('mr mr. sir lord king prince duke earl baron father fr herr monsieur signor senor señor don brother');
export const FEMALE_TITLES = set('mrs mrs. ms ms. miss dame lady queen princess duchess countess baroness frau madame mme senora señora dona doña sister');

export const NATIONALITY = set(`
us u.s. usa uk u.k. eu un british english scottish welsh irish american russian french german italian
spanish portuguese dutch belgian swiss austrian swedish norwegian danish finnish polish czech slovak
hungarian romanian bulgarian greek turkish syrian iraqi iranian israeli palestinian lebanese jordanian
egyptian saudi emirati qatari kuwaiti yemeni libyan tunisian algerian moroccan nigerian kenyan
ethiopian somali sudanese south african ugandan ghanaian chinese japanese korean indian pakistani
afghan bangladeshi sri lankan nepalese thai vietnamese indonesian malaysian filipino singaporean
australian canadian mexican brazilian argentine argentinian chilean colombian peruvian venezuelan
cuban ukrainian belarusian georgian armenian azerbaijani kazakh uzbek serbian croatian bosnian
albanian kosovan slovenian estonian latvian lithuanian icelandic new zealand european african asian
arab western eastern northern southern federal national state regional local democratic republican
labour conservative tory liberal green snp ukip democrat
`);

/** Capitalised words that begin sentences or headlines but are not names. */
export const NOT_NAME = set(`
the a an and but or nor so yet for of in on at to by from with without into onto over under after
before during since until while when where why how what who whom whose which that this these those
there here it its he she they we i you his her their our my your him them us me if as than then
also however meanwhile although though because despite instead still now today yesterday tomorrow
tonight this last next earlier later monday tuesday wednesday thursday friday saturday sunday
mondays tuesdays according asked speaking writing talking meanwhile moreover furthermore indeed
yes no not all some many most few several both each every any another other such only even just
more less much very too again about above below between among against through throughout toward
towards upon via per like unlike near off out up down is are was were be been being has have had
do does did would can could shall should might must said says say told tells added warned
meets meet met calls call urges urge vows vow slams slam hits hit backs back wins win rejects reject
denies deny admits admit claims claim warns warn seeks seek plans plan faces face sets set gets get
makes make takes take gives give goes go comes come sees see looks look hails hail blasts blast
defends defend insists insist says hopes hope fears fear opens open closes close ends end starts start
breaking live watch read listen exclusive update updated analysis opinion comment editorial
photo video image pictures picture getty afp reuters ap quoting citing
`);

/** Words that open a question asking for something (a question without one asks yes or no). */
export const INTERROGATIVES = set('who whom whose what which where when why how');

/** Words that end a noun phrase when walking back from a verb (they cannot be inside a subject). */
export const NP_BREAK = set(`
that which who whom whose where when while because although though if unless since until as than
and or but nor so yet then after before during despite with without into onto from to at in on by
about against among between through over under toward towards upon via per is are was were be been
being has have had do does did will would can could shall should may might must not never also
`);

export const DETERMINERS = set('the a an his her their its our my your this that these those another one some any each every no');

/** Adverbs and auxiliaries that may stand between a subject and its speech verb. */
export const BETWEEN_SUBJECT_AND_VERB = set(`
has have had is was were will would did does do also then later previously repeatedly again once
already still just only even earlier recently quickly simply finally first reportedly allegedly
publicly privately separately further subsequently meanwhile however now today yesterday tonight
last night morning evening afternoon week month year on monday tuesday wednesday thursday friday
saturday sunday this that not never has had been ’s 's ’d 'd ’ve 've ’ll 'll himself herself themselves itself
january february march april may june july august september october november december
`);

/**
 * Weekday and month names, lower case, from the tree's one calendar list (common/calendar.ts).
 * "may" is left out: far more often the modal verb than the month, and the readers that need the
 * month test it on its own ("in May", model.ts).
 */
export const WEEKDAYS_MONTHS: ReadonlySet<string> = new Set(
  [...WEEKDAY_NAMES, ...MONTH_NAMES].map((w) => w.toLowerCase()).filter((w) => w !== 'may'),
);

/** Head nouns of descriptions that denote a person. */
export const PERSON_NOUNS = set(`
minister secretary president premier chancellor senator governor mayor leader chief head official
officials spokesman spokeswoman spokesperson diplomat ambassador envoy general commander officer
manager coach boss player captain striker midfielder defender defenceman defenseman goalkeeper keeper
forward winger rookie veteran star champion driver rider batsman bowler bowler director chairman
chairwoman chair executive founder owner investor analyst economist expert professor researcher
scientist doctor surgeon nurse lawyer attorney judge prosecutor detective inspector police source
sources witness victim mother father son daughter wife husband brother sister man woman boy girl
singer actor actress rapper musician artist writer author novelist poet director producer editor
reporter correspondent journalist campaigner activist protester protestor candidate nominee mp
lawmaker legislator congressman congresswoman representative aide adviser advisor counsel negotiator
teacher student resident residents neighbour neighbor owner shopkeeper worker employee spokesperson
dealer trader broker banker strategist consultant manager partner observer commentator pundit
pilot soldier veteran king queen prince princess pope bishop priest cleric imam rabbi monarch
businessman businesswoman entrepreneur billionaire tycoon ceo cfo president-elect incumbent
challenger opponent rival counterpart colleague friend relative fan supporter critic year-old
teenager youngster champion winner finalist medallist athlete sprinter runner swimmer cyclist boxer
golfer jockey trainer referee umpire chef comedian presenter host broadcaster dj model designer
member members voter voters customer customers consumer consumers shareholder shareholders staff
medic paramedic academic forecaster meteorologist astronomer engineer skipper batter pitcher
quarterback all-rounder allrounder
`);

/**
 * Common Chinese family names in pinyin, for names written family name first ("Li Tengfei": "Li
 * said"). Only names that are not common English words ("he", "ma", "yu" and the like are left out).
 */
export const CHINESE_FAMILY_NAMES = set(`
li wang zhang liu chen yang huang zhao zhou xu sun zhu hu guo lin gao luo zheng liang xie tang han
feng deng cao peng zeng xiao tian dong pan yuan cai jiang du cheng wei su lu ding shen yao jin
zhong cui lyu qian qin xue lei kong bai shao meng duan qiu xiong fang gu
`);

/** Head nouns of descriptions that denote an organisation. */
export const ORG_NOUNS = set(`
agency company firm ministry department government administration office council committee
commission party union association federation league club team group bank board authority
authorities organisation organization institute foundation charity trust court tribunal police
army military force forces regulator watchdog embassy kremlin parliament congress senate house
cabinet campaign network broadcaster newspaper paper website service airline carrier manufacturer
maker retailer supplier operator giant insurer lender bureau centre center school university
hospital council corporation station channel magazine studio label publisher website agency
navy utility diocese church
`);

/** Words typical of organisation names. */
export const ORG_WORDS = set(`
house department ministry office agency council committee commission party union association
federation league club bank board authority organisation organization institute foundation charity
trust court tribunal police army navy force forces inc inc. ltd ltd. plc corp corp. co co. group
company corporation government administration parliament congress senate cabinet fc united city
rovers athletic wanderers university college school hospital times post guardian telegraph herald
news journal bbc cnn reuters ap afp network television tv radio airlines airways motors industries
holdings partners capital fund kremlin pentagon whitehall confederation chambers alliance coalition
movement front network diocese archdiocese church parish centre center
`);

/** Nouns after “according to” that are not speakers. */
export const NOT_SPEAKER_NOUNS = set(`
reports report figures data statistics estimates estimate polls poll survey surveys study studies
research documents document records record analysis sources source law rules rule plans plan
reports media accounts account calculations tradition legend custom statement statements
letter letters minutes paper's study document note notes memo email emails website figure
guidance guidelines lawsuit suit book books experiment action film films judgment judgement ruling
verdict bill law legislation proposal proposals plan policy review article advert advertisement
song album show programme program letter filing complaint petition manifesto website message
`);

/** A few common given names with a clear gender, to check pronouns against names. */
export const MALE_NAMES = set(`
james john robert michael william david richard joseph thomas charles christopher daniel matthew
anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason
jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas
zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl
arthur lawrence dylan jesse bryan billy joe bruce gabriel logan albert willie alan juan wayne
elijah randy roy vincent ralph eugene russell bobby mason philip louis boris vladimir sergei sergey
dmitry dmitri rex barack bill tony gordon nigel jeremy emmanuel francois
nicolas xi pierre jacques hans klaus jurgen mohammed muhammad ahmed ali hassan hussein omar
abdul bashar recep benjamin binyamin tim steve elon jeff warren rupert ben tom harry charlie
oliver jamie liam luke max leo ian neil simon colin graham stuart malcolm gavin alistair alastair
hamish angus rory declan sean conor ciaran dominic rishi keir nick ed jim mike dave chris rob rick
vince alan ken len geoff jose carlos luis miguel juan diego pedro pablo antonio giovanni marco luca
francesco wolfgang friedrich olaf vlad igor yuri ivan mikhail viktor volodymyr petro arsene jose
pep jurgen thierry roberto carlo rafael novak roger andy lewis wayne cristiano lionel 
`);

export const FEMALE_NAMES = set(`
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret
sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca
sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha
katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce
virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline
martha gloria teresa ann sara madison frances kathryn janice abigail alice judy sophia grace
denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie
kayla alexis lori hillary theresa angela nicola kirsty fiona gillian alison harriet yvette priti
liz kemi suella rachel nadine ursula christine kamala nancy condoleezza madeleine golda indira
benazir aung jacinda sanna marine segolene anne hilary jacqui jackie caroline claire clare sophie
lucy chloe ellie jess jessie zoe ruby mia amelia isla ava poppy freya lily daisy serena venus
maria naomi simona petra martina steffi jo joanne kate katie jenny jane janet ann anne annie sue
sally tracey tracy kim michelle beyonce adele rihanna madonna oprah meryl kylie
`);

export const PREPOSITIONS = set('at of in on for with about from by to against over into onto under among between towards toward like than');

/** Person nouns that tell a gender ("his wife, Jane Doe", "the spokeswoman"). */
export const FEMALE_NOUNS = set('spokeswoman woman mother daughter wife sister girl actress chairwoman businesswoman congresswoman queen princess grandmother widow lady girlfriend fiancee niece aunt granddaughter');
export const MALE_NOUNS = set('spokesman man father son husband brother boy actor chairman businessman congressman king prince grandfather widower boyfriend fiance nephew uncle grandson');

/** Documents that speak for their author: "the statement said", "says a white paper on its website". */
export const DOCUMENT_NOUNS = set(`
statement statements report release memo letter editorial document paper post tweet blog column
leaflet filing communique notice announcement website submission study review
`);

/**
 * The words of a charge, quoted after the verb or noun that brings it: "charged with", "convicted
 * of", "indicted on", "charges of" (the preposition, then the words before it that bring a charge).
 */
export const CHARGE_CUES = new Map<string, Set<string>>([
  ['with', set('charged')],
  ['of', set('convicted guilty charge charges count counts')],
  ['on', set('indicted charge charges count counts')],
  ['for', set('indicted')],
]);

/**
 * Documents a charge is written in, as news names them: a charge sheet, an indictment, a complaint,
 * an affidavit, and court records of any kind (documents, papers, files, filings), which are named
 * "court documents".
 */
export const CHARGE_DOCUMENT = /\b(charge ?sheet|indictment|criminal complaint|affidavit|court (?:documents?|papers|files|records|filings))\b/i;

/** Things people carry or hand out with words on them: their words are the carriers' (signs, banners, leaflets). */
export const SIGN_NOUNS = set(`
sign signs banner banners placard placards poster posters leaflet leaflets flyer flyers pamphlet
pamphlets sticker stickers
`);

/** The people who carry signs and banners at a rally: whom a sign's words go to when no one is named. */
export const SIGN_CARRIERS = set(`
protester protesters protestor protestors demonstrator demonstrators marcher marchers rioter rioters
activist activists striker strikers picketer picketers campaigner campaigners
`);

/**
 * Sentence adverbs and connectives that open a sentence before a comma ("Nonetheless, she…",
 * "First though, Onyeka…", "Besides Demi, the others…"): a fronted phrase, never the subject.
 */
export const FRONTED_ADVERBS = set(`
nonetheless nevertheless besides first firstly second secondly third finally lastly again likewise
otherwise regardless anyway anyhow thus hence therefore consequently accordingly similarly overall
ultimately eventually initially originally afterwards afterward fortunately unfortunately luckily
sadly happily ironically predictably curiously interestingly notably admittedly apparently
clearly obviously surely naturally frankly honestly basically essentially
`);
