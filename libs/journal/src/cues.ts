import type { FollowUpKind, Language } from '@samtal/contracts';

/**
 * Cue phrases of the extractive summariser, per language. Each is a regular expression
 * over one sentence (case-insensitive); the summariser's README section lists what each
 * group is for.
 */
export interface Cues {
  /** Whole sentences that carry nothing for the note: greetings, thanks, acknowledgements. */
  pleasantry: RegExp;
  /** The agent's opening ("Pensionsmyndigheten, du pratar med …", "Vad kan jag hjälpa dig med?"). */
  opening: RegExp;
  /** Sympathy and politeness from the agent ("Jag förstår att det är jobbigt"). */
  empathy: RegExp;
  /** The caller states an errand ("jag undrar", "jag vill", "varför"). */
  request: RegExp;
  /** The caller reports a problem ("har slutat", "har inte fått", "fungerar inte"). */
  problem: RegExp;
  /** The agent asks who the caller is; the caller's next turn is the answer. */
  identification: RegExp;
  /** The agent informs or acts ("jag ser att", "har registrerat", "handläggningstiden är"). */
  information: RegExp;
  /** A promise or a task for after the call, by kind, in order of precedence. */
  followUp: [FollowUpKind, RegExp][];
  /**
   * The agent gives the caller a task ("du behöver", "när du har skickat in"). A document the
   * caller is merely able to send ("du kan ansöka") is information, not a task.
   */
  callerTask: RegExp;
  /** A commitment in the future tense with no more specific kind ("kommer", "will"). */
  future: RegExp;
  /** Past tense: what already happened is no follow-up, whatever date it names. */
  past: RegExp;
  /** The speaker speaks of themself ("jag", "vi", "I", "we"). */
  firstPerson: RegExp;
  /** Negation right before a follow-up cue cancels it ("du behöver inte skicka in"). */
  negation: RegExp;
  /** Events the caller reports ("jag flyttade", "har aldrig fått"): facts even in a short sentence. */
  fact: RegExp;
  /** Feelings, which the note leaves to the sentiment figures. */
  feeling: RegExp;
  /** Words that carry no content, for telling substantial sentences from filler. */
  functionWords: ReadonlySet<string>;
}

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** JavaScript's \b knows only ASCII letters; this makes it a boundary of any letter (å, ä, ö). */
const BOUNDARY = '(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))';
const u = (pattern: RegExp) => new RegExp(pattern.source.replaceAll('\\b', BOUNDARY), 'iu');
/** A sentence made only of these phrases, in any order ("Varsågod, ha en fin dag."). */
const phrases = (alternatives: string) => new RegExp(`^(?:(?:${alternatives})[\\s,.!?]*)+$`, 'iu');

export const CUES: Record<Language, Cues> = {
  sv: {
    pleasantry: phrases(
      'hej(?: hej| då)?|hallå|god (?:morgon|dag|eftermiddag|kväll)|tack(?: så (?:jätte)?mycket| ska du ha| själv| ändå)?(?: för (?:hjälpen|all hjälp|samtalet|det))?|' +
        'varsågod|ingen orsak|ingen fara|ha en (?:fin|bra|trevlig) dag|ha det (?:bra|gott)|ta hand om (?:dig|er)|okej|ok|ja|nej|jaha|jo|mm|precis|absolut|' +
        'bra|toppen|perfekt|gärna|lycka till(?: med \\p{L}+)?|förlåt|ursäkta|ett ögonblick|vänta lite|åh|oj|vad bra|vad skönt|äntligen|hej då|eh|öh|ehm|öhm|hm',
    ),
    opening: u(
      /(?:du pratar med|du talar med|välkommen till|^(?:pensionsmyndigheten|försäkringskassan)\b|vad (?:kan jag hjälpa (?:dig|till) med|gäller (?:saken|det|ditt ärende)))/iu,
    ),
    empathy: u(
      /^(?:jag förstår|jag beklagar|vad tråkigt|det låter (?:jobbigt|tråkigt)|det ska vi (?:reda ut|lösa)|jag ska (?:titta|kolla) på det|(?:(?:okej|ja|bra)[,\s]+)?(?:jag ska (?:titta|kolla|se efter)|(?:då )?tittar (?:vi|jag)(?: på det)?|vi tittar på det|låt mig (?:titta|kolla|se))(?=\s*[.!]?$)|inga problem|jag hoppas (?:att )?du mår bättre|vad (?:hemskt|ledsamt))/iu,
    ),
    request: u(
      /\b(?:undrar|vill|ville|skulle vilja|behöver|ringer (?:om|angående|för|eftersom|för att)|varför|hur (?:gör|lång|mycket|ansöker)|när (?:kommer|får)|kan (?:jag|ni|du) |vad händer|(?:har )?fått ett brev|fick ett brev)\b/iu,
    ),
    problem: u(
      /\b(?:kan inte (?:logga in|komma in|öppna|hitta)|kommer inte in|har slutat|slutade|har inte (?:fått|kommit|hört)|inte kommit|fungerar inte|blev (?:lägre|fel|mindre)|förstår inte|(?:har|hade) inte förstått|förstod inte|fattar inte|begriper inte|vet inte|stoppades|saknas|(?:har )?väntat|väntar fortfarande|hör (?:inte )?av sig|fel belopp|betala tillbaka|återkrav)\b/iu,
    ),
    identification: u(/\b(?:personnummer|födelsedatum|identitet|samordningsnummer)\b/iu),
    information: u(
      /\b(?:jag ser att|det står|har (?:registrerat|ändrat|noterat|beställt|lagt in|skickat|skickats)|handläggningstiden|betalas (?:ut|i regel)|gäller|beror på|räknas|kan (?:du|ni) (?:göra|ansöka|välja|begära|byta|ändra)|har rätt|upphör|påverkas|handläggs av|jag (?:noterar|antecknar|har noterat))\b/iu,
    ),
    followUp: [
      [
        'callBack',
        u(
          /\b(?:ringer (?:upp|tillbaka|dig|er)|ringer (?:jag|vi) (?:upp |tillbaka )?(?:dig|er|kunden)|ringa (?:upp|tillbaka)|ring(?:a)? (?:oss|till oss|hit)|återkommer|hör av (?:mig|oss)|kollega(?:n)? hör av sig|kontaktar (?:dig|er|kunden)|kontakta dig|bokar (?:jag |vi )?(?:(?:också|även) )?(?:ett |en )?(?:samtal|telefontid|telefonmöte|återuppringning|uppringning)|(?:samtalet|tiden) är bokad)\b/iu,
        ),
      ],
      [
        'awaitDocument',
        u(
          /\b(?:(?:du|ni|vi) (?:har |kan |ska |behöver |måste )?skicka[rt]? in|skicka(?:r)? (?:in|ett|en|oss|med|tillbaka|det|den|dem)|(?:jag|vi) (?:ska |kan )?ansök(?:er|a)|mejla|maila|anmäla?|anmäler|ansök(?:er|a)? (?:om|på)|fyll(?:er|a)? i|komplettera|skriv(?:a|er)? (?:under|och förklara\p{L}*|till oss|en begäran)|laddar upp|ladda upp)\b/iu,
        ),
      ],
      ['decision', u(/\b(?:beslut(?:et)? (?:kommer|skickas)|(?:får|få) (?:ett|ditt|ett nytt) beslut|(?:det )?blir (?:det )?ett nytt beslut|räkna[rs]? om|prövar|utreder)\b/iu)],
      [
        'sendDocument',
        u(
          /\b(?:skickar (?:jag|vi|ut|hem|tillbaka|också|en|ett|information|blankett\p{L}*|brevet|beslutet)|(?:jag|vi) (?:kan |ska )?(?:skicka|skickar|posta|postar|beställa|beställer)|beställer (?:jag|vi|en|ett)|skickas (?:ut|hem|till|med)|(?:får|kommer) (?:du |ni )?(?:ett|en|det|ditt|din) (?:\p{L}+ )?\p{L}*(?:brev|blankett|besked|intyg|faktura|bekräftelse|kopia|utdrag|prognos|plan|inbetalningskort)|(?:(?<!(?:när|om|att|innan|tills|eftersom) )(?:du|ni) får|får (?:du|ni)) (?:\p{L}+ )?\p{L}*(?:planen|brevet|blanketten|beskedet|fakturan|inbetalningskortet)|kommer med posten)\b/iu,
        ),
      ],
      // "Då gör jag en ny utbetalning till det nya kontot": the agency's payment, promised.
      // "Jag lägger in en anteckning om misstänkt bedrägeri": a note in the case, promised.
      ['other', u(/\b(?:(?:gör|lägger) (?:jag|vi) (?:en )?ny utbetalning|(?:jag|vi) (?:gör|lägger upp) en ny utbetalning|betalar (?:jag|vi) ut|(?:jag|vi) betalar ut|(?:jag|vi) (?:lägger in|gör|skriver in) en (?:anteckning|notering))\b/iu)],
    ],
    callerTask: u(
      /(?:\b(?:(?:du|ni|han|hon) (?:\p{L}+ )?(?:ska|behöver|måste|bör)|(?:ska|behöver|måste|bör) (?:du|ni|han|hon)|(?:när|så fort|innan|om|efter att) (?:du|ni))\b|(?:^|,\s*|\b(?:så|och|sen|sedan|då)\s+)(?:du|ni)\s+(?!(?:har|är|kan|får|vill|ska|blir|behöver|måste|ser|hör|tar)\b)\p{L}+(?:ar|er|ir|yr)\b|\b(?:så|då|sen|sedan)\s+(?!(?:är|har|kan|får|blir|vill|ser)\b)\p{L}+(?:ar|er|ir|yr)\s+(?:du|ni)\b)/iu,
    ),
    future: u(/\b(?:kommer|ska|skall|blir|betalas ut|betalas|finns på kontot)\b/iu),
    firstPerson: u(/\b(?:jag|vi)\b/iu),
    past: u(/\b(?:\p{L}+(?:ade|dde|de|te)|fick|gick|kom|var|hade|sa|sade|gjorde|tog|skrev|bodde|avled|dog|föddes)\b/iu),
    negation: u(/\b(?:inte|ej|aldrig|ingen|inget)\s+(?:\p{L}+\s+)?$/iu),
    fact: u(
      /\b(?:flyttade|flyttat|bytte|bytt|fick|fått|slutade|gick bort|dog|avled|jobbade|arbetade|bor|bodde|har inte|aldrig|saknas)\b/iu,
    ),
    feeling: u(
      /\b(?:upprörd|arg|ledsen|orolig|frustrerad|besviken|förbannad|rädd|missnöjd|glad|nöjd|tacksam|lättad|lättnad|skönt|less|känns|känner mig|oacceptabelt|orimligt|skandal|äntligen)\b/iu,
    ),
    functionWords: set(`
      jag du han hon hen vi ni de den det denna detta dessa man mig dig honom henne oss er dem sig min mitt mina din ditt dina sin sitt sina vår vårt våra
      är var vara varit blir blev bli har hade haft kan kunde ska skulle vill ville får fick måste bör
      och eller men att som om när då så för med till från på i av ut in upp över under efter innan hos vid åt utan
      inte ej aldrig ingen inget inga också bara ju nog väl faktiskt alltså liksom precis redan ännu nu här där
      en ett någon något några alla allt mycket lite väldigt ganska jätte ja nej okej tack hej
      vad hur varför vem vilken vilket vilka hjälp hjälpen få jaha åh oj aha förlåt ursäkta varsågod mm
      bra låter skönt toppen perfekt fint förstår förstått kul roligt härligt underbart strålande
    `),
  },
  en: {
    pleasantry: phrases(
      "hi|hello|hey|good (?:morning|afternoon|evening)|thanks?(?: you)?(?: so much| very much| a lot| again)?(?: for (?:your help|calling|that))?|you're welcome|" +
        'no problem(?: at all)?|have a (?:nice|good|great|lovely) day|take care|bye|goodbye|okay|ok|yes|no|right|sure|great|perfect|fine|all right|alright|' +
        'sorry|oh|one moment|finally|good|wonderful|lovely|excellent|eh|uh|um|erm|uhm|hm|mm',
    ),
    opening: u(
      /(?:you're speaking (?:with|to)|this is \p{Lu}\p{L}+(?: speaking)?|\p{Lu}\p{L}+ speaking|how (?:can|may) i help|what can i do for you|^(?:the )?(?:swedish )?(?:pensions|social insurance) agency\b)/iu,
    ),
    empathy: u(/^(?:i understand|i'm (?:very )?sorry|i am sorry|sorry (?:about|to hear)|that sounds|let me (?:check|have a look|see)(?!\s*[,:]\s*\p{L})|(?:(?:okay|ok|right|well|sure|yes)[,\s]+)?(?:let(?:'s| us| me) (?:have a )?look(?: at (?:it|that|this))?|let's (?:check|see)(?: that)?|let me (?:find|pull) (?:it|that) up)(?=\s*[.!]?$)|i hope you(?:'re| are) (?:feeling )?better)/iu),
    request: u(
      /\b(?:i(?:'m| am) calling (?:about|because|to)|(?:want|wanted|would like|i'd like|need|wonder)|(?:got|received) (?:a|the|an) (?:letter|envelope)|why|how (?:do|long|much|can)|when (?:will|do|can)|can (?:i|you) |could (?:i|you|she|he) |what happens)\b/iu,
    ),
    problem: u(
      /\b(?:stopped|didn't arrive|hasn't arrived|haven't (?:received|heard)|not received|doesn't work|can't log in|cannot log in|can't get in(?:to)?|cannot get in(?:to)?|is wrong|too much|lower than|looks lower|don't understand|don't know|missing|waiting|been waiting|nobody)\b/iu,
    ),
    identification: u(/\b(?:personal identity number|identity number|date of birth|social security number|co-ordination number)\b/iu),
    information: u(
      /\b(?:i can see|we (?:deduct|have|asked|sent)|has been|have registered|i've (?:registered|ordered|changed|updated)|processing time|is paid|are paid|depends on|is handled by|doesn't affect|may be entitled|you can (?:apply|switch|ask|also)|requires?|stops if|i(?:'ll| will|'ve| have)? not(?:e|ed) (?:that|it|down|your))\b/iu,
    ),
    followUp: [
      ['callBack', u(/\b(?:call (?:you|them|her|him)(?: back)?|ring you|get back to you|be in touch|contact you|book(?:ing)? (?:you )?(?:a |in a )?(?:call(?:-| )?back|call|phone appointment)|(?:it's|it is|the call is) booked)\b/iu)],
      [
        'awaitDocument',
        u(
          /\b(?:(?:please |you (?:need to |should |can |must |could )?)?send (?:us|it|in|back)|upload|report the move|fill (?:it |this )?in|return (?:it|the form)|post it|write (?:to us|and explain|a request)|once you send|apply (?:for|on|at)|(?:i|we)(?:'ll| will| am going to| are going to)? apply)\b/iu,
        ),
      ],
      ['decision', u(/\b(?:(?:get|receive) a decision|decision (?:will|in|about|by)|recalculate|reassess|review your|investigate|(?:we|i)(?:'ll| will) look (?:at|into) whether)\b/iu)],
      [
        'sendDocument',
        u(
          /\b(?:(?:i'll|i will|we'll|we will|i can|we can|i'm|i am|we're|we are) (?:send|post|mail|order)(?:ing)?|send you|you(?:'ll| will) (?:receive|get) (?:a|an|the|your) (?:\p{L}+ )?(?:letter|form|confirmation|forecast|invoice|certificate|decision|statement|copy|plan|payment slip|bill)|will arrive|send it by post)\b/iu,
        ),
      ],
      ['other', u(/\b(?:(?:i|we)(?:'ll| will) (?:pay (?:it |them |the money )?out|make a new payment|reissue the payment)|we pay (?:it |them |the money )?out|(?:i|we)(?:'ll| will)? (?:make|add|put) a note)\b/iu)],
    ],
    callerTask: u(
      /\b(?:(?:you|he|she) (?:\p{L}+ )?(?:need to|needs to|must|should|have to|has to|will need)|(?:once|when|after|as soon as|before) you|you are asked|(?:help|good|great|useful) if you (?:\p{L}+ )?(?:could|can)|(?:and|then|so) you (?:send|return|post|sign|fill|attach|upload|bring|submit|include|register|write))\b|^you (?:send|return|post|sign|fill|attach|upload|bring|submit|include|register|write)\b/iu,
    ),
    future: u(/\b(?:will|'ll|going to|shall|is due|are due|will be paid)\b/iu),
    firstPerson: u(/\b(?:i|we|i'll|we'll|i'm|we're)\b/iu),
    past: u(/\b(?:\p{L}+ed|was|were|had|did|got|sent|went|came|said|told|paid)\b/iu),
    negation: u(/\b(?:not|never|no|don't|doesn't|won't|n't)\s+(?:\p{L}+\s+)?$/iu),
    fact: u(/\b(?:moved|changed|got|received|stopped|passed away|died|worked|live|lived|never|haven't|didn't|sent)\b/iu),
    feeling: u(
      /\b(?:upset|angry|sad|worried|frustrated|disappointed|annoyed|scared|unhappy|happy|glad|grateful|relieved|relief|unacceptable|ridiculous|impossible|finally)\b/iu,
    ),
    functionWords: set(`
      i you he she it we they me him her us them my your his its our their mine yours myself yourself
      am is are was were be been being have has had do does did can could will would shall should may might must
      and or but that which who if when then so for with to from on in of at by about as into out up over after before
      not no never also just only still already now here there very really quite a an the some any all this these those
      yes okay ok thanks thank hello hi please what how why who which help oh sorry well alright
      good great fine sounds perfect lovely wonderful understand see sense
    `),
  },
};
