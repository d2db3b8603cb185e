/**
 * Common English words: lower-case word forms that, in a general news corpus (the BBC News corpus in
 * bench/corpus/bbc, 2,095 articles), occur at least 4 times in lower case and at least twice as often
 * in lower case as capitalised in mid-sentence. Used to tell a capital that comes from sentence
 * position or headline case ("Despite", "Meets") from one that marks a name, and (ordered by
 * frequency) a word of every story ("time") from a telling one.
 * Regenerate with `python3 scripts/build-lexicon.py > src/core/entities/lexicon.ts`.
 */
const WORDS = `
the to of and in for is that on said was it be with has have as at by will he are from not his an but had would which
been they their year up this were its more also who we people about out can than after one or could new over all there
time first you last two when government into if years now bn other against so them best some do what just told make only
being world made get no back game like very should she such because before three set her film added next take well any
way number many music while market most company says him off down going good win election won still then think week much
my firm second our go say work play how since part show want between home use did games those top see may expected
public through country where million end players used under put plans months technology me come five sales already four
high old deal half party tax economy too even growth long own money chief both director minister don month record need
right group these help during including companies net based team place mobile third final move day around industry
former system business called really got hit report start big came same took future spokesman service services know club
economic better decision side us great firms phone users found action saying another campaign making countries seen give
lot far offer match likely without figures away run biggest rise video law lost left line case information online pay
software past using become playing able prices player cost given look oil state general played computer executive again
cut days role season does whether according leader later important less life early face believe interest taking went
hard increase recent strong due few security digital your ahead spending further never am every current data held legal
children issue thought foreign quarter working change major star support control must try until following little real
something media series meeting court full award injury return announced local chance each latest prime rate always might
lead looking ago claims free keep problem find taken statement winning having point problems films performance programme
anti different key power share ever include personal access behind clear coach despite low enough internet minutes done
website demand men across shares yet broadband title earlier head sold women bid things rather continue th chairman
financial almost means needed political released doing price term times getting least rights currently victory job
possible sale costs weeks police warned level manager allow research result among band man coming investment beat close
here search trade huge dollar form thing chancellor issues jobs network although forward members running war production
within known main phones wanted actor fans hold plan agreed available break budget trying analysts rates success album
buy list saw career comes competition song content failed evidence goal difficult reported single vote mail showed total
trial wants cash eight event policy race hope led profits small though recently asked higher points site fourth previous
reports young late web book champion didn fact rose annual cannot centre growing rules claim global involved received
short shows let nothing debt feel version boss once call fall several co denied popular euros fell health mean pressure
release family gaming large car changes customers launch sure television boost claimed create giant movie round
themselves accused bit human largest name paid meet order others position why box calls ensure rugby sent choice
consumer opening prize range summer together actress leading stop believes development sites makes networks products
quite talks tour value weekend ball potential similar stage stars whole date launched needs started anything however
ministers parties provide remain age aid football hours idea period simply turn live proposals conference forced pre
seven stand attacks hopes squad wrong admitted ban consumers gave official senior special test virus voters results
bring cards impact charge course devices drugs fraud sell stock taxes areas average board brought charges drive
immigration itself per project survey worked became either helped target cuts named sector extra himself remains
situation appeal education included spent staff turned authorities groups newspaper outside singer takes winner attack
fight laws member moment officials process decided numbers shot comments confirmed front night original particularly
tough view whose amount chart comedy opportunity battle community compared force hand re training body bought concerns
created host lower majority challenge concerned happy poor selling shown step via looked markets private reached
revealed experience history positive quality raise reach risk school analyst confidence deficit example insisted leave
levels longer soon workers area audience bad independent instead often response signed argued double easy everything non
speech terms lives looks met offered threat attempt build ceremony civil debate gone profit row stay widely worth
account allowed began debut rest speed suggested felt focus increased story tsunami unit captain card everyone followed
message minute agreement care effort investors person post press serious spend bankruptcy cases defence figure
generation missed nine nominations pair previously schools titles banks becoming believed designed expect favourite
nominated opposition trading affected dropped energy income messages moved programmes category confident credit fast
near poll probably question websites written domestic matter actually asylum black defeat details machines rival
significant wins businesses download euro fear particular ruled scheme ways wide approach death exports fund individual
measures musical penalty continued couple doubt illegal loss maker ready rule screen successful talk towards along
device giving keen leaders social accounts answer criticised goes kept machine raised receive ruling stake systems track
ability agency built field politics seed above appear certainly contract millions nearly parents planned planning
recovery rejected artists described died doesn happened highest predicted programs seconds songs watch winners anyone
computers facing festival hour kick policies powers sign spam takeover terror airline building comment file finance fuel
hands happen improve operating present protection send backed drama especially faces files guilty images light produced
program understand add changed closed drop massive peer product published rising aimed announcement compete crime
disaster gold ground hoping joined missing progress someone technologies wireless adding concern criminal draw effect
ended kind matches quickly reason starting tackle unlikely billion buying controversial cross lack meant offering
picture rock serve shareholders talking voted considered decide earnings entertainment fit follow hits lose offers
speculation spot works appeared avoid beyond homes inflation judge management mobiles picked suffered voice central
certain gadget operations organisation refused relief sort tie trust commercial decisions developing elections losing
promised separate showing suspended tournament tried below benefit chances code damage efforts fair families gives heart
magazine orders pretty producer protect save seems suggests text advice agree air inquiry onto owned property proposed
questions scored sound source students thousands waiting worldwide chip critics existing gets introduced output poverty
proved singles supporters targets true advantage console copies corporate developed experts fears finished greater
minimum movies panel straight subject unveiled auction events fellow hunting legislation politicians reduce review
standards study urged viewers bigger consider deliver ex feature gadgets housing includes interested living putting
warning alone continues definition drug estimated falling favour grow hoped knew limited operators pop reform
responsible sides striker twice unemployment visitors woman alongside cutting dominated gamers goals investigation
issued language limit manufacturing referee responsibility secure starring wage accept address broken capital caused
common design economist overall pace pass produce revenue sense store assets beginning conditions continuing driven else
environment faster fifth forecast funds isn makers marketing projects rivals spokeswoman strategy claiming decade gas
helping increasing slow speaking tell travel vital accepted basis benefits critical duty finals funding increasingly
join linked morning population powerful records red replace score style suggest technical traditional traffic trouble
viruses visit writing activity broke character child de direct display faced filed friends insurance lawyer mind nation
places presented talent uses vice wasn cause crowd expectations handed heard index interests moving pictures prevent
seek simple victims alleged ask broadcast crucial develop difference editor executives failing interview model names
relationship revenues strength throughout touch voting books clearly completely fully leadership piracy read retail
seeking smaller stadium teams worst absolutely aim aware born camera carry committed decline easily features finally
immediately impressive inside knows natural officer passed plays portable quit seeing sees size surprise trend views
word carried connection currency highly improved jump links myself prepared questioned self sports spread strike tests
allegations amid behaviour easier fighting follows grew increases lawsuit managed operation opportunities paying reality
region room terrorism thinking tipped urban user watching wrote allowing blogs bringing clubs discuss fallen fees fly
food lets miss monthly providing reforms remained sharing slightly space arrest capacity charged chosen cinema courts
cover criticism expects expensive finish holding losses malicious models organisations overseas pension retirement
returned shadow supporting suspects transfer treatment tries unless achieved affairs arrested competitive creating drawn
effectively fine goods happens leaving material partner pensions producers ran rises savings surprised telecoms
telephone watchdog words cameras charity contest disappointing fresh gain honour image improving influence pledged
proposal provided push studio wait appearance blog charts considering entry failure fantastic fun hearing opened option
paper remaining semi setting stronger struggling supply tennis trip administration artist basic cast complete consoles
culture engine extremely female fi haven link reasons recorded risks runs seats seem specific type athletes attention
beating begin brand choose connections detailed developers documents driving emerged explained forecasts hip killed
modern parts payments pushed task trillion versions worried wouldn yen cars competing core directly directors
documentary handheld mass older opinion perhaps profile respect scale sets sixth waste write backing beaten brands class
deals division effective employees finding initially mails manifesto mortgage performances pick prison skills spyware
tech turning weak welcomed acting aims approval art banking banned camp clean compensation crisis damages delivered
elected false handsets injured jail joint listen mid owners package perform performed reduced risen sentence storage
actions appears asking breaking calling cap communities concert controls crude founder hop introduce land medal military
murder novel nuclear penalties poster prove raising regular science sending settlement thinks tool transport vehicles
wing worse accounting agenda attend blamed challenges completed constitution controlled determined dismissed effects
encourage enter expressed famous fastest greatest hear hunt ideas lawyers obviously optimistic remember replacement safe
seat signs speak speeds stressed tools useful wider winter acts advertising audio campaigning centres contrast
correspondent defended definitely directed direction eye foot format gap graphics managing monitor negotiations options
peace quick replaced shared son targeted telling usually willing abroad adults aged agencies capable corner creditors
delighted demands desktop enjoyed exactly focused innovation larger pointed promise slowdown totally wife ambitions
balance cheap citizens clash commitment contact door doping drinking earned employment expansion father hugely injuries
judges leg memory necessary nominees originally outstanding owns physical pulled recognise safety scandal screens unable
allows candidate changing cheaper contribution councils dance declared deep dollars eventually industrial intended
interesting owner pitch placed proper recognised recover resources scene stores suffering table writer alternative
announce application arm attempts becomes browser cable controversy defend deputy disappointed distribution flanker
heavy individuals keeping label learn lists loans lowest normal ones possibility producing relatively sequel signing
solution stations stopped threatened upon violence votes wi attacked autumn block blow closely desire distance
downloaded estimates fan fee feels fixed freedom granted infected initiative knee learning letter likes loan
manufacturers maybe movement nice obvious offence opposed papers professional quoted referendum reporters session
standing stories actors arms automatically backs classic contracts couldn debts defender enjoy environmental established
ethnic evening exciting factor finances helps intelligence kicking lots partly patients pleased prompted required rich
roles satellite scrum settle soul stability status thanks tickets trials unions vision vulnerable weather achieve
achievement additional apologise badly borrowing closing colleagues combined comeback cope creative duo earn episode
flying friendly incident ink invest journalists largely male merger officers ordered ownership platform plus popularity
properly pushing reaching reducing related retailers sensitive shape shops ticket topped walk water whom aircraft
approved assistant capt channels collection complex conducted dedicated edge engines entirely forces friend handle
headed hundreds infrastructure lending listed mistake operator patents piece practice purchase rap reading reportedly
seemed shareholder shut sources switch vast visa abuse affect afford agent attacking awarded boosted collapse colour
copyright donations encouraging essential fake feeling fiscal hardware highlighted hospital illegally items keeper
lifted lines maintain medical minority mother perfect promises represent returning sought split struck succeed summit
tested tight usual virtual wild wine wish yards arrived audiences base categories caught cleared climate commissioner
commit complaint constituency creation declined dispute earning economists efficient employers excellent extend handset
holiday industries instance interactive joining meanwhile multi multimedia nomination organised passengers potentially
praised prizes recording respond secured structure studios suit superb tend tribunal venture addition adds angry apart
appointed appropriate argue ballot cities complaints customer damaging detainees equipment gained governments grown guys
holds hosted households immediate indicated initial leads letting limits moves musicians newspapers page posted posters
pull regularly remove reputation researchers rupees scheduled selected seriously sharp shock strongly sued terrorist
testing threats understood veteran welcome younger argument carefully conflict construction criminals danger delayed
drink entered entire faith falls favourites gains hurt involvement jumped mainstream materials matters opens ordinary
pack patent plenty poorest proud provides regional reserves resigned returns rumours served servers starts suffer tells
thrown tribute truth wanting worry activities aiming argues aside author bands begun billions bottom cold cool detained
discipline doubles downloads entitled eyes factory forms funded honours identity indeed investments journalist kicked
knowledge legitimate measure offices operate pages plant premium processor publish quarters racist reflects regime
register resolution runners rural saved seventh southern spoke statements stepped therefore treated trusted variety
vehicle albums anniversary athlete atmosphere begins belief bids bodies breaks breakthrough broadcasters buyers
campaigners candidates computing decades destruction discussions disease dramatic economies elements ensuring era export
fewer forget gathered genre genuine importance impressed insists nor officially organisers outcome parent payment
predict preparing promote proving pupils receiving recognition represents scoring sparked steel subsidies substantial
supplies ten turns understanding unfair victim writers acknowledged apology applications bench boom characters
circumstances combination confidential copy crash daughter discussed estimate everybody fines fire flat formal generally
gun hitting ill impossible jury km lift lived mainly medium meetings membership midfielder ourselves photos pleaded
pledge protected providers purpose rapid rapper relay removed represented require retired reveal scenes schemes scrutiny
selection solid sometimes spoken sporting spring struggle struggled stuff subscribers subsidiary suggesting upgrade
watched weapons worrying absence accident ambition apply branded broadcasting chips convicted discovered document
extended fired flights gig governing happening header hero hi highlight hospitals judgement knocked listing mixed
moments normally ongoing pensioners perfectly performing presenter priority processing prospect reflect registered robot
shake stolen surrounding tackling unique wake welfare whatever adopted adverts attracted behalf bills challenging dealt
decent deeply defending departure detention domain ease enable ending enormous fail fitness hamstring headquarters
imports improvement involving lessons lies outlook presence print prop prosecution protest ratings realise recession
resignation screenplay secret serving sex shoppers silver slower steps string talented teachers terrorists timing
triumph ultimate visiting widespread wonderful workforce addresses allegedly amazing analysis ankle appointment assess
attract betting boxes concluded democracy disabled downloading embargo equal expert facilities featured feet festive
forthcoming fought heads household husband introduction junk laptops legend midfield nature offences operates promising
prospects qualifying readers recall refuse regulation regulator regulators remarks repeatedly representing sophisticated
spammers stands starred stocks strategic streets student supported sustained theme upbeat upset various wave window
worries adult advance affair animals anybody anywhere attended blame bosses carrying chat consumption contained covered
denies departments dial dogs dream dubbed entering factors familiar featuring founded glad gross handling harder hardly
headlines hidden holder hurdles ignored imposed impression incredible insist inspired internal investigating labels
laptop lock multiple nervous note overcome picking pirated planes positions possibly praise principle prosecutors
provider realised reconstruction reduction relations rely remote replacing restructuring secs seeks select sensible
servants sister skipper smart smoking somewhere sprinters stages succession surface suspension tactics tobacco train
values winger acquisition afterwards allies background barrel blocking chain check coaches convinced counter coverage
cultural dangerous dark deficits delays deny deserved desperate detail draft eighth elderly emergency encouraged epic
equivalent experienced findings freeze goalkeeper heavily hopefully hosts hybrid impose intervention joins keyboard
maximum mayor monitoring motivated mouse negative odds peak pence percentage policing polls predicts profitable
properties puts reaction reasonable rebuild replay respectively robots roll screened sectors sentences shop signals
significantly spokesperson stood surge suspected tags teenage theft thirds types wealth withdraw afternoon amounts
aspects bar booming boosting brilliant broadcaster cancelled cautious client clients combat competitors conduct
consecutive deserve determination dinner drives engineering errors expecting explain extraordinary fashion feud filing
fined glory grounds guidance harm heading herself hunts improvements initiatives innocent intention investor kids
licence luxury manage momentum neither partners passing phishing pilot prefer ranging ranked rarely rebate regulations
request resort retire route runner schedule shocked shoot shooting slipped specialist stayed surgery thank tracks trick
triple troops trophy update wages warnings wearing worm absolute activists adaptation advised apparent awareness bail
ballet burden catch chose comfortable commissioned connected consistently contains damaged dealing deciding defeated
delivery dip discussion doctors doubled equity exhibition explains formed giants guarantee hole informed investigate
keeps launching listeners lucrative managers metres nets nobody none olds optimism persuade photo pledges pocket
politically proof protests quotas racing reject retain revised saving searching severe sharply shopping signal sitting
spin stamp stance steal strengthen studying successive suggestions teacher tiny trio troubled truly typical unacceptable
units yes yuan active aggressive alcohol apparently aren arguing arguments arrival article attempted bloggers booked
broadcasts clothing collected concept confirm consultation correct depth distribute divide efficiency enjoying exchanges
exercise expand extent fiction fierce flexibility forgotten fundamental gather generated guitarist halt hasn historic
honoured ignore influential innovative institutions interact interviews lay leap legally lie marked married medallist
merge notice observers opponents peers plane premiere presidential pressures qualified rally rating regions releases
religious renewed replied reporting representatives richest rift sacked screensaver sessions settled shouldn singing
slide slowing soap solve sorts stick stored subscription sue suicide suspicion threatening throw topping travelling
tremendous unusual venue visual volley vowed worlds accessible admits adviser affordable airport anticipated applied
assessment attempting bandwidth battery binge buildings capability carmaker carrier casinos causes cents chasing choices
comic compiled complained compulsory conceded conversion corruption disciplinary displays dominate drivers elsewhere
emerging ends eurozone exploit exposure extending fairly formats fuelled functions incomes installed invited jobless
killing lawsuits loose meaning medals memories messaging minorities mistakes mood mutual occasion offensive oppose
otherwise pounds practices promoting publication publicly rare recalled recommended regarding resolve responded revival
satisfied screening shift shortlist shortly sit somebody sorry sounds spell spirit staged successfully sufficient
takings thriller tonnes ultimately unity valued warm warn weaker abused accurate advanced adventure anger apologised
appearances attractive avoided barrels beer bidding blind bomb brings bus careful carpet carriers celebrities challenged
cinemas click coalition collect consistent conspiracy constantly copper demanded developments directing directive
disappointment discover discrimination doors encounter enhancing episodes equally exist fill flow guard headline hide
historical hopeful implications integrity junior knock laser lucky maintained marks maternity mentioned method moral
mostly nanny noted offset opted pact pain partnership personally perspective possession principles prior probe publicity
qualify quarterly raw reacted rebuilding recovered remarkable restrictions retailer reviews rid rush salary seekers
solutions suddenly sums supposed surplus swap temporary threw unveil viewing visited weight withdrew accusing afraid
ages ambitious approached asset aviation avoiding battled birth birthday blockbuster breach chair chase checks closure
collapsed connect creates dates deadline delay deliberately delivering disasters disc doubts drew drinks dropping eating
element emerge fails farmers fault finishing gambling generate girl guidelines highs horror horse ideal identify intends
kill landed landmark launches leaves libraries manner maps mate modest musician neck occasions opinions owed petrol
pieces poorer predictions prints reference reflected refugees secondary slight slot sprinter strategist stress submit
surprising sustainable televised tougher tragedy transactions tricks ups veto walked wasted whilst withdrawn worker zone
abandoned achievements adoption animated announcing assault attitude authors bans barrier bet biopic bot brief bronze
browsers busy calculations campaigns capabilities classroom clay clothes commitments communication consortium contenders
context controlling converted count creator dating democratic destroyed dies differences difficulties drafted emotional
employed employee employs enforcement engage enhance enthusiasm establish exit expanding experiences factories filmed
finds footage fortunes frustrated gaining gear genuinely habits hackers healthy honest identified intentions interface
introducing involve jailed jurisdiction killer laid landscape languages learned length liberties lifts matched mention
methods mining necessarily nominee odd participation passenger prepare privacy proportion prosperity protecting
punishment pursue questioning races regulatory releasing scores scrapped seeded slowly sluggish soft straightforward
strikes striking suspect switched talked tapes tourism tycoon upper upward voter withdrawal abortion adjusted affects
agreements airports alert amongst appearing arrangements awesome blocked border breaches buyer cafes cancel causing
clock comedian communicate condition consensus consolidation consultant contacted costly covering crack custody cycle
defined degree demonstrated desperately die disappear doctor drawing dressing duties entries evasion excited exposed
extension external fantasy fishing focusing formally frozen globally hosting intend intense intent interviewed
investigations judged keynote listening loved luck margins marriage mix nationals newly opponent outdoor overwhelming
pause permission posed postponed practical preliminary preparation presidency prestigious primary printer prisoners
productions programming prominent prompting queries radical ranking registration relating relatives remake rescue
restore revolution reward rivalry robust rubbish scams section sentenced server slowed slump stable stuck subsequent
suitable sum supports surveyed suspend sustain tale tape taxation taxpayer tense territory threshold traditionally
trends tuition tune turnover uncertain uncertainty unknown valuable victories waves weren witness adapted alive animal
animation anymore articles bars battles battling billed budgets charities climbed coaching codes collaboration colleague
competitions complain compromise concentrate concerts consequences contribute contributions costume counterparts deaths
delegates describe deserves determine discovery diverse divided dominance drunk dual editing emphasis endured etc
examine expenses extras feared fields firmly floor frontline greeted hinted hotspots inappropriate indication install
instructions insurers knowing lifestyle locked longest lovers lying maintaining margin mission negotiate outbreak
passport percent perception periods permanent persistent phenomenon pigs plastic pointing poorly postal predicting
premises presents priced quangos rain rankings ranks rapidly realistic recorder recorders regiments relevant repeated
reporter requirements requires resign resulted routine soaring stated stepping strict stunning submitted suggestion
suing tank taxpayers teenager telecommunications themes tourist tourists typically unclear updated voiced weakness
yourself zero acceptable acclaimed acquire adapt announcements anyway appealed attributed automatic bankrupt barred
beats bets blogging bonus brain broad catalogue celebrate chunk cited citizenship clearance clever clips competitiveness
components condemned consideration constant conventional crowds cult default depend destroy disappeared diversity donate
drag dramatically earmarked edged electorate electricity elite empty enables estate excess exclusive expanded
exploration explosion extensive farm financing fix fixture forcing forensic gameplay gift hailed handful handing hang
hardest holders imagine immigrants incentives incidents incredibly insisting insurer intelligent investigated investing
journey lifetime liked lyrics mates mental merged minor ninth noise occurred opener opposite opt patches patient plants
poised posts preferred pride principal printed promotion prosecuted prototype proves publishing pundits punished raced
rail reception recycling regarded relation resolved responses rubber sad scan scrap seal shed ship shortages sight
silicon skin snapped sooner steady stopping strange substantially surely surfers survival technically technological
terrestrial terrible thoughts threaten titled traders turnout underlying unhappy unified unveils upcoming utility videos
viewer violent visits volume weapon weekly whistle wholesale youth accompanied achieving actual admission ads appeals
artificial artistic assistance attachment attendance balanced banning bed benchmark blogger blood bonds borrow breached
briefly bulk burst cancer cells chairs chaos childcare citizen classes combine committing compatriot compliance composer
consultancy contain contributed convert copying crimes crowned defeats defensive demonstrate denial depending designer
disclosure distributing dividend driver drove eased echoed educational employer enabled enforce entertaining everyday
eviction exact examining examples existence expense fate flaws fortnight franchise freed freely frustrating frustration
function generating grabbed guaranteed guess icon immense impress industrialised infection influenced injunction
integral internationals inventions irresponsible jointly justified kinds landing legacy licensed lira lows marry
measured meets metal mine monopoly narrow numerous origin overturned patterns performers podcasting pole politician port
portal pressing privatisation procedures proceedings processes promotional publisher purposes quiet react refusing
regain reluctant remark repayments repeat representation representative requests respondents resume reveals reverse
rewarded roads safer saves scared sceptical scope seize shall shame shoulder sick situations skill slip smoke speeches
spreading sprint stem stiff strengthened stripped strongest subsequently substance substitute succeeded surveillance
survived sweet swiftly tap targeting tasks techniques thus tired tolerance toll tomorrow trigger triggered trophies
tyranny unbeaten undermine universities village violations vocal voices voluntary walking wear activist ad addiction
advert agrees approvals aspect assume barely benefiting blocks boards bound browse bust buys calculated calm caps
captaincy careers celebrated celebration centred ceremonies charging chest chiefs circuit clearing command concentrating
concentration contemporary continent contrary covers credibility credits criteria decider detain developer dipped
distributed domains donated dossier dozen duet eligible embrace employ error except exploited explore fictional filled
fits foxes framework frequently frontman gangs gay generous gifts governance grab gradually halted heat hell hike holes
hundred illness implemented inclusion indefinitely instant institution intellectual internationally interval involves
judicial legs lengthy listings load loyal lure mandatory map midnight migrants miles motivation nerve newcomer obsessed
outlined outright passwords patenting pattern performer phase pipeline plot portfolio portrayal pose preventing
priorities processors produces profitability prosecutions province purchases qualifier reassure recovering referred
residents respected responsibilities reviewed rewards romantic runway rushed sack scam scientists scrapping seasons
sends setback sidelined sized sleep slogan snap solo spare spark specifically sponsorship spotted squabbling steroid
stops stream successes suits summary supplied supplier suppliers survive tackled tag tariffs teach teaching technique
tens theory throwing ties touchline toughest tradition trained transformed transparent treat tricky tunnel unaware
unchanged unfortunately unnamed unnecessary unpaid viewed violated virtually warns wind youngest youngsters accusations
acquired admit adopt advocates agents aired albeit allowance angle answers approve assist assured attraction axed
backbenchers bidder blew boot branding brave brewer brokers browsing capped capture carers cartoon circulating
circulation classics clicking clinched closest coffee collecting colours combines commodity component confronted
confusion constituencies contender contestant contestants contested controller conversation convincing crackdown critic
cyber decides declining demanding deprived detentions disruption dividends divisions dog dot ear edition emotions
engaged engaging exceed excessive excitement exists expenditure extreme failures feta financially firewall fixes flawed
forever formerly forwards fuss gamer gathering gigs governor graphical grip guitar guns handled harmful healthcare
honorary hopefuls humour hype iconic imagination immersive import inadequate indecency injection invisible jazz labelled
lasted lasting lender licences lied lined linking literally location loopholes manufacturer marginal marketed master
megabits merits monitors mouth movements narrowly navigate niche nostalgia obligations offshore offside operated
overhaul path pays perceived persuaded plasma pockets polling powered prevented printing promoted promotions promptly
prosecutor provision publishers purchased quicker racism ranch reaches recruit reductions referring reflecting reggae
rejects remembered removal rent requested resisted respects responding reunited reviewing ridiculous rogue rooms roughly
routes scooped sealed sells sexual shelves shortage sidelines sitcom slice soar soldiers sole somewhat specially
specifications spotlight steer stormed stroke supporter surveys teenagers textile thanked thumb totalling touched towns
transaction transition transmission travellers triumphed tumbled turnaround uniform urge urging versus absent accepting
acknowledge administrators advise affecting agreeing anonymous appetite applying appreciate architecture arena arranged
array arrests attending auditors awaited backgrounds backwards barriers basically beliefs biography blasts blown bombs
branch bubble bureaucracy buzz cables cartridges casino casual cautioned chemicals clamp clashed climb clocked coal
commentators commonly comparison compatible competitor comply concentrated confess considerably consult consulting
controversially cooperation copied copyrighted courses creativity crew criminally criticise crossed currencies dancers
dangers define demonstration describes designs disadvantaged disclose disguise displayed disputes dominant downturn
dozens dragged dry eager ears embarrassing emissions ensures equipped establishing euthanasia examined exceeded
exceptional existed experiencing expression facts faking fare farms fashioned faults firing flagship flair flaw
fortunate fulfil gallery genocide girlfriend grows halfway heptathlon hotels houses hub humans identification
implementation imposing inch independently indicate inevitable infamous invention irregularities joke jurors justify
kicker latter leaflet leaked legality legendary licensing likened login megapixel merit microphone mile ministerial
mountain mounted neat nowhere obliged offenders offline org outrage overlooked overtaken painting passage payout
permitted personality phenomenal photographers photographs physically physics pin planet plea plunged pool poured
precisely predecessor preparations prominence psychological qualifications quitting regained regard regulate rein
relationships relative replaces requirement reservations restate restaurant restricted rethink ride rightly ruck
safeguards saga sample sanctions scandals scare scorer script searches secretly sections settings sheer shocks shooter
shortfall shortlisted shortlists shots sights simultaneously sing slid smash smashed spends stays structures substances
sues surged surround swapped swapping swept swing tactic tariff taste telephony temperatures tensions thin thoroughly
thousand tiebreak tone totalled touring tracking traded trail transferred translated travelled trilogy undergo
undisclosed unexpected unlike upheld upload usage variants verdict visible weakening wishes wrist wrongdoing yard
yesterday abiding academic accessing acclaim accountability accuse acquisitions acted adequately advisor advisory
aftermath ageing aggressively allegation allowances altogether ancient animosity annually answered archives arriving
ashamed asks associate attitudes attracting auctioned authentic awaiting batteries beneficial binding bits bitter
bizarre bone bookmakers brink bundled casting catching celebrating cement certificate checked cheese clause cleaner
clearer clutch coached cocoa combining comfortably comics commercially compact compare complaining complicated
comprehensive confidentiality confusing considerable consulted convenient conversations counterfeit counterpart crazy
criticising crop debates decisive declare deemed deeper deleted demonstrates dependent deposit devastating disappearance
discs distributor doubling downside dying eat educated embracing emergence enemies enemy engineer entrepreneur escaped
evicted excluding explaining favoured feed filling finalist finest flash flexible fold footed fraudulent funny genius
gesture gigabyte gigabytes globalisation grants grasp greatly groundbreaking guided hamper harsh heels height helm
heritage highlights hiring holidays hooker horrible hottest idle impetus imported incentive incompatible incorporated
individually inflated inner innocence integrated integration jumper jumping kit knocking lacking lad lads letters limped
literacy literary lobby loop lover loyalty mad maintenance manages manoeuvring meaningless meantime menu merely mess
migration minds misery mobility modem moderate modified multiplayer naming negotiated nights nonsense notes notices
nuisance objectives obligation ons opposing ordinate ordinator ore organise outset painful passes patch payouts pending
permanently phrase pig pile pixels playback plug pm podcasts poetry possibilities presentation presenters primarily
printers processed productive professionals programmers projected propaganda proposes protesters provisional pub
qualification quartet recordings referees refuses regret relaxed reliable relied religion remotely removing resource
resulting revenge revive rigging sake salaries savvy scary searched secrets seemingly seller separately serial sharers
shifting silly sits solely somehow sorted speakers spectrum speculated statutory steadily sticking streaming stupid
successor sudden survivors suspicious symbol tabloid temporarily tended tends tension textiles texting thrilled tied
tightening tips toured trademark transparency umbrella unauthorised underlined understands undoubtedly urgent valid vary
vendors ventures verge walls weakened weird whatsoever wheel worms worthwhile abuses accelerating accessed accountable
actively addressing advances advisers alarm alerts alike alleging amendment analogue assumptions assurances attached
backbencher backers ballots bearing behave behaving beta billionaire bite bombarded bounced branches breakdown briefing
bright broker buoyant burglar burner captured cartridge celebrations cheaply cheats childhood choosing cigarette citing
clarity classical clinch closures cm coastal collections collective compelling completing compression concerning
concessions concrete considers consume containing contempt contention contentious contributors convergence conviction
coordinator cord councillors counting coupled couples courage courtesy crashed credible credited critically crowded curb
database deaf dealings debated declaring declines defences delete deliberate delight denying deport describing
destination detect differently dig digit digitally diplomatic discount discounts disillusioned disrupted distances
distracted documentaries dodgy dominates downward dress dressed drummer earns earthquake em email embarrassed employing
enabling enforced enjoys ensured equaliser equities exercising expectancy experiment expertise explanations exporters
fairer faltering favourable filming filter finale fixtures flagged floating flotation footsteps forecasting foreigners
foul founding fragile frame funeral furniture gamble gender generic genres goodbye gospel grave gritty guest guests
hails hair hammer handhelds hat heaped hearings heating heralded hints homeland householders housemates hungry hunters
illegitimate imminent importantly inaccurate inform informal infringement inheritance inspiring instruments intensive
invested investigators invitation issuing item joked journals judging judgment judiciary kronor lacked lacklustre ladder
lawful lighter lighting locally log logs looming magnificent magnitude mailed manufactured masses mature mediation
medicine mentally milk mill misses monitored mortgages mould murderers nationality nd nearby nightmare notably notion
observed obtained occasionally oldest outfit outing outline outsourcing overseeing overturn owes participate
partnerships peaked pegged personnel petition pharmaceutical photograph picks pioneer pit pitches plain podcast ports
precedent precious precise prejudice pressed pricing prisons procedure promotes propose protested provoked pubs pundit
pursued pursuing quake radically raids rallied reader realistically rebound receives recruited recycled rehabilitation
relentless relies reoffending repay replacements requiring researcher restored retiring revolutionary rhythm rifle
ringtones ripe roof rough rumoured sadly samples scepticism seamless seasonally securing seized sensational sentiment
severely sheet shipped shocking showcase showcased showcasing similarly singers skilled slashed slim slotted smooth
snaps soared solicitor solving songwriter spirits spree squeezed stabbed stakes stimulate strains streak stunt sub
suffers superhero supportive supremo surpassed surprises sweep tabled tagging tear thrill throne till tip topics touted
toward trackers travels tree tuned unaffected unavailable uncovered undervalued uniquely unprecedented unpredictable
unveiling updates usability vaccine vault verbal visitor vulnerabilities vying wary weighed whereas widen willingness
wipe witnessed witnesses writes wrongly youngster abandoning abolish acceptance accolade accomplished accuracy ace
adapter addressed administrator advertise advertisers aerospace aides allied amounted angled appoint arise arrangement
arrive artificially availability axe backbench bases bassist beef belonging benefited bilateral blur bones bottle
breakneck breast bribe brilliantly bug bugs bunch buyout cab cake calendar carbon carmakers carries cat chaired charm
cheating checking civilian clampdown cleverly clinical clues cocaine collector coloured colourful column commentator
commissions commonplace compares compromised con confirmation confirming confirms conflicts confused connectivity
constable constructive consultants contributing convictions convince corporations cream creatures credentials creditor
criticises criticisms cruise curfews dancer deadly debuts deer defraud degrees demise depends deported der designers
diagnosed dialogue diesel difficulty diseases disks dismissal disorder disruptive distinct distributors ditch divorce
donation donor downloadable drilling drops dug embraced endless enlarged enters epidemic eponymous eventual everywhere
exception exclude exclusion excuse expectation experimental expires explanation exploded exploiting exploring expose
factual famously fancy faulty feedback fights fitted fitting flag floated flourish focuses fond forums fractured frantic
ft functionality generations glass goodwill gossip graduate grandmother groin hadn halve hammered hanging hardcore hate
haul hiding honesty horses hostile hostility hounds hunger hurricanes identical implement improper inability
inadvertently inches indicators indicted inevitably infect inflationary infringed inquiries insane insistence inspection
inspiration inspire instantly integrate interaction intercept interrupted invented ironic jewellery jungle kicks kid
laundering levelled lifting lining litigation livelihoods loaded locations locks logged loses maintains manipulate
manually maths maturity mechanism memorable mere merging minded misunderstood mixture mock mogul moratorium mount
mounting naive negotiating newer nicknamed nightclub notch nowadays objections objective obsession obtain occur okay
opposes opting outdated overnight oversee overtook overwhelmed owning packs painted paralysed partisan pedigree peg
penalised persecution pervasive pilots pioneering pioneers placing plead pleas polled pornographic positives practise
pregnant premature presenting preserve preview prospective prosper protections protects proven publications pulling
qualifiers query quirky racketeering raises rallying rand ratified rattled reactions recommend recommends reflection
reformed reforming regardless regards reinforce reinsurance reiterated relax remind reminded renew resident resorts
respectable restaurants restructure revaluation revamped rupiah satisfaction scammers scares scientist seasonal
selecting sentiments sequels serves sexism sheriff shine ships shirt shore siege signature simpler slipping smarter
socially solved spawned speculate splits spots stalking stature stealth steering steroids stir stockpiles stole storm
strengthening subjected subjects subsidised suited supercomputer supermarket supposedly suspensions suspicions
sweeteners tackles tactical tally teeth televisions tempted tender territories testament testimony thorough thrilling
tier topic topper tops torn torture tournaments trader trailing trains translates trapped trialling trim turf twins
uncapped undergoing undertaking unemployed universe unlawful unreleased unremittingly unsolicited unsuccessful unwanted
useless utilities vastly venues violation volatility volumes waited waning wares warming wartime weaken wealthy weblog
weblogs webpage whip wise wished woes woo abilities abolishing abortionist accelerated accession accompanying accounted
accurately addictive adequate admitting advisors advocate affiliate aggravating airing aka alleges ally alternatives
anxious apiece applicants appreciated archive arguably asbestos aspiring assembled assessing assumed assure attachments
attacker attentions authorised backbone backhand baggage bags banter basketball bedroom belong biometric bird blames
blaming blatant blend blighted blogosphere bolster bombing bombings bonuses boundaries boyfriend breath breed bribery
bridges brightest broader brushed bullish bullying bumper campaigned campaigner cancellations cannabis capitalisation
caring caution certainty challenger charismatic cheapest cheer cheque circles civic closes coincided colonial comfort
commented commuters companion competed competent complacency completion conceding conclude conducting confrontation
conglomerate congratulated conjunction contend continually contraction contractor contractors contributor cooled corners
counted coveted cracking crass crosses crossing crossover crunch cutbacks darker darling daughters debutant decorated
defendants definite definitive defy demo demographic deployment depressed depression derivatives destined detected
detector deterioration devastated diagnosis diallers diet dimension diploma dire disagree disagreements disallowed
disciplined discontent discussing disgrace disposal disproportionate disputed distinctive donating dotcom dragging
earliest economically edging egg electioneering embark embedded emulate endorsed enormously entourage environments erase
evaluate evolved exceeds excluded excludes executed expire explicit exploits exporting extremists fairness famed fares
farmer farming favours fax fearsome feeding feelings fiercely filters finalists finger flared fleeing flooded flu
foolish forged forgot formidable formula frankly fraudsters friendlies fruit fuelling fundamentals furious furore
gearing glittering gloomy glorious golf govern grey grips guarantees gym habit halls happier hatred headset heats
heights heirs highlighting historically homeless honouring hook hooked humanitarian humble humorous hung icons
illiterate imaging immensely immigrant imprisonment inclined incoming incumbent indicating indictment inflate inherit
inherited inkjet innovations insight inspectors installation instrumental intact intercepted internment interpretations
intervened invite irrelevant isolation jacket jumps kickers knockout lag lasers layout lazy leak leaking lecturer liable
limiting liquid literature lively lobbying logo lunchtime lung magazines managerial marking massively maximise
meaningful memorabilia merchandise midst midway mines misleading misled missions mixing mode modify mongrel mosque
mothers motivate muscle nationally navigation needing needlessly neutral newest nod notify notorious novels nudity
obesity obliges obscene offended offending offerings operational organic organising outgoing outings outrageous ovation
overshadowed packages packed paintings pan panic paparazzi parking partial partially participants pathetic patience
penny pensioner permits personalised pesos pessimistic philosophy pitched pivotal platforms playable playground
playwright pledging plight ploughed porn pornography portion portrait portray portrayed prediction preference prepares
presumption privatisations privilege productivity profound prohibited promoters protege protein prototypes provisionally
pulses pump punk punters qualities queues quietly quits quota rampant ranges rank rated rd realising reap reasonably
recalls recipient recognises recommendations recruiting rediscovered redundancies references refund refusal regiment
relegation relieved remainder rental resigning resist resistance resolutions restricting retained retains revealing
reversed riots rocked routinely rupee sacking sang sat satisfy satisfying scenario schedules sci scrappy scripts
sentencing servant shaken shaped sheets shifts shipping shrinking shrugged sin sinking slack slash slick snooker soil
sovereign spat speaks spectators spiritual sponsor spoof spy squeeze statistical staying stocking stomach strain
strategies strategists stressing stretches stretching strikers struggles submission subscriptions sufficiently sunset
supercomputers supercomputing suppose surging surpass surprisingly sustaining swell switching talents tapped taught
tears telcos teraflops theirs thigh thrive thrust timely touches tracked tragic transformation transmitted treating
tremors troubles truants uk unanimous unbundling undecided underpin unfounded unrealistic unseeded unsure unwilling
uphill upright upwards uranium valuation varied viable waits wardrobe washed watchdogs watchers wildly windfall wondered
wore workings worn worsen worsened wound wow wreck yellow zombie abandonment abusive accepts accolades accommodate
accommodation acknowledges actresses adapting adjust adjustments administrative admissions advantages advertisements
affection alerted alien allocated alter ambassador amendments amounting angrily ante anthem appealing appliances applies
appropriately arbitrary arisen arrange arrives aspiration assessments assisting assuming auditor await awful backlash
backstreet baht bandmates banner bass battlefield beam bears beast believer bells belonged belongs bend betrayed bidders
bitterly blast blasted blessed blip blockbusters bold bondholders boosts bored brains breeding brewing bruising brush
brutal bump buoyed buried burn burying businessman cafe cameo camps cancelling capacities captained catalogues
catastrophe centuries chains chairing chairmanship cheers civilians clashes classed classified cleaning climbing
clocking codenamed comparing compensate complacent completes composure compressed comprised concession concludes
conclusion conclusions conferences confessed confront confuse conscience conscious consistency consolation constables
constituents contacts contents continuous contracted converting cooling coped corpus correction correctly costed costing
countered counts coup courting cracks curfew curled curriculum cursor cylinder cynical debating debuted declaration
dedication defendant defenders defer defiant deflection delegation demonstrating dependence description desert
designated destinations deter deteriorate devoted dialler dictate digits disadvantage disagreed disastrous discriminated
discriminates discriminatory disgraceful disquiet disrepute dissatisfied dive diverted diving domination donors drafting
draws drum du dubious dynamic earners easing edits effectiveness elaborate eleven eliminate embattled emotionally en
encountered endlessly enforcing engineered engineers enhanced enterprises entertain envelope envelopes equalised erratic
essentially esteem examination exclusively exempt exemptions expands explode explored explosions explosive exported
extensions fade fading faked falsifying famine farewell fated feasible feat festivals fetch finalised financed firearms
firewalls flank flood flooding flowing footballer foray forehand formation fouls francs frenzy frequency fronted fuels
fundamentally gaps garment gasp gathers generates generosity glimpse gong governed graduated grammar grandchildren grass
grossly gruelling guiding hack hacker hacking hail halved hampered harbouring hassle heated hedge helicopter hijack hire
hotspot hurts icing ignite ignoring imagery incarnation incorporate indebted indicates inefficient inexperienced
infested ins instances insulation insult insulting interpretation interpreter invasion irritating isolated jibe killings
kilometres kitchen kits labelling landline laughable laying leaflets leagues leaks learners learnt liabilities libel
liberalisation liberation lieutenant lifeline lifelong lights likeable listened litres locking lodge logic losers loud
lovely lull magical magnate mains malfunction manifestos manual mapping marketplace marque marriages masks mechanics
mentality mg mild millionaires miner minus miscarriages misrepresentation modelled moderators modernise mph murdered
murders muted mystery negotiation neighbour nerves networking nods notebook notified obscured offs omission onslaught
organiser originality origins oust outbreaks outcry outstripping outweigh outweighed overcame overly overshadow overtake
overwhelmingly paint panda paperwork parallel parenting password pave paved payers peaceful pen perceptions
personalities persuading petrochemicals physio piano plagued plaster plate pleasure plots podcasters popping portals
positively pragmatic praises preventable priest privately probation probes proceed proceeds professionalism profoundly
programmed programmer progressed projectors prolonged prompt proportionate proposing protestors provinces publishes
pulls pumps pure purely pursuit quickest quote rack railway random realisation rebellion recognising recommendation
reconsider recovers recruitment redundancy redundant reel refers refinery registering regrets regulated reinforces
relayed relishing reluctance relying remakes remittances renowned reorganisation residency respective restoring
restrictive retreat retro revelation rewind rib richer ringing ringtone roaming robbed robbery robotic rolled rows
royalties scanned scent scholarship schoolboys seafarers sealing seals searchers secures seeds segment seismic semis
settling seventies sexist sexually sham shambles shaping sheep shelf shield shipments shirts shook shorter shout
shouting showcases shrunk signalled silence sincerely sink skies slates slavery slaves sliding slimming slopping slots
smallest smartphones smiles smokers snub softer sounded soundtrack sovereignty specialised spectacular speeding spells
spilled spite sponsored sprinted sprinting staggering stall stark stating sterling storms storyline streams stretch
stretched stuttering styles subdued submissions subscribe succeeding surfaces surrounded surroundings sustainability
swear swearing swung systematically tactically tagged tailored tanks tea teething telco telephoning tempt tendon tenfold
texts thirst thwarted tighten tightened tightly timetable tissue toilet toolbar tracker traditions trailed transplant
transportation trauma truancy truce uncomfortable undermining underway unforced unhealthy unidentified unjustified
unlimited unlucky unmarked unprotected unreasonable unsuccessfully unusually upgraded upgrading uploaded upsurge uptake
urges ushered utilise utterly vaulter verify viability villages visas visually volatile voluntarily warehouse warmly
wasteful wayward wearable webpages weddings whenever whereabouts wherever whim whipped wholly widened widening winemaker
wiped wisely withdrawing wonders worthy wrangling yearly zombies abolished absorbing absurd abusing accelerate
accidentally accountants accuses accustomed adamant adaptors admiration adopting adverse agendas aide aiding airplane
airplay akin alarmed allay allege alphabet alright altering amateur amazed amplified analysed announces antenna
anticipation applause appointing approaching approves architect arrogant arson assassination assaulted assessed assigned
assistants associates associations athletic atmospheric attends attractions attracts auctions authoritarian automated
averaged avoids awarding backdoor backfired backside balances banker barn barrister battleground beginnings belt benches
bests betrayal blessing blitz blueprint blurred boarding boat boil bookings bookmaker borrowed bothered bottlenecks
bounce bouncing boxer bpd brake braking breaching breathing breweries briefed briefings broadly brokerage bulletin
bullets bundle burdens bureaucratic burglars burning button buttons caf calculator calibre callers canny cartel
cartilage casualties catalyst catchy cattle ceiling celebrates censorship champagne chancellors changeover chased
chooses choreography cinematography clamping clan clarify clawed clerk clinching clue clumsy coffers coin coincide
coincidence collaborated colleges commands commentary commissioners commissioning committees comparable compatibility
complement complied composed composition compromising concedes conceived concentrates conciliation concluding conducive
conductor conflicting congestion congratulate considerations consists consolidate conspired consulates consuming
contemplating continents contingency contradictory conversions convertible cop copycat cosmetics couch counsel cracked
crap crave creations creature crept cripple crippled crisp crosscourt cruelty crushing culminated cultures curbs curve
cynicism damn danced dealer debit defamation defected defection defends defining deflation delaying deliveries
demonising dented deployed depriving derail descend destroying detaining devaluation dialling dictionary differ digging
digitised dignity dilemma dimensions dipping disagreement disapproval disclosed discomfort discounted discourage disk
disliked dismantled dismiss disorderly displaced displaying dissent dissolve distanced distinguish distract distraction
districts disturbing divert diverting divides doomed doubtful downfall downloaders drain dreadful drinkers dumb
ecosystem edges edit edited editions educating efficiently electronically elevated embarked embarrassment embassies
embezzlement emerges emotive emphasised empowerment encryption engages enjoyment enlisted enthusiasts entrance entrants
entrepreneurs environmentally equalled eradicate estimating ethical excellence expansive experiments expired explores
exporter expressing eyeing fabrics facilitate failings fairy fantastically farce fashionable favourably fearful fearing
ferocity festivities fighter fingerprinting fingerprints fires fishermen flashes flock flop fluid flurry folders folding
folk fooled footwear forearm forefront forehead forming fortunately fraction fragmented franc franchises freedoms
freeing freelance frequent frightened frontbencher functional fundraising fused gang gauge generator generics giveaway
gloom glut goodness governmental grabbing grabs graduates grandson graphic greenback grim guaranteeing guessed guilt
guise gunning guru guts gutsy halving hammering hampering hangs happily hardline haunted heal heartening hefty helpful
heralds heroics hijacked hilarious hired hobby honestly horizon hubs humane humanity humanoid hurdler hypocrisy
identifies identities ideological illiteracy imaginary imaginative imbalances immediacy immunisation impending
implementing imply impresario imprisoned improves inaugural inconvenience indicator indigenous induction indulging
inequality infects infighting influences infringements inhibitors input insecure insensitive inspector inspirational
instincts intensified intensity intentional interactivity interfaces interference interfering interim interior intervene
intrigued intruder intruders inventories inviting irrespective irrigation jaw jealous jeopardise jets journalism
journeys joystick justification justifying kg kidney knees knocks kroner lap latinohiphopradio laughing lawmakers leaf
leaned leant leapfrog leapt lease legalisation legislative lend lewd license lid lifestyles ligaments lightly limelight
limitations liquidation localised locate logging logical longevity loosen loser lowered lowering machinery mafia
magistrates mainland manipulation mantle marginally marine marques marred marrying marvellous masters matching meals
measuring meat megabytes megapixels menace mentions metals metatarsal metre midday mighty migrant milder militant
millionaire minimal minis miracle miserable misgivings misuse mixes modafinil modelling monumental motive motives
motorists mountainous multilateral multitude musically mythology narrowing nationalities naturally needless neighbours
netted nickname nicotine niggling noises nose notebooks noting notoriously nots numeracy numerical nurse nursery nurses
objected observe observes occasional occupation occupying oligarchs onboard orchestrating ordeal ordinated originals
ousted outlaw outlets outplayed outraged outs outsider outspoken overcrowding overdue overheads overruling oversaw
overseen painkillers paired pandas parcel parental participated passive passports patchy payroll penetration penned
peppered permit persist personalisation petered phased phenomenally phoney photographer pianist piled pills pinned
pipped plausible playlist pleasing pointless poking policyholders pollution portability portrays posing postcards
posthumous postings potent pour powering practising preaches preceding precursor predominantly preferable preferences
preferring prefers pregnancy prematurely presumably pretended pretending prevalence privileged privileges privy
professionally profited projections proliferation prolonging proposition prosecute provisions provocation publicise
punishments pupil puppet purport purse puzzle puzzles quantities queue quo quotes racked racket radius raft raided raped
rappers rarity rat ravaged rave readership reads reaped recharge recipients reckon refer refereed refereeing refine
refined refining refuge rehearsal reign reigning reinsurers rejection rejoin relaxation relegated relocated remedy
remembering remit renamed rendered reopen reopening repaid repair repayment repeating repertoire replies reply
rescheduled rescued reshuffle residue resigns responds restraint restriction resumption resurgence resurrected
resurrection retroviral revamp revitalise revolutionise rewrite rhetoric riding rig rigid riot ripped ripping risked
risky rocket rosy rotate rotated roubles rounded rounds routines rude rulings rumbled rung safeguard sailing sampling
sanction sanctioning sand scaled scalp scans scar scattered sclerosis scoreline screaming screenwriter seamlessly
sensation sensing sentimental separated sergeant seriousness settlements shadows shamed shareholding sharper shedding
shiny showdown silverware simplify simulating singled sinister skip slammed slaughter slew slimmer slowest slumped
slurry smartphone smear smiling smoothly smuggling snatched songwriters sons sophistication spammer sparking specials
specified speedy spiralling splitting sponsors sportsman spotting springing spun spurred spying squabbles squandered
stabilise stagnated stagnation stakeholders stamping standby standpoint static stellar stems stereotypes strained
stranglehold streamed stride stringent structural stumbling stunts stylus sublime subsidiaries suburbs sufferers sugar
suite suitor suitors sung superbly supernatural superstar surf surfing surreal surrender surreptitious surrounds
surviving sweeping swelling symbolic sympathy symptoms synergies tastes tattoo taunting technicians teen teens
telecommunication telephones tenure terrific testify textbooks theatres theatrical themed thereby thieves thrashed
threatens thresholds thumped ticking tidal tide tighter timed timescale tipping toe tongue toolkit touchdown toughness
tours trace traced trails transatlantic transferring transform translate transmit trap traveller treatments trialled
tripled truck tweaked twist twisted ubiquitous ugly ultra umpire unaccompanied unanimously uncover underdogs
underestimate underestimating underline underneath understandable understandably understated undertaken unexpectedly
unfairly unfavourable unite unleashed unlocked unpatched unpopular unrest unspecified unstoppable unsubstantiated
unsustainable untrue upturn urgency urgently urine vacant variant versa versatile veterans vicious viewpoint villagers
villain vintners violate visuals vivid volunteers wallets warfare warmth wasting watershed weaknesses webcam wet
wheelchair whereby whingeing whisky whoever wholeheartedly widow wisdom wishing woeful woken wondering wooing workable
workplace workstations worthless wrongful zones
today tonight
`;

let ranks: Map<string, number> | undefined;

/** True for a common English word (lower-case form). */
export function isCommonWord(lower: string): boolean {
  return commonWordRank(lower) >= 0;
}

/** A common English word's place by frequency (0 for "the"), or -1 for a word not in the list. */
export function commonWordRank(lower: string): number {
  if (!ranks) {
    ranks = new Map();
    for (const w of WORDS.split(/\s+/)) if (w && !ranks.has(w)) ranks.set(w, ranks.size);
  }
  return ranks.get(lower) ?? -1;
}
