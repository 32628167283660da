import type { Language, Speaker } from '@samtal/contracts';
import { WRITING } from './facts.js';
import { asSentence, capitalise } from './text.js';

/**
 * Journal notes speak of "kunden" and "handläggaren", not "jag" and "du". These rules put
 * a sentence said in the first or second person into the third person of the agency's
 * register. Swedish verbs do not inflect for person, so replacing the pronouns suffices
 * (with "sin/sitt/sina" where the owner is the clause's subject); English verbs after a
 * replaced subject are made to agree ("I need" → "the caller needs"). Instructions to the
 * caller ("Fyll i blanketten") become tasks ("Kunden ska fylla i blanketten").
 */

type Role = 'caller' | 'agent' | 'agency';

const NOUN: Record<Language, Record<Role, string>> = {
  sv: { caller: 'kunden', agent: 'handläggaren', agency: 'myndigheten' },
  en: { caller: 'the caller', agent: 'the agent', agency: 'the agency' },
};
const POSSESSIVE: Record<Language, Record<Role, string>> = {
  sv: { caller: 'kundens', agent: 'handläggarens', agency: 'myndighetens' },
  en: { caller: "the caller's", agent: "the agent's", agency: "the agency's" },
};

/** Who a pronoun points at, by who says it: the caller's "du" is the agent, the agent's "vi" the agency. */
function referents(speaker: Speaker): { self: Role; we: Role; you: Role } {
  return speaker === 'agent' ? { self: 'agent', we: 'agency', you: 'caller' } : { self: 'caller', we: 'caller', you: 'agency' };
}

/** Discourse openers that carry nothing in a note ("Ja, …", "Jag ser att …", "Men …"). */
const OPENERS: Record<Language, RegExp[]> = {
  sv: [
    /^(?:hej|hallå|ja|nej|jo|jaha|aha|åh|oj|okej|ok|precis|absolut|alltså|bra|tack)\s*[,!]\s*/iu,
    /^(?:men|och)\s+/iu,
    // "Nu ska du få höra, …": a storyteller's opener, not something said of the agent (round 11).
    /^(?:nu ska (?:du|ni) få höra|du ska få höra|vet du vad)\s*[,:!]?\s*/iu,
    /^jag (?:ser|kan se|har tittat och ser)(?: här| nu)? att\s+/iu,
    /^(?:vänta (?:lite|ett ögonblick)|ska vi se|låt mig se)(?: här)?\s*[,:]\s*/iu,
  ],
  en: [
    /^(?:hi|hello|yes|no|oh|okay|ok|right|well|alright|so|thanks)\s*[,!]\s*/iu,
    /^(?:but|then|and)\s+/iu,
    /^(?:you know what|guess what|listen)\s*[,:!]?\s*/iu,
    /^i (?:can )?see(?: here| now)? that\s+/iu,
    /^it looks like\s+/iu,
    // "Let me check, you have 145 days left": the looking up goes, what was found stays (round 36).
    /^let me (?:check|see|have a look|look)(?: here)?\s*[,:]\s*/iu,
  ],
};

/** The agent's "I see that …" opener (one of OPENERS). */
const SEE_THAT: Record<Language, RegExp> = { sv: /^(?:(?:ja|okej|nej)[,!]?\s+)?jag (?:ser|kan se|har tittat och ser)(?: här| nu)? att\s/iu, en: /^(?:(?:yes|okay|right)[,!]?\s+)?i (?:can )?see(?: here| now)? that\s/iu };
/** A request said politely is written as one: "Det vore bra om du kunde skicka …" → "Du ombeds skicka …". */
const POLITE_REQUEST: Record<Language, [RegExp, string]> = {
  sv: [/^det (?:vore|skulle vara) (?:också |även )?(?:bra|till hjälp|skönt) om (?:du|ni) (?:också )?kunde\s+/iu, 'Du ombeds '],
  en: [/^it would (?:also )?(?:really )?(?:help|be (?:good|great|useful|helpful)) if you (?:also )?could\s+/iu, 'You are asked to '],
};

/** "Gärna en kopia av slutskattebeskedet" (`documentWanted`): a document the agent asks for, written as the request it is. */
const DOCUMENT_REQUEST: Record<Language, string> = { sv: 'Du ombeds skicka ', en: 'You are asked to send ' };

/** Splits into alternating [separator, word, separator, word, …, separator]. */
const tokens = (text: string) => text.split(/([\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*)/u);
const isClauseEnd = (separator: string) => /[,;:.!?–]/.test(separator);
/** The word at `i` of `tokens(…)` is a redaction placeholder such as `[EPOST]`. */
const isPlaceholder = (parts: string[], i: number) =>
  /\[$/.test(parts[i - 1] ?? '') && /^\]/.test(parts[i + 1] ?? '') && /^[\p{Lu}-]+$/u.test(parts[i] ?? '');

/** "Så det du behöver göra är att skicka …", "So what you need to do is send …": the task itself, "du behöver skicka …". */
const TASK_CLEFT: Record<Language, [RegExp, string]> = {
  sv: [/^(?:(?:så|och|men)\s+)?det (du|ni) (behöver|måste|ska|får) göra(?: nu)? är att\s+/iu, '$1 $2 '],
  en: [/^(?:(?:so|and|but),?\s+)?what you (need to|have to|must|should) do(?: now)? is(?: to)?\s+/iu, 'you $1 '],
};

/** The agent's "we" that is the agent and the caller: talking again, or doing something together. */
const TOGETHER: Record<Language, [RegExp, string][]> = {
  sv: [
    [/(?<![\p{L}])vi(?=\s+(?:hörs|ses)(?![\p{L}]))/iu, 'handläggaren och kunden'],
    // ("Då ses vi på torsdag den tjugofemte": the same "vi" after its verb; it was "Myndigheten ses …", round 84.)
    [/^(?:(?:då|så|och)\s+)?(hörs|ses)\s+vi(?![\p{L}])/iu, 'handläggaren och kunden $1'],
    [/(?<![\p{L}])(\p{L}+)\s+vi(?=\s+(?:igenom|gå igenom|fyller i)\s[^,.;!?]*(?<![\p{L}])tillsammans(?![\p{L}]))/iu, '$1 handläggaren och kunden'],
    [/(?<![\p{L}])vi(?=\s+(?:går|kan gå|ska gå|gör|fyller|kan fylla|ska fylla)\s+(?:igenom|i)\s[^,.;!?]*(?<![\p{L}])tillsammans(?![\p{L}]))/iu, 'handläggaren och kunden'],
  ],
  en: [
    [/(?<![\p{L}])we(?:['’]ll| will)(?=\s+(?:speak|talk)\s+(?:again|then|soon|later|tomorrow|next|on)(?![\p{L}]))/iu, 'the caller and the agent will'],
    [/(?<![\p{L}])we(?:['’]ll| will| can)(?=\s+(?:go through|fill in|fill it in|fill them in)(?![\p{L}])[^,.;!?]*(?<![\p{L}])together(?![\p{L}]))/iu, 'the caller and the agent will'],
  ],
};

/** The sentence without its spoken openers ("Ja, …", "Men …", "Jag ser att …"). */
function withoutOpeners(text: string, language: Language): string {
  let sentence = text.trim();
  for (const opener of OPENERS[language]) sentence = sentence.replace(opener, '');
  return sentence;
}

/** Rewrites `text`, said by `speaker`, into the third person of the agency's register. */
export function toThirdPerson(text: string, speaker: Speaker, language: Language, household?: Household): string {
  let sentence = withoutOpeners(text, language);
  // "Jag ser att pensionen är densamma, men att det finns ett avdrag": without "Jag ser" the second "att" goes too (round 29).
  if (SEE_THAT[language].test(text.trim())) sentence = sentence.replace(language === 'sv' ? /,\s+(men|och) att\s+/giu : /,\s+(but|and) that\s+/giu, ', $1 ');
  // ("You lot can't count": "you" all the same, not "the agency lots", round 29.)
  if (language === 'en') sentence = sentence.replace(/(?<![\p{L}])(you)\s+(?:lot|people|guys)(?![\p{L}])/giu, '$1');
  sentence = sentence.replace(...TASK_CLEFT[language]);
  if (speaker === 'agent') {
    // "Jag ber handläggaren ringa dig": the agent is "handläggaren" in the note, so the caseworker the agent speaks of
    // is the case's own ("ärendets handläggare"); who asks whom stays (round 8).
    if (language === 'sv' && /(?<![\p{L}])jag(?![\p{L}])/iu.test(sentence)) sentence = sentence.replace(/(?<![\p{L}])([Hh])andläggaren(?![\p{L}])/gu, (_, h: string) => `${h === 'H' ? 'Ä' : 'ä'}rendets handläggare`);
    sentence = sentence.replace(...POLITE_REQUEST[language]);
    // "Vi hörs på torsdag", "så går vi igenom den tillsammans": the agent's "vi" here is the agent and the caller, not the agency (round 15).
    for (const [pattern, both] of TOGETHER[language]) sentence = sentence.replace(pattern, both);
    if (WRITING[language].documentWanted.test(sentence)) sentence = sentence.replace(/^\p{L}+\s+/u, DOCUMENT_REQUEST[language]);
    // "Då behöver vi en kopia på hyresavin" / "We need statements for …": the caller is asked to send it.
    else if (WRITING[language].agencyNeeds.test(sentence) && WRITING[language].document.test(sentence)) {
      sentence = sentence.replace(WRITING[language].agencyNeeds, DOCUMENT_REQUEST[language]);
    }
  }
  // Without "Jag ser att" the clause stands alone: "du inte har" becomes "du har inte".
  if (language === 'sv' && sentence !== text.trim()) sentence = mainClauseOrder(sentence);
  if (speaker === 'unknown') return asSentence(sentence);
  const rewritten =
    language === 'sv' ? swedish(asTask(sentence, speaker, 'sv'), speaker, household) : english(asTask(sentence, speaker, 'en'), speaker);
  return asSentence(language === 'sv' ? subjectFirst(rewritten, sentence) : withoutContractions(rewritten));
}

/** A note is written, not spoken: "can't" is "cannot", "hasn't" "has not", "it's" "it is". */
const EN_WRITTEN: [RegExp, string][] = [
  [/(?<![\p{L}])can['’]t(?![\p{L}])/giu, 'cannot'],
  [/(?<![\p{L}])won['’]t(?![\p{L}])/giu, 'will not'],
  [/(?<![\p{L}])(do|does|did|is|are|was|were|has|have|had|could|would|should|must|need)n['’]t(?![\p{L}])/giu, '$1 not'],
  [/(?<![\p{L}])(it|that|there|what|he|she)['’]s\s+(been|got|gone|had)(?![\p{L}])/giu, '$1 has $2'],
  [/(?<![\p{L}])(it|that|there|what|he|she)['’]s(?![\p{L}])/giu, '$1 is'],
  [/(?<![\p{L}])(they|you)['’]re(?![\p{L}])/giu, '$1 are'],
  // "The caller's mother's here": "is", where no noun follows as it would the possessive.
  [/(?<=\p{L})['’]s\s+(?=(?:here|there|not|been|going|still|also|always|never|fine|okay|ill|sick|alive|dead|welcome)(?![\p{L}])|\d)/giu, ' is '],
  [/(?<![\p{L}])(he|she|they|you|it)['’]d(?![\p{L}])/giu, '$1 would'],
  [/(?<![\p{L}])(they|you)['’]ve(?![\p{L}])/giu, '$1 have'],
  [/(?<![\p{L}])(they|you|it|he|she)['’]ll(?![\p{L}])/giu, '$1 will'],
];
function withoutContractions(text: string): string {
  return EN_WRITTEN.reduce((t, [pattern, written]) => t.replace(pattern, written), text);
}

// ---- Instructions ----------------------------------------------------------------------

/** Imperatives an agent gives a caller, with their infinitive. */
const SV_IMPERATIVES: Record<string, string> = {
  fyll: 'fylla',
  skicka: 'skicka',
  anmäl: 'anmäla',
  ansök: 'ansöka',
  gör: 'göra',
  skriv: 'skriva',
  ring: 'ringa',
  ladda: 'ladda',
  logga: 'logga',
  kontakta: 'kontakta',
  stäng: 'stänga',
  glöm: 'glömma',
  spara: 'spara',
  kontrollera: 'kontrollera',
  vänta: 'vänta',
  prova: 'prova',
  använd: 'använda',
  begär: 'begära',
  välj: 'välja',
  byt: 'byta',
  ta: 'ta',
  läs: 'läsa',
  tänk: 'tänka',
  komplettera: 'komplettera',
  lämna: 'lämna',
  ändra: 'ändra',
  boka: 'boka',
  beställ: 'beställa',
  be: 'be',
  hör: 'höra',
  kom: 'komma',
  godkänn: 'godkänna',
  betala: 'betala',
  bifoga: 'bifoga',
};
const EN_IMPERATIVES = new Set(
  'send fill report apply upload call remember sign return contact check make log go use write post keep bring ask change let read wait try book order'.split(
    ' ',
  ),
);

const EN_NOT_AFTER_IMPERATIVE = new Set('is are was were usually normally takes took will can could would should has have had goes comes costs'.split(' '));

/** "Post to Thailand …", "Mail from Sweden …": a noun with where it goes, before its verb. */
const EN_PLACE_PREPOSITIONS = new Set(['to', 'from', 'within', 'inside', 'outside']);

/**
 * "Post usually takes three days", "Post to Thailand usually takes …": the first word is a noun,
 * not an order, when a verb or an adverb follows it (or its place).
 */
const startsWithNoun = ([, second = '', , fourth = '']: string[]) =>
  EN_NOT_AFTER_IMPERATIVE.has(second) || (EN_PLACE_PREPOSITIONS.has(second) && EN_NOT_AFTER_IMPERATIVE.has(fourth));

/** "Let me see", "Vänta lite så ska jag kolla": the agent looking something up, no instruction ("Let me know" still is one). */
const HOLD_ON: Record<Language, RegExp> = {
  sv: /^vänta\s+(?:lite|ett (?:ögonblick|tag|litet tag)|en (?:sekund|stund))(?![\p{L}])/iu,
  en: /^let\s+(?:me|us)\s+(?!know(?![\p{L}]))/iu,
};

/** "Gör du den i dag gäller det från maj": the verb and "du"/"ni" first, then an inverted main clause, is a condition
 * ("om du gör den i dag …"), no instruction (round 85: "Kunden ska göra hen den i dag gäller det från maj"). */
const SV_CONDITION_V1 = /^\p{L}+\s+(?:du|ni)\s+[^?]*?[\s,]\s*(?:gäller|blir|får|kommer|hinner|kan|ska|betalas|räcker|går)\s+(?:det|du|ni|vi|den|pengarna|beslutet|man)(?![\p{L}])(?![^?]*\?\s*$)/iu;

/** Whether the sentence is an instruction ("Fyll i blanketten", "Please send us …"). */
export function isInstruction(text: string, language: Language): boolean {
  const sentence = withoutOpeners(text, language);
  if (HOLD_ON[language].test(sentence)) return false;
  const words = sentence.toLowerCase().split(/[\s,!]+/);
  const first = words[0] ?? '';
  if (language === 'en' && startsWithNoun(words)) return false;
  return language === 'sv' ? first in SV_IMPERATIVES && !SV_CONDITION_V1.test(sentence) : first === 'please' || EN_IMPERATIVES.has(first);
}

/** "Fyll i den" → "Kunden ska fylla i den"; "Please send us …" → "The caller is asked to send us …". */
function asTask(sentence: string, speaker: Speaker, language: Language): string {
  if (language === 'sv') {
    const [first = '', ...rest] = sentence.split(' ');
    const bare = first.toLowerCase().replace(/[,!]$/, '');
    const infinitive = SV_IMPERATIVES[bare];
    if (speaker !== 'agent' || !infinitive || SV_CONDITION_V1.test(sentence)) return sentence;
    // "Använd inte pengarna" → "Du ska inte använda pengarna": the negation goes before the infinitive.
    const negation = /^(?:inte|aldrig)[,.]?$/iu.test(rest[0] ?? '') ? [rest.shift()!.toLowerCase().replace(/[,.]$/u, '')] : [];
    // "gärna" softens an instruction; the task stays a task.
    return [`Du ska`, ...negation, infinitive, ...rest].join(' ').replace(/ gärna(?= )/u, '');
  }
  const please = /^please,?\s+/i.exec(sentence);
  const body = please ? sentence.slice(please[0].length) : sentence;
  const words = body.toLowerCase().split(/[\s,!]+/);
  if (!please && (!EN_IMPERATIVES.has(words[0] ?? '') || startsWithNoun(words))) return sentence;
  if (speaker === 'caller') return `I am asking you to ${body.charAt(0).toLowerCase()}${body.slice(1)}`;
  return `You are asked to ${body.charAt(0).toLowerCase()}${body.slice(1)}`;
}

// ---- Swedish ---------------------------------------------------------------------------

const SV_CLAUSE_START = new Set(
  'och men eller när om att som eftersom så då innan tills medan fast varför hur vad vilken vilket vilka var vem'.split(' '),
);
const SV_SUBJECTS = new Set('jag du han hon vi ni de dom det den man kunden någon nån'.split(' '));
const SV_FUNCTION_WORDS = new Set(
  'på från hos till med av för i om åt under över efter inte också nu då så och men att som en ett två tre fyra fem sex sju åtta nio tio'.split(
    ' ',
  ),
);
/** Words that follow an object, never a possessive's noun ("ringa er alls", "höra av mig till er igen"). */
// ("Hon ringde er förra veckan": a time after "er" makes it the object too, not "myndighetens förra veckan", round 31.)
const SV_AFTER_OBJECT = new Set(
  'alls heller igen tillbaka direkt sedan sen idag snart senare det den dem dom något någonting förra förut tidigare nyss igår häromdagen häromveckan redan flera varje'.split(' '),
);
const SV_REFLEXIVE: Record<string, string> = {
  min: 'sin',
  mitt: 'sitt',
  mina: 'sina',
  din: 'sin',
  ditt: 'sitt',
  dina: 'sina',
  vår: 'sin',
  vårt: 'sitt',
  våra: 'sina',
  er: 'sin',
  ert: 'sitt',
  era: 'sina',
};

/** Verbs after which "er" is the one asked ("bett er ändra", "be er skicka"), never a possessive. */
const SV_ASKING = new Set('be ber bad bett låta låter lät hjälpa hjälper hjälpte'.split(' '));
/** An infinitive after "att": ends in "-a" or is a short verb ("ta", "få", "gå"). */
const SV_INFINITIVE = /^(?:\p{L}{2,}a|ta|få|gå|se|bo|ha|stå|dö|göra)$/u;
const SV_NOT_INFINITIVE = new Set('hela båda alla ena andra varenda sista första samma många flera mina dina sina våra era dessa vilka'.split(' '));

/** As `EN_GENERIC_LEADS` and `EN_LIFE_VERBS`: "om du jobbar kvar", "när du gifter dig" said by the caller is anyone. */
const SV_GENERIC_LEADS = new Set(['om', 'när', 'innan', 'efter', 'tills', 'ifall', 'såvida']);
const SV_LIFE_VERBS = new Set('jobbar arbetar fortsätter slutar går gifter flyttar bor fyller tjänar ärver säljer köper hyr dör'.split(' '));

function genericDu(parts: string[], i: number, speaker: Speaker): boolean {
  return speaker === 'caller' && SV_GENERIC_LEADS.has((parts[i - 2] ?? '').toLowerCase()) && SV_LIFE_VERBS.has((parts[i + 2] ?? '').toLowerCase());
}

/**
 * Whom the agent's "ni" (you, plural) names: the caller's partner where the caller has one ("min man", "min sambo"),
 * and whether that partner has died (round 32).
 */
export interface Household {
  partner?: string;
  partnerDied?: boolean;
}

/** What only two or more do or are: "ni var gifta", "ni gifte er", "ni bor isär", "ni behöver båda …" (round 32). */
const SV_PLURAL_CLAUSE =
  /(?<![\p{L}])(?:gifta|gifte|gifter|gift|skilda|skilde|skildes|skilt|sambor|ihop|isär|varandra|var och en|gemensamma?|tillsammans|ni\s+(?:\p{L}+\s+)?(?:båda|bägge))(?![\p{L}])/iu;
/** Verbs whose "er" after the agent's plural "ni" is reflexive: "ni gifte er" is "de gifte sig" (round 32). */
const SV_REFLEXIVE_VERBS = new Set('gifte gifter gift gifta skilde skiljer skilt skilja separerade'.split(' '));

/**
 * The agent's "ni" said of more than the caller is no "kunden": "Ni behöver båda anmäla flytten" is the caller and the
 * partner ("kunden och maken"), or "de" where no partner is named; a "ni" of a single caller stays "kunden" (round 32).
 */
function pluralYou(sentence: string, household: Household | undefined): string | undefined {
  const plural = SV_PLURAL_CLAUSE.test(sentence);
  if (household?.partner && (plural || !household.partnerDied)) return `kunden och ${household.partner}`;
  return plural ? 'de' : undefined;
}

function swedish(text: string, speaker: Speaker, household?: Household): string {
  const who = referents(speaker);
  const together = speaker === 'agent' ? pluralYou(text, household) : undefined;
  let said = false; // the plural "ni" named once in the sentence: said again, it is "de"
  const noun = NOUN.sv;
  const parts = tokens(text);
  let subject: Role | undefined; // the subject of the current clause, once a pronoun names it
  let anyone = false; // the clause's subject is a generic "du" ("när du gifter dig"): its "dig" is "sig"
  let latest: Role | undefined; // the last pronoun subject of the clause ("hen undrar vad som händer om vi skulle gifta oss")
  for (let i = 1; i < parts.length; i += 2) {
    if (isClauseEnd(parts[i - 1] ?? '')) [subject, anyone, latest] = [undefined, false, undefined];
    const word = parts[i] ?? '';
    const lower = word.toLowerCase();
    const next = parts[i + 2]?.toLowerCase();
    // "om" opens a clause only before its subject ("om du väntar"); "en fråga om min pension" keeps it.
    // "att" before an infinitive ("försökte att ändra mitt konto") opens no clause of its own: the owner is still the subject ("sitt").
    const infinitiveMark = lower === 'att' && next !== undefined && SV_INFINITIVE.test(next) && !SV_NOT_INFINITIVE.has(next);
    if (SV_CLAUSE_START.has(lower) && !infinitiveMark && !(lower === 'om' && next !== undefined && !SV_SUBJECTS.has(next))) subject = undefined;
    // The owner is the clause's subject: "sitt"; otherwise "kundens". "Mina sidor" mid-sentence is a name.
    const own = (role: Role) => {
      if (i > 1 && /^\p{Lu}/u.test(word)) return word;
      return subject === role ? (SV_REFLEXIVE[lower] ?? POSSESSIVE.sv[role]) : POSSESSIVE.sv[role];
    };
    const name = (role: Role, asSubject: boolean) => {
      if (asSubject) {
        subject ??= role;
        latest = role;
      }
      return noun[role];
    };
    let replacement: string | undefined;
    if (lower === 'jag') replacement = name(who.self, true);
    else if (lower === 'du' && genericDu(parts, i, speaker)) [replacement, anyone] = [name('caller', true), true];
    else if (lower === 'ni' && together) {
      // ("… var och en när ni flyttar": said again, "de".)
      replacement = said ? 'de' : together;
      name(who.you, true);
      said = true;
    } else if (lower === 'du' || lower === 'ni') replacement = name(who.you, true);
    else if (lower === 'vi') replacement = name(who.we, true);
    else if (lower === 'mig' || lower === 'dig') {
      // "du får bestämma dig": an object that is the clause's subject is reflexive ("sig").
      const role = lower === 'mig' ? who.self : who.you;
      replacement = next === 'själv' || subject === role || (anyone && lower === 'dig') ? 'sig' : noun[role];
      // ("… om vi skulle gifta oss": the clause's own subject, said after the sentence's first, makes it reflexive too.)
    } else if (lower === 'oss') replacement = subject === who.we || latest === who.we ? 'sig' : noun[who.we];
    else if (['min', 'mitt', 'mina'].includes(lower)) replacement = own(who.self);
    else if (['din', 'ditt', 'dina', 'ert', 'era'].includes(lower)) replacement = own(who.you);
    // "i vår" is this spring.
    else if (['vår', 'vårt', 'våra'].includes(lower) && !(lower === 'vår' && parts[i - 2]?.toLowerCase() === 'i')) replacement = own(who.we);
    else if (lower === 'er' && /^(?:någon|ingen|en|ett|var|båda|alla)\s+av\s+$/iu.test(`${parts[i - 4] ?? ''}${parts[i - 3] ?? ''}${parts[i - 2] ?? ''}${parts[i - 1] ?? ''}`)) {
      // "någon av er" is the caller's household: "någon av dem".
      replacement = 'dem';
    } else if (lower === 'er' && subject === who.you && ((together && SV_REFLEXIVE_VERBS.has(parts[i - 2]?.toLowerCase() ?? '')) || /^(?:höra|hör|hörde|hört)\s+av\s+$/iu.test(`${parts[i - 4] ?? ''}${parts[i - 3] ?? ''}${parts[i - 2] ?? ''}${parts[i - 1] ?? ''}`))) {
      // "ni gifte er", "ni skilde er", "ni kan höra av er": the subject's own, "de gifte sig" (round 32); "ni har hört av
      // er" said to one caller too, "kunden har hört av sig", never "av hen" (round 59).
      replacement = 'sig';
    } else if (lower === 'er') {
      // "er handläggare" (yours) or "hos er" (you)
      // "ringa er alls", "skicka er det igen": an adverb or pronoun after "er" makes it the object.
      // "Jag har bett er ändra": after a verb of asking, or before an infinitive, "er" is the object.
      const asked = SV_ASKING.has(parts[i - 2]?.toLowerCase() ?? '') || (next !== undefined && Object.values(SV_IMPERATIVES).includes(next));
      const possessive = !asked && next !== undefined && !SV_FUNCTION_WORDS.has(next) && !SV_AFTER_OBJECT.has(next) && !isClauseEnd(parts[i + 1] ?? '');
      replacement = possessive ? own(who.you) : noun[who.you];
    }
    if (replacement && replacement !== word) parts[i] = i === 1 || /^\p{Lu}/u.test(word) ? capitalise(replacement) : replacement;
  }
  return parts.join('');
}

const SV_CLAUSE_ADVERB =
  /^((?:\p{L}+ )?\p{L}+) (inte|aldrig|också|redan|alltid|ofta|ännu inte) (har|hade|är|var|kan|kunde|ska|skulle|fick|får|kommer|vill|behöver|ligger|väntar)(?![\p{L}])/iu;

/** Subordinate clauses put "inte" before the verb; main clauses after it. */
function mainClauseOrder(sentence: string): string {
  return sentence.replace(SV_CLAUSE_ADVERB, '$1 $3 $2');
}

const SV_INVERTED = new RegExp(
  // (Not "Så det kunden behöver göra": a word that opens a clause of its own is no verb.)
  // ("Då anmäler kunden och maken det": the caller and the partner are one subject, round 32.)
  `^(?:då|så|nu|sedan|därefter|därför)\\s+(?!(?:det|den|de|dom|detta|vad|som|där|här|att|om|när|hur|en|ett)\\s)(\\p{L}+)\\s+((?:${Object.values(NOUN.sv).join('|')})(?:\\s+och\\s+(?:maken|makan|sambon|partnern))?)(?![\\p{L}])`,
  'iu',
);

/** "Beskedet skickar handläggaren i dag": a definite noun fronted before a verb and the register's subject. */
const SV_FRONTED_NOUN = new RegExp(
  `^(?!(?:${Object.values(NOUN.sv).join('|')})(?![\\p{L}]))(\\p{L}{3,}(?:et|en|na))\\s+(?!(?:kommer|har|hade|är|var|kan|ska|skulle|får|fick|vill|måste|blir|behöver)(?![\\p{L}]))(\\p{L}+(?:ar|er|ir|yr))\\s+(${Object.values(NOUN.sv).join('|')})(?![\\p{L}])`,
  'iu',
);

/** "Specialisten ringer dig", "Banken skickar dig ett brev": the noun before the verb is its subject, the pronoun after it its object. */
const SV_OBJECT_AFTER_VERB = /^\p{L}{3,}(?:et|en|na)\s+\p{L}+\s+(?:mig|dig|oss|honom|henne|dem)(?![\p{L}])/iu;

/**
 * "Då skickar handläggaren …" reads better in a note as "Handläggaren skickar …", "Beskedet skickar handläggaren" as
 * "Handläggaren skickar beskedet". Not where the one after the verb was said as an object ("Specialisten ringer dig" is
 * the specialist's call, not "Kunden ringer specialisten", round 46).
 */
function subjectFirst(sentence: string, said: string): string {
  const inverted = sentence.replace(SV_INVERTED, (_all, verb: string, subject: string) => `${capitalise(subject)} ${verb.toLowerCase()}`);
  if (SV_OBJECT_AFTER_VERB.test(said.trim())) return inverted;
  return inverted.replace(SV_FRONTED_NOUN, (_all, object: string, verb: string, subject: string) => `${capitalise(subject)} ${verb.toLowerCase()} ${object.toLowerCase()}`);
}

// ---- English ---------------------------------------------------------------------------

const EN_CLAUSE_START = new Set(
  'and but or when whenever if that because so once after before until while as where wherever then what which who how'.split(' '),
);
const EN_AUXILIARIES = new Set(
  "can could will would shall should may might must do does did am is are was were have has had don't doesn't didn't".split(' '),
);
const EN_ADVERBS = new Set(
  'just also still never already only really actually always now then usually often currently certainly probably definitely simply even ever normally sometimes most perhaps maybe possibly surely hardly rarely first soon either'.split(
    ' ',
  ),
);
/** Verbs that end like adverbs ("apply" is no "simply"). */
const EN_LY_VERBS = new Set('apply reply rely supply comply imply multiply fly'.split(' '));
/** Words that are never the verb after a subject. */
const EN_NOT_VERBS = new Set('this that these those the a an it them their my your our his her its to of in on at for with and or but'.split(' '));
const EN_AGREEMENT: Record<string, string> = {
  am: 'is',
  are: 'is',
  were: 'was',
  have: 'has',
  do: 'does',
  "don't": "doesn't",
  "aren't": "isn't",
  "haven't": "hasn't",
  "weren't": "wasn't",
};
const EN_UNCHANGED = new Set(
  (
    "can could will would shall should may might must was had did cannot can't couldn't won't wouldn't didn't wasn't hadn't shouldn't " +
    'sent got told said saw made went came took gave paid thought knew heard felt left lost kept found read spoke wrote rang forgot understood bought brought spent meant met ran became began chose put let ' +
    // Irregular past forms: "I hung up" is "the caller hung up", never "hungs".
    'hung stood sat lay fell grew drew threw wore woke won sold held hid led fed dealt sang swam rode drove flew forgave shook lent built caught taught fought sought slept swept wept struck stuck'
  ).split(' '),
);
/** Words after "you" that show it is the subject ("you need", "you have earned"). */
const EN_VERB_AFTER_YOU = new Set([
  ...EN_AUXILIARIES,
  ...Object.keys(EN_AGREEMENT),
  ...'need want get receive live know think mean say send call apply pay owe move work start stop take choose wait retire keep stay leave decide see find switch check lose own'.split(' '),
]);
/** Clauses of a condition or a time, where a caller's "you" may be anyone: "if you keep working", "when you retire". */
const EN_GENERIC_LEADS = new Set(['if', 'when', 'once', 'moment', 'until', 'before', 'after', 'unless', 'whenever']);
/** What anyone does in their own life, never the agency: "you work", "you retire", "you take any pension". */
// ("if you die, your premium pension goes to the state", a brother-in-law's claim: round 26.)
const EN_LIFE_VERBS = new Set('work keep retire move marry remarry live turn earn inherit sell buy rent emigrate own die divorce separate'.split(' '));

/**
 * The caller's "you" after "if"/"when" before a verb of a life ("they cut it if you keep working", "extra tax if you work and
 * take pension") is anyone, the caller among them, not the agency: writing "the agency works" would be false (round 19).
 */
function genericYou(parts: string[], i: number, speaker: Speaker): boolean {
  if (speaker !== 'caller') return false;
  const lead = (parts[i - 2] ?? '').toLowerCase();
  // ("my manager says you don't get sick pay", "someone said you pay no tax in Spain": what a third person told
  // the caller about anyone, round 21.)
  const heard = EN_HEARSAY_LEADS.has(lead) || (lead === 'that' && EN_HEARSAY_LEADS.has((parts[i - 4] ?? '').toLowerCase()));
  if (!EN_GENERIC_LEADS.has(lead) && !heard) return false;
  const [, contraction] = (parts[i] ?? '').toLowerCase().split(/(?=')/);
  const next = (parts[i + 2] ?? '').toLowerCase();
  // "if you're on a pension", "if you've lived here twenty years": a state of anyone's life.
  if (contraction === "'re" || contraction === "'ve") return EN_LIFE_STATES.has(next);
  return EN_LIFE_VERBS.has(next) || EN_LIFE_STATES.has(next) || (heard && EN_HEARD_VERBS.has(next)) || (next === 'take' && /^\W+(?:\p{L}+\W+)?(?:pension|out)/iu.test(parts.slice(i + 3, i + 8).join('')));
}
/** What anyone has, after a caller's "your": "your pension", "your own money", "your house". */
const EN_ANYONES = /^\s+(?:own\s+)?(?:(?:premium|income|guarantee|state|occupational|survivor's)\s+)?(?:pension|pensions|money|income|savings|house|home|flat|account|salary|wages|tax|benefits?)(?![\p{L}])/iu;
/** Verbs of what someone told the caller: "says", "said", "told me". */
const EN_HEARSAY_LEADS = new Set(['says', 'said', 'say', 'thinks', 'reckons', 'thought', 'heard']);
/** A state of a life after "you're"/"you've": "on a pension", "retired", "lived here". */
const EN_LIFE_STATES = new Set('on retired married single over under abroad living lived worked been'.split(' '));
/** What a third person says anyone does or gets: "you pay no tax", "you don't get sick pay", "you lose it". */
const EN_HEARD_VERBS = new Set("pay get lose don't can't cannot never".split(' '));

const EN_CONTRACTIONS: Record<string, string> = {
  "'m": 'is',
  "'re": 'is',
  "'ve": 'has',
  "'ll": 'will',
  "'d": 'would',
};

/** "need" → "needs", "wish" → "wishes", "apply" → "applies". */
function thirdPersonVerb(verb: string): string {
  const agreed = EN_AGREEMENT[verb];
  if (agreed) return agreed;
  if (EN_UNCHANGED.has(verb) || /(?<!e)ed$/.test(verb) || !/^[a-z]+$/.test(verb)) return verb;
  // "has", "is", "does", "says": already the third person (an interpreter's "she has" read as "you has"), never "hases".
  if (EN_THIRD_PERSON_ALREADY.has(verb)) return verb;
  // "he prefers", "she needs" read as the caller: a consonant and one "s" is the third person already ("preferses").
  if (/[^aeiousy]s$/.test(verb) && verb.length > 3) return verb;
  // "applies", "wishes", "watches" (an interpreter's "when he applies" read as the caller's): never "applieses".
  if (/(?:[^aeiou]ies|(?:ss|sh|ch|x|z)es)$/.test(verb)) return verb;
  if (/(s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

const EN_THIRD_PERSON_ALREADY = new Set('has is does says goes'.split(' '));

const EN_SUBORDINATORS = new Set('if when whenever once after before until unless because since while as'.split(' '));
const EN_MODALS = new Set('can could will would shall should may might must'.split(' '));

/** Verbs that follow "and" in the caller's or agent's own clause ("… and send it", "… and sign it"). */
const EN_COORDINATED_VERBS = new Set(
  'send post return sign fill open call pay apply check report attach bring upload submit include register get make take keep need want write ring email mail ask tell give show explain'.split(' '),
);

const base0 = (word: string) => word.split(/(?=')/)[0] ?? word;

function english(text: string, speaker: Speaker): string {
  const who = referents(speaker);
  const noun = NOUN.en;
  const parts = tokens(text);
  let clauseStart = true;
  let agreeNext = false;
  let previous = '';
  let subjectReplaced = false;
  /** A verb of this clause was made to agree with a replaced subject ("the caller opens"). */
  let agreedInClause = false;
  /** The clause opens with "if", "when", "once" …: a subordinate clause, whose comma ends it. */
  let subordinate = false;
  /** The subject's verb was a modal ("the caller can keep it or have it paid"): what follows "or" stays bare. */
  let modalInClause = false;
  // Who the current clause is about, once a pronoun names it: "if the caller still gets their supplement".
  let clauseSubject: Role | undefined;
  // "If you work after 65 you keep earning": once the caller's "you" is anyone, it stays anyone to the sentence's end.
  let anyoneInSentence = false;
  for (let i = 1; i < parts.length; i += 2) {
    if (/[.!?]/u.test(parts[i - 1] ?? '')) anyoneInSentence = false;
    const word = parts[i] ?? '';
    const lower = word.toLowerCase().replace('’', "'");
    // "the caller fills it in, signs it and sends it back": a verb listed after a comma agrees as after "and".
    // Not after a clause that opens with "if"/"when" ("If the caller changes bank, tell us"): that comma ends it.
    const listed = agreedInClause && !subordinate && /^,\s*$/u.test(parts[i - 1] ?? '') && EN_COORDINATED_VERBS.has(lower);
    if (i === 1 || (isClauseEnd(parts[i - 1] ?? '') && !listed)) subordinate = EN_SUBORDINATORS.has(lower);
    if (isClauseEnd(parts[i - 1] ?? '') && !listed) {
      clauseStart = true;
      clauseSubject = undefined;
      agreedInClause = false;
      modalInClause = false;
    }
    const next = parts[i + 2]?.toLowerCase().replace('’', "'");
    // "the caller is asked to call … and ask": a verb after "to" is an infinitive, and so is one coordinated with it.
    if (lower === 'to' && next !== undefined && (EN_COORDINATED_VERBS.has(next) || EN_IMPERATIVES.has(next))) agreedInClause = false;
    let replacement: string | undefined;
    if (isPlaceholder(parts, i)) {
      // "[EPOST]", "[NAMN]": what redaction left stays exactly as it is (no verb, no pronoun).
      agreeNext = false;
    } else if (agreeNext && EN_NOT_VERBS.has(lower)) {
      // "you this week": no verb follows the subject here, nothing to agree.
      agreeNext = false;
    } else if (agreeNext && !EN_ADVERBS.has(lower) && !(/ly$/.test(lower) && !EN_LY_VERBS.has(lower))) {
      replacement = thirdPersonVerb(lower);
      agreedInClause = replacement !== lower;
      modalInClause = EN_MODALS.has(lower);
      agreeNext = false;
    } else if (agreedInClause && (previous === 'and' || previous === 'or' || listed) && EN_COORDINATED_VERBS.has(lower)) {
      // ("the caller either gets money back or pays some back": "or" coordinates as "and" does, round 38.)
      // "the caller opens the draft and send it": the second verb agrees with the same subject.
      replacement = thirdPersonVerb(lower);
    } else if (base0(lower) === 'you' && /(?:^|\s)(?:each|both|one|any|all|either|neither|none)\s+of\s+$/iu.test(`${parts[i - 4] ?? ''}${parts[i - 3] ?? ''}${parts[i - 2] ?? ''}${parts[i - 1] ?? ''}`)) {
      // "each of you" is the caller's household: "each of them".
      replacement = 'them';
    } else if (lower === 'am' && next === 'i') {
      // "so am I": the verb before its subject agrees with it ("so is the caller").
      replacement = 'is';
    } else if (subjectReplaced && !modalInClause && ['and', 'but', 'or'].includes(previous) && EN_AGREEMENT[lower]) {
      // "I applied … and haven't heard": the subject is left out but the verb still agrees.
      replacement = EN_AGREEMENT[lower];
    } else {
      const [base = '', contraction] = lower.split(/(?=')/);
      const youAsSubject =
        base === 'you' && (contraction !== undefined || clauseStart || (next !== undefined && EN_VERB_AFTER_YOU.has(next)));
      const subject = base === 'i' ? who.self : base === 'we' && speaker === 'agent' ? who.we : youAsSubject ? (anyoneInSentence || genericYou(parts, i, speaker) ? 'caller' : who.you) : undefined;
      if (subject === 'caller' && base === 'you' && who.you !== 'caller') anyoneInSentence = true;
      if (subject) {
        // "you each need", "you both get": the caller's household, "they each need" (never "the caller eaches", round 36).
        const household = base === 'you' && contraction === undefined && /^(?:each|both|all)$/u.test(next ?? '');
        replacement = household ? 'they' : noun[subject];
        subjectReplaced = true;
        clauseSubject = subject;
        if (contraction) {
          replacement += ` ${EN_CONTRACTIONS[contraction] ?? contraction}`;
          // "I'm moving … and want to know": a verb after "and" agrees with the subject the contraction agreed with (round 58).
          // (Not after "'ve": "you've been in hospital and give you more time" goes on from the agent's "I can".)
          agreedInClause = !household && EN_CONTRACTIONS[contraction] === 'is';
        }
        // "Can I still work" asks: the verb after an inverted subject stays as it is.
        else agreeNext = !household && !EN_AUXILIARIES.has(previous);
      } else if (base === 'myself' || base === 'yourself') replacement = 'themselves';
      else if (base === 'ourselves' && speaker === 'agent') replacement = 'itself';
      else if (base === 'me') replacement = noun[who.self];
      else if (base === 'you') replacement = noun[anyoneInSentence ? 'caller' : who.you];
      // ("the US", "US tax": the country, written in capitals, is no "us".)
      else if (base === 'us' && speaker === 'agent' && word !== 'US' && word !== 'U.S.') replacement = noun[who.we];
      else if (
        (base === 'my' || base === 'mine' || base === 'your' || base === 'yours' || base === 'our') &&
        (i === 1 || !/^\p{Lu}/u.test(word))
      ) {
        // "My Pages" mid-sentence is a name.
        // ("marriage doesn't matter for your pension, it's only your own money": a caller's "your" before what anyone
        // has is anyone's, never the agency's, round 23.)
        const anyones = base === 'your' && speaker === 'caller' && (anyoneInSentence || EN_ANYONES.test(parts.slice(i + 1, i + 5).join('')));
        const owner = anyones ? 'caller' : base.startsWith('y') ? who.you : base === 'our' ? who.we : who.self;
        replacement =
          base === 'our' && speaker !== 'agent' ? undefined : (base === 'my' || base === 'your') && clauseSubject === owner ? 'their' : POSSESSIVE.en[owner];
      }
    }
    if (replacement !== undefined && replacement !== lower) parts[i] = i === 1 ? capitalise(replacement) : replacement;
    clauseStart = EN_CLAUSE_START.has(lower);
    previous = lower;
  }
  return parts.join('');
}

// ---- A note, not a transcript (round 7c) ---------------------------------------------------

/** Another person who could be "hen"/"they" too: the pronoun would be ambiguous after them. */
const OTHER_PERSON: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:handläggaren|handläggarens|tolken|tolkens|socialsekreteraren|klienten|ombudet|advokaten|förvaltaren|gode mannen|kollegan|grannen)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:the agent|the interpreter|(?:a|the) social worker|the client|the solicitor|the neighbour|their (?:child|children|parents|friends?|colleagues?))(?![\p{L}])/iu,
};
const EN_TO_PLURAL: Record<string, string> = {
  is: 'are',
  was: 'were',
  has: 'have',
  does: 'do',
  "doesn't": "don't",
  "isn't": "aren't",
  "wasn't": "weren't",
  "hasn't": "haven't",
};
/** A word after which "the caller" is an object ("send the caller", "to the caller"). */
const EN_BEFORE_OBJECT = /^(?:to|for|with|about|from|on|at|by|of|into|than|send|sends|sent|call|calls|called|tell|tells|told|give|gives|gave|help|helps|helped|ask|asks|asked|contact|contacts|reach|reached|remind|reminds|let|lets|show|shows|post|posts|pay|pays|paid|email|emails)$/iu;
const EN_SKIPPED_ADVERBS = new Set('also still never ever already only really now then usually first just not'.split(' '));

/** "needs" → "need", "applies" → "apply", "has" → "have"; a verb the plural does not change stays; not a verb: undefined. */
function pluralVerb(word: string): string | undefined {
  const lower = word.toLowerCase().replace('’', "'");
  if (EN_TO_PLURAL[lower]) return EN_TO_PLURAL[lower];
  if (EN_MODALS.has(lower) || EN_UNCHANGED.has(lower) || lower === 'cannot' || /^\p{L}{3,}ed$/u.test(lower)) return word;
  // ("dies", "lies", "ties": the stem ends in "ie", not "y".)
  if (/^(?:d|l|t|v)ies$/u.test(lower)) return word.slice(0, -1);
  if (/^\p{L}+ies$/u.test(lower)) return `${word.slice(0, -3)}y`;
  if (/^\p{L}+(?:ss|sh|ch|x|z|o)es$/u.test(lower)) return word.slice(0, -2);
  if (/^\p{L}{2,}[^s'’u]s$/u.test(lower)) return word.slice(0, -1);
  return undefined;
}

/**
 * A caseworker names the customer once a sentence: after the first "Kunden", "hen"/"hens" ("Kunden undrar vad
 * hen får om hen börjar ta ut"); in English "they"/"them"/"their", the verb in the plural ("the caller asks
 * whether they can …"). Not after another person who could be meant (the agent, an interpreter, a social worker).
 */
export function namedOnce(text: string, language: Language): string {
  return text
    .split(/(?<=[.!?])\s+/u)
    .map((sentence) => SUBJECT_AGAIN[language].reduce((t, pattern) => t.replace(pattern, '$1'), sentence))
    .map((sentence) => (language === 'sv' ? namedOnceSv(sentence) : namedOnceEn(sentence)))
    .join(' ');
}

/**
 * "Myndigheten har fått adressändringen, men myndigheten har ingen ny hyra": the sentence's subject said again
 * after "och"/"men" ("and"/"but") is left out ("…, men har ingen ny hyra"), as Swedish and English allow.
 */
const SUBJECT_AGAIN: Record<Language, RegExp[]> = {
  sv: [/^((kunden|myndigheten|handläggaren)\s+(?!som)\p{L}+(?:\s+(?!och|men)[^,.;:!?\s]+)*?(?:,\s*[^,.;:!?]+?)?,?\s+(?:och|men)\s+)\2\s+(?=(?:har|hade|är|var|kan|ska|vill|vet|får|fick|måste|behöver|undrar|\p{L}+(?:ar|er|de|te))(?![\p{L}]))/iu],
  en: [/^((the (?:caller|agency|agent))\s+(?!who)\p{L}+(?:\s+(?!and|but)[^,.;:!?\s]+)*?(?:,\s*[^,.;:!?]+?)?,?\s+(?:and|but)\s+)\2\s+(?=\p{L})/iu],
};

/** A person named by "kundens …": a relative or helper of the customer, not the customer (round 82). */
const PERSON_AFTER_SV = /^\s+(?:barn|barnbarn|sambo|partner|make|maka|förälder|föräldrar|syskon|syskonbarn|gode? man|förvaltare|granne|socialsekreterare|boendestödjare|kontaktperson|biståndshandläggare|ombud|tolk)(?![\p{L}])/iu;

function namedOnceSv(sentence: string): string {
  if (/(?<![\p{L}])hen(?![\p{L}])/iu.test(sentence)) return sentence;
  // "Den som ringer" for the customer is another person (round 61): each is named again after the other.
  const last = { customer: -1, caller: -1 };
  return sentence.replace(/(?<![\p{L}])(kunden|kundens|den som ringer|den uppringandes)(?![\p{L}])/giu, (word: string, _w: string, at: number) => {
    // "Kundens barn ringer: kunden har demens": "kundens barn" is another person, and names no one for a "hen" after it (round 82).
    if (/^kundens$/iu.test(word) && PERSON_AFTER_SV.test(sentence.slice(at + word.length))) return word;
    const who = /^kund/iu.test(word) ? 'customer' : 'caller';
    const other = who === 'customer' ? 'caller' : 'customer';
    const first = last[who] < 0 || last[other] > last[who] || OTHER_PERSON.sv.test(sentence.slice(last[who], at));
    last[who] = at + word.length;
    if (first) return word;
    return /^(?:kunden|den som ringer)$/iu.test(word) ? 'hen' : 'hens';
  });
}

function namedOnceEn(sentence: string): string {
  // "They cut his hours", "talk them into": "they"/"them" already means someone else here.
  if (/(?<![\p{L}])(?:they|them)(?![\p{L}])/iu.test(sentence)) return sentence;
  // Words and what lies between them: [word, gap, word, gap, …].
  const parts = sentence.split(/(\s+)/u);
  let last = -1;
  for (let i = 0; i + 2 < parts.length; i += 2) {
    if (!/^the$/iu.test(parts[i] ?? '') || !/^caller(?:['’]s)?(?![\p{L}])/u.test(parts[i + 2] ?? '')) continue;
    const first = last < 0 || OTHER_PERSON.en.test(parts.slice(last, i).join(''));
    last = i + 2;
    if (first) continue;
    const word = parts[i + 2] ?? '';
    const tail = word.replace(/^caller(?:['’]s)?/u, '');
    if (/^caller['’]s/u.test(word)) {
      parts.splice(i, 3, `their${tail}`);
      continue;
    }
    // A subject when a verb follows (past an adverb): "they need", "they have"; otherwise an object, "them".
    const nextAt = i + 4;
    const adverb = tail === '' && EN_SKIPPED_ADVERBS.has((parts[nextAt] ?? '').toLowerCase());
    const verbAt = adverb ? nextAt + 2 : nextAt;
    const verbWord = parts[verbAt] ?? '';
    const bare = verbWord.replace(/[,.;:!?]+$/u, '');
    const plural = tail === '' && bare ? pluralVerb(bare) : undefined;
    // Not a subject with its verb: "them" only where an object stands (after a verb or a preposition); else the noun stays.
    if (plural === undefined && !EN_BEFORE_OBJECT.test(parts[i - 2] ?? '')) continue;
    if (plural !== undefined) {
      parts[verbAt] = plural + verbWord.slice(bare.length);
      // "they moved two years ago and has got": a verb after "and" in the same clause is in the plural too (and after
      // "or", round 57: "only if they have a power of attorney or is his guardian").
      for (let j = verbAt + 2; j + 2 < parts.length && !/[.;:!?]$/u.test(parts[j - 2] ?? ''); j += 2) {
        const after = (parts[j + 2] ?? '').toLowerCase();
        const base = pluralVerb(after);
        // ("and takes pension": a verb; "rent and taxes": a noun.)
        const agreed = parts[j] !== 'and' && parts[j] !== 'or' ? undefined : (EN_TO_PLURAL[after] ?? (base !== undefined && base !== after && EN_COORDINATED_VERBS.has(base) ? base : undefined));
        if (agreed) parts[j + 2] = agreed;
      }
    }
    parts.splice(i, 3, `${plural !== undefined ? 'they' : 'them'}${tail}`);
  }
  return parts.join('');
}
