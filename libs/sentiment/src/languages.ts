import type { Language } from '@samtal/contracts';
import { englishLexicon, swedishLexicon, type Lexicon } from './lexicon.js';

/** What modifies a sentiment word in a language: negation, degree words, contrast. */
export interface LanguageRules {
  lexicon: Lexicon;
  /** Flip the sentiment of a word up to three words after them, within the clause. */
  negators: ReadonlySet<string>;
  /** Multiply the sentiment of the next word (very → ×1.5, a bit → ×0.6). */
  degree: ReadonlyMap<string, number>;
  /** Compound prefixes that intensify (jättebra = very good); each must be in `degree` too. */
  intensifyingPrefixes: readonly string[];
  /** "but": what follows it weighs more than what came before. */
  contrast: ReadonlySet<string>;
  /** Maps an inflected form to the lexicon's entry, when the lexicon lacks the form. */
  baseForm?: (word: string, lexicon: Lexicon) => string | undefined;
  /**
   * Open a hedged (conditional) clause: what follows, up to the clause end, is a possibility,
   * not a feeling ("if that doesn't work"). A word maps to the words that must follow it
   * (empty: any word); Swedish "om" is "if" only before a subject ("om det", not "ringer om pensionen").
   */
  hedges: ReadonlyMap<string, ReadonlySet<string> | null>;
  /**
   * Complaint and demand phrasing with no sentiment word in it ("jag har inte gjort något fel",
   * "jag vill att nån tittar på det här på riktigt"); each match adds its score to the raw sum.
   */
  complaints: readonly (readonly [RegExp, number])[];
  /**
   * Sarcasm and mock thanks ("tack för ingenting", "great, just great"): the praise in the
   * utterance counts nothing and the phrase counts as a complaint (-3).
   */
  sarcasm: readonly RegExp[];
  /**
   * The language negates a verb after it ("jag accepterar inte"); the set holds the subject
   * and reflexive pronouns that may come between the verb and the negator ("det godtar jag inte", "ni bryr er inte").
   */
  negationAfterVerb?: ReadonlySet<string>;
  /** "att", "that": a negator right before one negates the clause it opens ("jag tycker inte att det är bra"). */
  complementisers: ReadonlySet<string>;
  /** Thanking words: an utterance whose only feeling is thanks is courtesy, not satisfaction (see call.ts). */
  thanks: ReadonlySet<string>;
  /**
   * Apologies for one's own earlier feeling ("förlåt att jag var sur i början", "sorry I snapped"):
   * a caller making peace. The feeling words in the sentence count nothing and the phrase adds +2.
   */
  reconciliation: readonly RegExp[];
  /**
   * A praise word standing alone as a sentence ("Fantastiskt.", "Great.") in an utterance that also
   * complains is sarcasm ("Fantastiskt. Då får jag leva på luft i två månader.").
   */
  lonePraise: RegExp;
  /**
   * A burden accepted with resignation ("jag får väl ringa dem igen då", "so I have to call yet another
   * agency"): praise standing alone after it, at the end of the utterance, is sarcasm ("… Fantastiskt.").
   */
  burden: RegExp;
  /**
   * Round 8: what makes the praise standing alone after it sarcasm, though no complaint phrase is said: a failure
   * repeated or long ("Två gånger. Kul.", "Efter elva veckor. Jättebra jobbat.") or a lack ("Which I don't have.
   * Wonderful."). Only before the praise, and only in an utterance without thanks.
   */
  sarcasmContext: RegExp;
  /**
   * Round 14: a cost the caller is left with ("so I pay twice", "I'll have late fees by then", "så jag får betala
   * dubbelt"): praise standing alone before it in the same utterance, without thanks, is sarcasm ("Great. So I pay twice.").
   */
  costAfter: RegExp;
  /** Round 8: a mock exclamation before praise standing alone ("Oh brilliant.", "Åh, underbart."), without thanks, is sarcasm. */
  mockPrefix: RegExp;
  /**
   * Round 16: a mistake the caller owns ("då har jag tänkt fel", "I must have read it wrong", "my mistake"): a correction,
   * not anger at anyone; the negative words in its sentence count nothing. Round 17: also a step the caller took the wrong
   * way ("då har jag skällt på fel ställe", "I sent it to the wrong place"). Round 28: a slip the caller corrects ("I said eleven
   * by mistake", "jag skrev fel siffra av misstag", "jag sa fel").
   */
  ownMistake: RegExp;
  /**
   * Round 30: a trait said of someone else on the calling side ("Han är envis.", "She's so stubborn."): a relative or helper
   * describing the customer, not a feeling; the negative words of that sentence count nothing.
   */
  customerTrait: RegExp;
  /**
   * Round 32: the days or hours someone works, said as a fact ("The customer does not work weekends.", "She doesn't work
   * on Fridays."): a schedule, which part-time sick leave is full of, not a failure ("it doesn't work"); the negative
   * words of that sentence count nothing. Not of a thing ("The app does not work on weekends either.").
   */
  workingHours?: RegExp;
  /**
   * Round 23: conversational repair, which long calls over a bad line are full of. A question that opens with an apology
   * ("Förlåt, vad sa du?", "Sorry, did you say in English?") or asks to hear it again ("vad sa du?", "say that again?"):
   * its apology is no feeling.
   */
  repairQuestion: RegExp;
  /**
   * Round 23: the line or the surroundings named as why the caller cannot hear or be heard ("jag hör lite dåligt i
   * telefonen", "the signal isn't great", "the children are shouting"): beside a repair question, or in a sentence that
   * opens with an apology, its negative words count nothing.
   */
  lineTrouble: RegExp;
  /** Thanks that is more than courtesy ("tack så mycket", "tack för hjälpen", "thank you so much"). */
  warmThanks: RegExp;
  /**
   * Round 21: thanks for the call itself ("tack för att du ringer", "thank you for calling"): as the caller's first words in a
   * call the agency makes, a greeting (see call.ts).
   */
  thanksForCall: RegExp;
  /**
   * Lexicon entries that name anger at someone or something ("förbannad", "orimligt", "fed up", "ridiculous"),
   * as against worry or sadness ("orolig", "rädd", "worried"): felt, not negated, a caller's last feeling in
   * one of them ends the call there as a complaint does (see call.ts).
   */
  anger: ReadonlySet<string>;
  /**
   * Round 33 (the lead's decision on t72-sv-10 and t75-sv-05): anger said to last in a strong word, `still` before one of
   * `strong` in its clause ("Jag är fortfarande arg", "I'm still furious"), is not conceded by "men tack" / "but thanks"
   * after it (see utterance.ts). The mild form, "fortfarande irriterad/besviken, men tack", closes on the thanks (round 18).
   */
  lastingAnger: { still: ReadonlySet<string>; strong: ReadonlySet<string> };
}

const words = (list: string) => new Set(list.split(' '));
const degrees = (up: string, down: string) =>
  new Map([...up.split(' ').map((w) => [w, 1.5] as const), ...down.split(' ').map((w) => [w, 0.6] as const)]);

// Endings of Swedish adjectives, nouns and verbs, longest first, and what replaces them.
const SWEDISH_ENDINGS: [string, string][] = [
  ['arna', ''],
  ['orna', ''],
  ['erna', ''],
  ['ande', ''],
  ['ende', ''],
  ['ade', ''],
  ['are', ''],
  ['aste', ''],
  ['ast', ''],
  ['ar', ''],
  ['at', ''],
  ['at', 'ad'],
  ['er', ''],
  ['or', ''],
  ['en', ''],
  ['et', ''],
  ['na', 'en'],
  ['a', ''],
  ['e', ''],
  ['t', ''],
  ['s', ''],
  ['tt', 'd'],
];

/** Swedish: strip one common ending (glada → glad, dåligt → dålig, besvikna → besviken, glatt → glad). */
function swedishBaseForm(word: string, lexicon: Lexicon): string | undefined {
  for (const [ending, replacement] of SWEDISH_ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length) + replacement;
    if (stem.length < 3) continue;
    if (lexicon.has(stem)) return stem;
    // tacksamma → tacksamm → tacksam
    if (/([bdfgklmnprst])\1$/.test(stem) && lexicon.has(stem.slice(0, -1))) return stem.slice(0, -1);
  }
  return undefined;
}

const SV_SUBJECTS = words('det du jag ni vi han hon den man inte de dom detta');

/** A pattern over the lower-cased utterance; \b is a boundary of any letter, å, ä and ö included. */
const pattern = (source: string) =>
  new RegExp(source.replaceAll('\\b', '(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))'), 'iu');
const complaints = (score: number, ...sources: string[]) => sources.map((s) => [pattern(s), score] as const);
/** What is said anywhere before or after thanks in the utterance (`thanks` and `said` are pattern sources). */
const besideThanks = (thanks: string, said: string) => pattern(`(?<=${thanks}[^]*)${said}|${said}(?=[^]*${thanks})`);

/** Round 20: relief said outright, which makes a worry told beside it a feeling that is over (as thanks does). */
const RELIEF_SV = '\\b(?:puh|pust|vilken lättnad|vilken tur|gudskelov|gud ske lov|tack och lov)\\b';
const RELIEF_EN = "\\b(?:phew|what a relief|that's a relief|thank god|thank goodness|thank heavens)\\b";

/**
 * Round 21: a worry said to be gone ("en oro mindre", "one less worry", "one less thing to worry about"), and the worry the
 * agent has just answered, named as the caller's ("det var min största oro", "that was my main worry", "that's what I was
 * worried about"), which is relief only beside thanks, relief or praise (`ACK_*`): said to bad news, it is the worry come true.
 */
const SV_WORRY_GONE =
  '\\b(?:en oro|ett bekymmer|ett orosmoment|ett orosmoln|en sak|en grej) mindre att (?:oroa|bekymra) (?:sig|mig|oss) (?:för|över)\\b|\\b(?:en oro|ett bekymmer|ett orosmoment|ett orosmoln) mindre\\b';
const SV_WORRY_ANSWERED =
  '\\b(?:det|just det|detta) var (?:ju )?(?:min|mitt|det jag hade som) (?:\\p{L}+ )?(?:oro|bekymmer|orosmoment|farhåga)\\b|\\bdet var (?:just |precis )?det (?:som )?jag var (?:så |mest |lite |mycket )?(?:orolig|rädd|nervös|bekymrad) (?:för|över)\\b';
const ACK_SV = '\\b(?:bra|skönt|toppen|perfekt|utmärkt|underbart|härligt|jättebra|kanon|fint)\\b';
const EN_WORRY_GONE =
  "\\b(?:one|a) less (?:worry|concern|thing to (?:worry|think) about)\\b|\\bone (?:worry|concern|thing) less\\b|\\b(?:one|a) worry off my mind\\b";
const EN_WORRY_ANSWERED =
  "\\b(?:that|this|it)(?: was|'s been| has been| is|'s) (?:my|the) (?:\\p{L}+ )?(?:worry|concern|fear)\\b|\\b(?:that|this|it)(?: was|'s| is) (?:exactly |just )?what i was (?:so |really |most |a bit |quite )?(?:worried|scared|afraid|nervous|anxious) (?:about|of)\\b";
const ACK_EN = '\\b(?:good|great|perfect|brilliant|lovely|excellent|wonderful|fantastic|marvellous|splendid)\\b';

/**
 * Round 29: fear said to be less than it was ("I feel a bit less panicked now", "jag känner mig lite mindre orolig nu") is
 * relief, as "one less worry" is; not asked, and not "no less worried" / "inte ett dugg mindre orolig".
 */
const SV_FEAR_LESS =
  '\\b(?:(?:jag|vi) (?:känner (?:mig|oss)|är|blev|har blivit)|(?:känner jag mig|känner vi oss|är jag|är vi|blev jag|blev vi)) (?:(?:nu|redan) )?(?:(?:lite|lite grann|mycket|betydligt|något|så mycket) )?mindre (?:orolig|oroliga|rädd|rädda|stressad|stressade|nervös|nervösa|panikslagen|panikslagna|ängslig|ängsliga)\\b(?![^.!?]*\\?)';
const EN_FEAR_LESS =
  "\\b(?:i|we)(?:'m| am|'re| are)?(?: (?:feel|feeling))? (?:(?:a bit|a little|a lot|much|slightly|somewhat|already|so much) )?less (?:worried|scared|afraid|panicked|panicky|anxious|stressed|nervous|frightened|terrified)\\b(?![^.!?]*\\?)";
/** Round 20's fear of one's own slip, said as past; round 29: "vi" too, and "var (så) rädd/orolig att …". */
const SV_OWN_SLIP_FEARED =
  '(?:\\bjag (?:var|hade varit) (?:så |helt |alldeles )?(?:säker|övertygad) på att jag (?:hade )?|\\b(?:jag|vi) (?:trodde|hade trott|var (?:så |väldigt |jätte)?(?:rädd|rädda|orolig|oroliga)) (?:att |för att )?(?:jag|vi) (?:hade )?)(?:klantat|klantade|strulat|strulade|trasslat|trasslade|förstört|förstörde|sabbat|sabbade|missat|missade|gjort fel|gjorde fel)\\b';
/** Round 20's fear of one's own slip, said as past; round 29: "we" too, and "was/were (so) scared/worried (that) I'd …". */
const EN_OWN_SLIP_FEARED =
  "(?:\\bi (?:was|'d been|had been) (?:so |really |quite |totally |completely )?(?:sure|certain|convinced) (?:that )?i(?:'d| had)? |\\b(?:i|we) (?:thought|had thought|feared|(?:was|were) (?:so |really |very |quite )?(?:afraid|scared|worried|frightened|terrified)) (?:that )?(?:i|we)(?:'d| had)? )(?:messed|screwed|mucked|botched|ruined|missed|lost|done (?:it|this|that|something) wrong|got (?:it|this|that|something) wrong)\\b";
/**
 * Round 29: an acknowledgment opening the utterance ("Okay.", "Right.", "Okej.") after the agent's answer; beside it a fear of
 * the caller's own slip told as past is over, as beside thanks (round 20). Not when the fear is said to have come true
 * ("… and we had") or to last ("still").
 */
const SV_ACK_OPENING = '^\\s*(?:okej|ok|jaha|jaså)[,.!]\\s*';
const EN_ACK_OPENING = '^\\s*(?:okay|ok|right|all right|alright)[,.!]\\s*';
const SV_FEAR_CAME_TRUE = '(?![^.!?]*\\b(?:och|men) (?:det )?(?:jag|vi|det) (?:hade|har|gjorde|var)\\b)(?![^]*\\b(?:fortfarande|ännu)\\b)';
const EN_FEAR_CAME_TRUE = "(?![^.!?]*\\b(?:and|but|which) (?:i|we|it) (?:had|did|have|has|was)\\b)(?![^]*\\bstill\\b)";

let rules: Record<Language, LanguageRules> | undefined;

export function rulesFor(language: Language): LanguageRules {
  rules ??= {
    sv: {
      lexicon: swedishLexicon(),
      // "ingenting" too (round 7): after a verb it negates it ("nu förstår jag ingenting").
      negators: words('inte ej aldrig ingen inget inga ingenting icke knappast utan slipper slippa slapp'),
      degree: degrees(
        'mycket väldigt jätte super skit kanon mega otroligt oerhört extremt riktigt verkligen helt himla sjukt totalt ytterst så alldeles fruktansvärt stor stort stora',
        'lite ganska något aningen relativt halvt nästan',
      ),
      intensifyingPrefixes: ['jätte', 'super', 'skit', 'kanon', 'mega'],
      contrast: words('men'),
      baseForm: swedishBaseForm,
      hedges: new Map([
        ['om', SV_SUBJECTS],
        ['ifall', null],
        ['såvida', null],
      ]),
      complaints: [
        // Protesting one's innocence, demands, and disputes of the agency's figures.
        ...complaints(
          -3,
          '\\b(?:jag|vi) har (?:inte|aldrig) (?:gjort|fuskat|ljugit|begärt) (?:något|nåt|några|nånting)?\\s*(?:fel|misstag)?(?![^.!?]*\\?)',
          // Any denial of having done something ("jag har ju inte hittat på någonting", "jag har inte missat nåt"): said in
          // protest; asked, it is a worry ("så jag har inte missat något?"), not a denial.
          '\\b(?:jag|vi) har (?:ju )?(?:inte|aldrig) (?!fått\\b|hört\\b|sett\\b)\\p{L}+(?:at|it|t|tt|ts) (?:på |bort |in |undan )?(?:något|nåt|någonting|nånting|några|nåra)\\b(?![^.!?]*\\?)',
          '\\bdet är inte (?:mitt|vårt) fel\\b',
          // A demand that they act, not a request ("jag vill att ni skickar en blankett").
          '\\bjag (?:vill|kräver) att (?:nån|någon|ni|du|en chef|myndigheten) (?!skickar|ringer|ändrar|drar|betalar|sätter|byter|hjälper|mejlar|postar|noterar|lägger)',
          // A demand that someone else acts ("jag vill att en riktig människa går igenom mitt ärende").
          '\\bjag (?:vill|kräver) att (?!jag\\b|vi\\b)(?:\\p{L}+ ){1,3}(?:går igenom|tittar|kollar|rättar|ändrar|gör om|tar tag|utreder|prövar)\\b',
          // Nobody explains, listens or helps.
          '\\bingen (?:som )?(?:förklarar|förklarade|förklarat|lyssnar|lyssnade|berättar|berättade|hjälper|hjälpte|bryr sig|svarar|svarade|sa|sade|nämnde|varnade)\\b',
          '\\b(?:jag )?(?:fattar|begriper|förstår) (?:jag )?(?:ingenting|inget|noll)\\b',
          // Round 27: also "det här är inte klokt".
          '\\b(?:det|det här|detta) (?:är|var) (?:ju )?inte klokt\\b',
          // Round 7: "det här är helt sjukt" at a sentence end (not "sjukt bra", not "jag är sjuk").
          '\\b(?:det här|det|detta) (?:är|var) (?:ju )?(?:helt |rent |fullständigt |bara )?(?:sjukt|vansinnigt|horribelt|vidrigt)(?=\\s*[.!]|\\s*$)',
          '\\bjag kräver\\b',
          // Round 24: not in a clause of time or condition, where it is a plan ("när jag går i pension på riktigt").
          '(?<!\\b(?:när|om|ifall)\\b[^.!?,]*)\\bpå riktigt\\b',
          // Asking for a manager, whoever asks ("kan jag få prata med din chef"); not one's own ("min chef").
          '\\b(?:prata|tala) med (?!min )(?:\\p{L}+ )?(?:chef|överordnad|enhetschef|gruppchef)',
          '\\b(?:vill|begär|kräver att få) (?:prata|tala) med (?:en |den |någon |nån )?ansvarig',
          '\\b(?:tänker|vägrar) (?:inte )?betala\\b',
          // "Hur kan ni…" in protest, not "hur kan man ansöka?".
          '\\bhur kan (?:ni|du|man|myndigheten) (?!hjälpa|se\\b|veta|kolla|skicka|hitta|nå\\b|kontakta|ansöka|söka|få\\b|göra för|ändra|byta|logga)',
          '\\b(?:ni|myndigheten|du) har (?:gjort|räknat|tänkt) fel\\b',
          // Round 24: also at the end of a sentence ("Ingen ringde."); asked, it is a question.
          '\\b(?:ingen|ingen har|ingen som) (?:hör|hört|hörde|ringer|ringt|ringde|svarar|svarat)(?: |(?=\\s*[.!]|\\s*$))',
          '\\b(?:tredje|fjärde|femte) gången?\\b',
          '\\b(?:så|för|alldeles för|jätte)\\s*liten\\b',
          '\\b(?:så|för|alldeles för) lite pengar\\b',
          '\\bvarför ska jag\\b',
          '\\b(?:anmäla|anmäler|anmält|klaga på|klagar på|klaga hos|klagar hos) (?:er|dig|detta|det här|myndigheten|handläggaren|hela)\\b',
          '\\bdet stämmer inte\\b',
          // Round 24: not about what the caller is glad to see wrong ("Skönt att det är fel.").
          '(?<!\\b(?:skönt|bra|glad|gott|tur|härligt) att )\\bdet (?:här )?är (?:inte rimligt|inte rätt|fel)\\b',
          '\\b(?:ni |myndigheten )?(?:slarvar|slarvat|tappar bort|tappat bort|tappade bort)\\b',
          '\\b(?:vad ska jag annars göra|jag har inget val|har jag något val)\\b',
          // Accusing the agency ("ni har aldrig…", "det gör ni alla") and being passed around.
          '\\bni har (?:ju )?(?:aldrig|inte ens|fortfarande inte|ännu inte|inte gjort (?:något|nåt|någonting|nånting|ett dugg))\\b',
          '\\bni (?:ju )?(?:bara )?(?:bryr er inte|lyssnar inte|gör ingenting|gör inget|gör aldrig|svarar aldrig|ringer aldrig|skickar runt|bollar)\\b',
          // In a subordinate clause the adverb comes first: "(att) ni aldrig ringer tillbaka".
          '\\b(?:ni (?:ju )?aldrig|att ni (?:ju )?inte(?: ens)?) (?:ringer|ringde|svarar|svarade|hör av er|hörde av er|lyssnar|bryr er|gör något|gör nåt)\\b',
          '\\bni (?:gör|gjorde) (?:ju )?(?:ingenting|inget|aldrig något|aldrig nåt)\\b',
          '\\bdet är (?:ju )?(?:ert fel|ditt fel|myndighetens fel|ni som har (?:gjort fel|slarvat|missat|tappat|glömt|räknat fel))\\b',
          '\\bvad håller ni (?:egentligen )?på med\\b',
          '\\bkallar ni (?:det |det här )?(?:för )?(?:service|hjälp)\\b',
          '\\b(?:förstår|fattar|begriper) (?:inte|ej) hur (?:ni|du|man|myndigheten) kan\\b',
          // Nobody knows; the third person spoken to; queues.
          '\\bingen (?:\\p{L}+ ){0,2}vet (?:någonting|nånting|något|nåt)\\b',
          '\\bingen (?:kan svara|kan säga|kan hjälpa|har koll|tar ansvar)\\b',
          '\\b(?:tredje|fjärde|femte|sjätte) (?:personen|handläggaren|samtalet)\\b',
          '\\b(?:det gör ni alla|ni är (?:alla )?likadana|ni byråkrater)\\b',
          '\\bså (?:det är|nu är det) (?:alltså )?mitt fel\\b',
          '\\b(?:skickad|skickats|bollad|bollats|kopplad|kopplats|slussad|slussats) (?:runt|hit och dit|fram och tillbaka|mellan)\\b',
          // Asking how often one must ask; escalating: a manager, JO, the press, a lawyer.
          '\\bhur (?:många gånger|länge till) ska (?:jag|man|vi)\\b',
          '\\bhur svårt kan det vara\\b',
          '\\b(?:till|kontakta|kontaktar|ringa|ringer|ringa till|skriva till|skriver till|gå till|går till|vända mig till|vänder mig till|ta|tar|skaffa|skaffar|prata med) (?:jo|justitieombudsmannen|media|medierna|tidningen|tidningarna|pressen|aftonbladet|expressen|kvällstidningarna|uppdrag granskning|kalla fakta|en advokat|min advokat|advokat|en jurist|jurist|politikerna|ministern)\\b',
          '\\bjag (?:ringer|tänker|kommer) (?:inte|aldrig) (?:att )?(?:ringa )?(?:mer|hit igen|er igen)\\b',
          // Acting behind the caller's back ("ni har sänkt den utan att meddela mig", "utan förvarning").
          '\\butan att (?:ni |någon |nån |myndigheten |jag )?(?:har )?(?:\\p{L}+ )?(?:meddela\\p{L}*|säga|sagt|fråga\\p{L}*|förklara\\p{L}*|hör\\p{L}* av|höra av|informera\\p{L}*|berätta\\p{L}*|varna\\p{L}*|kontakta\\p{L}*|ringa|ringt|tala om|talat om)\\b|\\butan (?:någon |nån |en )?(?:förvarning|förklaring|motivering)\\b',
          // A fresh wrong decision: "det nya beslutet är lika fel", "samma fel igen", not "är beslutet fel?" nor "så att det inte blir fel igen".
          '\\b(?:beslutet|beslut|beräkningen|uträkningen|beloppet|summan)\\b[^.!?]{0,40}?\\b(?:(?:är|blev|var|har blivit) (?:ju |också |lika |helt |fortfarande |återigen |igen )*(?:fel|felaktig\\p{L}*|orimlig\\p{L}*|orättvis\\p{L}*)|stämmer (?:ju )?(?:fortfarande )?inte)\\b(?![^.!?]*\\?)',
          '(?<!\\binte (?:\\p{L}+ )?)\\b(?:fel|felaktigt|ett misstag) (?:igen|en gång till|ännu en gång|återigen)\\b|\\b(?:samma fel|samma misstag|ännu ett fel|ett nytt fel|ännu ett misstag|ett till fel)\\b',
          // Calling the decision theft or a joke, refusing to pay: "det här är rena stölden", "det är ett skämt".
          '\\b(?:är|var) (?:ju )?(?:ett |rena |ren |rena rama )?(?:skämt|stöld|stölden|rån|rånet|bluff)\\b(?![^.!?]*\\?)',
          '\\b(?:jag|vi) (?:ska|kommer|kommer att) inte (?:att )?betala\\b|\\bjag betalar inte\\b',
          // Round 34: the refusal with the debt said first ("Men återkravet betalar jag inte.", "den skulden betalar jag aldrig")
          // or said to last ("jag betalar fortfarande inte"); not asked, not "längre"/"heller" (a fact: "den betalar jag inte längre"), not
          // paying out ("Den betalar vi inte ut.").
          '\\b(?:det|den|dem|dom|detta|återkrav\\p{L}*|skuld\\p{L}*|belopp\\p{L}*|pengarna|summan|avgift\\p{L}*|räkning\\p{L}*|faktura\\p{L}*|krav\\p{L}*)(?: där| här)? betalar (?:jag|vi) (?:ju |alltså |fortfarande |ändå |verkligen |absolut )?(?:inte|aldrig)\\b(?! längre| heller| ut\\b)(?![^.!?]*\\?)',
          '\\b(?:jag|vi) betalar (?:fortfarande|ändå|absolut|verkligen) (?:inte|aldrig)\\b(?! längre| heller)(?![^.!?]*\\?)',
          // Round 34: being made to do the agency's job ("så vi ska göra ert jobb också"), said by the caller's side.
          '\\b(?:jag|vi|man) (?:ska|får|måste|fick|förväntas|behöver)(?: \\p{L}+)? göra (?:ert|myndighetens|handläggarens) (?:jobb|arbete)\\b',
          // Taking it further: a complaint, "det här är inte över".
          '\\bjag (?:ska|vill|tänker|kommer att|kommer) (?:\\p{L}+ )?(?:klaga|lämna (?:in )?(?:ett )?klagomål|göra en anmälan|ta det här vidare|gå vidare med det här)\\b|\\bvar (?:kan|ska) jag (?:klaga|lämna (?:in )?(?:ett )?klagomål|anmäla)\\b|\\b(?:det här|detta) är inte över\\b|\\bni kommer att få höra (?:av|från) mig\\b',
        ),
        ...complaints(
          -2,
          // Round 25: the call or the errand called a waste of time ("det här är slöseri med allas tid", "bortkastad tid"),
          // not asked, not denied ("det är inte bortkastad tid").
          '\\b(?:är|var|blir|varit|blivit) (?:ju )?(?:bara )?(?:ett )?(?:rent |totalt |fullständigt )?(?:slöseri med (?:\\p{L}+ )?tid|bortkastad tid)\\b(?![^.!?]*\\?)',
          // Round 26: dissatisfaction said outright at the end of a decision ("Jag gör det, men jag är inte nöjd.", "jag är
          // inte alls nöjd med beslutet"), not asked ("Är du inte nöjd?"), not "inte helt nöjd"; and the agency told it should
          // manage the errand itself ("jag tycker att ni borde kunna göra det själva"), not asked ("Borde ni inte kunna …?").
          '\\bjag är (?:ju |verkligen |fortfarande )?(?:inte|inte alls|långt ifrån|absolut inte|verkligen inte) (?:alls )?nöjd\\b(?=\\s*(?:[.!]|$|med (?:det|detta|beslutet|svaret|det här|er|hur)\\b))(?![^.!?]*\\?)',
          '\\b(?:ni|myndigheten|försäkringskassan|pensionsmyndigheten) (?:borde|skulle|måste) (?:ju |väl |ändå |faktiskt |själva )*kunna \\p{L}+\\b(?![^.!?]*\\?)',
          // Demands in writing, a broken promise, asking why they did not, "can't you just".
          '\\b(?:vill|kräver att få|begär att få|ska) ha (?:det|detta|beslutet|svaret|det där|ett beslut|ett svar) (?:skriftligt|svart på vitt)\\b',
          '\\b(?:trots att |fast |men )?ni lovade\\b|\\bsom ni (?:har )?(?:lovat|lovade|sa|sade)\\b',
          '\\bdet kan (?:ju )?(?:inte|väl inte) stämma\\b',
          '\\bvarför (?:kunde|kan|har|hade|gjorde|skickade|sa|sade|ringde|svarade|skrev|berättade|meddelade|hörde) (?:ni|du|myndigheten) (?:inte|aldrig)\\b',
          '\\bvarför (?:sa|sade|berättade|meddelade|ringde|hörde|förklarade) ingen\\b',
          '\\b(?:kan|kunde) ni inte bara\\b',
          // Round 30: a feeling named and shared by the caller ("Mamma är arg, och det är jag också."): a helper's own anger; not asked.
          '\\b(?:arg|arga|upprörd|upprörda|irriterad|irriterade|besviken|besvikna|förbannad|förbannade|sur|sura|ledsen|ledsna),? (?:och|precis som) (?:det är )?jag (?:också|med|med det)\\b(?![^.!?]*\\?)',
          // The same thing asked or waited for again and again.
          '\\b(?:två|tre|fyra|fem|sex|flera|många|hundra|tusen) gånger (?:nu|redan|förut|tidigare)\\b',
          '\\bringt (?:\\p{L}+ ){0,3}(?:tre|fyra|fem|sex|flera|många|hundra|tusen) gånger\\b',
          // Round 7: help that is no help, "jag är inte dum", a promise to the caller broken, posting it on social media.
          '\\bdet (?:där |här )?hjälper (?:ju )?(?:inte|föga)(?: (?:så )?mycket| ett dugg| alls| mig)?(?=\\s*[.!]|\\s*$)',
          '\\bjag är (?:ju )?inte (?:dum|dum i huvudet|idiot|en idiot|korkad)\\b',
          '\\bsom jag (?:blev|har blivit|hade blivit|var) lovad\\b',
          '\\b(?:lägga ut|lägger ut|skriva om|skriver om) (?:det|det här|detta|er) (?:på|i) (?:sociala medier|facebook|nätet)\\b',
          '\\b(?:gång på gång|om och om igen|varje gång jag ringer)\\b',
          '\\bväntat (?:i |på \\p{L}+ i )?(?:flera|många|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv) (?:veckor|månader|år)\\b',
          // Disbelief and exasperation.
          '\\b(?:skämtar du|skojar du|är det ett skämt|det är ett skämt|vilket skämt|det (?:här )?är (?:ju )?inte sant|herregud|herre gud|herrejösses|fattar ni inte|förstår ni inte|lyssnar du inte)\\b',
          // Refusing the decision ("det godtar jag inte").
          '\\b(?:accepterar|godtar|godkänner) (?:jag |vi )?(?:inte|aldrig)\\b|\\b(?:inte|aldrig) (?:acceptera|godta|godkänna)\\b',
          // Being told to put up with it, not being heard, demands on the agency.
          '\\b(?:så|och) (?:det ska jag|jag ska|man ska) (?:jag |man )?(?:bara|alltså) \\p{L}+',
          '\\bdu lyssnar inte\\b',
          '\\bdet var inte det jag (?:frågade|sa|sade|undrade)\\b',
          '\\b(?:det här|det) är (?:ju )?inte (?:första|den första) gången\\b',
          '\\b(?:det är )?(?:ju )?inte mitt problem\\b',
          '\\bjag vill ha (?:mina|mitt|min|våra) (?:pengar|ersättning|pension)(?=\\s*(?:nu\\b|tillbaka\\b|[.!]|$))',
          // "Typiskt." and "det är ju helt otroligt att…", not "helt otroligt snabbt".
          '\\btypiskt(?=[.!]|$)|\\b(?:det är|det här är|vad) (?:ju )?typiskt\\b',
          '\\b(?:det är|det här är) (?:ju )?(?:helt )?otroligt(?= att\\b|[.!]|$)|\\botroligt att ni\\b',
          // Round 27: "Otroligt." said alone as a sentence after a grievance (not "Otroligt! Tack!", not "otroligt snabbt").
          '(?<=(?:^|[.!?])\\s*)otroligt(?=\\s*\\.|\\s*$)',
          '\\bni (?:får|måste|ska) (?:ordna|fixa|lösa|rätta|reda ut) (?:det|detta)\\b',
          // Blame: it should have been done ("ni borde ha ringt", "det borde aldrig ha hänt"); failing again.
          '\\b(?:ni|du|myndigheten|någon|nån) borde (?:ju )?(?:aldrig |inte )?ha\\b|\\bdet borde (?:ju )?aldrig ha\\b',
          // Round 33: the same norm said broken now, of what is happening: "Det här borde inte hända.", "Sånt här borde aldrig
          // få ske."; asked ("Borde inte det här hända automatiskt?"), or a plan with "om", it is not.
          '\\b(?:det här|det|detta|sånt|sånt här|sådant) borde (?:ju )?(?:aldrig|inte) (?:få )?(?:hända|ske|inträffa)\\b(?![^.!?]*\\?)(?![^.!?]* om\\b)',
          '\\bden här gången heller\\b',
          '\\b(?:telefonkö|kö|kön) i (?:\\p{L}+ )?(?:minuter|timmar|timme|halvtimme)\\b',
          '\\bolika (?:besked|svar) (?:varje|från|av)\\b',
          '\\b(?:det har jag hört (?:förut|förr)|(?:sa|sade|lovade) ni (?:förra gången|sist|senast))\\b',
          '\\b(?:rena|rena rama|vilket|ett sånt) (?:skämt|skämtet|cirkus|cirkusen|soppa)\\b',
          '\\b(?:jag|vi) (?:ska|kommer att|tänker) överklaga\\b',
          // Treated badly, unreachable, always the same, left with nothing to live on.
          '\\b(?:behandlad|behandlas|behandlar ni|bemött|bemöts) (?:\\p{L}+ )?(?:så här|på det här sättet|som en|som skit|som)\\b',
          '\\bomöjlig\\p{L}* att (?:nå|komma fram|få tag)\\b',
          '\\balltid samma (?:sak|visa|historia)\\b',
          '\\b(?:leva på luft|vad ska jag (?:då |nu )?leva på)\\b',
          '\\bdet (?:här )?håller inte\\b',
          '(?<=(?:^|[.!?])\\s*)som vanligt(?=[.!]|$)',
          // No help at all; no excuses; "säg inte att du förstår" (to an agent's "jag förstår").
          '\\b(?:inte (?:varit )?till (?:någon|nån) hjälp|ingen hjälp alls|till ingen hjälp)\\b',
          '\\bjag vill inte ha (?:några |fler )?(?:ursäkter|bortförklaringar)\\b',
          '\\bsäg inte att (?:du|ni) förstår\\b',
          '\\b(?:någon|nån) (?:att )?(?:någonsin |faktiskt )?göra (?:något|nåt) åt det\\b',
          // Resignation that is no relief ("jag ger upp", "jag vet inte om jag orkar").
          '\\b(?:jag ger upp|jag (?:orkar|pallar|klarar) inte (?:mer|längre|med (?:er|det här|detta))|jag pallar inte|jag vet inte om jag orkar|glöm det|det är (?:ju )?ingen idé|vad är det för mening)\\b',
          '\\b(?:strunt samma|skit samma|strunt i det|skit i det)(?=\\s*[.!]|\\s*$)',
          // Enough; someone else, please.
          '\\b(?:nu (?:får det vara|räcker det)|jag har fått nog|nu är det nog)\\b|\\b(?:prata|tala) med (?:någon|nån) annan\\b|\\b(?:någon|nån) som faktiskt (?:vet|kan)\\b',
          // Exasperation standing alone ("Ärligt talat.", "Igen."), echoed agreement with bad news ("Klart att den
          // gjorde."), people giving up, "ni borde ju veta det", "det ska du veta".
          '(?<=(?:^|[.!?])\\s*)(?:ärligt talat|igen|än en gång|ännu en gång)(?=\\s*[.!]|\\s*$)',
          '(?<=(?:^|[.!?,])\\s*)(?:klart|självklart|såklart|naturligtvis) (?:att )?(?:den|det|de|dom|ni|han|hon) (?:gjorde|var|hade|har|är|gör|inte kom|inte gjorde)(?: det)?(?=\\s*[.!]|\\s*$)',
          // Round 8: the agency's failure said as a rule ("Det kan ni aldrig.", "Det gör ni ju aldrig."), threats of a report.
          '\\bdet (?:kan|gör|vet|hinner|klarar|orkar) ni (?:ju )?(?:aldrig|inte heller)\\b|\\bni (?:kan|vet) (?:ju )?aldrig (?:\\p{L}+ )?(?:svara|säga|lova|hålla)\\b',
          '\\b(?:så|då) (?:gör|skriver|lämnar|skickar) (?:jag|vi) (?:in )?en (?:anmälan|jo-anmälan|klagan|klagomål)\\b|\\bjo-anmälan\\b|\\banmälan (?:mot er|mot myndigheten|till jo|till justitieombudsmannen)\\b',
          '\\b(?:andra|tredje|fjärde) gången (?:i år|i höst|i vår|nu|på kort tid|i rad|den här månaden)\\b',
          '\\b(?:folk|man|alla) ger upp\\b|\\b(?:ni|myndigheten|du) borde (?:ju )?(?:veta|ha koll på|känna till)\\b|\\bdet ska du veta\\b',
          // A failure that goes on: the e-service still does not work, it says "fel" all the time; not "om det
          // fortfarande inte fungerar" (a plan) nor "så det inte blir fel igen".
          '\\b(?:fungerar|funkar|fungerade|funkade|går|gick)(?<!\\b(?:om|ifall|såvida)\\b[^.!?]*) (?:ju )?(?:fortfarande inte|ändå inte|ännu inte|återigen inte|aldrig|inte heller|inte nu heller)\\b',
          '(?:\\b(?:fungerar inte|funkar inte|fungerade inte|funkade inte|går inte|gick inte|krånglar|krånglade|strular|strulade|hänger sig|kommer inte in|kom inte in|felmeddelande\\p{L}*)\\b|(?<!\\binte )\\b(?:är|blir|blev|står|säger|visar) (?:ju )?(?:bara )?(?:nåt |något |ett )?fel\\b)(?<!\\b(?:om|ifall|såvida)\\b[^.!?]*)[^.!?]{0,40}?\\b(?:fortfarande|igen|återigen|hela tiden|varje gång|jämt|alltid)\\b',
          '\\b(?:har|är) (?:ju )?fortfarande inte (?:\\p{L}+ ){0,2}?(?:fått|kommit|rättat|rättats|ändrat|ändrats|fixat|fixats|löst|lösts|svarat|ringt|hört|betalat|betalats|rätt)\\b',
          // Telling it again: "det har jag redan sagt", "jag har ju redan skickat det". Round 32: a step already taken
          // said plainly ("Det har jag redan gjort.", an answer to "du behöver …") is a fact; with "ju", "men" or "!" it is not.
          '\\b(?:det )?har jag (?:ju )?redan (?:sagt|berättat|förklarat)\\b|\\b(?:det )?har jag ju redan (?:skickat|gjort|lämnat)\\b|\\bmen (?:det )?har jag (?:ju )?redan (?:skickat|gjort|lämnat)\\b|\\b(?:det )?har jag redan (?:skickat|gjort|lämnat)\\b(?=[^.?]*!)|\\bjag har (?:ju )?redan (?:sagt|berättat|förklarat)\\b|\\bjag har ju redan (?:skickat|gjort|lämnat|ringt)\\b',
          // Disbelief: "Seriöst?", "menar du allvar", "det tror jag inte på".
          '(?<=(?:^|[.!?])\\s*)(?:seriöst|allvarligt)\\s*[?!]|\\bmenar du allvar\\b|\\bdet tror jag inte på\\b|\\bdet hänger inte ihop\\b|\\b(?:så )?du menar (?:alltså )?att jag (?:ska|måste)\\b',
          '\\bdet är (?:ju )?(?:mina|våra) pengar\\b',
          // Trying for days; the agency's mistake; lied to.
          '\\b(?:försökt|provat|testat) (?:\\p{L}+ ){0,3}?(?:tre|fyra|fem|sex|flera|många|massor av|tio|hundra) gånger\\b|\\b(?:tredje|fjärde|femte) (?:dagen|veckan|gången) i rad\\b|\\b(?:tre|fyra|fem|flera) (?:dagar|veckor) i rad\\b|\\bi (?:flera |många )?(?:dagar|veckor|månader) nu\\b',
          '\\bvarför ska man (?:behöva|måste)\\b|(?<!\\binte (?:\\p{L}+ )?)\\b(?:ert|myndighetens) (?:fel|misstag)\\b|\\bni har (?:ju )?(?:ljugit|lurat|svikit)\\b',
          // Contempt and entitlement: "vad är det här för service", "ni borde skämmas", "jag har jobbat hela mitt liv".
          '\\bvad är (?:det )?(?:här|det) för (?:en )?(?:service|myndighet|system|hjälp|ordning|sätt)\\b|\\b(?:ni|du) (?:borde|ska|kan) skämmas\\b',
          '\\b(?:jobbat|arbetat|slitit|betalat skatt|fuskat|gjort rätt för mig)(?: \\p{L}+){0,3}? (?:i )?hela (?:mitt|livet)\\b',
          // Indignant questions about what one could have known, and blame turned back: "det var ju ni som…".
          '\\bhur (?:skulle|ska) jag (?:kunna )?veta (?:det|det där|om|att)\\b|\\bdet var (?:ju (?:ni|du|myndigheten|er handläggare) som|(?:ni|du|myndigheten|er handläggare) som (?:sa|sade|lovade|glömde|missade|tappade|slarvade|gjorde fel|skickade fel|räknade fel))\\b',
          '\\b(?:ni|du|myndigheten|handläggaren|de|dom) (?:har |hade )?(?:gav|gett|givit|sa|sade|sagt|skickade|skickat|lämnade|lämnat) (?:mig |oss )?(?:ju )?(?:fel|felaktig\\p{L}*) (?:besked|information|uppgifter|svar|blankett)\\b',
          '\\b(?:ni|man) kan (?:ju )?inte ens\\b|\\binte en enda (?:gång|person|människa|handläggare|gång har)\\b|\\b(?:det här|detta) är sista gången\\b|\\bjag har aldrig varit med om (?:något liknande|maken|något sånt)\\b',
          '\\bvarför (?:ska|måste) det vara så (?:svårt|krångligt|komplicerat|besvärligt)\\b|\\bska det (?:verkligen )?vara så (?:svårt|krångligt)\\b|\\bhur svårt ska det vara\\b',
          '\\bjag vill ha (?:ett )?(?:riktigt |ordentligt |rakt |vettigt )?(?:svar|en förklaring)(?=\\s*(?:nu\\b|[.!]|$))',
          // A fresh decision against the caller, told, not asked: "och nu har ni sänkt den igen".
          '\\bnu har ni (?:\\p{L}+ )?(?:sänkt|dragit ner|dragit in|dragit av|stoppat|tagit|minskat|ändrat|avslagit|strukit|stängt|spärrat)\\b(?![^.!?]*\\?)',
          // A bitter conclusion: "Så ingenting har hänt.", "Så jag får ingen ersättning."; asked, it is a question.
          '(?<=(?:^|[.!?])\\s*)(?:så|och) (?:(?:ingenting|inget) (?:har )?(?:hänt|händer|gjorts|kommit|ändrats)|(?:jag|vi) får (?:ingen|inget|inga|ingenting)(?! (?:fara|problem)\\b)|ni kan (?:inte|ingenting) (?:göra|hjälpa))\\b(?![^.!?]*\\?)',
          // Round 14: a norm the agency broke, told as such: "det borde inte vara mitt jobb att …", "det borde stå
          // tydligare", "det ska inte vara så lätt"; the agency's work called poor ("dåligt förklarat").
          '\\b(?:det|detta|det här) (?:borde|ska|skulle) (?:ju )?inte (?:behöva )?vara (?:mitt|vårt|vår|min) (?:jobb|ansvar|problem|sak|uppgift)\\b(?![^.!?]*\\?)',
          '\\b(?:det|ni|man|sidan|brevet|beslutet|appen) (?:borde|skulle|måste) (?:ju )?(?:ha )?(?:stå|stått|vara|varit|synas|förklaras|framgå|skrivas) (?:\\p{L}+ )?(?:tydligare|bättre|enklare|klarare)\\b(?![^.!?]*\\?)|\\bdet (?:ska|borde) (?:ju )?inte vara så (?:lätt|enkelt)\\b(?![^.!?]*\\?)',
          '\\b(?:dåligt|uselt|slarvigt|otydligt) (?:förklarat|förklarad|informerat|skrivet|skriven|skött|gjort|ordnat)\\b|\\bdålig information\\b',
          // Round 14: unfairness and dissatisfaction said as a closing judgement ("Det här är inte rättvist."), a demand
          // with a warning in it, a wait called long enough.
          '\\b(?:det här|detta|det) (?:är|var) (?:ju )?(?:verkligen )?inte (?:rättvist|rimligt|schysst|juste|okej|ok)(?=\\s*(?:[.!]|$))|\\bjag är (?:inte alls|verkligen inte|inte) nöjd (?:med|över)\\b(?![^.!?]*\\?)',
          '\\bjag har väntat (?:tillräckligt|länge nog|alldeles för länge)\\b|\\bdet får (?:ni|du) (?:allt |minsann )?(?:se till|lova)\\b',
          // Round 15: a norm of effort broken ("det ska inte behöva vara så krångligt"), a fix that should have been there from the
          // start ("det borde ha varit så från början"), the system itself called a nightmare ("hela systemet är en mardröm"),
          // and one more form or call said alone as exasperation ("En blankett till.").
          '\\b(?:det|detta|det här) (?:ska|borde|skulle) (?:ju )?inte (?:behöva )?vara (?:så |så här |såhär )?(?:svårt|krångligt|komplicerat|omständligt|jobbigt|besvärligt)\\b(?![^.!?]*\\?)',
          '\\b(?:det|detta|det här|ni|man|du|myndigheten) (?:borde|skulle) (?:ju )?(?:ha )?(?:\\p{L}+ ){0,4}(?:från (?:början|start)|redan från början|med en gång|i första taget)(?=\\s*[.!]|\\s*$)',
          '\\b(?:hela )?(?:systemet|processen|myndigheten|den här myndigheten|det här systemet|hanteringen)\\b[^.!?]{0,20}?\\b(?:är|var) (?:ju )?(?:helt |bara )?(?:en |ett |rena |ren |en total |en enda )?(?:mardröm|katastrof|röra|kaos|cirkus|fars|soppa)\\b',
          // Round 27: the system said to be built to fail people ("hela systemet är byggt för att sätta dit folk"), agencies that do
          // not talk to each other ("två myndigheter som inte pratar med varandra"), and money needed now, not later ("Jag behöver
          // pengarna nu."); asked, each is a question.
          '\\b(?:hela )?(?:systemet|det här systemet|processen)\\b[^.!?]{0,20}?\\b(?:är|var) (?:ju )?(?:byggt|gjort|skapat|uppbyggt|till för) (?:för )?att (?:sätta dit|lura|straffa|krångla|fälla|sätta krokben)\\b(?![^.!?]*\\?)',
          '\\b(?:myndigheter(?:na)?|avdelningar(?:na)?|ni|de|dom|två myndigheter)\\b (?:(?:som )?(?:ju )?(?:inte|aldrig) (?:pratar|talar|snackar|kommunicerar)|(?:pratar|talar|snackar|kommunicerar) (?:ju )?(?:inte|aldrig)) med varandra\\b(?![^.!?]*\\?)',
          '\\bjag (?:behöver|måste ha|vill ha) (?:pengarna|mina pengar|ersättningen|pensionen|utbetalningen) nu\\b(?![^.!?]*\\?)',
          // Round 28: after earlier contact, promises called the agency's habit of breaking them ("ni lovar saker ni inte håller"),
          // the caller misinformed ("jag blev felinformerad"), and a grievance put on record ("jag vill att det noteras att …");
          // asked, each is a question.
          '\\b(?:ni|du|de|dom|myndigheten) (?:lovar|lovade|har lovat) (?:\\p{L}+ ){0,2}(?:som )?(?:ni|du|de|dom|den) (?:ju )?(?:inte|aldrig) (?:håller|höll|hållit|kan hålla)\\b(?![^.!?]*\\?)',
          '\\b(?:jag|vi) (?:blev|har blivit|var) (?:felinformerad|felinformerade|felinformerat|vilseledd|vilseledda)\\b|\\b(?:jag|vi) (?:fick|har fått) fel (?:information|uppgifter|besked)\\b(?![^.!?]*\\?)',
          '\\bjag vill (?:att det (?:ska )?(?:noteras|antecknas|skrivs ner|dokumenteras)|ha (?:det )?(?:noterat|antecknat|dokumenterat)) att\\b(?![^.!?]*\\?)',
          '(?<=(?:^|[.!?])\\s*)(?:(?:en|ett) (?:blankett|formulär|samtal|intyg|papper|ärende) till|ännu (?:en|ett) (?:blankett|formulär|samtal|intyg|papper|ärende))(?=\\s*[.!]|\\s*$)',
          // Round 16: the agency's conduct judged bad, also as a grievance still held after the explanation ("men jag tycker
          // fortfarande att det är dåligt att ni inte hör av er"); asked, it is a question.
          '\\b(?:det är|det var|det här är|jag tycker (?:\\p{L}+ ){0,2}(?:att )?det är) (?:ju )?(?:\\p{L}+ )?(?:dåligt|uselt|fel|konstigt|märkligt|oschysst|inte okej|inte ok|inte rätt) att (?:ni|du|myndigheten|man|ingen|nån|någon)\\b(?![^.!?]*\\?)',
          // Round 17: the same judgement held after the explanation, of the agency's decision or letter itself ("jag tycker ändå att
          // det är snålt", "jag tycker fortfarande att brevet var hemskt"): anger that stays after a correction; asked, a question.
          // The form with "att ni …" after it is round 16's.
          '\\bjag tycker (?:ju )?(?:ändå|fortfarande|i alla fall|ändå fortfarande)(?: att)? (?:det|det här|detta|(?:brevet|beslutet|regeln|reglerna|systemet|beloppet|summan|svaret|beräkningen|sättet|hanteringen)(?: ni skickade| från er)?) (?:är|var|blev) (?:ju )?(?:\\p{L}+ )?(?:dålig|dåligt|usel|uselt|fel|snål|snålt|orimlig|orimligt|orättvis|orättvist|hemsk|hemskt|fruktansvärd|fruktansvärt|taskig|taskigt|konstig|konstigt|märklig|märkligt|oschysst|dum|dumt|för lite|inte okej|inte ok|inte rätt)\\b(?! att\\b)(?![^.!?]*\\?)',
          // Round 16: a concession taken back by one word standing alone ("Det går. Knappt."): strain, not acceptance.
          '(?<=(?:^|[.!?])\\s*)(?:knappt|nätt och jämnt|med nöd och näppe)(?=\\s*[.!]|\\s*$)',
          // Round 24: the agency reproached for what it should or could have done earlier ("det borde ha rättats för en månad sedan",
          // "ni kunde ha sagt det i januari"; "skulle" only with "redan"), or could have told the caller ("du kunde ha ringt och
          // berättat"); asked, the caller's own lateness ("jag borde ha skickat det"), or what should have arrived by now ("det borde ha
          // kommit i förrgår", a guess), it is not.
          '\\b(?:det|detta|det här|ni|du|myndigheten|någon|nån|handläggaren) (?:borde|kunde|hade kunnat) (?:ju )?(?:väl )?ha (?!(?:kommit|hunnit|landat|dykt)\\b)(?:\\p{L}+ ){1,4}(?:för (?:\\p{L}+ ){1,2}(?:sedan|sen)|för länge (?:sedan|sen)|i (?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|höstas|våras|somras|vintras|fjol|förrgår|går)|igår|förra (?:veckan|månaden|året|gången)|redan då|långt (?:tidigare|innan))\\b(?![^.!?]*\\?)|\\b(?:det|detta|det här|ni|du|myndigheten) skulle (?:ju )?ha (?:\\p{L}+ ){1,3}redan\\b(?![^.!?]*\\?)|\\b(?:ni|du|myndigheten|någon|nån|handläggaren) (?:kunde|hade kunnat) (?:ju )?(?:väl )?ha (?:sagt|berättat|ringt|meddelat|skrivit|frågat|varnat|förklarat|hört av (?:er|dig|sig)|talat om)\\b(?![^.!?]*\\?)',
          // Round 24: what the agent offers instead of the money waved away ("en anteckning hjälper inte mig", "ursäkter betalar inte
          // hyran"), and a promise answered as the agency's habit ("det säger ni alltid").
          '\\b(?:ursäkt|ursäkten|ursäkter|förlåt|ett förlåt|beklagande|beklagandet|anteckning|anteckningen|anteckningar|notering|noteringen|löfte|löftet|löften|ord)(?: \\p{L}+){0,2} (?:hjälper|betalar|löser|fixar|ändrar) (?:ju )?(?:inte|ingenting|inget|ingen)\\b(?![^.!?]*\\?)',
          '\\bdet (?:säger|lovar) ni (?:ju )?(?:alltid|alla|varje gång)\\b|\\b(?:det är )?(?:ju )?(?:vad|det) ni (?:ju )?(?:alltid|alla|jämt) (?:säger|lovar)\\b',
          // Round 24: nobody has said, done or cared, in the perfect and the past ("det har ingen sagt", "ingen har gjort något åt det",
          // "ingen brydde sig"); asked, it is a question; "ingen har gjort fel" is not.
          '\\b(?:ingen (?:har|hade)|(?:har|hade) (?:ju )?ingen) (?:ju )?(?:någonsin )?(?:sagt|förklarat|berättat|nämnt|meddelat|varnat|hjälpt|lyssnat|brytt sig|gjort (?:något|nåt|någonting|nånting|ett dugg))\\b(?![^.!?]*\\?)|\\bingen (?:brydde sig|gjorde (?:något|nåt|någonting|nånting|ett dugg))\\b(?![^.!?]*\\?)',
        ),
      ],
      thanks: words('tack tacka tackar'),
      lastingAnger: { still: words('fortfarande'), strong: words('arg förbannad rasande') },
      anger: new Set([
        ...'arg förbannad besviken irriterad irriterande upprörd missnöjd less skandal skandalös orimlig oacceptabelt bedrövlig usel löjlig löjligt absurd absurt frustrerad frustrerande kränkt sur ilsken rasande galen galet befängt förolämpning övergrepp hån jävla jävligt fan orättvist'.split(' '),
        'inte acceptabelt',
        'inte acceptabel',
        'under all kritik',
        'sick of',
      ]),
      lonePraise: /(?:^|[.!?]\s*)(?:(?:åh|åhh|oj|ah|ja|jaha|jo),?\s+)?(?:toppen|perfekt|fantastiskt|underbart|utmärkt|strålande|lysande|jättebra|kanon|härligt|snyggt|suveränt|kul|vad kul|trevligt|fint|bra jobbat|jättebra jobbat|snyggt jobbat|grattis)[.!]/iu,
      sarcasmContext: pattern(
        '\\b(?:igen|en gång till|ännu en gång|återigen|ännu en|som vanligt|som alltid|(?:fler|flera) (?:veckor|månader)|mer (?:väntan|papper)|(?:två|tre|fyra|fem|flera) gånger|(?:andra|tredje|fjärde|femte) gången|efter (?:\\p{L}+ )?(?:dagar|veckor|månader|år)|(?:har|får|kan) (?:jag|vi) (?:ju )?(?:inte|ingen|inget|inga)|som jag (?:ju )?inte har|inte (?:ens )?(?:fördelad|påbörjad|registrerad|läst|öppnad|behandlad|handlagd))\\b',
      ),
      mockPrefix: /^(?:[.!?\s]*)(?:åh|åhh|ah),?\s/iu,
      costAfter: pattern(
        '\\b(?:så (?:jag|vi) (?:betalar|förlorar|får betala|får ingenting)|(?:jag|vi) (?:får|kommer att få|har) (?:\\p{L}+ )?(?:förseningsavgift\\p{L}*|påminnelseavgift\\p{L}*|avgifter|ränta|böter|inkasso|betalningsanmärkning)|betala (?:två gånger|dubbelt))\\b',
      ),
      burden: pattern('\\b(?:vänta (?:\\p{L}+ ){0,2}(?:veckor|månader|år)|jag får väl|får jag väl|så jag (?:måste|får) (?:alltså )?|ännu en (?:myndighet|gång|blankett)|en myndighet till|(?:jag|vi) (?:får|måste) (?:alltså )?\\p{L}+[^.!?]*\\bigen)\\b'),
      reconciliation: [
        // Round 8: anger told as past and at someone else, the agency cleared ("Det var inte ert fel, jag blev bara arg när banken sa det").
        pattern('(?<=\\binte (?:ju )?(?:ert|ditt|era|dina)(?: eget)? (?:fel|misstag)\\b[^]*)\\bjag (?:blev|var) (?:\\p{L}+ ){0,2}(?:arg|sur|irriterad|upprörd|förbannad|ledsen)\\b|\\bjag (?:blev|var) (?:\\p{L}+ ){0,2}(?:arg|sur|irriterad|upprörd|förbannad)\\b(?=[^]*\\binte (?:ert|ditt|era|dina)(?: eget)? (?:fel|misstag)\\b)'),
        pattern('\\b(?:förlåt|ursäkta|jag ber om ursäkt|ledsen)(?: för)? (?:att|om) jag (?:var|blev|lät|har varit) (?:\\p{L}+ ){0,2}(?:sur|arg|irriterad|otrevlig|upprörd|dum|tjurig|besvärlig|jobbig|stött|förbannad)'),
        // Round 11: anger owned as needless ("Jag har gått och varit sur på er i onödan"), the fault taken as one's own ("det var bara jag som hade fel").
        pattern('\\bjag (?:har )?(?:gått och )?(?:varit|blivit|blev|var) (?:\\p{L}+ ){0,2}(?:sur|arg|irriterad|upprörd|förbannad)(?: \\p{L}+){0,3} i onödan\\b|\\bdet var (?:bara )?jag som (?:hade fel|missförstod|tänkte fel|hade \\p{L}+ fel)'),
        // Round 19: anger told as the caller's state when they called ("Jag var så arg när jag ringde."): a feeling that is over,
        // unless it is said to last ("… och det är jag fortfarande").
        pattern('\\bjag (?:var|blev) (?:\\p{L}+ ){0,2}(?:arg|sur|irriterad|upprörd|förbannad)\\b(?: \\p{L}+){0,2} när jag ringde\\b(?![^]*\\b(?:fortfarande|ännu|än)\\b)'),
        // Worry told as past beside thanks ("Tack. Jag var så orolig för pengarna."): relief, a feeling that is over.
        // Round 29: "vi" too, a relative speaking for the household ("Tack. Vi var så oroliga.").
        pattern('(?<=\\btack\\b[^]*)\\b(?:jag|vi) (?:var|har varit|hade varit) (?:så |väldigt |lite |jätte)?(?:orolig|oroliga|rädd|rädda|nervös|nervösa|stressad|stressade)\\b|\\b(?:jag|vi) (?:var|har varit) (?:så |väldigt |lite |jätte)?(?:orolig|oroliga|rädd|rädda|nervös|nervösa|stressad|stressade)\\b(?=[^]*\\btack\\b)'),
        // Round 15: a fear of trouble that did not come true, beside thanks ("Tack. Jag trodde att det skulle bli en mardröm."): relief.
        besideThanks('\\btack\\b', '\\bjag (?:ärligt talat |faktiskt |verkligen )?(?:trodde|hade trott|var rädd|befarade) (?:att )?det skulle (?:bli|vara) (?:så |mycket |ett |en |jätte)?(?:mardröm|krångligt|krångel|svårt|jobbigt|besvärligt|omständligt|katastrof|kaos)\\b'),
        // Round 20: relief said outright ("Puh.", "Vilken tur.", "Gudskelov.") does what thanks does for a worry told as past, and
        // so does a mistake the caller was sure of that the agent has just ruled out ("Puh. Jag var säker på att jag hade
        // klantat till det.", "Tack. Jag trodde att jag hade förstört allt."): a fear that is over.
        besideThanks(RELIEF_SV, '\\bjag (?:var|har varit|hade varit) (?:så |väldigt |lite |jätte)?(?:orolig|rädd|nervös|stressad)\\b'),
        besideThanks(`(?:\\btack\\b|${RELIEF_SV})`, SV_OWN_SLIP_FEARED),
        // Round 29: and beside an acknowledgment opening the utterance ("Okej. Vi var så rädda att vi hade missat något."),
        // unless it came true or lasts.
        pattern(`(?<=${SV_ACK_OPENING}[^]*)(?:${SV_OWN_SLIP_FEARED})${SV_FEAR_CAME_TRUE}`),
        // Round 29: fear said to be less ("Jag känner mig lite mindre orolig nu.").
        pattern(SV_FEAR_LESS),
        // Round 21: a worry said to be gone is relief ("Tack, det är en oro mindre.", "en sak mindre att oroa mig för"), and so is
        // the worry the agent has just answered, named beside thanks, relief or praise ("Bra. Det var min största oro.",
        // "Skönt, det var det jag var orolig för."); not asked ("… en oro mindre?"), and not the worry named alone.
        pattern(`(?:${SV_WORRY_GONE})(?![^.!?]*\\?)`),
        besideThanks(`(?:\\btack\\b|${RELIEF_SV}|${ACK_SV})`, `(?:${SV_WORRY_ANSWERED})(?![^.!?]*\\?)`),
      ],
      // Not "mitt fel": "så det är mitt fel" is a complaint.
      repairQuestion: pattern(
        '^\\s*(?:(?:förlåt|ursäkta|oj|va)\\b[^?]*\\?|[^?]*\\b(?:vad sa(?:de)? du|vad var det du sa|kan du (?:ta|säga|upprepa) (?:det|om det)(?: igen)?|säg det igen|hörde inte vad)\\b[^?]*\\?)',
      ),
      lineTrouble: pattern(
        '\\b(?:hör(?:de|s)? (?:\\p{L}+ ){0,2}(?:dåligt|illa|inte)|hörapparat\\p{L}*|linjen|täckning\\p{L}*|brus\\p{L}*|sprakar|knastrar|skrek|skriker|gråter|piper|tjuter|visslar|ringer på dörren|det är (?:så |lite )?(?:stökigt|rörigt) här)\\b',
      ),
      customerTrait: pattern('^\\s*(?:han|hon|hen|mamma|pappa|min \\p{L}+|mitt \\p{L}+) är (?:ju )?(?:så |lite |väldigt |jätte|rätt |ganska )?(?:envis|envisa|stolt|stollig|tjurig)\\b[^,?]*[.!]?\\s*$'),
      ownMistake: pattern('\\b(?:(?:har|hade) jag (?:ju |nog |visst )?|jag (?:har |hade )?(?:ju |nog |visst )?)(?:tänkt|tänkte|läst|läste|räknat|räknade|förstått|förstod|hört|hörde|kollat|kollade|tittat|tittade|sett|såg) fel\\b|\\b(?:(?:har|hade) jag (?:ju |nog |visst )?|jag (?:har |hade )?(?:ju |nog |visst )?)(?:gjort|gjorde|skällt|skällde|ringt|ringde|skickat|skickade|sökt|sökte|valt|valde|fyllt|fyllde|skrivit|skrev|lämnat|lämnade|använt|använde|tagit|tog|gått|gick|vänt mig|vände mig|klagat|klagade)(?: (?:in|i|den|det|dem|dom|till|på|hos|med|om|för|efter)){0,2} fel\\b|\\bjag (?:har )?missförst(?:od|ått)\\b|(?<!\\binte )\\bmitt (?:eget )?misstag\\b|\\bjag (?:sa|sade|skrev|tryckte|fyllde i|angav|kryssade|klickade|uppgav|räknade)\\b[^.!?]{0,30}\\b(?:av misstag|av bara farten)\\b|\\bjag (?:sa|sade) fel\\b'),
      warmThanks: pattern('\\b(?:tack så (?:\\p{L}+ )?mycket|tusen tack|stort tack|tack snälla|tack för (?:hjälpen|att du|all hjälp|din hjälp|er hjälp))\\b'),
      thanksForCall: pattern('\\btack (?:så mycket )?för (?:att (?:du|ni) (?:ringer|ringde|hör av dig|hörde av dig|hör av er|hörde av er)|samtalet)\\b'),
      negationAfterVerb: words('jag du ni vi han hon man de dom det den sig mig dig er oss'),
      complementisers: words('att'),
      sarcasm: [
        // ("Tack så jättemycket för ingenting.")
        pattern('\\b(?:tack|stort tack|tusen tack)(?: så (?:\\p{L}+)?mycket)? för (?:ingenting|inget|inte ett dugg)\\b'),
        // Thanks taken back: "tack för hjälpen, eller vad man ska säga".
        pattern('\\beller vad man (?:nu )?ska säga\\b'),
        // Hope with doubt in it: "hoppas … den här gången", "för en gångs skull".
        pattern('\\b(?:hoppas|(?:vi|jag) får (?:väl )?se|får se|se till att)\\b[^.!?]*\\bden här gången\\b|\\bför en gångs skull\\b'),
        // Round 7: thanks for wasted time.
        pattern('\\btack för att (?:ni|du) (?:har )?(?:slösa\\p{L}*|kasta\\p{L}*)(?: bort)? min tid\\b'),
        // Disbelief said as mock belief or mock surprise: "det tror jag när jag ser det", "vilken överraskning".
        pattern('\\bdet tror jag (?:på )?när jag ser det\\b|\\bjo,? tjena\\b|\\bjo pyttsan\\b|\\bvilken överraskning\\b'),
        // Round 8: praise of the usual ("fantastisk service som vanligt").
        pattern('\\b(?:toppen|fantastisk\\p{L}*|underbar\\p{L}*|jättebra|kanon|utmärkt|strålande|lysande|bra|fin|fint)(?: \\p{L}+)? som (?:vanligt|alltid)\\b'),
        // An echo of praise: "Toppen. Bara toppen."
        pattern('\\b(toppen|perfekt|fantastiskt|underbart|jättebra|lysande|strålande|utmärkt|härligt|kanon|snyggt|suveränt|bra)[,.!]*\\s+(?:bara|helt enkelt) \\1\\b'),
        // Round 9: mock ease ("Man har ju inget annat att tänka på"), the agency's habit ("Det gör ni alltid.", "så typiskt").
        pattern('\\b(?:man|jag) har ju (?:inget|ingenting) annat att (?:göra|tänka på|oroa mig för)\\b'),
        pattern('\\b(?:det|så) gör ni (?:ju )?alltid\\b|\\b(?:det är )?(?:bara )?så typiskt\\b'),
        // Round 11: a promise heard before ("det har jag hört förut"), doubt that it ever comes ("om beslutet någon gång kommer"),
        // mock heed ("det ska jag verkligen tänka på").
        pattern('\\bdet har jag (?:ju )?(?:hört|fått höra) (?:förut|förr|innan)\\b|\\bom (?:\\p{L}+ )?(?:någon gång|nånsin|någonsin) (?:kommer|blir|händer)\\b|\\bdet ska jag verkligen tänka på\\b'),
      ],
    },
    en: {
      lexicon: englishLexicon(),
      negators: words(
        "not no never nothing nobody none neither nor cannot can't won't don't doesn't didn't isn't wasn't aren't haven't hasn't couldn't wouldn't shouldn't without",
      ),
      degree: degrees(
        'very really so extremely incredibly totally absolutely completely truly super terribly awfully highly most',
        'slightly somewhat fairly quite pretty rather bit little barely',
      ),
      intensifyingPrefixes: [],
      contrast: words('but'),
      hedges: new Map([
        ['if', null],
        ['unless', null],
        ['whether', null],
      ]),
      complaints: [
        ...complaints(
          -3,
          "\\b(?:i|we)(?:'ve| have| haven't| have not| never)? (?:done|did) (?:nothing|anything) wrong\\b(?![^.!?]*\\?)",
          "\\b(?:i|we) (?:didn't|did not|never) do anything wrong\\b(?![^.!?]*\\?)",
          // Any denial of having done something ("I didn't hide anything", "I haven't missed anything"); not asked ("so I haven't lost anything?").
          "\\b(?:i|we) (?:didn't|did not|haven't|have not|never) (?!get\\b|got\\b|receive\\b|received\\b|hear\\b|heard\\b)\\p{L}+ (?:anything|a thing)\\b(?![^.!?]*\\?)",
          "\\b(?:nobody|no one)(?: ever)? (?:explains|explained|listens|listened|tells|told|helps|helped|cares|answers|answered|said|mentioned|warned)\\b",
          "\\b(?:it's|it is|that's|that is) not (?:my|our) fault\\b",
          // A demand that they act, not a request ("I want you to send me the form").
          '\\bi (?:want|demand|expect) (?:someone|somebody|you|a manager|the agency) to (?!send|call|change|update|register|put|pay|help|email|post|note|add|switch|transfer)',
          '\\bi demand\\b',
          "\\b(?:speak|talk) (?:to|with) (?:a |your |the |someone's |somebody's )?(?:manager|supervisor)\\b",
          "\\b(?:i'm|i am|i will|i'll) not (?:going to )?pay(?:ing)?\\b",
          // Round 34: the refusal said to last or flatly ("I'm still not paying that money", "we are simply not paying this"); not
          // asked, not relief that a cost is gone ("Good, so I'm still not paying any tax there.").
          "(?<!\\b(?:so|then|good|great|fine|okay|ok),? )\\b(?:i'm|i am|i will|i'll|we're|we are|we will|we'll) (?:still|just|simply|definitely|certainly|absolutely|really) not (?:going to )?pay(?:ing)?\\b(?![^.!?]*\\?)",
          // Round 34: being made to do the agency's job ("I'll do your job for you then", "so we have to do your job as well"), not
          // the caller granting that the agent only does theirs ("I know you're only doing your job").
          "\\b(?:i|we)(?:'ll|'m|'re| will| am| are| have to| must| need to| had to| get to)?(?: \\p{L}+)?(?: be)? (?:do|doing) your (?:job|work)\\b",
          // "How can you…" in protest, not "how can you help me?".
          "\\bhow can (?:you|they|the agency) (?!help|tell|check|see\\b|send|find|know|reach|contact|change|apply|get\\b|log)",
          '\\b(?:you|the agency|they) (?:have |has )?(?:got it|made a mistake|calculated it wrong|miscalculated)\\b',
          '\\b(?:nobody|no one) (?:ever )?(?:has )?(?:called|rung|rang|phoned|answered|got back|gets back|calls|wrote|replied)\\b',
          '\\b(?:third|fourth|fifth) time\\b',
          '\\b(?:so|too|far too) (?:small|little)\\b',
          '\\bwhy should i\\b',
          '\\b(?:make|file|lodge) a complaint\\b',
          // Round 24: not about what the caller is glad to see wrong ("Glad that's wrong.").
          "(?<!\\b(?:glad|good|pleased|relieved|happy|lucky)(?: that)? )\\b(?:that's|that is|this is) (?:not right|not fair|wrong)\\b",
          '\\b(?:you|they) (?:lost|lose|keep losing)\\b',
          '\\b(?:i|we) (?:have|had|got) no choice\\b',
          "\\b(?:i|we) (?:can't|cannot|can not) (?:pay|afford)\\b",
          // Accusing the agency ("you people", "you never…") and being passed around.
          '\\byou (?:people|lot)\\b',
          "\\byou(?:'ve| have)? never (?!know\\b)",
          "\\byou (?:still )?(?:haven't|have not|didn't|did not) even\\b",
          '\\byou (?:keep|kept) (?:sending|losing|telling|saying|asking|passing|transferring|changing)\\b',
          "\\bso (?:it's|it is|this is) my fault\\b",
          "\\b(?:it's|it is|that's|that is) (?:your|the agency's|your agency's) (?:fault|mistake|error)\\b",
          '\\bwhat (?:on earth |the hell )?are you (?:people )?doing\\b',
          '\\byou call (?:this|that) (?:service|help)\\b',
          // Nobody knows; the third person spoken to.
          '\\b(?:nobody|no one) (?:knows anything|has a clue|can tell me|can help|takes responsibility)\\b',
          '\\b(?:third|fourth|fifth|sixth) (?:person|call|officer)\\b',
          '\\b(?:transferred|passed|bounced|shuffled) (?:around|back and forth|between|from one|(?:\\p{L}+ )?(?:two|three|four|five|several|many|multiple) times)\\b',
          '\\b(?:sent|pushed|put through) (?:around|back and forth|(?:\\p{L}+ )?(?:three|four|five|several|many|multiple) times)\\b',
          // Asking how often one must ask; escalating: a manager, an ombudsman, the press, a lawyer.
          '\\bhow many (?:more )?times (?:do|must|will|should|have) (?:i|we)\\b',
          '\\bhow hard can it be\\b',
          "\\b(?:speak|talk) (?:to|with) (?:a |your |the |someone's |somebody's )?(?:boss|person in charge|someone in charge|somebody in charge|someone senior|somebody senior)\\b",
          '\\breport (?:you|this|it|the agency|your agency) to\\b',
          '\\b(?:to|contact|call|ring|write to|go to|going to|tell|get|involve|speak to|talk to) (?:the |my |a )?(?:ombudsman|press|newspapers|newspaper|media|journalist|journalists|lawyer|solicitor|attorney|mp|member of parliament|minister|politicians)\\b',
          // Acting behind the caller's back ("you cut it without telling me", "without any warning").
          '\\bwithout (?:even |ever |anyone |anybody |someone |you )?(?:telling|asking|warning|informing|letting|explaining|contacting|calling|notifying|a word|any (?:warning|explanation|notice|letter|reason)|notice|explanation)\\b',
          // A fresh wrong decision: "the new decision is just as wrong", "wrong again", not "is the amount wrong?".
          "\\b(?:decision|calculation|amount|figure|assessment)\\b[^.!?]{0,40}?\\b(?:is|was|are|'s) (?:also |just |still |completely |totally |simply |plain |again |as )*(?:wrong|incorrect|unfair|ridiculous|a mistake)\\b(?![^.!?]*\\?)",
          '\\b(?:wrong|a mistake|an error|it wrong|the same mistake|the same error) (?:again|once again|yet again)\\b|\\b(?:another|yet another|the same) (?:wrong decision|mistake)\\b',
          // Calling the decision theft.
          "\\b(?:is|it's|that's|this is) (?:daylight |plain |simply )?(?:theft|robbery|a scam)\\b",
          // Taking it further: a complaint, "this isn't over".
          "\\bi(?:'ll| will| want to|'m going to| am going to| wish to| intend to)(?: \\p{L}+)? (?:complain|make a complaint|file a complaint|take this further|take it further|take this higher|escalate)\\b|\\bwhere (?:do|can|should) i (?:complain|file a complaint|make a complaint|report)\\b|\\b(?:this|it) (?:isn't|is not) over\\b|\\byou(?:'ll| will) be hearing from (?:me|my)\\b",
        ),
        ...complaints(
          -2,
          // Round 25: the call or the errand called a waste of time ("this is a waste of everyone's time"), not asked, not
          // denied ("it's not a waste of time").
          "\\b(?:'s|is|was|are|were|been) (?:just |all |such |simply |really )?(?:a |an |such a |a complete |a total |an absolute |a huge )?(?:complete |total |utter )?waste of (?:\\p{L}+(?:'s|s')? )?time\\b(?![^.!?]*\\?)",
          // Round 26: dissatisfaction said outright ("I'll do it, but I'm not happy.", "I'm not at all satisfied with the
          // decision"), not asked, not "not entirely happy"; and the agency told it should manage the errand itself ("you
          // should be able to do it yourselves"), not asked.
          "\\bi(?:'m| am) (?:still |really |just )?(?:not|not at all|far from|really not|certainly not) (?:at all )?(?:happy|satisfied|pleased)\\b(?=\\s*(?:[.!]|$|(?:with|about) (?:it|this|that|the decision|the answer|your|how|any of)\\b))(?![^.!?]*\\?)",
          "\\byou (?:guys |people |lot )?(?:should|ought to|must) (?:really |surely |at least |yourselves )?be able to \\p{L}+\\b(?![^.!?]*\\?)",
          // Demands in writing, a broken promise, asking why they did not, "can't you just".
          '\\b(?:want|need|demand|expect)(?: \\p{L}+){0,3} in writing\\b',
          '\\bput (?:it|that|this) in writing\\b',
          '\\byou promised\\b|\\b(?:as|like) you (?:promised|said you would)\\b|\\b(?:as|like) i was (?:promised|told)\\b',
          // Round 7: help that is no help, "I'm not stupid", posting it on social media.
          "(?<!\\b(?:if|unless|whether|in case)\\b[^.!?]*)\\b(?:that|this|it) (?:doesn't|does not|didn't|did not|won't|will not) (?:really )?help(?: (?:much|at all|me|anyone))?(?=\\s*[.!]|\\s*$)",
          "\\bi(?:'m| am) not (?:stupid|an idiot|a fool|a child)\\b",
          '\\b(?:post|put|write about) (?:it|this|that) (?:on|all over) (?:social media|facebook|the internet|twitter)\\b',
          "\\b(?:that|this|it) (?:can't|cannot|can not) be right\\b",
          "\\bwhy (?:can't|couldn't|didn't|don't|won't|wouldn't|haven't|hasn't|isn't|wasn't) (?:you|anyone|anybody|someone|somebody|the agency|they)\\b",
          '\\bwhy (?:did|does|do|has|have|is|was) (?:nobody|no one|no-one)\\b',
          "\\bcan't you (?:just|even)\\b",
          // Round 30: the same said in full ("Can you not just add the receipts now?"), and a feeling named and shared by the
          // caller ("The customer is upset, and so am I."): a helper's own anger; not asked.
          "\\b(?:can|could) you not (?:just|even|simply)\\b|\\b(?:cannot|can not|couldn't) you (?:just|even|simply)\\b",
          "\\b(?:upset|angry|furious|annoyed|frustrated|livid|cross|disappointed),? (?:(?:and|as) so (?:am i|are we)|and i(?:'m| am) too)\\b(?![^.!?]*\\?)",
          // The same thing asked or waited for again and again.
          '\\b(?:two|three|four|five|six|several|many|a dozen|ten|hundred) times (?:now|already|before|today|this week|this month)\\b',
          '\\b(?:called|rung|phoned|rang|tried|explained|told you|sent it|written)(?: \\p{L}+){0,3} (?:three|four|five|six|several|many|multiple|a dozen|ten) times\\b',
          '\\b(?:again and again|over and over|time and again|every time i call|each time i call)\\b',
          '\\bwaiting (?:for )?(?:weeks|months|(?:two|three|four|five|six|seven|eight|nine|ten|twelve|several|many) (?:weeks|months|years))\\b',
          // Disbelief and exasperation.
          "\\b(?:are you (?:serious|kidding|joking|for real)|you(?:'re| are| must be| have got to be|'ve got to be) (?:kidding|joking)|you can't be serious|is this a joke|this is a joke|what a joke|i don't believe (?:this|it)|i can't believe (?:this|it|you|that)|for (?:god's|goodness'|heaven's|pete's|christ's) sake|for crying out loud)\\b",
          "\\btypical(?=[.!]|$)|\\b(?:that's|that is|how|so) typical\\b",
          // Round 27: "Unbelievable." said alone as a sentence after a grievance.
          "(?<=(?:^|[.!?])\\s*)unbelievable(?=\\s*\\.|\\s*$)",
          // Refusing the decision ("I won't accept that").
          "\\b(?:i|we) (?:don't|do not|won't|will not|can't|cannot|refuse to) accept\\b",
          // Being told to put up with it, not being heard, demands on the agency.
          "\\b(?:so|and) (?:i'm|i am|we're|we are) (?:just )?(?:supposed|expected) to\\b",
          "\\b(?:you're|you are) not listening\\b",
          "\\b(?:that's|that is|that was) not what i (?:asked|said)\\b",
          "\\b(?:this|that|it) (?:isn't|is not|wasn't|was not) the first time\\b",
          "\\b(?:that's|that is|it's|it is) not my problem\\b",
          '\\bi want my (?:money|pension|benefit|payment)(?=\\s*(?:now\\b|back\\b|[.!]|$))',
          "\\byou (?:need to|have to|must|better|'d better) (?:fix|sort|sort out|correct|deal with) (?:this|it|that)\\b",
          // Blame: it should have been done ("you should have told me", "this should never have happened"); failing again.
          "\\b(?:you|they|someone|somebody|the agency) should(?:n't| not)? have\\b|\\b(?:this|it|that) should never have\\b",
          // Round 33: the same norm said broken now: "This shouldn't happen.", "That should never happen to anyone."; asked, or
          // with "if", it is not.
          "\\b(?:this|that|it) (?:should(?:n't| not| never)|ought not to) (?:be allowed to )?happen\\b(?![^.!?]*\\?)(?![^.!?]* if\\b)",
          "\\b(?:that's|that is|it's|it is) impossible\\b",
          '\\bthis time either\\b',
          '\\bon hold for (?:\\p{L}+ )?(?:minutes|hours|an hour|half an hour|ages)\\b',
          '\\b(?:a )?different answer(?:s)? (?:every|each) time\\b',
          "\\b(?:i've heard that before|that's what (?:you|they) said (?:last time|before))\\b",
          "\\b(?:i'm|i am|i will|i'll|we're|we will) (?:going to )?appeal\\b",
          // Treated badly, unreachable, always the same, left with nothing to live on.
          '\\b(?:treated|treat people|treating people) (?:like this|like that|like a criminal|like dirt|this way)\\b',
          '\\bimpossible to (?:reach|get through|get hold of)\\b',
          "\\b(?:it's|it is) always the same\\b|\\bsame as always\\b",
          '\\bwhat (?:am i|are we) (?:supposed to|meant to) live on\\b',
          '(?<=(?:^|[.!?])\\s*)as usual(?=[.!]|$)',
          // No help at all; no excuses; "don't tell me you understand" (to an agent's "I understand").
          "\\b(?:been|was|were|are|is|be) (?:no|not much|not any|of no) help\\b|\\bno help at all\\b",
          "\\bi (?:don't|do not) want (?:any |more )?excuses\\b|\\bi want (?:some )?answers\\b",
          "\\b(?:don't|do not) (?:tell me|say) (?:that )?you understand\\b",
          "\\bso that's it(?: then)?\\?",
          '\\b(?:anyone|anybody|someone|somebody) (?:actually|ever) (?:going to )?(?:do|fix|help|call|answer)\\b',
          // Resignation that is no relief ("I give up", "forget it").
          "\\b(?:i give up|what's the point|i'm done with|i've had enough|i have had enough|i can't (?:do|take|deal with) (?:this|it) any ?more)\\b|(?<!don't |not |never )\\bforget it\\b|(?<=(?:^|[.!?,])\\s*)whatever(?=[.,!]|$)",
          // Exasperation standing alone ("Honestly.", "Again."), echoed agreement with bad news ("Of course it did."),
          // people giving up, "and you can't just…".
          "(?<=(?:^|[.!?])\\s*)(?:honestly|again|yet again|once again)(?=\\s*[.!]|\\s*$)",
          "(?<=(?:^|[.!?])\\s*)of course (?:it|they|you|he|she) (?:did|didn't|was|wasn't|were|weren't|is|isn't|are|aren't|does|doesn't|do|don't|has|hasn't|have|haven't|can't|cannot|won't|couldn't|wouldn't)(?=\\s*[.!]|\\s*$)",
          // Round 8: the agency's failure said as a rule ("You never can.", "you people never call back"), the repeat counted.
          "\\byou (?:people |lot |guys )?(?:can |do |will )?never (?!know\\b|mind\\b)(?:\\p{L}+)\\b|(?<=(?:^|[.!?])\\s*)(?:you )?never do(?=\\s*[.!]|\\s*$)",
          '\\b(?:second|third|fourth|fifth) time (?:this (?:year|autumn|fall|spring|summer|winter|month)|in a row|running|now|already)\\b',
          "\\b(?:people|everyone|folks) (?:just )?give up\\b|\\band you can't (?:just|even)\\b",
          // Enough; someone else, please.
          "\\b(?:enough is enough|i've had it|i have had it)\\b|\\b(?:speak|talk) (?:to|with) (?:someone|somebody) (?:else|who actually knows|competent)\\b",
          // A failure that goes on: "it still doesn't work", "it keeps saying error"; not "if it still doesn't work".
          "\\b(?:still|again|keeps?|kept|every time|all the time|always|never)\\b(?<!\\b(?:if|unless|whether|in case)\\b[^.!?]*)[^.!?]{0,40}?\\b(?:doesn't work|does not work|isn't working|is not working|not working|won't work|didn't work|fails|failed|failing|crashes|crashed|crashing|error|errors|broken)\\b",
          "\\b(?:doesn't work|does not work|isn't working|is not working|not working|won't work|didn't work|error|errors|broken)\\b(?<!\\b(?:if|unless|whether|in case)\\b[^.!?]*)[^.!?]{0,20}?\\b(?:again|every time|all the time|either)\\b|\\bnever works\\b",
          "\\bstill (?:not|hasn't|haven't|isn't|doesn't|hasn't been|haven't been|isn't been)(?: \\p{L}+){0,2}? (?:fixed|sorted|solved|corrected|changed|paid|approved|answered|called|heard|explained|right|working)\\b",
          // Telling it again: "I've already told you", "I told you before".
          "\\bi(?:'ve| have)? already (?:told|explained|said)\\b|\\bi told you (?:already|before|that already|twice)\\b",
          // Disbelief: "Seriously?", "are you telling me…".
          "(?<=(?:^|[.!?])\\s*)seriously\\s*[?!]|\\bare you (?:really )?telling me\\b|\\bso you(?:'re| are) telling me\\b",
          "\\b(?:it's|it is) (?:my|our) (?:money|pension)\\b",
          // Trying for days; a joke of a service; the agency's mistake; lied to.
          "\\b(?:been )?trying(?: to \\p{L}+(?: \\p{L}+)?)? (?:for|since) (?:\\p{L}+ )?(?:days|weeks|hours|months|a week|a month|an hour|ages)\\b|\\bfor (?:days|weeks|months) now\\b|\\b(?:third|fourth|fifth) day in a row\\b",
          "\\b(?:'s|is|are) (?:a |an absolute |a complete |a total |such a )?joke\\b|\\byour (?:mistake|error|fault)\\b|\\b(?:you|they) (?:lied|have lied|'ve lied)\\b|\\byou(?:'ve| have) let (?:me|us) down\\b",
          // Contempt and entitlement: "what kind of service is this", "I've paid taxes all my life".
          "\\bwhat (?:kind|sort) of (?:a )?(?:service|agency|system|organi[sz]ation|help|place) (?:is this|is that|do you|are you)\\b",
          "\\b(?:worked|paid taxes|paid tax|paid in|slaved|done everything right)(?: \\p{L}+){0,3}? (?:all my life|my whole life|my entire life|all my working life)\\b",
          // Indignant questions about what one could have known, and blame turned back: "it was you who…".
          "\\bhow (?:was|am|would|should|could) i (?:supposed to |meant to |expected to )?(?:have )?know(?:n)?\\b|\\bhow am i (?:supposed|meant|expected) to (?:live|pay|manage|survive|cope)\\b|\\b(?:it was you|you're the ones|you are the ones) (?:who|that) (?:told|said|promised|forgot|lost|missed|made|sent the wrong|got it wrong|messed)\\b",
          "\\b(?:you|they|your colleague|the agency|someone|somebody) (?:gave|told|sent|have given|have told|gave me|told me) (?:me |us )?(?:the )?(?:wrong|incorrect) (?:information|advice|answer|form|figures)\\b",
          "\\byou can't even\\b|\\bnot (?:once|a single (?:time|person|one|word|letter|call))\\b|\\b(?:this|that) is the last time\\b|\\bi've never (?:seen|heard|experienced) anything like (?:it|this|that)\\b",
          '\\bwhy (?:does|do|must|should|is) (?:it|this|everything) (?:have to )?(?:be )?so (?:hard|difficult|complicated)\\b',
          "\\bi want (?:an |a proper |a straight |a real |some )?(?:answer|explanation)(?=\\s*(?:now\\b|today\\b|[.!]|$))",
          // A fresh decision against the caller, told, not asked: "and now you've cut it again".
          "\\bnow you(?:'ve| have) (?:\\p{L}+ )?(?:cut|reduced|stopped|taken|lowered|changed|denied|rejected|refused|closed|blocked|cancelled|canceled)\\b(?![^.!?]*\\?)",
          // A bitter conclusion: "So nothing happened.", "So I get nothing."; asked, it is a question.
          "(?<=(?:^|[.!?])\\s*)(?:so|and) (?:nothing (?:has |had )?(?:happened|was done|has been done|got done|changed|came|arrived)|(?:i|we) (?:get|got|am getting|will get) (?:nothing|no )|(?:nobody|no one) (?:\\p{L}+ )?(?:did|has|called|cares|knew|told))(?![^.!?]*\\?)",
          // Round 14: a norm the agency broke, told as such: "it shouldn't be my job to …", "it should be clearer on your
          // site", "it shouldn't be that easy"; the agency's work called poor ("it's badly explained").
          "\\b(?:it|that|this) (?:shouldn't|should not|oughtn't to|ought not to) (?:have to )?be my (?:job|responsibility|problem|task)\\b(?![^.!?]*\\?)",
          "\\b(?:it|that|this|you|the (?:site|website|page|letter|decision|app)) (?:should|ought to|need to|needs to) (?:have )?(?:be|been|say|said|explain|explained|make it) (?:\\p{L}+ )?(?:clearer|better|easier|plainer)\\b(?![^.!?]*\\?)|\\b(?:it|that) (?:shouldn't|should not) be (?:that|this|so) easy\\b(?![^.!?]*\\?)",
          "\\b(?:badly|poorly|terribly|so badly|really badly|really poorly) (?:explained|informed|written|designed|organi[sz]ed|handled|run)\\b",
          // Round 14: dissatisfaction said plainly ("I'm not happy about any of this"), a demand with a warning in it ("it had
          // better be"), a wait called long enough.
          "\\bi(?:'m| am) (?:not at all|really not|not) (?:happy|pleased|satisfied) (?:about|with)\\b(?![^.!?]*\\?)",
          "\\b(?:it|that|you|they|this) (?:had|'d) better\\b(?! than\\b)|\\bi(?:'ve| have) (?:been waiting|waited) (?:long enough|more than long enough|far too long|way too long)\\b",
          // Round 15: a norm of effort broken ("it shouldn't have to be this complicated"), a fix that should have been there
          // from the start ("it should have been like that from the start"), the system itself called a nightmare ("this whole
          // system is a nightmare"), and one more form or call said alone as exasperation ("Another form.").
          "\\b(?:it|that|this) (?:shouldn't|should not|oughtn't to|ought not to) (?:have to )?be (?:this |that |so )?(?:hard|difficult|complicated|much work|much hassle|cumbersome)\\b(?![^.!?]*\\?)",
          "\\b(?:it|that|this|you|they|someone|somebody|the agency) (?:should|ought to)(?: have|'ve| to have) (?:\\p{L}+ ){0,4}(?:from the (?:start|beginning|outset)|in the first place|right away|straight away)(?=\\s*[.!]|\\s*$)",
          "\\b(?:the |this |your )?(?:whole )?(?:system|process|agency|procedure|handling)\\b[^.!?]{0,20}?\\b(?:is|was|'s) (?:just |completely )?(?:a |an |an absolute |a complete |a total |such a |one big )?(?:nightmare|mess|chaos|shambles|disaster|farce|circus)\\b",
          // Round 27: the system said to be built to fail people ("this whole system is built to trip people up"), agencies that do
          // not talk to each other, and money needed now, not later ("I need the money now."); asked, each is a question.
          "\\b(?:the |this |your )?(?:whole )?(?:system|process)\\b[^.!?]{0,20}?\\b(?:is|was|'s) (?:just )?(?:built|designed|set up|made|there) to (?:trip|catch|trick|confuse|punish|fail|wear)\\b(?![^.!?]*\\?)",
          "\\b(?:agencies|departments|you|they|you people|the two of you)\\b (?:(?:don't|do not|never|can't|cannot|won't) (?:even )?(?:talk|speak|communicate)) (?:to|with) each other\\b(?![^.!?]*\\?)",
          "\\bi (?:need|want|have to have) (?:the money|my money|the benefit|my pension|the payment) (?:now|today)\\b(?![^.!?]*\\?)",
          // Round 28: after earlier contact, promises called the agency's habit of breaking them ("you promise things you never
          // deliver"), the caller misinformed ("I was misinformed"), and a grievance put on record ("I want it noted that …");
          // asked, each is a question.
          "\\b(?:you|they|the agency) (?:promise|promised|keep promising|have promised) (?:\\p{L}+ ){0,2}(?:that )?(?:you|they|it) (?:never|don't|do not|didn't|did not|can't) (?:keep|deliver|do|follow through)\\b(?![^.!?]*\\?)",
          "\\b(?:i|we) (?:was|were|have been|'ve been) (?:misinformed|misled|given (?:the )?wrong (?:information|advice|answer))\\b(?![^.!?]*\\?)",
          "\\bi want (?:it (?:noted|on record|written down|recorded)|(?:it|this) to be (?:noted|recorded|written down)) that\\b(?![^.!?]*\\?)",
          "(?<=(?:^|[.!?])\\s*)(?:(?:another|yet another|one more) (?:form|call|certificate|application|document|errand))(?=\\s*[.!]|\\s*$)",
          // Round 16: the agency's conduct judged bad, also as a grievance still held after the explanation ("I still think it's
          // poor that you don't tell people"); asked, it is a question.
          "\\b(?:it's|it is|it was|that's|that is|i (?:still )?think (?:that )?(?:it's|it is)) (?:still |really |pretty |very |quite |just )?(?:poor|bad|wrong|shabby|strange|odd|not (?:okay|ok|right|fair)) (?:that|how) (?:you|the agency|nobody|no one|they)\\b(?![^.!?]*\\?)",
          // Round 17: the same judgement held after the explanation, of the agency's decision or letter itself ("I still think that
          // letter was awful", "I still think it's stingy"): anger that stays after a correction; asked, a question. The form with
          // "that you …" after it is round 16's.
          "\\bi (?:still|do still) (?:think|feel|find|say) (?:that )?(?:it's|it is|it was|that's|that is|this is|(?:the|that|this|your) (?:letter|decision|rule|rules|system|amount|answer|form|calculation|way|process|message)(?: you sent)? (?:is|was|'s|are|were)) (?:really |pretty |very |quite |just |simply |still )?(?:awful|terrible|horrible|bad|poor|wrong|unfair|mean|stingy|shabby|ridiculous|outrageous|not (?:okay|ok|right|fair))\\b(?! (?:that|how)\\b)(?![^.!?]*\\?)",
          // Round 16: a concession taken back by one word standing alone ("We'll manage. Barely."): strain, not acceptance.
          "(?<=(?:^|[.!?])\\s*)(?:barely|only just|hardly)(?=\\s*[.!]|\\s*$)",
          // Round 24: the agency reproached for what it should or could have done earlier ("this should have been fixed two months
          // ago", "you could have told me back in October"), or could have told the caller ("you could have called"); asked, or the
          // caller's own lateness ("I should have sent it last week"), or what should have arrived by now ("it should have come last
          // week", a guess), it is not.
          "\\b(?:it|this|that|you|they|someone|somebody|the agency|the caseworker) (?:should|could)(?: have|'ve) (?!(?:arrived|come|got|gotten|reached|landed|turned)\\b)(?:\\p{L}+ ){1,4}(?:(?:\\p{L}+ ){1,2}ago|back (?:then|in \\p{L}+)|in (?:january|february|march|april|may|june|july|august|september|october|november|december|the autumn|the spring|the summer|the winter)|last (?:week|month|year|time|autumn|spring|summer|winter)|long before)\\b(?![^.!?]*\\?)|\\b(?:you|they|someone|somebody|the agency|the caseworker) could(?: have|'ve) (?:told|said|called|rung|phoned|written|asked|warned|explained|mentioned|let (?:me|us) know)\\b(?![^.!?]*\\?)",
          // Round 24: what the agent offers instead of the money waved away ("sorry doesn't pay the rent", "a note won't help me"), and
          // a promise answered as the agency's habit ("that's what you always say").
          "\\b(?:sorry|an apology|apologies|your apology|the apology|a note|the note|your note|notes|a promise|promises|your promise|words)(?: \\p{L}+){0,2} (?:doesn't|does not|don't|do not|won't|will not|can't|cannot) (?:help|pay|fix|solve|change)\\b(?![^.!?]*\\?)",
          "\\b(?:that's|that is|it's) what (?:you|you people|you lot|they) (?:always|all|keep) (?:say|saying|tell me|tell us|promise|promising)\\b|\\byou (?:always|all) say that\\b",
          // Round 24: nobody has said, done or cared, in the perfect and the past ("no one's told me a thing", "nobody bothered to
          // call"); asked, it is a question.
          "\\b(?:nobody|no one)(?:'s| has| had)(?: ever)? (?:told|said|mentioned|explained|warned|helped|listened|bothered|cared|lifted a finger|done (?:anything|a thing))\\b(?![^.!?]*\\?)|\\b(?:nobody|no one) (?:bothered|cared|did (?:anything|a thing)|lifted a finger)\\b(?![^.!?]*\\?)",
        ),
      ],
      thanks: words('thanks thank cheers'),
      lastingAnger: { still: words('still'), strong: words('angry furious livid fuming') },
      // Not "upset": said of worry and grief as often as of anger.
      anger: new Set([
        ...'angry furious livid annoyed annoying irritated irritating frustrated frustrating disappointed disappointing outraged outrageous ridiculous unacceptable disgrace disgraceful absurd pathetic useless shambles unfair unreasonable scandal insult insulting damn bloody hell mad appalling appalled disgusted disgusting incompetent fuming'.split(' '),
        'fed up',
        'sick of',
        'sick and tired',
        'not acceptable',
        'let down',
      ]),
      lonePraise: /(?:^|[.!?]\s*)(?:(?:oh|ooh|ah|well|wow),?\s+)?(?:great|perfect|wonderful|brilliant|lovely|fantastic|marvellous|marvelous|excellent|terrific|super|nice|splendid|fabulous|charming|good job|nice one|well done|how lovely|how nice)[.!]/iu,
      sarcasmContext: pattern(
        "\\b(?:again|once again|yet again|another|yet another|as always|as usual|more (?:weeks|months|waiting|paperwork|forms)|(?:two|three|four|five|several) times|twice|(?:second|third|fourth|fifth) time|after (?:\\p{L}+ )?(?:days|weeks|months|years)|(?:i|we) (?:don't|do not|can't|cannot|didn't) (?:have|get)|which i (?:don't|do not) have|not even (?:assigned|started|registered|read|opened|processed)|(?:\\p{L}+ )?(?:hours?|miles|kilomet(?:re|er)s?) away)\\b",
      ),
      mockPrefix: /^(?:[.!?\s]*)(?:oh|ooh|ah),?\s/iu,
      costAfter: pattern(
        "\\b(?:so (?:i|we) (?:pay|lose|get nothing|end up paying)|(?:i|we)(?:'ll| will|'ve| have| get| got) (?:\\p{L}+ )?(?:late fees?|late charges?|reminder fees?|penalt(?:y|ies)|a fine|fines|interest|debt collectors?)|pay(?:ing)? twice)\\b",
      ),
      burden: pattern("\\b(?:wait(?:ing)? (?:\\p{L}+ ){0,2}(?:weeks|months|years)|so i (?:have|need|got) to|so i've got to|i suppose i(?:'ll| will| have to| must)|i guess i(?:'ll| will| have to)|yet another|all over again|i(?:'ll| will) have to\\b[^.!?]*\\bagain)\\b"),
      reconciliation: [
        pattern("(?<=\\b(?:not|n't|wasn't|isn't) (?:really )?your (?:fault|mistake)\\b[^]*)\\bi (?:was|got|just got|only got) (?:\\p{L}+ ){0,2}(?:angry|cross|upset|annoyed|mad|irritated|frustrated)\\b|\\bi (?:was|got|just got|only got) (?:\\p{L}+ ){0,2}(?:angry|cross|upset|annoyed|mad|irritated|frustrated)\\b(?=[^]*\\b(?:not|n't) (?:really )?your (?:fault|mistake)\\b)"),
        pattern("\\b(?:sorry|i apologi[sz]e|apologies)(?: for| that| if)?(?: i| i've| i was| i got| being| getting| sounding| my)?(?: \\p{L}+){0,2} (?:rude|angry|cross|snappy|short|grumpy|upset|snapped|snapping|shouting|shouted|temper|difficult|frustrated|annoyed)"),
        // Round 11: anger owned as needless, the fault taken as one's own ("it was me who got it wrong").
        pattern("\\bi(?:'ve| have)? (?:been|got|was) (?:\\p{L}+ ){0,2}(?:angry|cross|upset|annoyed|grumpy)(?: \\p{L}+){0,3} for nothing\\b|\\bit was (?:just |only )?me who (?:got it wrong|misunderstood|had it wrong)\\b"),
        // Round 19: anger told as the caller's state when they called ("I was so angry when I called."): a feeling that is over,
        // unless it is said to last ("… and I still am").
        pattern("\\bi (?:was|got) (?:\\p{L}+ ){0,2}(?:angry|cross|upset|annoyed|mad|irritated|frustrated|furious)\\b(?: \\p{L}+){0,2} when i (?:called|rang|phoned)\\b(?![^]*\\bstill\\b)"),
        // Worry told as past beside thanks ("Thank you. I was so worried about money."): relief, a feeling that is over.
        // Round 29: "we" too, a relative speaking for the household ("Thank you. We were so worried.").
        pattern("(?<=\\bthank(?:s| you)\\b[^]*)\\b(?:i(?: was|'ve been| have been| had been|'d been)|we(?: were|'ve been| have been| had been|'d been)) (?:so |really |very |quite |that )?(?:worried|scared|afraid|anxious|nervous|stressed)\\b|\\b(?:i(?: was|'ve been| have been)|we(?: were|'ve been| have been)) (?:so |really |very |quite |that )?(?:worried|scared|afraid|anxious|nervous|stressed)\\b(?=[^]*\\bthank(?:s| you)\\b)"),
        // Round 15: a fear of trouble that did not come true, beside thanks ("Thanks. I thought it would be a nightmare."): relief.
        besideThanks("\\bthank(?:s| you)\\b", "\\bi (?:honestly |really |actually |genuinely )?(?:thought|had thought|expected|feared|was afraid) (?:that )?(?:it|this|that)(?:'d| would| was going to) be (?:so |really |a |an |such a )?(?:nightmare|hassle|hard|difficult|complicated|disaster|mess|pain|ordeal)\\b"),
        // Round 20: relief said outright ("Phew.", "What a relief.", "Thank goodness.") does what thanks does for a worry told as
        // past, and so does a mistake the caller was sure of that the agent has just ruled out ("Phew. I was sure I'd messed it
        // up.", "Thanks. I thought I'd ruined everything."): a fear that is over.
        besideThanks(RELIEF_EN, "\\bi(?: was|'ve been| have been| had been|'d been) (?:so |really |very |quite |that )?(?:worried|scared|afraid|anxious|nervous|stressed)\\b"),
        besideThanks(`(?:\\bthank(?:s| you)\\b|${RELIEF_EN})`, EN_OWN_SLIP_FEARED),
        // Round 29: and beside an acknowledgment opening the utterance ("Okay. We were so afraid we'd missed something."),
        // unless it came true or lasts.
        pattern(`(?<=${EN_ACK_OPENING}[^]*)(?:${EN_OWN_SLIP_FEARED})${EN_FEAR_CAME_TRUE}`),
        // Round 29: fear said to be less ("I feel a bit less panicked now.").
        pattern(EN_FEAR_LESS),
        // Round 21: a worry said to be gone is relief ("Thank you so much, that's one less worry.", "one less thing to worry
        // about"), and so is the worry the agent has just answered, named beside thanks, relief or praise ("Good. That was my
        // main worry, actually.", "Great, that's what I was worried about."); not asked, and not the worry named alone.
        pattern(`(?:${EN_WORRY_GONE})(?![^.!?]*\\?)`),
        besideThanks(`(?:\\bthank(?:s| you)\\b|${RELIEF_EN}|${ACK_EN})`, `(?:${EN_WORRY_ANSWERED})(?![^.!?]*\\?)`),
      ],
      // Not "my fault": "so it's my fault" is a complaint.
      repairQuestion: pattern(
        "^\\s*(?:(?:sorry|pardon|excuse me)\\b[^?]*\\?|[^?]*\\b(?:what did you say|what was that|say that again|could you (?:say|repeat) that|can you repeat that|come again|i didn't (?:catch|hear) that)\\b[^?]*\\?)",
      ),
      lineTrouble: pattern(
        "\\b(?:signal|reception|the line|this line|hearing aid|(?:very |so |a bit )?faint|crackl\\p{L}*|breaking up|can't hear|couldn't hear|shouting|screaming|crying|barking|beeping|whistl\\p{L}*|went past|drove past|noisy|so loud)\\b",
      ),
      customerTrait: pattern("^\\s*(?:he|she|my \\p{L}+)(?:'s| is) (?:so |a bit |very |really |quite |rather )?(?:stubborn|proud|headstrong)\\b[^,?]*[.!]?\\s*$"),
      workingHours: pattern("^\\s*(?:(?:and|but|so|well|no|yes),? )?(?:i|we|you|he|she|they|the (?:customer|client|patient)|my (?:husband|wife|partner|son|daughter|mother|father|mum|mom|dad|brother|sister|client)|(?:his|her) (?:husband|wife|partner))(?: (?:usually|normally|currently|now))? (?:do not|don't|does not|doesn't|did not|didn't) (?:usually |normally )?work (?:on |at |in the |during |over |any )?(?:weekends?|weekdays?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|nights?|evenings?|mornings?|afternoons?|holidays?|full[- ]time|part[- ]time|shifts?|those days|that day|these days|every day|then)\\b(?! either)[^,?]*[.!]?\\s*$"),
      ownMistake: pattern("\\bi(?:'ve| have| had|'d| must have| must've)? (?:got|gotten|read|heard|understood|counted|remembered|looked at|written|filled in|filled) (?:it |that |this |them |the \\p{L}+ )?wrong\\b|\\bi(?:'ve| have| had|'d| must have| must've)? (?:sent|posted|called|rang|phoned|filled in|filled out|used|picked|chose|chosen|applied for|applied to|gone to|went to|complained to|written to|wrote to|shouted at|yelled at|been shouting at|been yelling at)(?: (?:it|them|that|this|in|out))? (?:to |at |in |on |for )?the wrong\\b|\\bi(?:'ve| have| had| must have)? (?:misread|misunderstood|mixed (?:it|them|that) up)\\b|(?<!\\bnot )\\bmy (?:own )?(?:mistake|bad|error)\\b|\\bi (?:said|wrote|typed|put|entered|pressed|gave|ticked|clicked|told you)\\b[^.!?]{0,30}\\bby mistake\\b"),
      // Round 25: thanks for something the agent did ("thanks for clearing that up", "thank you for explaining"), as Swedish
      // "tack för att du …" has always been; not thanks for the call (thanksForCall), for wasted time (sarcasm) or
      // grudging ("thanks for doing it at least").
      warmThanks: pattern("\\b(?:thank you (?:so|very) much|thanks (?:so|very) much|many thanks|thank you for (?:your help|helping|all)|thanks for (?:your help|helping|all)|thank(?:s| you)(?: so much| very much)? for (?!calling|ringing|phoning|getting back|getting in touch|wasting|nothing)\\p{L}+ing\\b(?![^.!?]*\\b(?:at least|i suppose|i guess)\\b))\\b"),
      thanksForCall: pattern("\\bthank(?:s| you)(?: so much| very much)? for (?:calling|ringing|phoning|the call|getting back to me|getting in touch)\\b"),
      complementisers: words('that'),
      sarcasm: [
        pattern("\\bthanks? (?:you )?(?:(?:so|very|ever so) much )?for nothing\\b"),
        // Hope with doubt in it: "I hope that actually happens this time", "for once".
        pattern("\\b(?:hope|we'll see|we will see|i'll see|make sure|see to it)\\b[^.!?]*\\bthis time\\b|\\bfor once\\b"),
        // Round 7: thanks for wasted time.
        pattern('\\bthanks? (?:you )?for wasting my time\\b'),
        // Disbelief said as mock belief or mock surprise: "yeah, right.", "I'll believe it when I see it", "what a surprise".
        pattern("(?<=(?:^|[.!?])\\s*)(?:oh )?yeah,? right(?=\\s*[.!]|\\s*$)|\\bsure you (?:will|do|did|are|can)\\b|\\bi'll believe (?:it|that) when i see it\\b|\\bwhat a surprise\\b|\\bsurprise,? surprise\\b"),
        // Round 8: praise of the usual ("fantastic service as always"), a mock offer ("I'll just tell the landlord to wait, shall I").
        pattern('\\b(?:great|fantastic|wonderful|brilliant|excellent|lovely|super|marvellous|marvelous|terrific|good|nice)(?: \\p{L}+)? (?:as always|as usual|as ever)\\b'),
        pattern("\\bi(?:'ll| will| shall)? just\\b[^.!?]*,? shall i\\b"),
        // An echo of praise ("great, just great") and "that's just great".
        pattern('\\b(great|perfect|wonderful|brilliant|fantastic|lovely|marvellous|marvelous|excellent|terrific|super|nice|fabulous)[,.!]*\\s+(?:just|simply|bloody) \\1\\b'),
        pattern("\\b(?:that's|that is) just (?:great|perfect|wonderful|brilliant|fantastic|marvellous|lovely)\\b"),
        // Round 9: praise echoed with a mock "oh" ("Brilliant. Oh brilliant."), resignation as agreement ("Of course you can't. Nobody ever can.").
        pattern('\\b(great|perfect|wonderful|brilliant|fantastic|lovely|marvellous|marvelous|excellent|terrific|super)[,.!]+\\s+oh,? \\1\\b'),
        pattern("\\bof course (?:you|they|it) (?:can't|cannot|don't|won't|couldn't|didn't)\\b|\\bnobody ever (?:can|does|will)\\b"),
        // Round 11: mock relief ("That fixes everything."), blame taken in mockery ("I'm sure that's on me somehow"),
        // the failure told again ("Nobody mentioned that either.", "And you wonder why people call.", "And then what, another eight months?").
        pattern("\\bthat (?:fixes|solves|sorts) everything\\b|\\bi'm sure (?:that's|it's|that is|it is) (?:on me|my fault)\\b"),
        // Round 19: not "And then what? Do I get the money back?", a question about the next step asked straight after.
        pattern("\\bnobody (?:mentioned|told me|said) (?:that|anything|it)(?: \\p{L}+)? either\\b|\\band you wonder why\\b|\\band then what\\b(?!\\?\\s*(?:do|does|will|would|can|could|is|are|should|shall|how|when) (?:i|it|you|they|we|the|that|this|my|he|she)\\b)"),
        // Round 12: resignation that the worst will happen ("Of course they will.").
        pattern("(?<=(?:^|[.!?])\\s*)of course (?:they|it|you) (?:will|would|do|did)(?=\\s*[.!]|\\s*$)"),
      ],
    },
  };
  return rules[language];
}
