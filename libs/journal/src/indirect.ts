import type { Language } from '@samtal/contracts';
import { wordsOf } from './text.js';

/**
 * A caller's direct question as the clause a note reports it with, still in the caller's own
 * person ("Varför blev min pension lägre?" → "varför min pension blev lägre", "Kan jag få
 * garantipension?" → "om jag kan få garantipension", "What happens to my pension?" → "what
 * happens to my pension", "Why does my pension look lower?" → "why my pension looks lower").
 * The register then writes "Kunden undrar …" / "The caller asks …" around it. Undefined when
 * the question is not built the usual way (no subject found): the caller's words stay then.
 */
export function indirectQuestion(question: string, language: Language): string | undefined {
  const text = question
    .trim()
    .replace(/[?.!\s]+$/u, '')
    // "…, då?", "… then?": a tag that points back, not part of the question.
    .replace(language === 'sv' ? /,?\s+(?:då|nu|alltså|egentligen)$/iu : /,?\s+(?:then|now|exactly)$/iu, '')
    .replace(language === 'sv' ? /^(?:(?:men|och|så|alltså|ja|jo|okej)\s*,?\s+)+/iu : /^(?:(?:but|and|so|well|okay|yes)\s*,?\s+)+/iu, '')
    // "Quick question: when does …", "En snabb fråga: när …": the question announced before it (round 80).
    .replace(language === 'sv' ? /^(?:en\s+)?(?:(?:snabb|kort|liten|enkel)\s+)?fråga(?:\s+bara)?\s*(?::|\.\.\.|…|,)\s*/iu : /^(?:(?:a|one|just a)\s+)?(?:(?:quick|short|small|simple)\s+)?question(?:\s+for you)?\s*(?::|\.\.\.|…|,)\s*/iu, '')
    // "I just want to know... do I have to apply?", "So I'm wondering, does that come to me?", "jag undrar bara, får jag …":
    // the wish to know said before the question (the register says "undrar" itself).
    .replace(
      language === 'sv'
        ? /^(?:nu\s+)?(?:jag\s+undrar|undrar\s+jag|jag\s+vill\s+(?:bara\s+)?veta)(?:\s+(?:bara|nu|också))?\s*(?:\.\.\.|…|,)\s*/iu
        : /^i(?:'m| am)?\s+(?:just\s+|really\s+)?(?:want(?:ed)? to know|wonder(?:ing)?|was wondering)\s*(?:\.\.\.|…|,)\s*/iu,
      '',
    );
  // "There's one in the town centre, isn't there?", "Det finns ett kontor i centrum, eller hur?": a statement with a tag
  // asks whether it is so (round 59: only the tag was reported, "whether there is not").
  const tag = (
    language === 'sv'
      ? /^([^,]*\S),\s+(?:eller hur|va|inte sant)$/iu
      : /^([^,]*\S),\s+(?:(?:is|are|was|were|do|does|did|can|will|have|has)(?:n['’]t)?\s+(?:it|there|they|he|she|you|that|we)|right)$/iu
  ).exec(text);
  // (Only a check that something is there or is so, "There's …", "Det finns …": not a rhetorical "Saving is a crime now, is it?".)
  if (tag && wordsOf(tag[1]!).length >= 3 && (language === 'sv' ? /^det\s+(?:finns|är)\s/iu : /^(?:there|it|that)(?:['’]s|\s+is|\s+are)\s/iu).test(tag[1]!) && !(language === 'sv' ? /(?<![\p{L}])(?:inte|aldrig|också|redan)(?![\p{L}])/iu : /\?/u).test(tag[1]!)) {
    const stated = language === 'sv' ? tag[1]! : tag[1]!.replace(/^(there|it|that|he|she)['’]s(?![\p{L}])/iu, '$1 is');
    return `${language === 'sv' ? 'om' : 'whether'} ${/^(?:I(?![\p{L}])|\[)/u.test(stated) ? stated : stated.charAt(0).toLowerCase() + stated.slice(1)}`;
  }
  // ("Är... om jag skulle gå ner i tid": a word broken off before the question goes.)
  const begun = text.replace(/^\p{L}{1,4}(?:\.\.\.|…)\s*/u, '');
  // "Om vi skulle gifta oss, vad händer med min garantipension?", "If I moved there, would I keep it?": the condition
  // said first goes after the question it conditions ("vad som händer med … om vi skulle gifta oss").
  // (The condition may have commas of its own: "om jag skulle gå ner i tid, till 75 procent kanske, kan man …".)
  const lead = (language === 'sv' ? /^(om)\s+/iu : /^(if)\s+/iu).exec(begun);
  if (lead) {
    for (let comma = begun.indexOf(', '); comma > 0 && comma <= 120; comma = begun.indexOf(', ', comma + 1)) {
      // ("kan man då ta ut": the "då" that points back to the condition goes with it.)
      const rest = begun.slice(comma + 2).replace(/^(\S+\s+\S+)\s+(?:då|then)\s+/iu, '$1 ');
      if (!(language === 'sv' ? SV_ASKS_FIRST : EN_ASKS_FIRST).test(rest)) continue;
      const asked = indirectQuestion(rest, language);
      if (asked) return `${asked} ${lead[1]!.toLowerCase()} ${begun.slice(lead[0].length, comma)}`;
    }
    return undefined;
  }
  const words = begun.split(/\s+/u);
  if (words.length < 2) return undefined;
  const clause = language === 'sv' ? swedish(words) : english(words);
  // "…, or does it come by itself": a second question after "or" is reported too ("…, or whether it comes by itself").
  return clause?.replace(language === 'sv' ? /,?\s+eller\s+(kommer|går|blir|måste|ska|kan|får)\s+(det|den|de|dom|jag|hon|han)\s/iu : /,?\s+or\s+(does|do|is|are|can|will)\s+(it|they|she|he|i|we)\s+(\p{L}+)/iu, (m, verb: string, subject: string, next?: string) =>
    language === 'sv'
      ? `, eller om ${subject} ${verb} `
      : verb.toLowerCase() === 'does'
        ? `, or whether ${subject} ${/(?:s|sh|ch|x|o)$/u.test(next!) ? `${next}es` : `${next}s`}`
        : verb.toLowerCase() === 'do'
          ? `, or whether ${subject} ${next}`
          : `, or whether ${subject} ${verb} ${next}`,
  );
}

/** A question's first word: a verb or a question word ("får jag …", "vad händer …", "would I …", "what happens …"). */
const SV_ASKS_FIRST = /^(?:kan|kunde|kommer|får|ska|skulle|har|är|blir|måste|behöver|går|gäller|finns|vad|hur|när|varför|vilken|vilket|vilka|var)\s/iu;
const EN_ASKS_FIRST = /^(?:can|could|will|would|do|does|did|is|are|should|must|have|has|what|how|when|why|which|where)\s/iu;

// ---- Swedish ---------------------------------------------------------------------------

const SV_PRONOUNS = new Set('jag du han hon hen vi ni de dom det den man'.split(' '));
const SV_DETERMINERS = new Set('min mitt mina din ditt dina hans hennes deras vår vårt våra er ert era sin sitt sina en ett denna detta dessa'.split(' '));
const SV_ADJECTIVES = new Set('nya gamla egna sista första hela allmänna förra nästa'.split(' '));
/** Adverbs that stand before the verb in a subordinate clause ("varför kunden inte har fått"). */
const SV_CLAUSE_ADVERBS = new Set('inte aldrig också redan fortfarande ännu bara verkligen alltid nog ens själv själva'.split(' '));
const SV_VERBS = new Set(
  'kan kunde kommer får fick ska skulle har hade är var blir blev måste behöver bör borde vill ville går gick gäller finns fanns stämmer räknas påverkas betalas betalades hinner händer hände tar tog dras drogs gör gjorde ser såg'.split(
    ' ',
  ),
);
const SV_PARTITIVE = new Set('er oss dem dom dig mig barnen'.split(' '));
const SV_WH = /^(?:hur(?:\s+(?:mycket|länge|många|lång|långt|stor|stort|ofta|gammal))?(?:\s+tid)?|varför|när|var|vart|vad|vem|vilken(?:\s+\p{L}+)?|vilket(?:\s+\p{L}+)?|vilka(?:\s+\p{L}+)?)$/iu;

/** The subject's length in words at `words[at]`, or 0: a pronoun, a placeholder, a determiner and its noun, a noun in the definite form. */
function swedishSubject(words: string[], at: number): number {
  const first = words[at]?.toLowerCase().replace(/[,]$/u, '') ?? '';
  // "den nya hyran", "det gamla kontot": an article and its noun, not the pronoun.
  const second = words[at + 1]?.toLowerCase() ?? '';
  if ((first === 'den' || first === 'det') && SV_ADJECTIVES.has(second) && words[at + 2]) return 3;
  if (SV_PRONOUNS.has(first) || /^\[[^\]]+\]$/u.test(first)) return 1;
  if (SV_DETERMINERS.has(first)) {
    const next = words[at + 1]?.toLowerCase() ?? '';
    if (!next) return 0;
    return SV_ADJECTIVES.has(next) && words[at + 2] ? 3 : 2;
  }
  // "pensionen", "beslutet", "pengarna", "mamma": a noun without an article.
  if (/^\p{L}{4,}(?:en|et|na|an|n)$/u.test(first) && !SV_VERBS.has(first) || /^(?:mamma|pappa)$/u.test(first)) {
    // "någon av er", "ingen av dem": the part named goes with the subject.
    return words[at + 1]?.toLowerCase() === 'av' && SV_PARTITIVE.has(words[at + 2]?.toLowerCase() ?? '') ? 3 : 1;
  }
  return 0;
}

function swedish(words: string[]): string | undefined {
  // The question word may be two words ("hur mycket", "vilken blankett").
  let whLength = 0;
  for (const n of [3, 2, 1]) if (words.length > n && SV_WH.test(words.slice(0, n).join(' '))) {
    whLength = n;
    break;
  }
  const wh = words.slice(0, whLength).join(' ').toLowerCase();
  const verbAt = whLength;
  const verb = words[verbAt];
  if (!verb) return undefined;
  const subjectLength = swedishSubject(words, verbAt + 1);
  if (subjectLength === 0) {
    // "Vad händer med min pension?": the question word is the subject.
    if (whLength > 0 && /^(?:vad|vem|vilken|vilket|vilka)/u.test(wh) && /^\p{Ll}/u.test(verb)) return [wh, 'som', ...words.slice(verbAt)].join(' ');
    return undefined;
  }
  if (whLength === 0 && !SV_VERBS.has(verb.toLowerCase()) && !/^\p{L}+(?:ar|er|ir|or|ur|yr|år|as|es)$/u.test(verb.toLowerCase())) return undefined;
  const subject = words.slice(verbAt + 1, verbAt + 1 + subjectLength);
  let rest = words.slice(verbAt + 1 + subjectLength);
  const adverbs: string[] = [];
  while (rest[0] && SV_CLAUSE_ADVERBS.has(rest[0].toLowerCase())) {
    adverbs.push(rest[0]);
    rest = rest.slice(1);
  }
  const lead = whLength ? wh : 'om';
  return [lead, ...subject, ...adverbs, verb.toLowerCase(), ...rest].join(' ');
}

// ---- English ---------------------------------------------------------------------------

const EN_PRONOUNS = new Set('i you he she it we they there'.split(' '));
/** "Is anything missing in the application?": "anything", "nothing" are subjects of their own, though they end like a participle
 * (round 81; not "something", "someone": a caller's guess, "Has someone got into my account?", is left as said). */
const EN_INDEFINITE = new Set(['anything', 'nothing']);
const EN_DETERMINERS = new Set('my your his her its our their the this that a an'.split(' '));
const EN_AUX = new Set(
  "is are was were am can could will would should shall may might must have has had do does did isn't aren't wasn't weren't can't couldn't won't wouldn't shouldn't haven't hasn't hadn't don't doesn't didn't".split(
    ' ',
  ),
);
/** Words that end a noun phrase: verbs, participles, comparatives, prepositions. */
const EN_NOT_NOUN =
  /^(?:\p{L}+(?:ed|ing|ly)|be|get|go|come|stop|change|start|affect|work|look|pay|need|have|still|also|really|just|lower|higher|less|more|so|too|paid|sent|in|on|at|to|for|with|from|of|by|about|after|before|if|when|then|now|next|last|any|and|or|not|be|move|apply|send|receive|live|die|retire|happen|arrive|leave|take|give|make|decide|sign|contact|call|ring|expect|become|increase|decrease|drop|fall|rise|reply|write|get|even|possible|true|correct|enough|allowed|necessary|normal|wrong|right|okay|ok|fine|late|early|gone|done|lost|known|seen|given|taken|been|what|who|which|where|why|how|i|you|he|she|we|they|is|are|was|were|will|would|can|could|should|does|did)$/iu;
const EN_WH = /^(?:how(?:\s+(?:much|long|many|often|soon|old))?|why|when|where|what|who|which(?:\s+\p{L}+)?)$/iu;
const EN_IRREGULAR_PAST: Record<string, string> = {
  go: 'went', get: 'got', come: 'came', take: 'took', give: 'gave', send: 'sent', pay: 'paid', make: 'made', say: 'said', tell: 'told',
  see: 'saw', know: 'knew', think: 'thought', find: 'found', lose: 'lost', have: 'had', do: 'did', become: 'became', begin: 'began', fall: 'fell', rise: 'rose', leave: 'left',
};

function englishSubject(words: string[], at: number): number {
  const first = words[at]?.toLowerCase() ?? '';
  if (EN_PRONOUNS.has(first) || EN_INDEFINITE.has(first) || /^\[[^\]]+\]$/u.test(first)) return 1;
  if (!EN_DETERMINERS.has(first)) return bareSubject(words, at);
  // "Is that even possible?": "that" alone is the subject when no noun follows it.
  if ((first === 'that' || first === 'this') && EN_NOT_NOUN.test(words[at + 1] ?? '')) return 1;
  let n = 1;
  // The first word after the determiner may end like a participle ("the housing supplement").
  // ("your new monthly salary": "monthly", "yearly" are adjectives, not adverbs, round 59.)
  const ends = (word: string) =>
    (EN_NOT_NOUN.test(word) && !(n === 1 && /ing$/u.test(word)) && !/^(?:monthly|weekly|yearly|daily|quarterly|elderly)$/iu.test(word)) || EN_DETERMINERS.has(word.toLowerCase());
  for (let word = words[at + n]; n < 4 && word !== undefined && !ends(word.replace(/[,]$/u, '')); word = words[at + n]) n++;
  // "Will this delay the pension?": a determiner right after the phrase opens the object; the word before it was the verb,
  // and "this" alone is the subject (round 59: "whether this delay the pension will").
  // (After "is", "are": the determiner opens what the subject is, "why my pension is a separate line".)
  const copula = /^(?:is|are|was|were|isn't|aren't|wasn't|weren't)$/iu.test(words[at - 1] ?? '');
  if (n > 1 && !copula && EN_DETERMINERS.has(words[at + n]?.toLowerCase() ?? '')) return n === 2 && (first === 'this' || first === 'that') ? 1 : 0;
  return n > 1 ? n : 0;
}

/** What may not follow a subject said without a determiner: a preposition, a conjunction, a question word or a pronoun. */
const EN_NOT_VERB = /^(?:in|on|at|to|for|with|from|of|by|about|after|before|if|when|then|now|next|last|any|and|or|not|so|too|even|still|also|really|just|what|who|which|where|why|how|i|you|he|she|we|they)$/iu;
/**
 * A benefit or a thing named without a determiner, "When does sickness benefit come?", "Is child allowance paid …?": up to
 * three words before the verb (a word that ends a noun phrase and is no preposition), else none (round 80: the question
 * stood in the errand line as spoken, unreported).
 */
function bareSubject(words: string[], at: number): number {
  let n = 0;
  for (let word = words[at]; n < 3 && word !== undefined && (!EN_NOT_NOUN.test(word) || (n === 0 && /ing$/u.test(word) && !EN_NOT_NOUN.test(words[at + 1] ?? 'in'))) && !EN_AUX.has(word.toLowerCase()) && /^\p{L}[\p{L}-]*$/u.test(word); word = words[at + n]) n++;
  const next = words[at + n]?.replace(/[?.!,]+$/u, '') ?? '';
  // (Not a possessive said alone, "When will mine arrive?": the register would make it "the caller's".)
  if (/^(?:mine|yours|hers|ours|theirs)$/iu.test(words[at] ?? '')) return 0;
  return n > 0 && EN_NOT_NOUN.test(next) && !EN_NOT_VERB.test(next) && !EN_AUX.has(next.toLowerCase()) ? n : 0;
}

/** "look" after "does" → "looks"; after "did" → "looked". */
function doSupport(aux: string, verb: string): string[] {
  const lower = aux.toLowerCase();
  if (/n't$/u.test(lower)) return [lower.replace(/n't$/u, ''), 'not', verb];
  if (lower === 'do') return [verb];
  if (lower === 'does') return [/(?:s|sh|ch|x|z|o)$/u.test(verb) ? `${verb}es` : /[^aeiou]y$/u.test(verb) ? `${verb.slice(0, -1)}ies` : `${verb}s`];
  return [EN_IRREGULAR_PAST[verb] ?? (verb.endsWith('e') ? `${verb}d` : `${verb}ed`)];
}

function english(spoken: string[]): string | undefined {
  // "What's the earliest …", "When's it coming?": the question word's "'s" is the verb.
  const contracted = /^(what|when|where|how|who|why)['’]s$/iu.exec(spoken[0] ?? '');
  const words = contracted ? [contracted[1]!, 'is', ...spoken.slice(1)] : spoken;
  let whLength = 0;
  for (const n of [2, 1]) if (words.length > n && EN_WH.test(words.slice(0, n).join(' '))) {
    whLength = n;
    break;
  }
  // "Which tax table am I on?": "which" and a two-word noun before the verb are the question word ("which tax table I am
  // on"), not "which tax" with "table" as its verb (round 69).
  const isAux = (i: number) => EN_AUX.has(words[i]?.toLowerCase() ?? '');
  if (whLength === 2 && /^which$/iu.test(words[0] ?? '') && words.length > 3 && !isAux(1) && !isAux(2) && isAux(3)) whLength = 3;
  const wh = words.slice(0, whLength).join(' ').toLowerCase();
  const aux = words[whLength];
  if (!aux) return undefined;
  if (!EN_AUX.has(aux.toLowerCase())) {
    // "What happens to my pension?", "Who decides that?": the question word is the subject.
    return whLength > 0 && /^(?:what|who|which)/u.test(wh) ? [wh, ...words.slice(whLength)].join(' ') : undefined;
  }
  const subjectLength = englishSubject(words, whLength + 1);
  if (subjectLength === 0) return undefined;
  const subject = words.slice(whLength + 1, whLength + 1 + subjectLength);
  const rest = words.slice(whLength + 1 + subjectLength);
  const lead = whLength ? wh : 'whether';
  // "Does that count?": with nothing after it, the subject's last word was the verb.
  if (/^(?:do|does|did)(?:n't)?$/iu.test(aux) && !rest[0] && subject.length > 1) rest.push(subject.pop()!);
  if (/^(?:do|does|did)(?:n't)?$/iu.test(aux) && rest[0]) {
    const verb = rest[0].toLowerCase();
    return [lead, ...subject, ...doSupport(aux, verb), ...rest.slice(1)].join(' ');
  }
  // "What is the earliest I can take it?": a clause of its own after the verb is joined with "that".
  const clauseAfter = whLength > 0 && /^(?:is|are)$/iu.test(aux) && EN_PRONOUNS.has(rest[0]?.toLowerCase() ?? '') && !/^(?:it|that|this|there)$/iu.test(rest[0] ?? '');
  return [lead, ...subject, aux.toLowerCase(), ...(clauseAfter ? ['that'] : []), ...rest].join(' ');
}
