import type { Language } from '@samtal/contracts';

/**
 * Spoken style a caseworker never writes, taken out of a sentence before it is written in the
 * register: fillers and hedging particles ("ju", "liksom", "typ", "alltså" at either end,
 * "honestly", "actually", "yeah"), a word searched for aloud ("på, vänta, elvatusen"), a clause
 * broken off and begun again ("Fullmakt... vi har pratat om det" → "Vi har pratat om det"), and
 * the spoken forms of written words ("nåt", "nån", "sen", "dom"). What the words say stays.
 */
const SV: [RegExp, string][] = [
  // "Hon får, vänta... hon säger fyratusen niohundra": begun again after "vänta"; what was broken off goes.
  [/^.{1,40}?,?\s*vänta\s*(?:\.\.\.|…|,)\s*(?=(?:jag|vi|de|dom|det|han|hon|du|ni|man)\s)/iu, ''],
  [/,?\s*vänta\s*(?:\.\.\.|…|,)\s*/giu, ' '],
  // A clause broken off and a new one begun with its own subject.
  [/^[^.…]{1,40}?(?:\.\.\.|…)\s+(?=(?:jag|vi|de|dom|det|han|hon|du|ni|man)\s)/iu, ''],
  [/^(?:(?:nå|jo|nä|ja|jaha|alltså|förlåt|ursäkta|eller)\s*,\s*|ja men\s+|nej men\s+|(?:ja|jo|eller)\s+(?=(?:det|jag|vi|han|hon|de|kunden)\s))+/iu, ''],
  // "Jag, min man dog …": a subject begun and replaced by another.
  [/^(?:jag|vi)\s*,\s+(?=(?:min|mitt|mina|vår|vårt|våra)\s)/iu, ''],
  // "vad jag ska, vad man ska göra": a question word's clause broken off after its auxiliary and begun again.
  [/(?<![\p{L}])(vad|hur|när|var)\s+\p{L}+\s+(?:ska|kan|skulle|måste)\s*,\s+(?=\1\s)/giu, ''],
  [/\s+(?:och allting|och sånt|och så vidare|och grejer)(?=\s*[.!?]?$)/iu, ''],
  [/(?<![\p{L}])sen(?=\s*(?:[.,!?]|$|och\s|men\s))/giu, 'sedan'],
  [/^sen(?=\s)/iu, 'Sedan'],
  [/,\s*(?:ja|jo|nå|eller ja)\s*,\s*/giu, ', '],
  // "Min pension, den har gått ner": the subject said before the clause is its subject.
  [/^((?:min|mitt|mina|vår|vårt|våra|hans|hennes)\s+\p{L}+(?:\s+\p{L}+)?),\s+(?:den|det|han|hon|de|dom)\s+(?=\p{L})/iu, '$1 '],
  [/^((?:här\s+)?står det att),?\s+att\s+/iu, '$1 '],
  [/^(?:först|för det första|sedan|sen|och sen)\s*,\s*/iu, ''],
  [/(?<=\p{L})\s+(?:ju|liksom|faktiskt)(?![\p{L}])/giu, ''],
  [/,\s*(?:liksom|typ|faktiskt)(?=\s*[.!?]?$)/iu, ''],
  [/(?<![\p{L}])typ\s+(?!av(?![\p{L}]))/giu, ''],
  [/,?\s+(?:alltså|eller så)(?=\s*[.!?]?$)/iu, ''],
  [/(?<![\p{L}])nåt(?![\p{L}])/giu, 'något'],
  [/(?<![\p{L}])nån(?![\p{L}])/giu, 'någon'],
  [/(?<![\p{L}])nånting(?![\p{L}])/giu, 'någonting'],
  [/(?<![\p{L}])sen(?=\s+(?:i|augusti|september|oktober|november|december|januari|februari|mars|april|maj|juni|juli|dess|förra|länge)(?![\p{L}]))/giu, 'sedan'],
  // "dom" as a subject is "de", as an object "dem".
  [/(?<=(?:^|[,;]\s*|(?<![\p{L}])(?:och|men|att|så|som|när|om|eftersom|då)\s+))dom(?![\p{L}])/giu, 'de'],
  [/(?<![\p{L}])dom(?![\p{L}])/giu, 'dem'],
];

const EN: [RegExp, string][] = [
  [/^[^.…]{1,40}?(?:\.\.\.|…)\s+(?=(?:i|we|they|it|he|she|you|my)\s)/iu, ''],
  [/^(?:(?:so|well|yeah|yes|oh|look|okay|ok|sorry|or)\s*,\s*|so\s+(?=(?:i|we|my|the|it|first|then)[\s,]))+/iu, ''],
  [/^(?:i|we)\s*,\s+(?=(?:my|our)\s)/iu, ''],
  [/^((?:my|our|his|her)\s+\p{L}+(?:\s+\p{L}+)?),\s+(?:it|he|she|they)(?:['’]s|\s+is)\s+/iu, '$1 is '],
  [/^((?:my|our|his|her)\s+\p{L}+(?:\s+\p{L}+)?),\s+(?:it|he|she|they)\s+(?=\p{L})/iu, '$1 '],
  [/^(?:first(?:ly)?|first of all|second(?:ly)?)\s*,\s*/iu, ''],
  [/(?<![\p{L}])(what|how|when|where)\s+\p{L}+\s+(?:should|can|will|would|must)\s*,\s+(?=\1\s)/giu, ''],
  [/\s+(?:and everything|and stuff|and all that|and so on)(?=\s*[.!?]?$)/iu, ''],
  [/,\s*(?:yeah|honestly|basically|like|you know)\s*,\s*/giu, ', '],
  [/,?\s+(?:honestly|basically)(?![\p{L}])/giu, ''],
  [/(?<=\p{L})\s+actually(?![\p{L}])/giu, ''],
  [/(?<=\p{L})\s+just(?=\s+(?!now|as|before|after|about|over|under)\p{L})/giu, ''],
];

const SUBJECT_AGAIN = /(?<![\p{L}'’])((?:jag|du|vi|han|hon|de|i|we|he|she|they)(?:['’]\p{L}+)?(?:\s+(?:är|har|is|am|are|was))?)\s*,\s+\1(?![\p{L}'’])/giu;

export function withoutSpokenStyle(text: string, language: Language): string {
  const cleaned = (language === 'sv' ? SV : EN)
    .reduce((t, [pattern, written]) => t.replace(pattern, written), text)
    // What is left may repeat a subject ("och jag, ja, jag vill" → "och jag, jag vill"): said once.
    .replace(SUBJECT_AGAIN, '$1')
    .replace(/\s+([,.!?])/gu, '$1')
    .replace(/,\s*,/gu, ',')
    .replace(/^[,\s]+/u, '')
    .replace(/\s{2,}/gu, ' ')
    .trim();
  if (cleaned.length < 2) return text;
  return /^\p{Ll}/u.test(cleaned) && /^\p{Lu}/u.test(text) ? cleaned.charAt(0).toUpperCase() + cleaned.slice(1) : cleaned;
}
