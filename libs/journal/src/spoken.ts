import type { Language } from '@samtal/contracts';
import { capitalise } from './text.js';

/**
 * Spoken style a caseworker never writes, taken out of a sentence before it is written in the
 * register: fillers and hedging particles ("ju", "liksom", "typ", "alltså" at either end,
 * "honestly", "actually", "yeah"), a word searched for aloud ("på, vänta, elvatusen"), a clause
 * broken off and begun again ("Fullmakt... vi har pratat om det" → "Vi har pratat om det"), and
 * the spoken forms of written words ("nåt", "nån", "sen", "dom"). What the words say stays.
 */
/**
 * Round 51: "Hon flyttade den... den sjätte", "on the... the sixth": a word said again after a pause is said once ("Kundens
 * mamma flyttade den... den 6 september" was in a note), in either language.
 */
const SAID_AGAIN_AFTER_PAUSE: [RegExp, string] = [/(?<![\p{L}])(\p{L}+)\s*(?:\.\.\.|…)\s*\1(?![\p{L}])/giu, '$1'];

const SV: [RegExp, string][] = [
  SAID_AGAIN_AFTER_PAUSE,
  // Round 51: "i... tja, femton år": a hedge word between commas goes.
  [/(?<=\p{L})(?:\s*(?:\.\.\.|…))?\s+(?:tja|äh|öh|eh)\s*,\s+(?=[\p{L}\d])/giu, ' '],
  // Round 7c. An aside that tells nothing about the errand ("…, och, det är en annan historia", "det är så mycket nu").
  [/,?\s*(?:och|men)?\s*,?\s*(?:ja\s*,\s*)?det är (?:en annan historia|en annan sak|så mycket (?:just )?nu|mycket nu|som det är)(?=\s*[.!?,]|\s*$)/giu, ''],
  // Round 7d: "Men rent allmänt då, han får …": a hedge that opens the sentence goes.
  [/^(?:(?:men|och|så)\s+)?(?:rent allmänt|allmänt sett|i stort sett|egentligen)(?:\s+då)?\s*,\s*/iu, ''],
  // "Det är en prognos alltså, inget beslut": "alltså" before a comma is a filler.
  [/\s+alltså(?=\s*,)/giu, ''],
  // "för hela den månad han dog, alltså oktober": "alltså" that explains is written "det vill säga".
  [/,\s*alltså\s+(?=[\p{L}\d])/giu, ', det vill säga '],
  [/,\s*(?:om man säger så|så att säga|vad ska man säga|du vet|förstår du|tro mig|som sagt)\s*(?=[,.!?]|$)/giu, ''],
  // "Det vi gör är att vi drar …", "Det jag kan göra är att skicka …": the statement, not the cleft.
  [/^(?:(?:då|så|men)\s*,?\s+)?det (jag|vi) gör(?: nu)? är att \1\s+/iu, '$1 '],
  [/^(?:(?:då|så|men)\s*,?\s+)?det (jag|vi) (kan|ska) göra är att (?:\1\s+(?:kan\s+|ska\s+)?)?/iu, '$1 $2 '],
  // "mindre lägenhet, eller mindre och mindre, den är dyrare": a repair that only says again what was just said goes.
  [/(?<![\p{L}])(\p{L}{3,})((?:\s+\p{L}+){0,3}),\s*eller\s+\1(?:\s+(?:och|eller)\s+\1)?\s*,\s*/giu, '$1$2, '],
  // "för min revisor … eller min svåger som …": the person or thing named again after "eller" replaces the one broken off.
  [/(?<![\p{L}])(min|mitt|mina|hans|hennes|vår|vårt|våra|en|ett|den|det)\s+\p{L}+\s*(?:…|\.\.\.)\s*,?\s*eller\s+(?=\1\s)/giu, ''],
  // "…, det är det som…": a clause broken off at the end goes with its pause.
  [/[,;]\s*[^,;.!?]{0,40}(?:…|\.\.\.)\s*[.]?\s*$/u, ''],
  // "Hon får, vänta... hon säger fyratusen niohundra": begun again after "vänta"; what was broken off goes.
  [/^.{1,40}?,?\s*vänta\s*(?:\.\.\.|…|,)\s*(?=(?:jag|vi|de|dom|det|han|hon|du|ni|man)\s)/iu, ''],
  [/,?\s*vänta\s*(?:\.\.\.|…|,)\s*/giu, ' '],
  // A clause broken off and a new one begun with its own subject; after it, false starts of a word or two each
  // ("Ja hej... förlåt, jag... min man har gått bort"), not a clause said with a pause ("den har gått ner... jag …").
  [/^[^.…]{1,40}?(?:\.\.\.|…)\s*(?:[^.…\s]+(?:,?\s+[^.…\s]+)?\s*(?:\.\.\.|…)\s*)*(?=(?:jag|vi|de|dom|det|han|hon|du|ni|man|min|mitt|mina|vår|vårt|våra)\s)/iu, ''],
  // Round 12: a swear word used as an intensifier is no part of a note ("nu får ni fan hjälpa mig", "den jävla blanketten").
  [/\s*(?<![\p{L}])(?:för fan|för helvete|fy fan)(?![\p{L}])|(?<=\s)fan(?=\s+\p{L})|(?<![\p{L}])jävla\s+(?=\p{L})/giu, ''],
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
  // "… för att pensionen, den har blivit lägre": after "att"/"eftersom"/"när" too.
  [/(?<=(?<![\p{L}])(?:att|eftersom|när)\s+)((?:(?:min|mitt|mina|vår|vårt|våra|hans|hennes)\s+\p{L}+)|\p{L}{3,}(?:en|et|na|an)),\s+(?:den|det|de|dom|han|hon)\s+(?=\p{L})/giu, '$1 '],
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
  [/^((?:jag|vi|det|han|hon|de)\s+\p{L}+)[^.!?]*?,\s*nej,\s+(?=\1(?![\p{L}]))/iu, ''],
  // "Nu står det något på engelska, eller, nej, det står att det är ogiltigt": a clause corrected by a new one with its own subject.
  [/^[^.!?]*?,\s*(?:eller,?\s*nej|nej,?\s*förresten|nej,?\s*vänta|förlåt,?\s*nej|jag menar|rättare sagt),?\s+(?=(?:det|jag|vi|han|hon|de|den|man)\s+\p{L}+)/iu, ''],
  // "undrar om hur mycket": one question word is enough ("undrar hur mycket").
  [/(?<![\p{L}])(undrar|frågar|vet inte|förstår inte)\s+om\s+(?=(?:hur|vad|när|varför|var|vem|vilken|vilket|vilka)\s)/giu, '$1 '],
  // "på grund av att... ja, nej, ta bort det, jag pratar med Skatteverket": what was taken back goes.
  [/^.*?(?:\.\.\.|…)\s*(?:ja,?\s*)?nej,?\s*(?:ta bort det|glöm det|strunt i det|det hör inte hit)\s*[,.]?\s*(?=\p{L})/iu, ''],
  // "väntat i... sedan september": a small word left hanging before the pause goes with it.
  // Not before "ja"/"nej": the speaker changed track there ("på... ja, här står ett belopp").
  [/\s+(?:i|på|om|till|för|med|av|att|och)\s*(?:\.\.\.|…)\s+(?!(?:ja|nej|jo)(?![\p{L}]))(?=[\p{Ll}\d])/gu, ' '],
];

const EN: [RegExp, string][] = [
  SAID_AGAIN_AFTER_PAUSE,
  // Round 7c: asides, hedging fillers and the cleft, as in Swedish.
  [/,?\s*(?:and|but)?\s*,?\s*(?:yes\s*,\s*|well\s*,\s*)?that(?:['’]?s| is) (?:another story|a different story|another matter|a lot right now)(?=\s*[.!?,]|\s*$)/giu, ''],
  [/,\s*(?:you know|i mean|if you like|as i said|believe me|to be honest|kind of|sort of)\s*(?=[,.!?]|$)/giu, ''],
  [/^(?:you know|i mean|to be honest|as i said|(?:(?:but|and|so)\s+)?(?:generally speaking|in general|basically))\s*,\s*/iu, ''],
  [/(?<![\p{L}])(?:kind of|sort of)\s+(?=\p{L})/giu, ''],
  [/^(?:(?:so|then|well)\s*,?\s+)?what (i|we) (can|will|could) do is (?:to\s+)?(?:\1\s+(?:can\s+|will\s+)?)?/iu, '$1 $2 '],
  [/^(?:(?:so|then|well)\s*,?\s+)?what (i|we) do is (?:that\s+)?\1\s+/iu, '$1 '],
  [/(?<![\p{L}])(my|his|her|our|the|a|an)\s+\p{L}+\s*(?:…|\.\.\.)\s*,?\s*or\s+(?=\1\s)/giu, ''],
  [/[,;]\s*[^,;.!?]{0,40}(?:…|\.\.\.)\s*[.]?\s*$/u, ''],
  [/^[^.…]{1,40}?(?:\.\.\.|…)\s+(?:[^.…\s]+(?:,?\s+[^.…\s]+)?\s*(?:\.\.\.|…)\s+)*(?=(?:i|we|they|it|he|she|you|my)\s)/iu, ''],
  [/^(?:bloody hell|damn(?: it)?|for god's sake),?\s*|(?<![\p{L}])(?:bloody|damn|damned|fucking|goddamn)\s+(?=\p{L})/giu, ''],
  [/^(?:(?:so|well|yeah|yes|oh|look|okay|ok|sorry|or)\s*,\s*|so\s+(?=(?:i|we|my|the|it|first|then)[\s,]))+/iu, ''],
  [/^(?:i|we)\s*,\s+(?=(?:my|our)\s)/iu, ''],
  [/^((?:my|our|his|her)\s+\p{L}+(?:\s+\p{L}+)?),\s+(?:it|he|she|they)(?:['’]s|\s+is)\s+/iu, '$1 is '],
  [/^((?:my|our|his|her)\s+\p{L}+(?:\s+\p{L}+)?),\s+(?:it|he|she|they)\s+(?=\p{L})/iu, '$1 '],
  [/^(?:first(?:ly)?|first of all|second(?:ly)?)\s*,\s*/iu, ''],
  [/(?<![\p{L}])(what|how|when|where)\s+\p{L}+\s+(?:should|can|will|would|must)\s*,\s+(?=\1\s)/giu, ''],
  [/\s+(?:and everything|and stuff|and all that|and so on)(?=\s*[.!?]?$)/iu, ''],
  // "to take, like, a quarter": a hedge inside a clause goes with both its commas.
  [/,\s*like\s*,\s*(?=(?:a|an|the|about|\d|\p{L}+ty|one|two|three|four|five|six|seven|eight|nine|ten)(?![\p{L}]))/giu, ' '],
  [/,\s*(?:yeah|honestly|basically|like|you know)\s*,\s*/giu, ', '],
  [/,?\s+(?:honestly|basically)(?![\p{L}])/giu, ''],
  [/(?<=\p{L})\s+actually(?![\p{L}])/giu, ''],
  [/(?<=\p{L})\s+just(?=\s+(?!now|as|before|after|about|over|under)\p{L})/giu, ''],
  // "I end up paying back, no, I end up getting money back": the sentence said again from its start, corrected.
  [/^((?:i|we|it|he|she|they)\s+\p{L}+)[^.!?]*?,\s*no,\s+(?=\1(?![\p{L}]))/iu, ''],
  [/^[^.!?]*?,\s*(?:or,?\s*no|no,?\s*wait|wait,?\s*no|i mean|sorry,?\s*no),?\s+(?=(?:it|i|we|he|she|they|there)(?:['’]\p{L}+)?\s+\p{L}+)/iu, ''],
  [/^.*?(?:\.\.\.|…)\s*(?:yes,?\s*)?no,?\s*(?:forget (?:it|that)|never mind|scratch that)\s*[,.]?\s*(?=\p{L})/iu, ''],
  [/\s+(?:to|of|on|in|at|for|with|and)\s*(?:\.\.\.|…)\s+(?!(?:yes|no|well)(?![\p{L}]))(?=[\p{Ll}\d])/gu, ' '],
  // "on the... fourteenth": an article waits for its noun; the pause goes.
  [/(?<=(?<![\p{L}])(?:the|a|an))\s*(?:\.\.\.|…)\s+(?!(?:yes|no|well)(?![\p{L}]))(?=[\p{Ll}\d])/gu, ' '],
];

/**
 * Words no clause ends on: a piece that ends on one was broken off ("on the, on 18 October", "med, med
 * nästan"), not a list ("i januari, i februari").
 */
const NEVER_LAST: Record<Language, ReadonlySet<string>> = {
  sv: new Set('om att med på i till för av från hos en ett'.split(' ')),
  en: new Set('the a an to of on in at for with from about if whether my our their'.split(' ')),
};
/** A date, a month, a weekday or a number begins here. */
const DATE_OR_NUMBER =
  /^(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|\p{L}+teen|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tjugo|trettio|fyrtio|femtio|sextio|sjuttio|åttio|nittio|hundra|tusen)|(?:january|february|march|april|may|june|july|august|september|october|november|december|januari|februari|mars|maj|juni|juli|augusti|oktober|monday|tuesday|wednesday|thursday|friday|måndag|tisdag|onsdag|torsdag|fredag)(?![\p{L}]))/iu;
/** An auxiliary that cannot end what its subject says ("she is, she does not know"; not "jag får", "I have"). */
const NEEDS_MORE: Record<Language, ReadonlySet<string>> = {
  sv: new Set('är var ska kan måste'.split(' ')),
  en: new Set('is was are were can will would could should'.split(' ')),
};
/** Words that may be a particle ending their clause ("fill it in, sign it", "fyll i, skriv under"): a comma after them stays unless a date or number follows. */
const MAY_BE_PARTICLE = new Set('in on i på av om till'.split(' '));
/** A subject pronoun: "she is, she does not know" begins the clause again. */
const SUBJECT_PRONOUN: Record<Language, ReadonlySet<string>> = {
  sv: new Set('jag du han hon vi ni de det den'.split(' ')),
  en: new Set('i you he she we they it'.split(' ')),
};
/** A verb a clause seldom ends on: broken off only when the first two words are said again ("att den är, att den inte är"). */
const SELDOM_LAST: Record<Language, ReadonlySet<string>> = {
  sv: new Set('är var har hade kan ska skulle vill får måste inte'.split(' ')),
  en: new Set('is was are were has have had can will would could'.split(' ')),
};
/** A possessive waits for its noun: "om mitt... om pensionsbeskedet" was broken off after it and begun again. */
const POSSESSIVE: Record<Language, ReadonlySet<string>> = {
  sv: new Set('min mitt mina sin sitt sina vår vårt våra hans hennes deras'.split(' ')),
  en: new Set('my our their his her your'.split(' ')),
};
/** A pronoun that may end one clause and begin the next ("apply for it, it is not paid automatically"): never a restart alone. */
const ENDS_AND_BEGINS: Record<Language, ReadonlySet<string>> = {
  sv: new Set('det den de dem då så där här'.split(' ')),
  en: new Set('it that this there them you her then'.split(' ')),
};

/**
 * A clause begun twice is said once: "den har gått ner med, med nästan 40 000" → "… med nästan 40 000";
 * "undrar om hon, om hon har rätt" → "undrar om hon har rätt"; "on the, on 18 October" → "on 18 October";
 * "Kunden... ja, kunden har funderat" → "Kunden har funderat". The piece said first (one to three words) is
 * dropped when what follows begins with the same word and the piece either begins what follows word for
 * word or ends on a word no clause ends on (so "i januari, i februari" stays a list).
 */
export function saidOnce(text: string, language: Language): string {
  const gap = /(?:,|\.\.\.|…)(?:\s+(?:ja|jo|nej|yes|no|well|eh|um)\s*,)?\s+(?=[\p{L}'’])/giu;
  const wordsBefore = (head: string) => head.match(/[\p{L}'’]+/gu) ?? [];
  let out = text;
  for (let guard = 0; guard < 6; guard++) {
    let changed = false;
    for (const m of out.matchAll(gap)) {
      const head = out.slice(0, m.index);
      const rest = out.slice(m.index + m[0].length);
      const next = (rest.toLowerCase().match(/[\p{L}'’]+/gu) ?? []).slice(0, 3);
      // The piece: the last one to three words before the gap, with nothing but spaces between them.
      const piece = /(?:^|[^\p{L}\p{N}'’])((?:[\p{L}'’]+\s+){0,2}[\p{L}'’]+)$/u.exec(head)?.[1] ?? '';
      const words = wordsBefore(piece).map((w) => w.toLowerCase());
      for (let n = Math.min(3, words.length); n >= 1; n--) {
        const said = words.slice(-n);
        if (next[0] !== said[0]) continue;
        const prefix = said.every((w, i) => next[i] === w) && !(n === 1 && ENDS_AND_BEGINS[language].has(said[0] ?? ''));
        const last = said.at(-1) ?? '';
        // "she is, she does not know", "hon är, hon vet inte": a subject and its auxiliary broken off and begun again.
        const restarted = n === 2 && SUBJECT_PRONOUN[language].has(said[0] ?? '') && NEEDS_MORE[language].has(last);
        const brokenOff = NEVER_LAST[language].has(last) || restarted || (n >= 2 && POSSESSIVE[language].has(last)) || (n >= 2 && next[1] === said[1] && SELDOM_LAST[language].has(last));
        if (!prefix && !brokenOff) continue;
        // Cut the piece (its last n words) and the gap; a sentence's capital stays on its first word.
        const cutAt = head.length - (/((?:[\p{L}'’]+\s+){0,2}[\p{L}'’]+)$/u.exec(head)?.[1] ?? '').length + wordsOffset(piece, words.length - n);
        const kept = out.slice(0, cutAt);
        const after = cutAt === 0 && /^\p{Lu}/u.test(out) ? capitalise(rest) : rest;
        out = kept + after;
        changed = true;
        break;
      }
      if (changed) break;
    }
    if (!changed) break;
  }
  // "in, um, September" with the filler gone: a preposition keeps no comma before the date or number it governs
  // ("in September"); "fill it in, sign it" keeps its comma (a particle ends its clause).
  return out.replace(/(?<![\p{L}'’])([\p{L}]+),\s+(?=[\p{L}\d])/gu, (all, w: string, at: number, whole: string) =>
    NEVER_LAST[language].has(w.toLowerCase()) && (!MAY_BE_PARTICLE.has(w.toLowerCase()) || DATE_OR_NUMBER.test(whole.slice(at + all.length))) ? `${w} ` : all,
  );
}

/** Where the `skip`-th word of `piece` starts. */
function wordsOffset(piece: string, skip: number): number {
  let at = 0;
  for (let i = 0; i < skip; i++) {
    const m = /^[\p{L}'’]+\s+/u.exec(piece.slice(at));
    if (!m) break;
    at += m[0].length;
  }
  return at;
}

const SUBJECT_AGAIN = /(?<![\p{L}'’])((?:jag|du|vi|han|hon|de|i|we|he|she|they)(?:['’]\p{L}+)?(?:\s+(?:är|har|is|am|are|was))?)\s*,\s+\1(?![\p{L}'’])/giu;

/**
 * "hens bror, nej, hens svåger", "half, no, all", "sen januari, februari menar jag": a word said and corrected at once by
 * another; the other is what was meant (round 18). Not numbers (corrected in the discourse layer, with their kind) nor
 * fillers.
 */
/** Whose a corrected word is ("hens", "my"), said before it and maybe again before the word meant. */
const OWNERS: Record<Language, string> = {
  sv: String.raw`(?:min|mitt|mina|hans|hennes|hens|sin|sitt|sina|kundens)\s+`,
  en: String.raw`(?:my|his|her|their|our|the caller's)\s+`,
};
const WORD_CORRECTED: Record<Language, RegExp> = {
  sv: new RegExp(String.raw`(?<![\p{L}])(${OWNERS.sv})?(\p{L}{3,}),\s+nej,\s+(?=(?:${OWNERS.sv})?(\p{L}{3,}))|(?<![\p{L}])(\p{L}{3,}),\s+(\p{L}{3,})\s+menar (?:jag|hen|kunden)(?![\p{L}])`, 'giu'),
  en: new RegExp(String.raw`(?<![\p{L}'])(${OWNERS.en})?(\p{L}{3,}),\s+no,\s+(?=(?:${OWNERS.en})?(\p{L}{3,}))|(?<![\p{L}'])(\p{L}{3,}),\s+I mean\s+(\p{L}{3,})(?![\p{L}])`, 'giu'),
};
const NOT_CORRECTED = /^(?:ja|jo|nej|okej|vänta|alltså|förlåt|yes|yeah|okay|wait|sorry|well|the|and|och|men|but|det|that|this|it's|jag|you)$|(?:noll|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|ton|tjugo|trettio|fyrtio|femtio|sextio|sjuttio|åttio|nittio|hundra|tusen|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)/iu;
const PREPOSITION = /^(?:sen|sedan|i|på|till|från|för|om|med|efter|innan|until|since|in|on|from|to|at|by|for|after|before|with)$/iu;
function withoutWordCorrected(text: string, language: Language): string {
  const ownerNext = new RegExp(`^${OWNERS[language]}`, 'iu');
  return text.replace(WORD_CORRECTED[language], (m, owner: string | undefined, said: string | undefined, meant: string | undefined, before: string | undefined, after: string | undefined, at: number) => {
    if (before !== undefined) return NOT_CORRECTED.test(before) || NOT_CORRECTED.test(after ?? '') ? m : (after ?? m);
    // (Not a phrase put for the word: "hela sitt liv, nej, sen 88", "until May, no, until the end of June".)
    if (NOT_CORRECTED.test(said ?? '') || NOT_CORRECTED.test(meant ?? '') || PREPOSITION.test(meant ?? '')) return m;
    // ("hens bror, nej, svåger": the owner said once, before the word meant.)
    return owner && !ownerNext.test(text.slice(at + m.length)) ? owner : '';
  });
}

export function withoutSpokenStyle(text: string, language: Language): string {
  const cleaned = (language === 'sv' ? SV : EN)
    .reduce((t, [pattern, written]) => t.replace(pattern, written), withoutWordCorrected(saidOnce(text, language), language))
    // What is left may repeat a subject ("och jag, ja, jag vill" → "och jag, jag vill"): said once.
    .replace(SUBJECT_AGAIN, '$1')
    .replace(/\s+([,.!?])/gu, '$1')
    .replace(/,\s*,/gu, ',')
    .replace(/^[,\s]+/u, '')
    .replace(/\s{2,}/gu, ' ')
    .trim();
  if (cleaned.length < 2) return text;
  return /^\p{Ll}/u.test(cleaned) && /^\p{Lu}/u.test(text) ? capitalise(cleaned) : cleaned;
}

/** What a value said aloud may be: a number (in digits by now), a month, a weekday. */
const VALUE_KINDS: Record<Language, { number: string; month: string; weekday: string }> = {
  sv: {
    number: String.raw`\d+(?:[ ,]\d+)*`,
    month: 'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december',
    weekday: String.raw`måndag(?:s|en)?|tisdag(?:s|en)?|onsdag(?:s|en)?|torsdag(?:s|en)?|fredag(?:s|en)?|lördag(?:s|en)?|söndag(?:s|en)?`,
  },
  en: {
    number: String.raw`\d+(?:[ ,]\d+)*`,
    month: 'January|February|March|April|May|June|July|August|September|October|November|December',
    weekday: 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday',
  },
};
const TAKEN_BACK: Record<Language, string> = {
  sv: String.raw`nej(?:,?\s+(?:förlåt|vänta|förresten))?|förlåt|jag menar`,
  en: String.raw`no(?:,?\s+(?:sorry|wait))?|sorry|I mean|actually`,
};
/** A pause or a comma, a word that takes back what was said, and the space before what is meant: "… nej, ", ", sorry, ". */
const takenBack = (language: Language): string => String.raw`(?:\s*(?:\.\.\.|…)\s*|,\s*)(?:${TAKEN_BACK[language]})[,.]?\s+`;
/** One regular expression a language, built the same way for both. */
const perLanguage = (build: (language: Language) => RegExp): Record<Language, RegExp> => ({ sv: build('sv'), en: build('en') });
const UNIT_AFTER: Record<Language, string> = {
  sv: 'kronor|kr|procent|år|månader|dagar|veckor|timmar',
  en: 'kronor|pounds|euros|dollars|percent|per cent|years|months|days|weeks|hours',
};
const SAID_AGAIN: Record<Language, string> = { sv: 'var det|står det|menar jag|är det', en: 'it was|it says|I think' };
const PREPOSITION_AGAIN: Record<Language, string> = { sv: 'i|på|den|till|från', en: 'in|on|the|to|from' };
/** "i augusti... nej, september", "felkod 4... nej, 14 står det", "on Monday, no, Sunday": the value taken back goes. */
const VALUE_CORRECTED = perLanguage((language) => {
  const kinds = Object.entries(VALUE_KINDS[language]).map(([kind, pattern]) => `(?<${kind}1>${pattern})`).join('|');
  const again = Object.entries(VALUE_KINDS[language]).map(([kind, pattern]) => `(?<${kind}2>${pattern})`).join('|');
  return new RegExp(
    String.raw`(?<![\p{L}\d])(?:${kinds})(?:\s+(?<unit1>${UNIT_AFTER[language]}))?${takenBack(language)}(?:(?:${PREPOSITION_AGAIN[language]})\s+)?(?:${again})(?![\p{L}\d])(?!\s+(?:och|and)\s+\d)(?:\s+(?<unit2>${UNIT_AFTER[language]}))?(?:,?\s+(?:${SAID_AGAIN[language]})(?![\p{L}]))?`,
    'giu',
  );
});

/** "6 and 9, sorry, 6 and 10": two numbers said together, corrected together. */
const SMALL: Record<Language, string> = {
  sv: String.raw`\d+|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton|nitton|tjugo`,
  en: String.raw`\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty`,
};
const PAIR_CORRECTED = perLanguage((language) => {
  const n = `(?:${SMALL[language]})`;
  const and = language === 'sv' ? 'och' : 'and';
  return new RegExp(String.raw`(?<![\p{L}\d])${n} ${and} ${n}${takenBack(language)}(${n} ${and} ${n})(?![\p{L}\d])`, 'giu');
});

/**
 * A value corrected as it is said, in one sentence: "de ska flytta i augusti... nej, september" → "i september", "felkod
 * 4... nej, 14 står det" → "felkod 14", "on Monday, no, Sunday" → "on Sunday". Only a value for one of its kind (a number
 * for a number, a month for a month); the note states the corrected value alone (issue 14's first error kind).
 */
export function withValueCorrected(text: string, language: Language): string {
  return text.replace(PAIR_CORRECTED[language], '$1').replace(VALUE_CORRECTED[language], (m, ...args) => {
    const groups = args.at(-1) as Record<string, string | undefined>;
    const kind = (['number', 'month', 'weekday'] as const).find((k) => groups[`${k}1`] !== undefined);
    const meant = kind && groups[`${kind}2`];
    if (!meant) return m;
    const unit = groups['unit2'] ?? groups['unit1'];
    return unit ? `${meant} ${unit}` : meant;
  });
}
