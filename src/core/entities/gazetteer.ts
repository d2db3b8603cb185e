/**
 * General knowledge the recogniser types names with: countries, capitals and large cities, regions,
 * well-known international organisations, news agencies and outlets, large companies, titles, first
 * names, nationality adjectives and the suffixes that mark an organisation or a place. Nothing here is
 * specific to one story: an entry belongs only if it is widely known on its own.
 *
 * Lists are written as `Canonical | alias | alias` lines so a canonical name and its short forms stay
 * together ("United States | US | U.S. | USA"). Lookups are by `nameKey`.
 */
import type { EntityType } from '../common/types';
import { CALENDAR_WORDS } from '../common/calendar';

/**
 * The lookup key of a name: lower case, dots and possessives removed, hyphens and blanks unified.
 * Not memoised: most names need only `toLowerCase` and one scan (`isPlainKey`), cheaper than hashing
 * the name into a cache of a large folder's names (which a cold pass over the BBC corpus mostly missed).
 */
export function nameKey(name: string): string {
  return computeKey(name);
}

function computeKey(name: string): string {
  // Most names need no more than lower case ("barack obama"): one scan tells, instead of five regex passes.
  const lower = name.toLowerCase();
  if (isPlainKey(lower)) return lower;
  return slowKey(name);
}

/**
 * Is `lower` its own key: no possessive at the end, no dots, commas, hyphens or dashes, and blanks
 * only as single spaces between words (what `slowKey` would change)?
 */
function isPlainKey(lower: string): boolean {
  const n = lower.length;
  if (n === 0) return true;
  if (n >= 2 && lower.charCodeAt(n - 1) === 115 /* s */) {
    const p = lower.charCodeAt(n - 2);
    if (p === 39 || p === 0x2019) return false;
  }
  let prevSpace = true; // a space at the start is not plain
  for (let i = 0; i < n; i++) {
    const c = lower.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    if (c === 46 || c === 44 || c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013) return false;
    if (c < 33 ? c >= 9 && c <= 13 : c >= 0x80 && isOtherBlank(c)) return false;
  }
  return !prevSpace;
}

/** The blanks of `\s` other than ASCII ones (which `isPlainKey` checks itself). */
function isOtherBlank(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function slowKey(name: string): string {
  return name
    .replace(/['’]s$/u, '')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/,/g, ' ')
    .replace(/[\s\u00a0\-‐‑–]+/gu, ' ')
    .trim();
}

const COUNTRIES = `
Afghanistan | Albania | Algeria | Andorra | Angola | Antigua and Barbuda | Argentina | Armenia | Australia
Austria | Azerbaijan | Bahamas | Bahrain | Bangladesh | Barbados | Belarus | Belgium | Belize | Benin | Bhutan
Bolivia | Bosnia and Herzegovina | Bosnia | Botswana | Brazil | Brunei | Bulgaria | Burkina Faso | Burundi
Cambodia | Cameroon | Canada | Cape Verde | Central African Republic | Chad | Chile | China | Colombia | Comoros
Costa Rica | Croatia | Cuba | Cyprus | Czech Republic | Czechia | Denmark | Djibouti | Dominica
Dominican Republic | East Timor | Ecuador | Egypt | El Salvador | Equatorial Guinea | Eritrea | Estonia
Eswatini | Swaziland | Ethiopia | Fiji | Finland | France | Gabon | Gambia | Georgia | Germany | Ghana | Greece
Grenada | Guatemala | Guinea | Guinea-Bissau | Guyana | Haiti | Honduras | Hungary | Iceland | India | Indonesia
Iran | Iraq | Ireland | Israel | Italy | Ivory Coast | Jamaica | Japan | Jordan | Kazakhstan | Kenya | Kiribati
Kosovo | Kuwait | Kyrgyzstan | Laos | Latvia | Lebanon | Lesotho | Liberia | Libya | Liechtenstein | Lithuania
Luxembourg | Madagascar | Malawi | Malaysia | Maldives | Mali | Malta | Marshall Islands | Mauritania | Mauritius
Mexico | Micronesia | Moldova | Monaco | Mongolia | Montenegro | Morocco | Mozambique | Myanmar | Burma | Namibia
Nauru | Nepal | Netherlands | New Zealand | Nicaragua | Niger | Nigeria | North Korea | North Macedonia | Macedonia
Norway | Oman | Pakistan | Palau | Palestine | Panama | Papua New Guinea | Paraguay | Peru | Philippines | Poland
Portugal | Qatar | Romania | Russia | Rwanda | Saint Lucia | Samoa | San Marino | Saudi Arabia | Senegal | Serbia
Seychelles | Sierra Leone | Singapore | Slovakia | Slovenia | Solomon Islands | Somalia | South Africa
South Korea | South Sudan | Spain | Sri Lanka | Sudan | Suriname | Sweden | Switzerland | Syria | Taiwan
Tajikistan | Tanzania | Thailand | Togo | Tonga | Trinidad and Tobago | Tunisia | Turkey | Turkmenistan | Tuvalu
Uganda | Ukraine | United Arab Emirates | Uruguay | Uzbekistan | Vanuatu | Vatican | Venezuela | Vietnam | Yemen
Zambia | Zimbabwe | England | Scotland | Wales | Northern Ireland | Britain | Hong Kong | Greenland | Puerto Rico
Tibet | Chechnya | Crimea | Kurdistan | Palestinian Territories | Gaza | Gaza Strip | West Bank | Kashmir
Catalonia | Flanders | Transnistria | Abkhazia | South Ossetia | Donbas | Golan Heights | Sinai | Darfur
Sao Tome and Principe | Saint Kitts and Nevis | Saint Vincent and the Grenadines | Timor-Leste | Cabo Verde
`;

/** Places with more than one name: `Canonical = alias = alias`. */
const PLACE_ALIASES = `
United States = US = U.S. = USA = U.S.A. = America = United States of America
United Kingdom = UK = U.K. = Great Britain
United Arab Emirates = UAE = U.A.E.
Democratic Republic of Congo = DR Congo = DRC = Democratic Republic of the Congo
Republic of Congo = Congo
Czech Republic = Czechia
Turkey = Türkiye = Turkiye
Sao Tome and Principe = São Tomé and Príncipe
Washington, D.C. = Washington = Washington DC = Washington D.C.
New York = New York City = NYC
Los Angeles = LA = L.A.
European Union territory = Schengen area
Soviet Union = USSR = U.S.S.R.
Middle East = Mideast
British Columbia = B.C.
Nova Scotia = N.S.
New Brunswick = N.B.
Prince Edward Island = P.E.I. = PEI
Newfoundland and Labrador = N.L.
North Carolina = N.C.
South Carolina = S.C.
New Jersey = N.J.
New Hampshire = N.H.
New Mexico = N.M.
North Dakota = N.D.
South Dakota = S.D.
Rhode Island = R.I.
West Virginia = W.Va.
`;

const CITIES = `
Kabul | Tirana | Algiers | Luanda | Buenos Aires | Yerevan | Canberra | Sydney | Melbourne | Vienna | Baku
Manama | Dhaka | Minsk | Brussels | Antwerp | Sarajevo | Brasilia | Rio de Janeiro | Sao Paulo | São Paulo | Sofia
Phnom Penh | Ottawa | Toronto | Montreal | Vancouver | Santiago | Beijing | Shanghai | Hong Kong | Guangzhou
Shenzhen | Wuhan | Bogota | Bogotá | Havana | Nicosia | Prague | Copenhagen | Quito | Cairo | Alexandria
Addis Ababa | Helsinki | Paris | Marseille | Lyon | Tbilisi | Berlin | Munich | Hamburg | Frankfurt | Cologne
Accra | Athens | Budapest | Reykjavik | New Delhi | Delhi | Mumbai | Bombay | Kolkata | Calcutta | Chennai
Bangalore | Jakarta | Tehran | Baghdad | Basra | Mosul | Erbil | Fallujah | Dublin | Belfast | Jerusalem
Tel Aviv | Haifa | Rome | Milan | Naples | Turin | Venice | Florence | Tokyo | Osaka | Hiroshima | Amman
Astana | Nairobi | Pristina | Kuwait City | Bishkek | Riga | Beirut | Tripoli | Benghazi | Vilnius
Kuala Lumpur | Bamako | Mexico City | Chisinau | Ulan Bator | Rabat | Casablanca | Kathmandu | Amsterdam
Rotterdam | The Hague | Wellington | Auckland | Abuja | Lagos | Pyongyang | Oslo | Muscat | Islamabad | Karachi
Lahore | Ramallah | Lima | Manila | Warsaw | Krakow | Lisbon | Doha | Bucharest | Moscow | St Petersburg
Saint Petersburg | St. Petersburg | Riyadh | Jeddah | Mecca | Medina | Dakar | Belgrade | Freetown | Singapore
Bratislava | Ljubljana | Mogadishu | Johannesburg | Pretoria | Cape Town | Durban | Seoul | Juba | Madrid
Barcelona | Seville | Valencia | Colombo | Khartoum | Stockholm | Geneva | Zurich | Bern | Basel | Lausanne
Damascus | Aleppo | Homs | Idlib | Raqqa | Hama | Latakia | Deir ez-Zor | Taipei | Dushanbe | Dodoma
Dar es Salaam | Bangkok | Tunis | Ankara | Istanbul | Ashgabat | Kampala | Kiev | Kyiv | Kharkiv | Odessa
Donetsk | Luhansk | Mariupol | Abu Dhabi | Dubai | London | Manchester | Birmingham | Liverpool | Leeds
Glasgow | Edinburgh | Cardiff | Bristol | Oxford | Cambridge | Montevideo | Tashkent | Caracas | Hanoi
Ho Chi Minh City | Sanaa | Aden | Lusaka | Harare | Chicago | Boston | San Francisco | Seattle | Miami
Atlanta | Houston | Dallas | Philadelphia | Detroit | Las Vegas | Denver | Baltimore | Phoenix | New Orleans
Minsk | Grozny | Sochi | Vladivostok | Kaliningrad | Novosibirsk | Yekaterinburg | Sevastopol | Simferopol
Gaza City | Hebron | Nablus | Kandahar | Herat | Peshawar | Quetta | Kinshasa | Brazzaville | Kigali | Goma
Tallinn | Valletta | Luxembourg | Monaco | Strasbourg | Nice | Bordeaux | Toulouse | Lille | Stuttgart
Dusseldorf | Düsseldorf | Leipzig | Dresden | Salzburg | Zagreb | Skopje | Podgorica | Chongqing | Tianjin
Osaka | Kyoto | Busan | Macau | Kowloon | Saigon | Yangon | Rangoon | Dili | Port Moresby | Canberra
`;

const REGIONS = `
Europe | Asia | Africa | North America | South America | Latin America | Central America | Antarctica
Arctic | Oceania | Australasia | Middle East | Near East | Far East | Balkans | Caucasus | North Caucasus
Central Asia | South Asia | Southeast Asia | East Asia | Scandinavia | Baltic | Baltics | Mediterranean
Persian Gulf | Gulf | Horn of Africa | Sahel | Sahara | Levant | Maghreb | Eastern Europe | Western Europe
Siberia | Kurdistan | Patagonia | Caribbean | Pacific | Atlantic | Indian Ocean | Black Sea | Red Sea
Caspian Sea | South China Sea | Korean Peninsula | Sinai Peninsula | Strait of Hormuz | Suez Canal
Alps | Himalayas | Amazon | Nile | Euphrates | Tigris | Danube | Thames | Silicon Valley | Wall Street
Capitol Hill | Whitehall | Westminster | Downing Street | Kremlin | White House | Pentagon | Elysee Palace
Élysée Palace | Elysee | Élysée | Buckingham Palace | Red Square | Tiananmen Square | Trafalgar Square
Times Square | Oval Office | Camp David | Guantanamo Bay | Guantanamo | Mar-a-Lago | West Wing
Alabama | Alaska | Arizona | Arkansas | California | Colorado | Connecticut | Delaware | Florida | Hawaii
Idaho | Illinois | Indiana | Iowa | Kansas | Kentucky | Louisiana | Maine | Maryland | Massachusetts | Michigan
Minnesota | Mississippi | Missouri | Montana | Nebraska | Nevada | New Hampshire | New Jersey | New Mexico
North Carolina | North Dakota | Ohio | Oklahoma | Oregon | Pennsylvania | Rhode Island | South Carolina
South Dakota | Tennessee | Texas | Utah | Vermont | Virginia | West Virginia | Wisconsin | Wyoming
Ontario | Quebec | British Columbia | Alberta | Saskatchewan | Manitoba | Yukon | Nunavut | Northwest Territories
Newfoundland | Labrador | Bavaria | Tuscany | Sicily | Sardinia | Corsica | Normandy
Brittany | Provence | Andalusia | Basque Country | Xinjiang | Hubei | Guangdong | Punjab | Kashmir | Bengal
Yorkshire | Lancashire | Kent | Essex | Surrey | Cornwall | Devon | Ulster
Sindh | Balochistan | Khyber Pakhtunkhwa | Gilgit-Baltistan | Uttar Pradesh | Madhya Pradesh | Andhra Pradesh | Maharashtra
Tamil Nadu | Kerala | Karnataka | Gujarat | Rajasthan | Bihar | Odisha | Assam | Jharkhand | West Bengal | Telangana
`;

/** Buildings and streets that stand for the institution they house when they say or do something. */
export const SEATS_OF_POWER = new Set(
  ['kremlin', 'white house', 'pentagon', 'downing street', 'elysee', 'élysée', 'elysee palace', 'élysée palace',
    'whitehall', 'number 10', 'no 10', 'blue house', 'quai d orsay', 'foggy bottom', 'zhongnanhai', 'west wing', 'capitol hill']);

/** Organisations with their short forms: `Canonical = alias = alias`. */
const ORGANIZATIONS = `
United Nations = UN = U.N.
United Nations Security Council = UN Security Council = Security Council = UNSC
United Nations General Assembly = UN General Assembly = General Assembly
North Atlantic Treaty Organization = NATO = Nato = North Atlantic Treaty Organisation
European Union = EU = E.U.
European Commission
European Parliament
European Central Bank = ECB
European Court of Human Rights
International Criminal Court = ICC
International Court of Justice = ICJ
International Monetary Fund = IMF
World Bank
World Trade Organization = WTO = World Trade Organisation
World Health Organization = WHO = World Health Organisation
Organisation for the Prohibition of Chemical Weapons = OPCW = Organization for the Prohibition of Chemical Weapons
International Atomic Energy Agency = IAEA
Organization of the Petroleum Exporting Countries = OPEC = Opec
Organization for Security and Co-operation in Europe = OSCE
Organisation for Economic Co-operation and Development = OECD
African Union = AU
Arab League
Association of Southeast Asian Nations = ASEAN = Asean
Asia-Pacific Economic Cooperation = APEC = Apec
Group of Seven = G7 = G-7
Group of 20 = G20 = G-20
International Committee of the Red Cross = ICRC = Red Cross
British Red Cross
American Red Cross
Red Crescent
Amnesty International = Amnesty
Human Rights Watch = HRW
Medecins Sans Frontieres = MSF = Médecins Sans Frontières = Doctors Without Borders
Greenpeace
UNESCO = Unesco
UNICEF = Unicef
UN Refugee Agency = UNHCR
World Food Programme = WFP
Interpol
Europol
Federal Bureau of Investigation = FBI
Central Intelligence Agency = CIA
National Security Agency = NSA
Department of Homeland Security = Homeland Security = DHS
Federal Reserve = Fed
Securities and Exchange Commission = SEC
Environmental Protection Agency = EPA
National Aeronautics and Space Administration = NASA = Nasa
Department of Justice = Justice Department = DOJ
United States Department of State = State Department = Department of State
Department of Defense = Defense Department = DoD
Treasury Department = US Treasury
Congress = US Congress = U.S. Congress
US Senate = Senate
House of Representatives
Parliament
Cabinet
Treasury
Disney = Walt Disney = Walt Disney Company
Warner Bros = Warner Brothers
House of Commons = Commons
House of Lords = Lords
Supreme Court
Bundestag
Knesset
Duma = State Duma
KGB
FSB = Federal Security Service
GRU
MI5
MI6
GCHQ
Mossad
Hamas
Hezbollah = Hizbollah = Hizbullah
Islamic State = IS = ISIS = ISIL = Isis = Isil = Daesh = Islamic State group
al-Qaeda = al Qaeda = al-Qaida = al Qaida = Al Qaeda = Al-Qaeda = Al Qaida
al-Nusra Front = al-Nusra = Nusra Front = Jabhat al-Nusra = al Nusra = Nusra
Hayat Tahrir al-Sham = HTS
Taliban
al-Shabab = al-Shabaab = Al-Shabab
Boko Haram
Muslim Brotherhood
Kurdistan Workers' Party = PKK
Syrian Democratic Forces = SDF
Free Syrian Army = FSA
Palestine Liberation Organization = PLO
Irish Republican Army = IRA
Fatah
Labour Party = Labour
Plaid Cymru
Sinn Fein = Sinn Féin
Democratic Unionist Party = DUP
UK Independence Party = UKIP
Green Party = Greens
National Health Service = NHS
Conservative Party = Conservatives = Tories = Tory Party
Liberal Democrats = Lib Dems = Lib Dem
Scottish National Party = SNP
Democratic Party = Democrats
Republican Party = Republicans = GOP
Communist Party
United Russia
Associated Press = AP = A.P.
Agence France-Presse = AFP = Agence France Presse
Reuters = Thomson Reuters
Bloomberg = Bloomberg News
Press Association = PA
Deutsche Presse-Agentur = DPA = dpa
EFE
ANSA
Xinhua = Xinhua News Agency
Kyodo = Kyodo News
Yonhap
TASS = Tass = ITAR-TASS
Interfax
RIA Novosti = RIA
Sputnik
RT = Russia Today
Al Jazeera = Al-Jazeera = Aljazeera
Al Arabiya
BBC = British Broadcasting Corporation = BBC News
CNN
Fox News = Fox News Channel
Fox Business = Fox Business Network = Fox Business News
MSNBC
NBC = NBC News
CBS = CBS News
ABC News
NPR
PBS
ITV = ITV News
Sky News
Sky = BSkyB = British Sky Broadcasting
Channel 4 = Channel 4 News
France 24
Deutsche Welle = DW
Euronews
New York Times = NYT
Washington Post
Wall Street Journal = WSJ
Financial Times = FT
The Economist = Economist
The Guardian = Guardian
The Times
The Telegraph = Daily Telegraph = Telegraph
The Independent
Daily Mail
USA Today
Los Angeles Times
Politico
Axios
Newsweek
Time magazine
Der Spiegel = Spiegel
Le Monde
Le Figaro
Getty Images = Getty
Associated Newspapers
Microsoft
Google
Alphabet
Apple
Amazon
Walmart = Wal-Mart
Facebook = Meta
Twitter
YouTube
Instagram
WhatsApp
TikTok
IBM
Intel
Samsung
Sony
Nokia
Huawei
Tesla
Boeing
Airbus
Gazprom
Rosneft
Exxon Mobil = ExxonMobil = Exxon
Shell = Royal Dutch Shell
BP
Goldman Sachs
Morgan Stanley
Citigroup = Citi
HSBC
UBS
Credit Suisse
BNP Paribas
Bank of America
Wells Fargo
BlackRock
JPMorgan = JP Morgan
Toyota
Volkswagen = VW
General Motors = GM
Ford
Nasdaq
Dow Jones = Dow
Oxford University = University of Oxford
Cambridge University = University of Cambridge
Harvard University = Harvard
`;

/** Words that end an organisation's name. */
export const ORG_SUFFIXES = new Set(
  `Ministry Department Agency Office Bureau Commission Committee Council Parliament Assembly Congress Senate
  Court Tribunal Party Front Movement Brigade Brigades Army Navy Forces Force Guard Guards Police Service Services
  Times News Post Journal Herald Tribune Gazette Telegraph Observer Express Mirror Chronicle Review Magazine
  Press Images Television TV Radio Network Networks Broadcasting Channel Media Newspapers Publishing
  Brothers Bros Inc Inc. Ltd Ltd. Limited Corp Corp. Corporation Company Co Co. Plc plc PLC LLC LLP AG SA GmbH NV Group Holdings
  Bank Fund Trust Foundation Institute Institution University College School Academy Association Federation
  Union League Alliance Coalition United Rangers Rovers Wanderers Athletic Albion Saints Ospreys Organisation Organization Society Club FC Airlines Airways Motors Industries
  Technologies Systems Labs Laboratories Securities Investments Advisors Associates Ventures Solutions Consulting Pharmaceuticals Energy Oil Petroleum Insurance Capital Partners
  Observatory Exchange Centre Center Board Authority Administration Secretariat Cabinet Commons Lords Caucus
  Opera Theatre Theater Orchestra Ballet Museum Gallery Library Hospital Studios Records
  Pictures Entertainment Church Mosque Council Regiment Battalion Division Unit Squad Watch Monitor Initiative Campaign Project
  Confederation Commonwealth Directorate Ministries Inspectorate Commissariat Constabulary Gendarmerie Militia Fleet Corps
  Marines Command Embassy Consulate Government Mission`.split(/\s+/));

/**
 * Words that end a company's or a paper's name ("France Telecom", "Vancouver Sun"). Also organisation
 * words, but two names joined by "and" are not one name because the second ends in one ("Vodafone
 * and Deutsche Telekom").
 */
export const COMPANY_SUFFIXES = new Set(
  `Telecom Telecoms Telekom Telecommunications Communications Airline Railways Shipping Logistics Mining Minerals
  Resources Chemicals Steel Electric Electronics Foods Brands Stores Holding Bancorp Sun Inquirer Courier Sentinel
  Examiner Dispatch Standard`.split(/\s+/));
for (const w of COMPANY_SUFFIXES) ORG_SUFFIXES.add(w);

/** Capitalised words that name no person, place or organisation: "the Internet", "the Web". */
export const NOT_NAMES = new Set(['internet', 'web', 'net', 'bible', 'koran', 'quran', 'torah', 'god', 'allah']);

/**
 * Organisation words that name the institution on their own when capitalised mid-sentence: "the
 * Navy said", "a Ministry spokesman". Only heads that rarely start a longer name's lone word.
 */
export const LONE_ORG_HEADS = new Set(['navy', 'army', 'ministry', 'parliament', 'senate', 'congress', 'politburo', 'knesset', 'bundestag', 'duma']);

/**
 * Heads of the names of buildings and grounds: a place (the analyst's convention: churches, schools
 * and universities are places) unless an organisation word follows ("... School Society").
 */
export const BUILDING_HEADS = new Set(
  `School Schools University College Academy Seminary Polytechnic Kindergarten Church Chapel Cathedral Mosque Temple
  Synagogue Abbey Monastery Mall Cemetery Hotel Motel Ranch Hall Building Plaza Terminal
  Prison Jail Zoo Memorial Monument`.split(/\s+/));

/** Vessel prefixes: "INS Mysore", "MV Gibe", "HMS Belfast" name a ship, which is not an entity here. */
export const VESSEL_PREFIXES = new Set(['ins', 'mv', 'ms', 'hms', 'uss', 'ss', 'rv', 'mt', 'hmas', 'hmcs', 'hmnzs', 'fv', 'usns', 'rfa', 'mts', 'sv']);

/** Abbreviations written with a full stop that is part of the name: "Acme Ltd.", "Tucson, Ariz.". */
export const DOT_SUFFIXES = new Set(['Ltd', 'Inc', 'Corp', 'Co', 'Bros', 'Cos', 'Pty', 'Bhd', 'Plc']);

/** US state abbreviations after "Town, ": "Tucson, Ariz." (the full stop is part of the name). */
export const STATE_ABBREVIATIONS = new Map(
  `Ala:Alabama Ariz:Arizona Ark:Arkansas Calif:California Cal:California Colo:Colorado Conn:Connecticut Del:Delaware
  Fla:Florida Ga:Georgia Ill:Illinois Ind:Indiana Kan:Kansas Kans:Kansas Ky:Kentucky La:Louisiana Md:Maryland
  Mass:Massachusetts Mich:Michigan Minn:Minnesota Miss:Mississippi Mo:Missouri Mont:Montana Neb:Nebraska
  Nebr:Nebraska Nev:Nevada Okla:Oklahoma Ore:Oregon Pa:Pennsylvania Penn:Pennsylvania Tenn:Tennessee Tex:Texas
  Vt:Vermont Va:Virginia Wash:Washington Wis:Wisconsin Wisc:Wisconsin Wyo:Wyoming Ont:Ontario Que:Quebec Alta:Alberta
  Sask:Saskatchewan Man:Manitoba`.split(/\s+/).map((p) => p.split(':') as [string, string]));

/** Words that end a place's name. */
export const PLACE_SUFFIXES = new Set(
  `Province Region District County Territory Territories Oblast Governorate Prefecture City Town Village
  Street St Road Rd Avenue Ave Boulevard Square Lane Bridge Tower Towers Airport Airbase Base Port Harbour Harbor
  Station Palace Castle Cathedral Stadium Arena Park Gardens Hill Hills Mountain Mountains Mount Valley River
  Lake Sea Ocean Bay Gulf Strait Straits Canal Island Islands Isles Peninsula Coast Desert Forest Heights Plain
  Plains Crossing Border Pass Falls Beach Camp Checkpoint Field Strip Springs Highway Hwy Ln Creek`.split(/\s+/));

/**
 * Titles and roles that stand before a name and are not part of it. A name may follow any of them;
 * modifiers ("Foreign", "Deputy") are only titles inside a run that ends in a head.
 */
export const TITLE_HEADS = new Set(
  `mr mrs ms miss mx dr prof professor sir dame lord lady baroness baron earl viscount duke duchess countess
  marquess president presidents minister ministers secretary
  chancellor premier senator sen rep representative congressman congresswoman governor gov mayor ambassador
  envoy general gen lt col colonel major maj captain capt commander cmdr admiral adm sergeant sgt corporal
  lieutenant marshal brigadier king queen prince princess emperor empress sultan emir sheikh shaikh ayatollah
  imam pope cardinal archbishop bishop rabbi reverend rev father sister brother judge justice magistrate
  chairman chairwoman chair chief director speaker whip spokesman spokeswoman spokesperson commissioner inspector detective
  det supt superintendent officer constable sgt coach manager striker goalkeeper defender midfielder captain
  candidate nominee leader chairperson ceo founder owner editor correspondent reporter analyst economist
  professor dean principal headteacher attorney prosecutor sheriff coroner comptroller treasurer auditor clerk
  councillor councilman councilwoman councilmember alderman consul adviser advisor pastor deacon commodore commandant trooper cpl pte pvt`.split(/\s+/));

/** Words that make up multi-word titles together with a head ("Foreign Minister", "Chief Executive"). */
export const TITLE_MODIFIERS = new Set(
  `foreign defence defense interior home finance health justice trade economy education energy environment
  culture transport labour labor agriculture treasury state prime vice deputy acting former chief executive
  general attorney solicitor press national security secretary assistant under junior senior first grand
  supreme high lord crown associate managing executive opposition shadow party majority minority district
  federal regional provincial municipal special public fire police affairs cabinet parliamentary`.split(/\s+/));

/**
 * Words inside an officer's title only, never a name's ("Chief Financial Officer", "Chairman Emeritus",
 * "Prosecuting Attorney"): a sentence may start with them ("Financial newspapers said").
 */
export const OFFICE_MODIFIERS = new Set(['financial', 'operating', 'emeritus', 'prosecuting']);

/** Nationality and group adjectives: never an entity on their own. */
export const DEMONYMS = new Set(
  `spanish spaniard spaniards irishman scotsman welshman frenchman englishman afghan albanian algerian american americans andorran angolan argentine argentinian armenian australian austrian
  azerbaijani azeri bahraini bangladeshi belarusian belgian bolivian bosnian brazilian british briton britons
  bulgarian burmese cambodian cameroonian canadian chadian chilean chinese colombian congolese croatian cuban
  cypriot czech danish dutch ecuadorian egyptian emirati english eritrean estonian ethiopian european europeans
  filipino finnish french georgian german germans ghanaian greek guatemalan haitian honduran hungarian icelandic
  indian indonesian iranian iranians iraqi iraqis irish israeli israelis italian ivorian jamaican japanese
  jordanian kazakh kenyan korean kosovan kurdish kurds kuwaiti kyrgyz lao latvian lebanese liberian libyan
  lithuanian luxembourgish macedonian malagasy malaysian malian maltese mauritanian mexican moldovan mongolian
  montenegrin moroccan mozambican namibian nepalese nepali nigerian nigerien norwegian omani pakistani
  palestinian palestinians panamanian paraguayan peruvian polish portuguese qatari romanian russian russians
  rwandan saudi saudis scottish scots senegalese serb serbian serbs singaporean slovak slovenian somali
  african africans asian asians arab arabs arabic persian slavic nordic scandinavian baltic latin hispanic
  sudanese swedish swiss syrian syrians taiwanese tajik tanzanian thai tibetan togolese tunisian turkish turks
  turkmen ugandan ukrainian ukrainians uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean
  beninese burkinabe gabonese gambian guinean malawian burundian djiboutian mauritian botswanan fijian samoan
  tongan bhutanese maldivian bruneian bahamian barbadian trinidadian belizean salvadoran nicaraguan
  philippine laotian kazakhstani kosovar slovene bosniak lankan dominican grenadian guyanese surinamese
  greenlandic faroese timorese papuan sahrawi seychellois swazi basotho motswana batswana comoran monegasque
  liechtensteiner argentinean ecuadorean luxembourger
  soviet western westerners eastern northern southern islamic islamist islamists muslim muslims christian
  christians jewish jews jew catholic catholics protestant orthodox sunni sunnis shia shiite shiites alawite
  hindu hindus sikh buddhist yazidi druze kurdish pashtun tamil uighur uyghur chechen cossack bolshevik maori
  marxist communist communists socialist socialists democrat republican conservative liberal tory tories
  gaullist anglo franco sino russo euro pan trans transatlantic olympic olympics paralympic paralympics oscar
  oscars bafta baftas grammy grammys emmy emmys brit brits globe globes`.split(/\s+/));

/**
 * The nationality a lower-case word names, one name for all its forms ("nepalese" / "nepali" /
 * "nepalis": "nepalese"; "somalis", "somalian": "somali"): the first demonym of {@link DEMONYMS}
 * with the same stem (suffixes -ese, -i, -ian, -an, -ish off); '' for a word that names none.
 */
export function nationalityOf(lower: string): string {
  const known = DEMONYMS.has(lower) ? lower : [lower.replace(/s$/, ''), lower.replace(/an$/, ''), lower.replace(/ans$/, '')].find((x) => DEMONYMS.has(x));
  if (!known) return '';
  if (!nationalities) {
    nationalities = new Map();
    for (const d of DEMONYMS) if (!nationalities.has(demonymStem(d))) nationalities.set(demonymStem(d), d);
  }
  return nationalities.get(demonymStem(known)) ?? known;
}
let nationalities: Map<string, string> | undefined;
const demonymStem = (w: string) => w.replace(/(?:ese|ians?|eans?|ans?|ish|is?|s)$/, '') || w;

/** Day, month and holiday names: capitalised, but not entities. */
export const CALENDAR = new Set([
  ...CALENDAR_WORDS,
  ...`christmas easter ramadan eid diwali hanukkah passover thanksgiving halloween lent advent new year`.split(/\s+/),
]);

/** Words that end the name of an event, a law or a period: "Cold War", "Olympic Games". Not entities. */
export const EVENT_SUFFIXES = new Set(
  `war wars revolution uprising spring crisis games olympics cup championship championships open tournament
  summit conference festival awards award prize act bill treaty accord accords agreement convention protocol
  doctrine plan era age dynasty day week year election elections referendum nations slam slams prix marathon
  trophy globes`.split(/\s+/));

/** All-capital short words that are not names (abbreviations of common nouns, technology). */
export const NOT_ACRONYMS = new Set(
  `a i ii iii iv v vi vii viii ix x ok tv pc cd dvd ie gdp ceo cfo coo cto mp mps pm am pr hiv aids dna rna sms
  usb it ai vr ar id ufo vip vat faq pdf html http https www url gps atm suv hq rip uk's lol mph kph km kg ft
  usd eur gbp jpy chf cny rpm gmt bst est utc ad bc ce bce q a ps nb etc vs jr sr phd ma ba bsc msc llb co2 covid sars
  mers ied ieds rpg ak wmd icbm icbms mlrs hd 3d 4g 5g lte ios os app apps ipo ipos m&a r&d ngo ngos
  rfid iptv p2p mp3 mp4 uwb wifi gsm 3g 2g dsl adsl lcd led hdtv dvr pvr pda pdas gps voip isp isps dtt mpeg jpeg
  psp ds cd-rom sim pin ram cpu gpu html5 api sdk ui ux seo spam url urls sms mms qc kc obe mbe cbe dj djs
  md mba dds dvm facs frcs frcp mrcp
  rnb r&b lp ep bbc1 bbc2 vhs cctv asbo asbos ist et cet cest edt pst pdt cst cdt mst mdt aest sast eat wat sos
  awol sim sims q1 q2 q3 q4 h1 h2 eps ytd td tds qb qbs mvp mvps rbi rbis gp fp1 fp2 fp3
  agm agms egm adr adrs adhd fdi teu teus feu apr`.split(/\s+/).concat(
  // A race's positions and its grid's, "P1" to "P24".
  Array.from({ length: 24 }, (_, i) => `p${i + 1}`)));

/** Particles inside personal names, kept in the span ("Bashar al-Assad", "Ludwig van Beethoven"). */
export const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'ter', 'ten', 'y', 'abu', 'ul', 'ud']);

/** Function words that may sit inside an organisation's or a place's name ("Bank of England"). */
export const NAME_CONNECTORS = new Set(['of', 'for', 'and', '&', 'de', 'du', 'des', 'del', 'the', 'on', 'in']);

/** Common first names from many languages: a capitalised word before a surname marks a person. */
const FIRST_NAMES = `
aaron abdel abdul abdullah abdulla abe abel abraham adam adel adnan adrian ahmad ahmed aidan aisha akbar alain
alan alastair albert alberto alejandro aleksandr aleksei alexei alessandro alex alexander alexandra alexandre alexis
alfred ali alice alicia alison alistair amanda amber amelia amir amy ana anatoly andre andrea andreas andrei andrey
andrew andy angela angelina angus anita ann anna anne annie anthony anton antonio anwar arnold arthur ashraf ashley
ashton avi ayman aziz barack barbara barry bashar basil ben benjamin benoit benny bernard bernie beth betty bill
billy bob bobby boris brad bradley brandon brenda brian bruce bruno bryan carl carla carlos carmen caroline carol
catherine cecilia charles charlie charlotte chen cheryl chris christian christina christine christopher chuck
claire claude claudia colin connor craig cristina dale dan daniel daniela danny daria dave david dawn dean deborah
debbie denis dennis derek diana diane dick dimitri dmitry dmitri dominic don donald donna doris dorothy doug
douglas duncan dylan ed eddie edgar edith eduardo edward edwin elena eli elias elizabeth ella ellen elliot emily
emma emmanuel emmanuelle enrique eric erica erik ernest ernesto esther ethan eugene eva evan evelyn evgeny fabio
faisal farah farid fatima federico felipe felix fernando fiona florian francesca francis francisco frank franz
fred frederick gabriel gabriela gary gavin gene geoff geoffrey george georg georges gerald gerard gerhard gilbert
gina giorgio giovanni giuseppe gloria gordon grace graham greg gregory guillaume gustavo guy hamid hamza hana hannah
hans harold harriet harry hassan heather hector heidi heinz helen helena helmut henri henry herbert hillary hiroshi
howard hugh hugo hussein ian ibrahim igor ilya imran ingrid irene iris isaac isabel isabella ivan jack jackie jacob
jacques jake james jamie jan jane janet jason javier jean jeff jeffrey jennifer jenny jeremy jerome jerry jessica
jill jim jimmy jo joan joanna joe joel johan johann john johnny jon jonathan jorge jose josé joseph josh joshua
joyce juan judith judy julia julian julie julien juliet justin kamal karen karim karin karl kate katherine
kathleen kathryn katie keith kelly ken kenneth kevin khaled khalid kim kirk klaus kofi kurt kyle lars laura lauren
lawrence lee leo leon leonard leonid lewis liam lily linda lisa liz lois lorenzo louis louise luc lucas lucy luis
luke lynn magnus mahmoud malcolm manuel marc marcel marco marcus margaret maria marie marina mario mark marta martha
martin mary mathieu matt matteo matthew maurice max maxim maxime megan mehmet melanie melissa michael michel
michele michelle miguel mike mikhail milan miriam mitch mitt mohamed mohammad mohammed muhammad monica morgan moshe
mustafa nadia nancy naomi natalia natalie nathan neil nicholas nick nicola nicolas nicole nigel nikita nikolai
nina noah noel nora norman oleg olga oliver olivia omar oscar osama otto owen pablo pamela pascal patricia patrick
paul paula pavel pedro peter petra phil philip philippe pierre piotr rachel rafael ralph ramon randy rashid raul
ray raymond rebecca reza ricardo richard rick rita rob robert roberto robin rod roger roland ron ronald rosa rose
ross roy ruby rudolf rupert russell ruth ryan saad sabine sadiq said salim salman sam samantha samir samuel sandra
sara sarah saul scott sean sebastian sergei sergey sergio seth shane sharon shaun sheila shirley silvia simon sofia
sophie stanley stefan stella stephen steve steven stuart susan suzanne sven sylvia tamara tanya ted teresa terry
theo theresa thomas tim timothy tina tobias todd tom tommy tony tracy trevor ulrich valentina valerie vanessa
vasily vera veronica victor victoria viktor vincent vladimir vladislav walter wang wayne wendy werner william willie
wolfgang xavier yasser yuri yusuf yves zach zachary zoe rex boris kim recep tayyip emmanuel angela theresa jens
justin shinzo xi narendra benjamin hassan ali mahmoud nouri haider hosni abdel moammar muammar kim jong moon
jacinda scott malcolm kevin julia tony gough jair dilma luiz lula mauricio cristina nicolas hugo evo rafael
volodymyr petro viktor alexander nursultan ilham ramzan dmitry sergei mikhail nikolai vyacheslav gennady valentina
`;

/** Common words that, capitalised before a capitalised word, still begin a person's name. */
const firstNames = new Set(FIRST_NAMES.split(/\s+/).filter(Boolean));
export function isFirstName(word: string): boolean {
  return firstNames.has(word.toLowerCase());
}

export interface GazetteerEntry {
  type: EntityType;
  canonical: string;
  /** Every spelling listed with this key is in capitals ("US", "LA"): "Us" and "La" are not it. */
  capitals: boolean;
}

let table: Map<string, GazetteerEntry> | undefined;
const connectedFirstWords = new Set<string>();

/** A known name that starts with this word (lower case) has a lower-case word inside: "Horn of Africa". */
export function startsConnectedName(lower: string): boolean {
  if (!table) table = build();
  return connectedFirstWords.has(lower);
}
let maxWords = 1;

function build(): Map<string, GazetteerEntry> {
  const t = new Map<string, GazetteerEntry>();
  const caps = (name: string) => name.length <= 6 && name === name.toUpperCase() && name !== name.toLowerCase();
  const add = (name: string, e: Omit<GazetteerEntry, 'capitals'>): void => {
    const k = nameKey(name);
    if (!k) return;
    const had = t.get(k);
    if (had) {
      if (had.capitals && !caps(name) && had.canonical === e.canonical) had.capitals = false;
      return;
    }
    // One shape for every entry (capitals always set), so the recogniser's reads of them stay monomorphic.
    t.set(k, { type: e.type, canonical: e.canonical, capitals: caps(name) });
    const words = k.split(' ');
    maxWords = Math.max(maxWords, words.length);
    // "horn" of "horn of africa": a known name goes on over a lower-case word after its first.
    if (words.length >= 3 && /^(of|for|and|the|de|du|des|del|on|in)$/.test(words[1]!)) connectedFirstWords.add(words[0]!);
    else if (words.length >= 3 && words.slice(1, -1).some((w) => /^(of|for|and|the|de|du|des|del|on|in)$/.test(w))) connectedFirstWords.add(words[0]!);
  };
  const lines = (s: string): string[] => s.split('\n').map((l) => l.trim()).filter(Boolean);
  for (const l of lines(PLACE_ALIASES)) {
    const names = l.split('=').map((x) => x.trim());
    for (const n of names) add(n, { type: 'place', canonical: names[0]! });
  }
  for (const l of lines(ORGANIZATIONS)) {
    const names = l.split('=').map((x) => x.trim());
    const canonical = names[0]!.replace(/^The /, '');
    for (const n of names) {
      add(n, { type: 'organization', canonical });
      if (n.startsWith('The ')) add(n.slice(4), { type: 'organization', canonical });
    }
  }
  for (const s of [COUNTRIES, CITIES, REGIONS]) {
    for (const l of lines(s)) for (const n of l.split('|').map((x) => x.trim()).filter(Boolean)) add(n, { type: 'place', canonical: n });
  }
  for (const l of lines(COUNTRIES)) for (const n of l.split('|').map((x) => x.trim()).filter(Boolean)) countries.add(n);
  for (const l of lines(PLACE_ALIASES)) if (/^(United States|United Kingdom|United Arab Emirates|Democratic Republic|Republic of|Czech|Soviet)/.test(l)) countries.add(l.split('=')[0]!.trim());
  return t;
}

const countries = new Set<string>();

/** A known country's canonical name ("France", "United States"): its sports teams are written as the country. */
export function isCountry(canonical: string): boolean {
  if (!table) table = build();
  return countries.has(canonical);
}

/** The known entity a name denotes, if any (by `nameKey`). */
export function lookupName(name: string): GazetteerEntry | undefined {
  if (!table) table = build();
  const e = table.get(nameKey(name));
  if (e?.capitals && name !== name.toUpperCase()) return undefined;
  return e;
}

/** The longest number of words in a known name, to bound look-ups. */
export function gazetteerMaxWords(): number {
  if (!table) table = build();
  return maxWords;
}
