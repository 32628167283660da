import type { Language } from '@samtal/contracts';
import { isInstruction } from './register.js';
import { capitalise, wordsOf } from './text.js';

/**
 * A sentence a caseworker would not write on its own: a fragment with no finite verb ("15
 * januari.", "Nittonhundra kronor i månaden ungefär.", "Probably two to three weeks."). Said as
 * the answer to a question it means something only with that question; otherwise it is left out.
 * Only short sentences are judged (a long one without a verb found is more likely a verb this
 * list does not know than a fragment).
 */
const MAX_FRAGMENT_WORDS = 8;

const SV_VERBS = new Set(
  'är var varit vara har hade haft kan kunde ska skall skulle vill ville måste får fick kommer kom gör gjorde står stod går gick finns fanns sa sade säger tror trodde vet visste heter hette bor bodde ligger låg ser såg tar tog ger gav bör borde gäller blir blev bli stämmer hjälp hjälpa ta skriv fyll ring gå kolla vänta skicka sök behövs görs fås ges tas dras ses dog dött avled ber bad dör sitter satt lät lär'.split(
    ' ',
  ),
);
/** Words that end like a Swedish verb ("-ar", "-er", "-de", "-te") but are not one. */
const SV_NOT_VERBS = new Set(
  'september oktober november december pengar dagar timmar kronor veckor månader papper efter under över eller senare mer fler annars dollar siffer vecka andra tredje fjärde femte sjätte sjunde elfte tolfte samma mitt sidan heller antingen kvar bar ungefär dotter syster moster faster vinter sommar nummer meter liter kontor'.split(
    ' ',
  ),
);
const SV_VERB_ENDING =
  /^\p{L}{3,}(?:ar|er|ir|ör|ade|dde|tte|de|te|as|es|ats|its)$/u;
/** The passive of a verb whose stem ends in a consonant: "handläggs", "läggs", "behövs", "skrivs", "köps", "hörs". */
const SV_PASSIVE = /^\p{L}{3,}(?:gs|ds|ls|ps|vs|ks|rs)$/u;
const SV_ORDINAL = /(?:onde|nde|rde)$/u;

const EN_VERBS = new Set(
  "is are was were be been am has have had do does did will would can could should shall may might must get gets got go goes went come comes came pay pays paid take takes took need needs want wants send sends sent know knows think thinks said says see sees saw live lives make makes made give gives gave tell told find found keep kept leave left put let happen happens apply applies stop stops start starts work works call calls ring rings hold holds look looks try tries it's i'm i've i'll i'd that's there's he's she's we're they're you're we've we'll you'll they'll can't won't don't doesn't didn't isn't wasn't aren't haven't hasn't".split(
    ' ',
  ),
);
const EN_VERB_ENDING = /^\p{L}{3,}ed$/u;
/** An English verb in the third person ends in "-s" like a plural: after the first word, it counts unless it is a plural this list knows. */
const EN_THIRD_PERSON = /^\p{L}{3,}[^s']s$/u;
const EN_PLURALS = new Set(
  'weeks days months years kronor crowns euros dollars pounds payments forms letters papers documents pensions hours minutes times records details thanks'.split(
    ' ',
  ),
);

/**
 * A personal pronoun, or the note's own subject ("Handläggaren", "the caller"), before another word is a
 * subject: the sentence is a clause ("You choose the month on the form", "Handläggaren ber en kollega …").
 */
const SUBJECT: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:jag|du|han|hon|hen|vi|ni|de|dom|det|man|ingen|någon|kunden|handläggaren|myndigheten)\s+\p{L}/iu,
  en: /(?<![\p{L}'’])(?:i|you|he|she|we|they|it|nobody|someone|there|the (?:caller|agent|agency))\s+\p{L}/iu,
};

/** Whether the sentence has no word that can be a finite verb (placeholders and numbers aside). */
export function isFragment(text: string, language: Language): boolean {
  const words = wordsOf(text.replace(/\[[^\]]*\]|<[^>]*>/g, ' '));
  if (
    words.length === 0 ||
    words.length > MAX_FRAGMENT_WORDS ||
    SUBJECT[language].test(text)
  )
    return false;
  if (language === 'sv') {
    if (isInstruction(text, language)) return false;
    return !words.some(
      (w) =>
        SV_VERBS.has(w) ||
        SV_PASSIVE.test(w) ||
        (SV_VERB_ENDING.test(w) && !SV_NOT_VERBS.has(w) && !SV_ORDINAL.test(w)),
    );
  }
  if (isInstruction(text, language)) return false;
  return !words.some(
    (w, i) =>
      EN_VERBS.has(w) ||
      EN_VERB_ENDING.test(w) ||
      /['’](?:m|re|ve|ll|d)$/u.test(w) ||
      (i > 0 && EN_THIRD_PERSON.test(w) && !EN_PLURALS.has(w)),
  );
}

/** How a fragment answer is written with its question: "På frågan om … svarade kunden: …". */
export function answerWithQuestion(
  clause: string,
  answer: string,
  answeredBy: 'caller' | 'agent',
  language: Language,
): string {
  const who =
    answeredBy === 'caller'
      ? language === 'sv'
        ? 'kunden'
        : 'the caller'
      : language === 'sv'
        ? 'handläggaren'
        : 'the agent';
  const value = answer.replace(/[.!?]+$/u, '');
  // "Friday is fine", "March 2027": an English day or month keeps its capital.
  const name =
    language === 'en' &&
    /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)(?![\p{L}])/iu.test(
      value,
    );
  const lowered =
    /^\p{Lu}\p{Ll}/u.test(value) && !name
      ? value.charAt(0).toLowerCase() + value.slice(1)
      : value;
  const asked = clause.replace(/[.?!]+$/u, '');
  const stated = statedAnswer(asked, lowered, language);
  if (stated) return stated;
  return language === 'sv'
    ? `På frågan ${asked} svarade ${who}: ${lowered}.`
    : `Asked ${asked}, ${who} said: ${lowered}.`;
}

/** A time said as an answer: a date, a month, a weekday or a day named relative to today. */
const TIME_ANSWER: Record<Language, RegExp> = {
  sv: /^(?:(?:den|i|på|från|sedan|i början av|i slutet av|i mitten av)\s+)?(?:\d|(?:\p{L}+(?:onde|nde|rde|sta))\s|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|i dag|i går|förra|nästa)/iu,
  en: /^(?:(?:on|in|from|since|at the (?:start|end) of|in the middle of|the)\s+)?(?:\d|(?:\p{L}+(?:st|nd|rd|th))\s|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|last|next)/iu,
};
/** An amount said as an answer: digits or a number word. */
const AMOUNT_ANSWER =
  /^(?:ungefär\s+|runt\s+|about\s+|around\s+)?(?:\d|(?:ett|en|två|tre|fyra|fem|sex|sju|åtta|nio|tio|one|two|three|four|five|six|seven|eight|nine|ten)\p{L}*\s)/iu;
const MONTHS =
  /^(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|february|march|april|may|june|july|august|september|october|november|december)(?![\p{L}])/iu;
const WEEKDAYS =
  /^(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\p{L}])/iu;

/**
 * Round 8: a question of "when" answered by a time, or of "how much … is" answered by an amount, is written as the
 * statement the two make together ("När kunden flyttar" + "den 8 januari" → "Kunden flyttar den 8 januari."), not
 * as a question and its answer. Anything else stays as asked and answered: the statement is written only when the
 * answer fills the question word's place, with nothing added but the preposition a bare date takes.
 */
function statedAnswer(
  asked: string,
  answer: string,
  language: Language,
): string | undefined {
  const when =
    language === 'sv'
      ? /^när\s+(.+)$/iu.exec(asked)
      : /^when\s+(.+)$/iu.exec(asked);
  if (
    when &&
    TIME_ANSWER[language].test(answer) &&
    !/[,;]/u.test(answer) &&
    answer.split(/\s+/u).length <= 5
  ) {
    const bare =
      !/^(?:den|i|på|från|sedan|on|in|from|since|the|at)(?![\p{L}])/iu.test(
        answer,
      );
    const preposition = !bare
      ? ''
      : /^\d/u.test(answer)
        ? language === 'sv'
          ? 'den '
          : 'on '
        : // ("Last Monday", "förra veckan": "last" is no ordinal; it takes no preposition, round 87.)
          /^(?!(?:last|past|next|sista)\s)\p{L}+(?:onde|nde|rde|sta|st|nd|rd|th)\s/iu.test(answer)
          ? language === 'sv'
            ? 'den '
            : 'on the '
          : MONTHS.test(answer)
            ? language === 'sv'
              ? 'i '
              : 'in '
            : WEEKDAYS.test(answer)
              ? language === 'sv'
                ? // ("onsdag den 9 juni": a weekday with its date stands alone, past or ahead, round 87.)
                  /^\p{L}+\s+den\s/iu.test(answer)
                  ? ''
                  : 'på '
                : 'on '
              : '';
    return `${capitalise(when[1]!)} ${preposition}${answer}.`;
  }
  const howMuch =
    language === 'sv'
      ? /^hur mycket\s+(.+\s(?:är|blir|var))$/iu.exec(asked)
      : /^how much\s+(.+\s(?:is|was|will be))$/iu.exec(asked);
  if (
    howMuch &&
    AMOUNT_ANSWER.test(answer) &&
    !/[,;]/u.test(answer) &&
    answer.split(/\s+/u).length <= 5
  )
    return `${capitalise(howMuch[1]!)} ${answer}.`;
  return undefined;
}
