import type { Language } from '@samtal/contracts';

/**
 * A task whose object was said as a pronoun names it (issue 14, error kind 3: "Det skickar handläggaren i
 * dag", the object lost). "Kunden skickar den i dag" → "Kunden skickar blanketten i dag", "The agent will
 * send it" → "The agent will send the form": the document said last before the task, in Swedish only one
 * of the pronoun's gender ("den" an en-word, "det" an ett-word). Where no document was said, the pronoun
 * stays: a wrong object would be a false statement.
 */
export function nameTheObject(task: string, before: readonly string[], language: Language): string {
  return language === 'sv' ? nameSv(task, before) : nameEn(task, before);
}

/** How far back the document may have been said, in sentences. */
const LOOK_BACK = 6;

// Swedish documents by gender: the stem a compound ends in ("ansökningsblankett", "hyreskontraktet").
// (What the agency sends is a document too: "en prognos", "beräkningen", "ett svarskuvert", round 35.)
const EN_WORDS = ['blankett', 'ansökan', 'fullmakt', 'kopia', 'sida', 'räkning', 'lönespecifikation', 'deklaration', 'begäran', 'prognos', 'broschyr'];
const ETT_WORDS = ['intyg', 'avtal', 'kontrakt', 'beslut', 'brev', 'papper', 'besked', 'underlag', 'bevis', 'utlåtande', 'kvitto', 'utdrag', 'dokument', 'kuvert'];
const SV_VERBS = '(?:skickar|skicka|postar|posta|mejlar|mejla|returnerar|fyller i|fylla i|skriver under|skriva under|lämnar in|lämna in|tar med|ta med)';
// (Not the article before an adjective and its noun, "skicka det orange kuvertet", "det nya beslutet": the object is named, round 51.)
const SV_AFTER_VERB = new RegExp(`(?<![\\p{L}])(${SV_VERBS}(?:\\s+(?:tillbaka|in))?)\\s+(den|det)(?![\\p{L}])(?!\\s+(?!tillbaka|hem|gärna|bara|också|igen)\\p{L}+[ae]\\s+\\p{L}+(?:et|en|na)(?![\\p{L}]))`, 'iu');
/** "Det kan handläggaren skicka hem", "Den ska kunden fylla i": the pronoun first, then a modal, the doer and the verb. */
const SV_FRONTED = new RegExp(`^(den|det)\\s+(kan|ska|får|måste|behöver)\\s+(kunden|handläggaren|myndigheten|hen)\\s+(${SV_VERBS})(?![\\p{L}])`, 'iu');

function nameSv(task: string, before: readonly string[]): string {
  const fronted = SV_FRONTED.exec(task);
  if (fronted) {
    const noun = lastDocumentSv(before, fronted[1]!.toLowerCase() === 'det');
    if (!noun) return task;
    const doer = fronted[3]!;
    return `${doer.charAt(0).toUpperCase()}${doer.slice(1)} ${fronted[2]!.toLowerCase()} ${fronted[4]} ${noun}${task.slice(fronted[0].length)}`;
  }
  const after = SV_AFTER_VERB.exec(task);
  if (!after) return task;
  const noun = lastDocumentSv([...before, task.slice(0, after.index)], after[2]!.toLowerCase() === 'det');
  return noun ? `${task.slice(0, after.index)}${after[1]} ${noun}${task.slice(after.index + after[0].length)}` : task;
}

/** The last document said, in its definite form ("en blankett" → "blanketten", "hyreskontrakt" → "hyreskontraktet"). */
function lastDocumentSv(before: readonly string[], ett: boolean): string | undefined {
  const stems = ett ? ETT_WORDS : EN_WORDS;
  for (const sentence of before.slice(-LOOK_BACK).reverse()) {
    const words = sentence.toLowerCase().match(/[\p{L}]+/gu) ?? [];
    for (const word of [...words].reverse()) {
      for (const stem of stems) {
        const at = word.lastIndexOf(stem);
        if (at < 0) continue;
        const ending = word.slice(at + stem.length);
        const base = word.slice(0, at + stem.length);
        // Only the word itself or its definite singular: not "blanketterna", "brevlådan".
        if (ett) {
          if (ending === '' || ending === 'et' || (stem === 'utlåtande' && ending === 't')) return stem === 'papper' ? `${base.slice(0, -2)}ret` : stem === 'utlåtande' ? `${base}t` : `${base}et`;
          if (stem === 'papper' && word.endsWith('pappret')) return word;
        } else {
          if (stem === 'ansökan' || stem === 'begäran') return ending === '' ? base : undefined;
          if (ending === '' || ending === 'en' || ending === 'n') return stem.endsWith('a') ? `${base}n` : `${base}en`;
        }
      }
    }
  }
  return undefined;
}

// English documents, with the word before them that makes one kind ("life certificate", "application form").
const EN_DOCUMENTS = /(?<![\p{L}])((?:(?:life|medical|doctor's|application|rental|bank|tax|death|marriage|birth|registration|account|pension|payment)\s+)?(?:form|application|certificate|letter|copy|statement|contract|document|page|payslip|power of attorney|receipt|extract|forecast|brochure|envelope))(?![\p{L}])/giu;
const EN_TASK = /(?<![\p{L}])(send|sends|sent|return|returns|post|posts|email|emails|mail|mails|sign|signs|fill in|fills in|bring|brings)\s+it(?![\p{L}])/iu;

function nameEn(task: string, before: readonly string[]): string {
  const match = EN_TASK.exec(task);
  if (!match) return task;
  const said = [...before.slice(-LOOK_BACK), task.slice(0, match.index)].join(' ');
  const documents = [...said.matchAll(EN_DOCUMENTS)];
  const noun = documents.at(-1)?.[1]?.toLowerCase();
  return noun ? `${task.slice(0, match.index)}${match[1]} the ${noun}${task.slice(match.index + match[0].length)}` : task;
}

/**
 * The last document said before, in its definite form ("the life certificate", "blanketten", "intyget"); in Swedish of the
 * gender a pronoun gives ("den", "det"), or either.
 */
export function lastDocument(before: readonly string[], language: Language, pronoun?: string): string | undefined {
  if (language === 'en') {
    const noun = [...before.slice(-LOOK_BACK).join(' ').matchAll(EN_DOCUMENTS)].at(-1)?.[1]?.toLowerCase();
    return noun ? `the ${noun}` : undefined;
  }
  const p = pronoun?.toLowerCase();
  if (p === 'den') return lastDocumentSv(before, false);
  if (p === 'det') return lastDocumentSv(before, true);
  // (Either gender: the one said last.)
  for (let i = before.length - 1; i >= Math.max(0, before.length - LOOK_BACK); i--) {
    const found = lastDocumentSv([before[i]!], false) ?? lastDocumentSv([before[i]!], true);
    if (found) return found;
  }
  return undefined;
}

/** "The caller should have it by the end of January", said of the decision the caller asked about: "… have the decision …". */
export function nameTheDecision(task: string, language: Language): string {
  return language === 'sv'
    ? task.replace(/(?<![\p{L}])(ha|få|får)\s+(?:det|den)(?![\p{L}])(?!\s+(?:som|hon|han|hen|du|ni|de|dom|vi|jag|kunden|man)(?![\p{L}]))/iu, '$1 beslutet')
    : task.replace(/(?<![\p{L}])(have|get|receive)\s+it(?![\p{L}])(?!\s+(?:that|which|she|he|they|you|we|i)(?![\p{L}']))/iu, '$1 the decision');
}
