/**
 * Generic English news vocabulary. Nothing here names a person or an organisation: only the words
 * that surround names (titles, organisation head nouns, particles, cue verbs, modality).
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s*\|\s*/));

/** Words that make a title on their own ("president", "spokesman", "Sheikh"). Lower case. */
export const TITLE_CORE = set(`
  president | president-elect | vice-president | minister | premier | chancellor | secretary | secretary-general | undersecretary |
  spokesman | spokeswoman | spokesperson | ambassador | envoy | emissary | adviser | advisor | counsellor | counselor | consul | attaché | leader |
  ayatollah | hojatoleslam | mallam | malam | ratu | afioga | masiofo | kgosi | togbe | obrempong | obrempon | osagyefo | majesty | highness | excellency | holiness | eminence | naa | maulana | mawlana | sayyid | sayyida | sheikh | shaikh | sheik | emir | amir | sultan | king | queen | prince | princess | monarch | ruler | pope | cardinal |
  archbishop | bishop | patriarch | imam | rabbi | mufti | cleric | general | colonel | brigadier | admiral | marshal | commander | commander-in-chief |
  captain | commodore | governor | mayor | senator | congressman | congresswoman | lawmaker | legislator | mp | speaker | chairman | chairwoman | chairperson |
  director | director-general | ceo | judge | prosecutor | mr | mrs | ms | dr | professor | sir | dame | lord | lady | baroness | chief | head | deputy | aide | coordinator |
  negotiator | commissioner | representative | diplomat | officer | vizier | crown-prince | sheikha | justice | president-elect | ruler | counterpart | cs | ps |
  leaders | officials | ministers | commanders | representatives | diplomats | envoys | members | fighters | militants | spokesmen | delegates |
  negotiators | lawmakers | legislators | advisers | advisors | aides | chiefs | heads | officers | governor-general | chief-of-staff | whip |
  superintendent | marshal | field-marshal | lieutenant-general | major-general | rear-admiral | vice-admiral | provost | rector | chancellor-elect |
  treasurer | comptroller | prime-minister | premier-elect | taoiseach | tanaiste | vice-premier | state-councillor | councillor | councilor | spokesperson | alderman |
  mps | senators | governors | mayors | ambassadors | generals | ministers-designate | chairmen | spokespeople | spokespersons |
  pm | mla | mlas | mep | meps | mna | mpa | msp | hpm | secretaries | datuk | dato | datin | tun | alhaji | shri | smt | hon | honourable |
  honorable | engr | lieut | founder | co-founder | cofounder | executive
`);

/** Two-word honorifics whose parts are no title alone ("Tan Sri", "Toh Puan"): first word -> second words. */
export const HONORIFIC_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["tan", new Set(["sri"])], ["toh", new Set(["puan"])], ["puan", new Set(["sri"])],
]);

/** Honorifics and courtesy titles: part of a title chain, never of the office it names. */
export const HONORIFIC_WORDS = set(`
  datuk | dato | datin | tun | tan | sri | seri | amar | toh | puan | paduka | patinggi | wira | utama | haji | hajah | alhaji | dr | sir | mr |
  mrs | ms | hon | honourable | honorable | engr | shri | smt | sheikh | shaikh | sheik | maulana | mawlana | sayyid | sayyida | majesty | highness | excellency | holiness | eminence | mallam | malam | ratu | afioga | masiofo | kgosi | togbe | obrempong | obrempon | osagyefo
`);

/** Traditional rulers' titles that are also family names ("Kgosi X", but "Tebogo Kgosi"): a title only opening a name. */
export const TRADITIONAL_TITLES = set(`kgosi | togbe | obrempong | obrempon | osagyefo`);

/** Words that lengthen an honorific right after it ("Datuk Seri", "Datuk Amar", "Datin Paduka"), never a title alone. */
export const HONORIFIC_TAILS = set(`seri | sri | amar | paduka | patinggi | wira | utama`);

/** Words that only make a title together with a following core word ("Foreign Minister", "Crown Prince"). */
export const TITLE_PRE = set(`
  vice | high | rt | prime | second | third | floor | deputy | assistant | senior | special | chief | supreme | crown | major | lieutenant | grand | first | foreign | defense | defence |
  interior | finance | economy | economic | trade | justice | health | energy | oil | intelligence | security | national | state | home | education |
  culture | information | communications | transport | agriculture | industry | labour | labor | military | presidential | regime | army | police |
  top | executive | permanent | attorney | surgeon | press | political | spiritual | religious | opposition | party | parliamentary | deputy-prime |
  regional | defense-ministry | finance-ministry | general | team | bureau | staff | external | affairs | internal | public | works | environment |
  tourism | sports | youth | women | social | welfare | planning | development | infrastructure | housing | mines | mining | petroleum | power |
  telecommunications | digital | science | technology | fisheries | forestry | commerce | investment | treasury | budget | cabinet | immigration |
  cooperation | integration | managing | operating | legal | communication | water | land | lands | navy | air | naval | coast | border | customs |
  central | provincial | federal | district | county | cultural | unification | reconstruction | humanitarian | relief | refugee | emergency |
  deputy-foreign | under | associate | principal | lead | private | personal | joint | general-secretary | solicitor | auditor | inspector | vice-chairman |
  junta | rebel | militia | tribal | union | transitional | interim | caretaker | ruling | paramilitary | separatist | congressional | government |
  spy | rights | aid | climate | nuclear | peace | hostage | migration | counter-terrorism | counterterrorism | election | electoral | campaign |
  navy | marine | airforce | union-territory | cabinet-level | farm | economy-ministry | tax | revenue | relations | international | trade-and-industry
`);

/** Adjectives that open a sentence before an organisation's name ("Opposition Congress party …"): no part of the name. */
export const LEADING_ADJECTIVES = new Set([
  "opposition", "ruling", "main", "junior", "senior", "former", "rival", "powerful", "influential", "outlawed", "banned", "militant", "armed", "rebel",
  "separatist", "jihadist", "islamist", "hardline", "governing", "incumbent", "embattled", "beleaguered", "defunct", "new", "state-run", "state-owned",
]);

/** Titles of rulers and clergy that go with a given name, not a surname ("King Salman", "Pope Leo", "Sultan Ahmad"). */
export const GIVEN_NAME_TITLES = set(`king | queen | sultan | emir | amir | prince | princess | pope | emperor | empress | sheikh | sheikha | shaikh | sheik | patriarch | tsar | shah | crown-prince`);

/** Courtesy titles: they say nothing about a person's post ("Mr", "Dr", "His Excellency"). */
export const COURTESY_TITLES = set(`mr | mrs | ms | miss | mister | madam | madame | dr | sir | his | her | excellency | honourable | honorable`);

/** Words that precede a title without being part of it ("former President"). */
export const TITLE_MODIFIERS = set(`former | ex | ex- | then | late | retired | rtd | acting | outgoing | incoming | interim | new | current | newly | elected | veteran | longtime | long-time | visiting | then-`);

/** Titles that denote a head of state or government: "leader" may refer to any of them. */
export const HEAD_OF_STATE = set(`president | prime minister | premier | chancellor | leader | supreme leader | king | queen | emir | sultan | monarch | ruler | crown prince`);


/** Last words of organisation names. */
export const ORG_HEADS = set(`
  ministry | ministries | department | office | agency | agencies | council | councils | commission | committee | secretariat | cabinet | presidency |
  government | parliament | senate | congress | assembly | duma | knesset | majlis | court | tribunal | bank | fund | union | league | federation |
  organization | organisation | association | alliance | coalition | front | movement | party | brigade | brigades | battalion | battalions | regiment |
  division | army | navy | forces | force | corps | guard | guards | militia | police | gendarmerie | service | services | command | directorate | authority |
  institute | institution | university | foundation | company | corporation | group | network | news | press | times | post | herald | tribune | journal |
  gazette | daily | radio | television | tv | broadcasting | broadcaster | channel | media | nations | bureau | board | inc | ltd | llc | plc | co |
  ag | sa | airlines | airways | bloc | caucus | church | mission | watch | centre | center | academy | foundation | observatory | monitor |
  community | trust | congress | programme | holdings | consortium |
  syndicate | cooperative | chamber | exchange | institutes | societies | society | federation | confederation | parliament | junta |
  fm | platform | agência | agencia | nouvelles | forum | agentur | agence | presse | patrol | house
`);

/** Head nouns after which "of the X" continues the name ("Ministry of Foreign Affairs", "Bank of England"). */
export const ORG_OF_HEADS = set(`
  ministry | department | office | council | commission | committee | secretariat | presidency | bank | court | union | league | federation |
  organization | organisation | association | institute | university | academy | party | front | movement | assembly | forces | corps | guard | republic | agency | bureau | board | command | directorate | authority | church |
  community | trust | fund | congress | chamber | government | society | confederation | alliance | coalition | council | army | service | senate |
  parliament | house
`);

/** Capitalised phrase heads that are neither people nor organisations. */
export const NON_PERSON_HEADS = set(`
  day | war | wars | revolution | summit | conference | forum | agreement | accord | accords | treaty | crisis | act | law | games | cup | olympics | street |
  square | road | avenue | airport | palace | hall | mosque | cathedral | hospital | bridge | sea | ocean | river | lake | mountains | mountain | island |
  islands | province | region | valley | strip | gulf | canal | base | desert | peninsula | plateau | coast | border | crossing | city | county | district |
  state | states | kingdom | republic | emirates | territories | doctrine | plan | deal | initiative | operation | prize | award | report | article | note |
  season | preview | edition | week | month | year | spring | summer | autumn | winter | dynasty | empire | era | period | museum | stadium | tower | port | harbour |
  harbor | station | hotel | centre | center | park | zone | front | line | corridor | pipeline | project | program | programme | fleet |
  north | south | east | west | central | arena | bill | countries | nations | allies | constituency | retreat
`);

/** Offices held by one person: a phrase ending on one is a title ("National Security Advisor"), not a body's name. */
export const PERSONAL_OFFICES = set(`
  adviser | advisor | minister | secretary | spokesman | spokeswoman | spokesperson | ambassador | envoy | chairman | chairwoman | chairperson |
  director | coordinator | commissioner | governor | president | premier | senator | mayor
`);

/** Words that open a body's name in Romance languages ("Grupo X", "Banco X", "Partido X"). */
export const ORG_OPENERS = set(`grupo | banco | partido | empresa | empresas | groupe | banque | fundación | fundacion | instituto | compañía | compania | corporación | corporacion`);

/**
 * First words of place names in several languages ("Northern …", "Wadi …", "Tanjung …", "Palácio …"), of number words
 * and of bodies' names: no person starts so.
 */
export const NON_PERSON_FIRST: ReadonlySet<string> = new Set([...ORG_OPENERS, ...set(`
  northern | southern | eastern | western | upper | lower | greater | ain | wadi | jabal | jebel | deir | beit | kafr | tanjung | pulau |
  bukit | kampung | sungai | palácio | palacio | palais | palazzo | praça | plaza | piazza | mount | lake | fort | port | cape | lac | monte |
  two | three | four | five | six | seven | eight | nine | ten | eleven | twelve | thirteen | fourteen | fifteen | twenty | dozens | several
`)]);

/** Honours and letters written after a name ("Jane Doe AC CVO", "John Roe MP"): no part of it. */
export const POST_NOMINALS = set(`
  ac | ao | am | oam | cvo | lvo | mvo | ae | kbe | dbe | cbe | obe | mbe | kcmg | gcmg | cmg | kc | qc | sc | mp | mla | mpp | mep | msp | ms | pc | frs |
  gcvo | kcvo | dcvo | kg | kt | om | ch | csi | dsc | mc | vc | gc | psm | apm | ofm | sj | op | gbe | fcpa | ca
`);

/** Name particles: lower-case words that sit inside personal names. */
export const NAME_PARTICLES = set(`al | el | bin | ben | ibn | bint | abu | abou | abd | de | da | di | del | della | der | den | van | von | la | le | du | dos | das | ter | y | ul | ud`);

/** Occupations that may open a sentence before a name, as a description ("Economist Jane Doe said …"). */
export const OCCUPATIONS = set(`
  economist | lawyer | attorney | businessman | businesswoman | journalist | activist | analyst | scholar | entrepreneur | banker |
  academic | historian | author | writer | novelist | poet | filmmaker | singer | actor | actress | artist | architect | engineer | researcher |
  investor | billionaire | tycoon | magnate | philanthropist | politician | pastor | preacher
`);

/** Word forms of media: "outlet X", "X, an outlet", "state media X". */
export const MEDIA_CUES = set(`outlet | outlets | online | media | newspaper | daily | weekly | broadcaster | channel | agency | website | site | tabloid | magazine | network | station | wire | television | tv | radio | paper`);

/** Verbs that make a capitalised word directly before them a reporting organisation when it is not otherwise known. */
export const SPEECH_VERBS = set(`said | says | reported | reports | noted | notes | announced | stated | claimed | confirmed | denied | quoted | wrote | cited | published | issued | warned | added |
  described | declined | welcomed | condemned | criticised | criticized | urged | insisted | argued | tweeted | posted | responded | replied | accused | stressed |
  emphasised | emphasized | expressed | slammed | reiterated | dismissed | rejected | acknowledged | alleged | revealed | disclosed | estimated | predicted |
  cites | quotes`);

/** Adverbs and auxiliaries that may stand between a subject and its verb. */
export const VERB_FILLERS = set(`
  also | last | previously | recently | later | then | first | finally | again | already | reportedly | separately | briefly | personally | warmly |
  officially | formally | twice | once | subsequently | earlier | privately | publicly | secretly | jointly | reportedly | had | has | have | was | were |
  is | are | been | being | since | just | himself | herself | themselves | both | all | each | together | eventually | only | even | never | not
`);

/** Markers that a meeting did not (yet) happen. */
export const MODAL_BEFORE_VERB = set(`will | would | could | can | may | might | should | shall | must | to | 'll | ’ll | not | never | n't | n’t | cannot | wo | if | unless | whether | whenever`);
export const IRREALIS_NOUN_CUES = set(`
  pursuing | pursue | pursues | seeking | seek | seeks | sought | proposed | propose | proposes | proposing | possible | potential | planned | plan | plans | planning |
  upcoming | future | forthcoming | expected | prospective | requested | request | requesting | requests | open | invitation | invited | invite | arranging | arrange |
  organising | organizing | scheduled | prepare | preparing | preparations | hopes | hope | hoping | want | wants | wanted | push | pushing | pushed | urged | urging |
  called | calling | calls | demand | demanded | demanding | no | refused | rejected | cancelled | canceled | postponed | delayed | would | will | could | might | may
`);
export const DENIAL_CUES = set(`denied | denies | deny | denying | dismissed | rejected | refuted | false | rumours | rumors | rumoured | rumored | hypothetical | speculation | alleges | alleged | allegedly | allegation | allegations | claims`);

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ["january", 1], ["february", 2], ["march", 3], ["april", 4], ["may", 5], ["june", 6], ["july", 7], ["august", 8],
  ["september", 9], ["october", 10], ["november", 11], ["december", 12], ["jan", 1], ["feb", 2], ["mar", 3], ["apr", 4],
  ["jun", 6], ["jul", 7], ["aug", 8], ["sep", 9], ["sept", 9], ["oct", 10], ["nov", 11], ["dec", 12],
]);
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ["sunday", 0], ["monday", 1], ["tuesday", 2], ["wednesday", 3], ["thursday", 4], ["friday", 5], ["saturday", 6],
]);

/** Function words and common sentence openers; capitalised only because a sentence starts with them. */
export const STOPWORDS = set(`
  a | an | the | and | or | but | nor | so | yet | for | of | in | on | at | to | by | from | with | without | into | onto | upon | about | above | after | against |
  along | amid | amidst | among | around | as | before | behind | below | beneath | beside | besides | between | beyond | despite | during | except | following |
  inside | like | near | off | out | outside | over | past | per | since | than | through | throughout | till | toward | towards | under | underneath | unlike |
  until | up | via | within | this | that | these | those | it | its | he | she | they | we | i | you | him | her | them | us | me | his | their | our | my | your |
  who | whom | whose | which | what | when | where | why | how | while | although | though | because | if | unless | whether | also | however | meanwhile |
  moreover | furthermore | additionally | instead | indeed | still | then | there | here | now | today | yesterday | tomorrow | recently | earlier | later |
  according | days | weeks | months | years | last | next | first | second | third | both | all | each | every | some | any | many | most | more | much | several |
  no | not | one | two | three | such | other | another | is | are | was | were | be | been | has | have | had | do | does | did | will | would | could | should |
  may | might | must | can | reportedly | previously | particularly | nearly | almost | about | only | even | just | experience | intense | increasing | at | get
`);

/** Region names that the country gazetteer lacks; they are places, never people. */
export const REGIONS = set(`
  middle east | near east | far east | east | west | north | south | europe | asia | africa | america | americas | latin america | north america |
  south america | central asia | east asia | southeast asia | south asia | west africa | east africa | north africa | sub-saharan africa |
  the gulf | gulf | persian gulf | arabian peninsula | levant | maghreb | sahel | balkans | caucasus | caribbean | mediterranean | arctic | antarctica |
  pacific | atlantic | scandinavia | eurasia | oceania | west bank | gaza strip | gaza | crimea | donbas | kashmir | golan heights | sinai | kurdistan
`);

/** All-caps tokens that are not organisations. */
export const NON_ORG_ACRONYMS = set(`
  ceo | cfo | coo | gdp | ai | tv | pm | am | usd | eur | gmt | utc | hiv | aids | covid | dna | ok | faq | url | pdf | ii | iii | iv | vi | vii | viii | ix | xi |
  bc | ad | ce | bce | mp | mps | mla | mep | mna | mpa | msp | hpm | vip | id | it | lgbt | lgbtq | q | fyi | re | hh | he | mou | ngo | ngos | lng | lpg | vat | ipo | fdi | sme | smes | ict | icu |
  cto | atm | suv | sos | usb | led | api | ev | evs | icbm | ied | idp | idps | wmd | phd | mba | gst | rsvp | asap | ceos | eta | pr | hr |
  it | ufo | diy | tba | tbc | ftp | www | html | gps | sim | pin | otp | ott | rip | ok | am | pm | nb | aka | vs | etc | dc | uk | us | usa | uae | km | mph
`);


/**
 * Seats of government that stand for their capital ("talks at the Kremlin", "received at Malacañang"), by ISO country
 * code; the town itself comes from the gazetteer's capital of that country. Keys are lower case without accents.
 */
export const SEATS_OF_GOVERNMENT: ReadonlyMap<string, string> = new Map([
  ["kremlin", "RU"], ["white house", "US"], ["elysee", "FR"], ["elysee palace", "FR"], ["downing street", "GB"], ["number 10", "GB"],
  ["blue house", "KR"], ["zhongnanhai", "CN"], ["great hall of the people", "CN"], ["kantei", "JP"], ["akorda", "KZ"], ["casa rosada", "AR"],
  ["malacanang", "PH"], ["malacanang palace", "PH"], ["planalto", "BR"], ["planalto palace", "BR"], ["moncloa", "ES"], ["palazzo chigi", "IT"],
  ["quirinale", "IT"], ["union buildings", "ZA"], ["aso rock", "NG"], ["aso villa", "NG"], ["rashtrapati bhavan", "IN"], ["hyderabad house", "IN"],
  ["merdeka palace", "ID"], ["bayan palace", "KW"], ["al-yamamah palace", "SA"], ["bellevue palace", "DE"], ["itamaraty", "BR"],
  ["los pinos", "MX"], ["miraflores palace", "VE"], ["ak saray", "TR"],
]);

/** Words after which two people "discussed" something apart, not together ("in separate interviews", "on television"). */
export const APART_CUES = set(`
  each | separately | separate | interview | interviews | paper | papers | book | books | memoir | memoirs | speech | speeches | article |
  articles | television | tv | radio | reporters | podcast | op-ed | column | statement | statements | posts | post | rival
`);

/** Common irregular past tenses, which no "-ed" rule finds ("flew to Oslo before meeting X"). */
export const IRREGULAR_PAST = set(`
  flew | went | took | came | gave | made | said | told | held | met | sat | spoke | left | got | saw | began | wrote | brought | sent |
  found | thought | stood | ran | won | lost | paid | agreed | freed | decreed | became | chose | drove | led | kept | knew | rose | sought |
  shook | struck | swore | threw | understood | woke | bore | broke | fell | felt | fought | heard | hit | laid | meant | put | read | rode |
  set | shut | sold | spent | taught | tore | upheld | withdrew | overtook | undertook | forgave | forbade
`);

/** A state named by its kind, as a story inside it says ("Ambassador to the Kingdom X"). */
export const STATE_KINDS = set(`kingdom | republic | sultanate | emirate | emirates | state | federation | principality | country`);
