import type { Language } from '@samtal/contracts';

/**
 * Facts a journal note must keep, by type and weight. A sentence's weight is the sum of the
 * types it carries; the extractive summariser keeps the weightiest sentences within a length
 * budget. Patterns are over one sentence, case-insensitive, whole words (\b is any letter's boundary).
 */
export type FactType = 'decision' | 'reason' | 'amount' | 'date' | 'right' | 'document' | 'change' | 'residence';

const BOUNDARY = '(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))';
const u = (pattern: RegExp) => new RegExp(pattern.source.replaceAll('\\b', BOUNDARY), 'iu');

export const FACT_WEIGHTS: Record<FactType, number> = { decision: 2, reason: 2, right: 2, document: 1.5, amount: 1.5, change: 1.5, date: 1, residence: 1.5 };

export const FACTS: Record<Language, [FactType, RegExp][]> = {
  sv: [
    ['decision', u(/\b(?:beslut\p{L}*|avslag\p{L}*|avslå\p{L}*|bevilja\p{L}*|omprövning\p{L}*|återkrav\p{L}*|betala tillbaka|återbetal\p{L}*|räknades om|räknats om|stoppades|pausades|dras in|drogs in)\b/iu)],
    // What the caller lacks for the usual way ("jag har ingen dator", "inget BankID"): why it is done another way.
    ['reason', u(/\b(?:eftersom|på grund av|därför att|beror på|saknas|saknades|saknar|fattas|inte kommit in|har inte kommit in|räknas som|har (?:inte|ingen|inget) (?:\p{L}+ )?(?:bankid|mobilt bankid|dator|e-legitimation|internet|smarttelefon))\b/iu)],
    ['amount', u(/(?:\d|\b\p{L}*(?:tusen|hundra)\b|\bkronor\b|\bprocent\b)/iu)],
    ['change', u(/\b(?:blev (?:lägre|högre|mindre|större)|höjdes|sänktes|minskade|ökade|gick (?:upp|ner|ned)|ärv(?:de|t)|arv(?:et)?|flyttade|flyttat|gick bort|dog|avled|separerade|skilde)\b/iu)],
    // Round 12: where the caller (or the person the errand is about) lives, named ("jag bor i Alicante", "ringer från Thailand"): tax, payments and life certificates follow it.
    ['residence', /(?<![\p{L}])(?:[Bb]or|[Bb]osatt|[Bb]oende|[Rr]inger|[Ff]lyttade|[Ff]lyttar|[Ff]lytta)\s+(?:nu\s+|sedan\s+\p{L}+\s+)?(?:i|från|till)\s+(?!(?:Januari|Februari|Mars|April|Maj|Juni|Juli|Augusti|September|Oktober|November|December|Måndags|Tisdags|Onsdags|Torsdags|Fredags|Försäkringskassan|Skatteverket|Pensionsmyndigheten|Kommunen|Banken)(?![\p{L}]))\p{Lu}\p{L}+/u],
    ['date', u(/\b(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|i fjol|förra året|nästa år|i höstas|i våras|i somras|i vintras)\b/iu)],
    [
      'right',
      u(
        /\b(?:har rätt|rätt till|kan begära|kan ansöka|måste|är skyldig|skyldighet|villkor|krav(?:et)? på|inom (?:\p{L}+ )?(?:dagar|veckor|månader)|senast|(?:ska|måste|behöver) (?:du|ni|han|hon|kunden) (?:\p{L}+ )?anmäla|(?:40|fyrtio) år|bosatt|bott i sverige|betalningsplan|avbetalning\p{L}*|förfallodag|ska vara betal\p{L}*)\b/iu,
      ),
    ],
    [
      'document',
      u(
        /\b(?:\p{L}*intyg\p{L}*|blankett\p{L}*|underskrift\p{L}*|signatur\p{L}*|sidan med|\p{L}*avtal\p{L}*|kontoutdrag|fullmakt\p{L}*|personbevis|kvitto|faktura\p{L}*|brev(?:et)?|dödsfallsintyg|bouppteckning\p{L}*|ansökan|ansökningen|ansökt)\b/iu,
      ),
    ],
  ],
  en: [
    ['decision', u(/\b(?:decision\p{L}*|rejected|refused|approved|granted|reconsideration|review|repay\p{L}*|paid back|pay back|recalculated|stopped|paused|overpaid|overpayment)\b/iu)],
    ['reason', u(/\b(?:because|since|due to|that's why|missing|hasn't come in|haven't received|counts as|is counted as|(?:don't|do not|doesn't|does not) have (?:a |the |any )?(?:\p{L}+ )?(?:bankid|computer|e-id|internet|smartphone)|have no (?:\p{L}+ )?(?:bankid|computer|e-id|internet|smartphone))\b/iu)],
    ['amount', u(/(?:\d|\bkronor\b|\bcrowns\b|\bpercent\b|\bthousand\b)/iu)],
    ['change', u(/\b(?:went (?:up|down)|increased|decreased|dropped|fell|rose|got (?:lower|higher|smaller)|inherit\p{L}*|inheritance|moved|passed away|died|separated|divorced)\b/iu)],
    ['residence', /(?<![\p{L}])(?:[Ll]ive|[Ll]ives|[Ll]iving|[Ll]ived|[Bb]ased|[Ss]ettled|[Cc]alling|[Rr]inging|[Pp]honing|[Mm]oved|[Mm]oving|[Mm]ove)\s+(?:now\s+)?(?:in|from|to)\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Försäkringskassan|Skatteverket|The)(?![\p{L}]))\p{Lu}\p{L}+/u],
    ['date', u(/\b(?:january|february|march|april|may|june|july|august|september|october|november|december|last year|next year)\b/iu)],
    [
      'right',
      u(
        /\b(?:right to|entitled|can request|can ask for|can apply|must|have to|has to|required|requirement|within (?:\p{L}+ )?(?:days|weeks|months)|(?:40|forty) years|resident|lived in sweden|payment plan|instal?ments|due date|is due)\b/iu,
      ),
    ],
    [
      'document',
      u(/\b(?:certificate\p{L}*|form|forms|signature\p{L}*|signed|page|contract|lease|statement|power of attorney|receipt|invoice|letter|application|applied)\b/iu),
    ],
  ],
};

/** The weight of the fact types a sentence carries, with the date found elsewhere. */
export function factWeight(text: string, language: Language, hasDate: boolean): { weight: number; types: FactType[] } {
  const types = FACTS[language].filter(([, pattern]) => pattern.test(text)).map(([type]) => type);
  if (hasDate && !types.includes('date')) types.push('date');
  return { weight: types.reduce((sum, t) => sum + FACT_WEIGHTS[t], 0), types };
}

/** Relatives a caller speaks of, by the pronoun that points back at them. */
export const RELATIVES: Record<Language, { he: string[]; she: string[]; possessive: RegExp; pronoun: RegExp }> = {
  sv: {
    he: 'man make pappa far son bror morfar farfar sambo svärfar pojkvän'.split(' '),
    she: 'fru maka mamma mor dotter syster mormor farmor svärmor flickvän'.split(' '),
    // ("vår son": a couple's child is named by "vår", round 34; "han" after it is the son, not the husband named before.)
    possessive: /(?<![\p{L}])(?:min|mitt|vår|vårt)\s+(\p{L}+)/giu,
    pronoun: /^(han|hon)(?![\p{L}])/iu,
  },
  en: {
    he: 'husband father dad son brother grandfather partner'.split(' '),
    she: 'wife mother mum mom daughter sister grandmother'.split(' '),
    possessive: /(?<![\p{L}])(?:my|our)\s+(?:late\s+)?(\p{L}+)/giu,
    pronoun: /^(he|she)(?![\p{L}])/iu,
  },
};

/** The relatives the caller has named so far: the latest "he" and "she". */
/**
 * The person a caller in a role speaks for ("Jag har en klient som …", "jag är god man för en man som …",
 * "I'm calling for a client of mine"): named by that role ("klienten", "huvudmannen", "the client"), so that
 * "Hon jobbar deltid" in the note is the client's, not the caller's.
 */
const REPRESENTED: Record<Language, [RegExp, string][]> = {
  sv: [
    [/(?<![\p{L}])(?:god man|förvaltare)\s+(?:för|åt)\s+(?:en\s+(?:man|kvinna|person|herre|dam|pojke|flicka)|honom|henne)(?![\p{L}])|(?<![\p{L}])(?:min|vår|en)\s+huvudman(?![\p{L}])/iu, 'huvudmannen'],
    [/(?<![\p{L}])(?:min|vår|en)\s+klient(?![\p{L}])/iu, 'klienten'],
  ],
  en: [[/(?<![\p{L}])(?:my|our|a)\s+client(?![\p{L}])/iu, 'the client']],
};
export function representedAt(texts: string[], language: Language): string | undefined {
  for (const text of texts) for (const [pattern, name] of REPRESENTED[language]) if (pattern.test(text)) return name;
  return undefined;
}

export function relativeAt(texts: string[], language: Language): { he?: string; she?: string } {
  const found: { he?: string; she?: string } = {};
  const rel = RELATIVES[language];
  for (const text of texts) {
    for (const match of text.matchAll(rel.possessive)) {
      // "min mammas räkning", "my mother's pension": the genitive names her too.
      const noun = (match[1] ?? '').toLowerCase().replace(/(?<=\p{L}{3})(?:s|'s|’s)$/u, (ending, at: number, word: string) =>
        rel.he.includes(word.slice(0, at)) || rel.she.includes(word.slice(0, at)) ? '' : ending,
      );
      // "min sons pappa": the son's father is the one named, by the kin word after the genitive.
      const said = (match[1] ?? '').toLowerCase();
      const after = /^\s+(\p{L}+)/u.exec(text.slice((match.index ?? 0) + match[0].length))?.[1]?.toLowerCase() ?? '';
      if (noun !== said && (rel.he.includes(after) || rel.she.includes(after))) {
        if (rel.he.includes(after)) found.he = `${said} ${after}`;
        else found.she = `${said} ${after}`;
        continue;
      }
      if (rel.he.includes(noun)) found.he = noun;
      if (rel.she.includes(noun)) found.she = noun;
    }
  }
  return found;
}

/** Phrases for writing a note: who acts, what is a task, what is only information. */
export interface Writing {
  /** The caller introduces themself or reads out who they are: no errand. */
  introduction: RegExp;
  /** The caller calls for someone else (a parent, a spouse). */
  onBehalf: RegExp;
  /** The caller states an errand outright ("jag ringer om", "jag undrar om", "I'm calling about"). */
  errand: RegExp;
  /**
   * An errand that only names its subject ("Jag har en fråga om min inkomstpension", "Jag har
   * fått ett brev"): what follows it says what the errand is.
   */
  vagueErrand: RegExp;
  /**
   * What happened to the caller that the errand follows from: a death, a move, a letter, a change
   * of pension ("Min man dog i mars", "Jag är änka sen i våras", "My pension went down").
   */
  situation: RegExp;
  /**
   * What the caller says about the call itself, not its errand: the language, the line, where they
   * call from, "a quick question" ("my Swedish isn't good", "I'm calling from Perth").
   */
  aboutTheCall: RegExp;
  /** A clause that opens with its subject ("it's about my mother", "jag undrar"). */
  clauseSubject: RegExp;
  /** The agent asks what the errand is ("Vad gäller det?", "How can I help?"): the caller's answer states it. */
  askedErrand: RegExp;
  /** The caller asks to be called back. */
  callBackRequest: RegExp;
  /** The agent declines. */
  declines: RegExp;
  /** The agent tells of a possibility or a right, not a task ("du kan begära omprövning inom två månader"). */
  possibility: RegExp;
  /** An obligation or a promise: a task after all. */
  obligation: RegExp;
  /** What a caller may promise to do towards the agency ("jag skickar", "I'll call"). */
  callerAction: RegExp;
  /** A date phrase that is a deadline ("senast", "inom", "by"), not the day something happens. */
  deadline: RegExp;
  /** The answer refers back to a condition ("Då blir det …", "Then it's …"). */
  thenClause: RegExp;
  /** A condition ("om du väntar till 67", "if you wait until 67"). */
  condition: RegExp;
  /**
   * A sentence that opens with a condition ("Om du väntar till 67 …", "If that doesn't work, you can
   * call us"): what would follow, not a task. A time clause ("När du har skickat in …") is one.
   */
  conditionFirst: RegExp;
  /** A sentence that opens with a time clause ("Så fort intyget är här …", "Once it arrives …"). */
  timeClauseFirst: RegExp;
  /** The agent asks for a document without a verb ("Gärna en kopia av slutskattebeskedet", "Ideally a copy of …"). */
  documentWanted: RegExp;
  /**
   * The agency needs something from the caller ("Då behöver vi en kopia på hyresavin", "We need statements for the
   * account"): with a document named, the caller's task to send it.
   */
  agencyNeeds: RegExp;
  /**
   * Another agency or body named ("Skatteverket", "Försäkringskassan", "social services"): a step there is a
   * referral, not a task for this agency. (The pensions agency's neighbours; another agency lists its own.)
   */
  otherAgency: RegExp;
  /** This agency named as where something goes ("till oss", "to us"). */
  toThisAgency: RegExp;
  /** The caller's own "wait" while the call goes on ("Vänta, jag ska bara ta på mig glasögonen", "Hold on, let me find it"). */
  inCallCaller: RegExp;
  /**
   * The caller's reaction to what was just said, not a fact ("Det var skönt att höra", "Ha, okay, I'll make
   * sure I'm alive", "Great, thanks", "Typiskt"): relief, thanks, a laugh, sarcasm.
   */
  reaction: RegExp;
  /** The agent only lets the caller go on ("Ingen brådska", "Ta den tid du behöver", "Take your time"). */
  letsGoOn: RegExp;
  /** The agent offers a call-back as a question ("Kan jag ringa dig på måndag?", "Can I call you back on Monday?"). */
  offerAsked: RegExp;
  /** The agent offers a task as a question ("Vill du att vi tar bort det extra avdraget?", "Would you like me to send …?"). */
  offerTask: RegExp;
  /** The caller takes an offer ("Ja, gärna", "Yes, please"). */
  accepts: RegExp;
  /** What the agency does once something has come in: pays out, decides, recalculates ("… betalas den ut", "… we'll pay it out again"). */
  agencyActsAfter: RegExp;
  /**
   * An instruction for now, during the call ("Vänta lite", "Läs upp vad det står", "Prova att logga in
   * nu"), not a task for after it.
   */
  inCall: RegExp;
  /** A note's sentence about what the caller does ("Kunden ska …", "The caller …"). */
  callerFirst: RegExp;
  /** The caller asks by when a task must be done ("När måste det vara inne?"): the agent's answer dates it. */
  asksWhen: RegExp;
  /** The caller's own role in the call ("jag är advokat", "I'm a social worker"): who is calling, for someone else. */
  role: RegExp;
  /** The caller threatens to report the agency ("Jag ska anmäla er till JO", "I'll report you to the ombudsman"). */
  complaint: RegExp;
  /** The agent tells the caller what they do, in the present tense ("Du bifogar hyresavtalet", "You attach the lease"). */
  toldInPresent: RegExp;
  /** A document the caller sends in (a form, an application, a certificate, a lease). */
  document: RegExp;
  /** A recurring duty ("en gång om året", "every year"): general information, not a follow-up. */
  recurring: RegExp;
  /** A fronted object pronoun: "Det skickar jag i dag" needs the sentence before. */
  frontedObject: RegExp;
  /** "Gör det gärna inom två veckor", "Det gör jag i dag": the task is the one just before, this gives its date. */
  doIt: RegExp;
  /** How the caller's question is reported, in the caller's own person ("Jag undrar om …", "I ask whether …"). */
  asks: string;
  /** The word before a deadline's date: "senast den 30 juni", "by 30 June". */
  by: string;
  /** A question that only asks for help ("Kan du hjälpa mig?"): nothing to report. */
  helpRequest: RegExp;
  /** Reported speech for a caller's "vi": "Kunden uppger att …". */
  reports: string;
  /** The caller's "vi"/"we" and its forms, and what they become in the third person. */
  we: [RegExp, string][];
}

export const WRITING: Record<Language, Writing> = {
  sv: {
    introduction: u(
      /(?:\b(?:jag heter|mitt namn är|det är \[NAMN\]|här är \[NAMN\]|jag är \[NAMN\]|heter jag|kunden heter|personnummer\p{L}*|födelsedatum)\b|^(?:ja,?\s*)?(?:hej,?\s*)?(?:det är |jag heter )?\[[A-ZÅÄÖ]+\][,.]?$)/iu,
    ),
    onBehalf: u(
      /\b(?:ringer (?:för|åt|å|om) (?:min|mitt|vår)|för (?:min|mitt) \p{L}+s räkning|(?:min|mitt) (?:mamma|pappa|mor|far|man|make|fru|maka|son|dotter)s (?:pension|personnummer|ärende|bostadstillägg))\b/iu,
    ),
    errand: u(
      /\b(?:(?:jag|vi) (?:ringer|ringde) (?:om|angående|för|eftersom|därför|med anledning)|undra(?:r|de) (?:väl |bara |också |nu |mest )?(?:om|över|varför|hur|när|vad|lite)|(?:jag|vi) (?:vill|skulle vilja) (?:ju |nog |bara )?(?:veta|ha|ansöka|börja|byta|ändra|anmäla|fråga|höra)|(?:jag|vi) (?:funderar|planerar) på att (?:gå|ta|söka|börja|sluta|vänta|byta)|(?:jag|vi) (?:vill|skulle vilja) (?:gärna )?(?!(?:bara )?(?:säga|berätta|påpeka|tacka|inte|vara|bli|göra det)\b)\p{L}{3,}(?:\s+(?:ut|in|upp|av|om|tillbaka|bort))?\s+(?:hela|halva|min|mitt|mina|allt|det|den|pengarna|pensionen|en|ett|till)\b|har (?:en|några|lite) fråg\p{L}*|(?:har )?(?:fått|fick) ett (?:brev|beslut|besked)|^det gäller)\b/iu,
    ),
    vagueErrand: u(
      /(?:\b(?:har (?:en|några|lite) fråg\p{L}*|(?:har )?(?:fått|fick) ett (?:brev|beslut|besked))(?:\s+(?:om|angående|från) (?:\p{L}+\s+){0,2}\p{L}+)?(?:\s+här)?[.!]?$|\b(?:ringer|ringde) (?:för|åt|å|om) (?:min|mitt|vår)\s+\p{L}+(?:\s+räkning)?[.!]?$|^(?:\p{L}+,?\s+)?(?:(?:jag|vi) (?:ringer|ringde) (?:om|angående)|det gäller) (?:\p{L}+\s+){0,3}\p{L}+[.!]?$|^(?:min|mitt|mina|hans|hennes) (?:\p{L}+\s+){0,2}\p{L}+[.!]?$|^(?:\p{L}+,?\s+)?(?:det är )?det där med (?:\p{L}+\s+){0,1}\p{L}+[.!]?$|^(?:\p{L}+,?\s+)?(?:nu )?vill (?:jag|vi) (?:bara )?ha en förklaring[.!]?$|^(?:\p{L}+,?\s+)?(?:jag|vi) (?:behöver|måste|vill|ska) (?:bara )?(?:berätta|säga|anmäla|meddela) (?:en sak|något)(?: (?:för|till) (?:er|dig))?[.!]?$)/iu,
    ),
    situation: u(
      /\b(?:gick bort|dog|avled|har avlidit|blev änk\p{L}*|är änk\p{L}*|flyttade|har (?:precis |nyss |just )?flyttat|ska flytta|flyttar|(?:funderar på|planerar|tänker) att flytta|gick i pension|har gått i pension|har fått (?:ett |en )?(?:brev|beslut|besked|avslag|återkrav)|fick (?:ett |en )?(?:brev|beslut|besked|avslag)|har (?:gått|blivit) (?:ner|ned|upp|lägre|högre|mindre)|(?:gick|blev) (?:ner|ned|upp|lägre|högre|mindre)|har slutat komma|har inte kommit|kom inte|ärvde|har ärvt|separerade|skilde oss|skilde mig|har flyttat (?:in )?(?:till|på) (?:ett )?(?:äldreboende|särskilt boende|vårdboende|boende))\b/iu,
    ),
    aboutTheCall: u(
      // ("Jag borde ha ringt tidigare. Barnet flyttade i mars.": the caller owning a late call says nothing of the errand, round 86.)
      /\b(?:(?:jag|vi) (?:borde|skulle) (?:ha )?(?:ringt|hört av (?:mig|oss)|sagt till) (?:tidigare|förr|förut|innan|direkt)|min svenska|pratar (?:inte )?(?:så )?bra svenska|(?:hör|förstår) (?:du|ni) mig|dålig linje|ringer från|(?:vet inte|osäker på) om jag (?:har )?ring(?:er|t) rätt|(?:vet inte|osäker på) om (?:det här|detta|det) (?:är|hör) (?:rätt|till er|för er|något för er|nåt för er)|ringer (?:till )?rätt|en snabb fråga|förlåt att jag stör|ursäkta att jag stör|har (?:flera|några|ett par|två|tre) (?:saker|frågor)|skr(?:ev|ivit) upp (?:dem|dom|det)|jag är (?:\p{L}+)?tolk|ringer via tolk|(?:här )?bredvid mig|vet inte (?:riktigt )?(?:vem|vart|vilken) (?:jag|man) ska (?:prata|tala|vända mig|ringa)|hoppas det är okej|(?:suttit|väntat|stått) i (?:telefon)?kö(?:n)?|(?:suttit|väntat|stått) här i (?:\p{L}+|\d+) minuter|(?:lång|långa) kö(?:n|er)?|(?:lyssnat|lyssna) på (?:den där |er |hela )?(?:vänte)?musik(?:en)?|väntemusik(?:en)?|byta låt|telefonkön|(?:andra|tredje|fjärde|femte) gången (?:jag|vi) ringer|har ringt (?:hit |er |till er )?(?:två|tre|fyra|flera|många) gånger|(?:blivit|blir) kopplad|(?:har )?kommit rätt|hoppas (?:du|ni) mår bra|(?:det är )?(?:egentligen |bara )?(?:en|ett par|två) (?:sak|saker) (?:jag|vi) ringer om|(?:jag )?har (?:lite )?olika saker|det här blir (?:lite |nog |kanske )?rörigt(?: kanske)?|det är (?:lite )?(?:krångligt|komplicerat)(?=\s*[.,!?…]|\s*$)|försöka (?:att )?(?:göra det|hålla det|fatta mig) kort|(?:måste|får|ska|behöver) (?:nog |bara )?(?:förklara|berätta) (?:lite |en sak |bakgrunden )?först|det (?:blir|är) en (?:lång|lite lång) (?:historia|bakgrund)|(?:jag|vi) är (?:lite |helt |alldeles )?andfådd\p{L}*|(?:har|kör) (?:högtalaren|högtalartelefon\p{L}*) på|(?:sitter|är) (?:här )?(?:bredvid mig|med mig|här också|också här)|ge mig (?:en|ett) (?:sekund|ögonblick|minut)|pratar (?:bara|inte) svenska|(?:går|är) bra (?:att|om) jag (?:pratar|för talan))\b/iu,
    ),
    clauseSubject: /^(?:jag|vi|det|den|min|mitt|mina|han|hon|de|dom)(?![\p{L}])/iu,
    askedErrand: u(/\b(?:vad gäller (?:det|saken|ditt ärende|samtalet)|vilke[tn] (?:brev|beslut|besked)|vad kan jag hjälpa (?:dig|till|er) med|vad är det (?:du|ni) undrar|vad kan jag göra för dig|vad (?:vill|behöver) du (?:ha )?hjälp med|vad ringer du om|vad är (?:ditt ärende|din fråga|frågan)|vad vill du (?:veta|göra)|vad undrar du|(?:är|gäller) det (?:något|nåt) (?:med|om) .{1,40} (?:du undrar|du vill)|hur kan jag hjälpa|vad har hänt|vad är det som har hänt|vad är det som inte (?:fungerar|funkar|går)|vad är (?:det för )?problemet)\b/iu),
    callBackRequest: u(/\b(?:ringa (?:upp )?mig|ringer (?:du|ni) (?:upp )?mig|ring(?:a)? tillbaka till mig|kan (?:du|ni) ringa|vill (?:bli|att ni) ring)\b/iu),
    declines: u(/^(?:nej|tyvärr)\b|\b(?:kan (?:jag|vi) inte|går inte)\b/iu),
    // "du får" is also "you will receive" ("du får ett beslut"): only "du får" + a verb of choosing is a possibility.
    possibility: u(
      /\b(?:(?:du|ni|man) (?:kan|har rätt att|får (?:gärna|själv|välja|bestämma|ansöka|begära|ändra))|kan (?:du|ni|man)|har (?:du|ni) rätt|är det möjligt|går det bra att)\b/iu,
    ),
    obligation: u(
      /\b(?:(?:du|ni) (?:\p{L}+ )?(?:ska|behöver|måste|bör)|(?:ska|behöver|måste|bör) (?:du|ni)|(?:jag|vi) (?:ska|kommer att|skickar|ringer|återkommer|beställer|hör av)|(?:jag|vi) kan (?:\p{L}+ )?(?:skicka|posta|beställa|ringa|boka)|(?:bra|hjälp|skönt) om (?:du|ni) (?:\p{L}+ )?(?:kunde|kan) (?:skicka|fylla|komplettera|ringa))\b/iu,
    ),
    callerAction: u(
      /\b(?:(?:skickar|ringer|mejlar|mailar|fyller|loggar|betalar|gör|fixar|ordnar|lämnar|anmäler) (?:jag|vi)|(?:jag|vi) ska (?:\p{L}+ ){1,4}och (?:skicka|lämna|fylla|anmäla|ansöka)|(?:jag|vi)(?: \p{L}+){1,8} och skickar (?:in|tillbaka)|(?:jag|vi) (?:ska |kan )?(?:göra|gör|fixa|fixar|ordna|ordnar) (?:det|ansökan|anmälan|omprövningen)|(?:jag|vi) (?:ska )?(?:skriver|skriva) (?!(?:i|på|till|och|under|in|upp)\s)\p{L}{2,}|(?:jag|vi) (?:\p{L}+ )?(?:skickar|skicka|ringer|ringa|mejlar|mejla|mailar|ansöker|ansöka|fyller i|fylla i|loggar in|logga in|kommer in med|hör av mig|höra av mig|laddar upp|ladda upp|skriver under|skriva under|kompletterar|komplettera|lämnar in|lämna in|betalar|betala|anmäler|anmäla|tar med|begär|begära|kontaktar|kontakta|ordnar|ordna))\b/iu,
    ),
    // A week named is a period: the task is due by its end.
    deadline: u(
      /\b(?:senast|innan|före|inom|till och med|i slutet av|till slutet av|sista dag\p{L}*|förfaller|ska vara (?:betald|inne|inkommen)|nästa vecka|i veckan|den här veckan|under veckan)\b/iu,
    ),
    thenClause: /^(?:då|i så fall|så)\s+/iu,
    condition: u(/\b(?:om|ifall) (?:du|ni|jag|vi|man|han|hon|kunden) /iu),
    // "Kommer den in senast den första december hinner vi …": a verb first in a statement is a condition.
    conditionFirst: /^(?:(?:okej|ja|och|men),?\s+)?(?:(?:om|ifall|i fall)\s+|(?:kommer|skickar|har|är|blir|får|hinner|betalar)\s+(?:den|det|du|ni|han|hon|de|dom|man|ansökan|\p{L}{3,}(?:en|et|na))\s+(?![^?]*\?$))/iu,
    callerFirst: /^(?:kunden|kundens \p{L}+)\s/iu,
    asksWhen: u(/^(?:(?:och|men|okej|så),?\s+)?(?:när|hur snart|till när) (?:ska|måste|behöver|bör|skall)\b|\b(?:när ska (?:det|den|de) vara (?:inne|där|klart))\b|\bvilket datum\b/iu),
    // Not "Ringer du dem så …" (a condition said verb first) nor "ni skriver då …" (what follows a condition).
    role: /(?:^|(?<![\p{L}])(?:jag|och) )är (advokat|socialsekreterare|god man|förvaltare|jurist|kurator|biståndshandläggare)(?![\p{L}])/iu,
    complaint: u(/\b(?:anmäl(?:a|er)? (?:er|dig|myndigheten|handläggaren|pensionsmyndigheten)|till (?:jo|justitieombudsmannen)|klaga på (?:er|dig|myndigheten))\b/iu),
    toldInPresent:
      /^(?:(?:(?:och|så|sen|sedan|då)\s+)?(?:du|ni)\s+(?!(?:har|är|kan|får|vill|ska|blir|behöver|måste|ser|hör|tar|vet|kommer)(?![\p{L}]))\p{L}+(?:ar|er|ir|yr)|(?:så|sen|sedan|då)\s+(?!(?:är|har|kan|får|blir|vill|ser|kommer)(?![\p{L}]))\p{L}+(?:ar|er|ir|yr)\s+(?:du|ni))(?![\p{L}])(?!\s+då(?![\p{L}]))/iu,
    document: u(/\b(?:\p{L}*blankett\p{L}*|ansökan|ansökningen|\p{L}*intyg\p{L}*|\p{L}*avtal\p{L}*|hyresavi\p{L}*|kopi\p{L}*|fullmakt\p{L}*|underskrift\p{L}*|anmälan|kvitto|lönespecifikation\p{L}*)\b/iu),
    timeClauseFirst: /^(?:(?:okej|ja|och|men),?\s+)?(?:så fort|så snart|när|efter att|innan)\s+/iu,
    inCallCaller: /^(?:vänta|ett ögonblick|ett litet tag|jag ska bara)\b/iu,
    otherAgency: /(?<![\p{L}])(?:skatteverket|försäkringskassan|kommunen|överförmyndar\p{L}*|socialtjänsten|migrationsverket|csn|kronofogden|arbetsförmedlingen)(?![\p{L}])/iu,
    toThisAgency: /(?<![\p{L}])(?:till|hos|från) (?:oss|er|myndigheten|pensionsmyndigheten)(?![\p{L}])/iu,
    agencyNeeds: /^(?:(?:och|men|så|okej|ja),?\s+)?(?:då\s+)?(?:behöver|måste) vi (?:få |ha )?(?:in )?(?:också |även )?|^(?:(?:och|men|så|okej|ja),?\s+)?vi (?:behöver|måste) (?:få |ha )?(?:in )?(?:också |även )?(?=(?:en|ett|kopi\p{L}*|\p{L}*intyg\p{L}*|\p{L}*avtal\p{L}*|\p{L}*utdrag\p{L}*)(?![\p{L}]))/iu,
    documentWanted: /^(?:gärna|helst)\s+(?:en|ett|kopi\p{L}*|\p{L}*intyg\p{L}*|\p{L}*besked\p{L}*|\p{L}*avtal\p{L}*)(?![\p{L}])/iu,
    letsGoOn: u(/\b(?:ingen brådska|ta den tid du behöver|ta det lugnt|i lugn och ro)\b/iu),
    reaction: /^(?:ha(?:ha)?|hah|heh|oj|nähä|typiskt|skönt|vad skönt|gud vad skönt|tack och lov|(?:det|då) (?:var|är|känns) (?:ju )?(?:skönt|bra|lugnande|en lättnad)(?: att höra)?|vad bra|jättebra|toppen|tack(?: så mycket| snälla)?|(?:(?:ja|jo),?\s+)?gärna(?:,?\s+det vore \p{L}+)?[.!]?$|det vore (?:toppen|bra|jättebra|snällt|fint|perfekt|underbart)[.!]?$)(?![\p{L}])/iu,
    offerAsked: /^(?:(?:okej|då|så),?\s+)?(?:kan|får|ska) jag ringa (?:upp )?(?:dig|er)\b/iu,
    offerTask: /^(?:(?:okej|då|så|ja),?\s+)?(?:vill du att (?:jag|vi) (?!ringer)\p{L}+|ska (?:jag|vi) (?:skicka|beställa|ta bort|ändra|lägga in|notera|boka|posta))(?![\p{L}])/iu,
    accepts: /^(?:ja|jo|gärna|absolut|okej|tack|javisst|ja tack)(?![\p{L}])/iu,
    agencyActsAfter: u(/\b(?:betala[rs]? ut|betalar vi ut|betalas (?:\p{L}+ )?ut|räkna[rs]? (?:vi )?om|räknas (?:\p{L}+ )?om|prövas|prövar vi|(?:får|skickar) (?:du|vi|ni) (?:ett |sitt )?beslut\p{L}*|beslut\p{L}* (?:skickas|fattas|kommer)|fattar (?:vi )?beslut|tar (?:vi )?beslut)\b/iu),
    inCall: u(/(?:^(?:(?:okej|ja|då|så|bra),?\s+)?(?:vänta|läs|tänk|hör|ta|titta|kolla|lyssna|håll|kom|säg|berätta)\b|\b(?:nu|direkt|medan (?:jag|vi|du)|ett ögonblick|lite grann)\b)/iu),
    recurring: u(/\b(?:(?:en gång|två gånger) (?:om|per|i) (?:året|månaden|veckan)|varje (?:år|månad|vecka)|årligen|varje gång|till alla som|alla som)\b/iu),
    frontedObject: /^(?:det|den|dem|detta|dessa)\s+(?!är\b|var\b|blir\b|finns\b|gäller\b|kommer\b|har\b|hade\b|kan\b|ska\b|stämmer\b)\p{L}+\s+(?:jag|vi|du|ni)(?![\p{L}])/iu,
    doIt: u(/(?:^(?:okej,?\s*|ja,?\s*)?(?:gör|fixa|ordna) det\b|\bdet (?:gör|fixar|ordnar) (?:jag|vi|du)\b|\b(?:gör|fixar|ordnar) (?:jag|vi) det\b|\b(?:jag|vi) (?:ska )?(?:gör|göra|fixar|fixa) det\b)/iu),
    asks: 'Jag undrar',
    by: 'senast',
    helpRequest: u(/\b(?:hjälpa (?:mig|oss|till)|förstår (?:du|ni) vad jag menar|hör (?:du|ni) mig)\b/iu),
    reports: 'Kunden uppger att',
    we: [
      // "vi gifte oss" is "de gifte sig": the object is the subject.
      [/(?<![\p{L}])vi (\p{L}+) oss(?![\p{L}])/giu, 'vi $1 sig'],
      [/(?<![\p{L}])vi(?![\p{L}])/giu, 'de'],
      [/(?<![\p{L}])oss(?![\p{L}])/giu, 'dem'],
      // "i vår" is this spring, not "our".
      [/(?<![\p{L}])(?<!(?<![\p{L}])i\s)(?:vår|vårt|våra)(?![\p{L}])/giu, 'deras'],
    ],
  },
  en: {
    introduction: u(
      /(?:\b(?:my name is|my name's|this is \[NAME\]|this is \[NAMN\]|it's \[NAMN\]|i'm \[NAMN\]|personal identity number|identity number|personal number(?: is)?:? \[|date of birth)\b|^(?:yes,?\s*)?(?:hi,?\s*|hello,?\s*)?(?:it's |this is |my name is )?\[[A-ZÅÄÖ]+\][,.]?$)/iu,
    ),
    onBehalf: u(/\b(?:calling (?:for|on behalf of|about) my|on my \p{L}+'s behalf|my (?:mother|father|mum|mom|dad|husband|wife)'s (?:pension|number|case))\b/iu),
    errand: u(
      /\b(?:i(?:'m| am) (?:calling|ringing|phoning) (?:about|because|to|on behalf|for)|i(?:'d| would) like to (?:know|understand|apply|change|ask)|(?:i'm|i am|we're|we are|i've been|we've been) (?:thinking|considering|planning)(?: (?:of|about|on))? (?:retiring|taking|applying|stopping|going|waiting|switching|changing)|i want to (?:know|apply|change|ask)|(?:i|we) (?:really )?(?:want|would like|'d like) to (?!(?:just )?(?:say|tell|thank|point|be|make sure|know)\b)\p{L}{3,}(?:\s+(?:out|in|up|off|over|back|away))?\s+(?:it|all|my|the|a|an|our|half|some|this|that|them)\b|i(?:'m| am| was)? wonder(?:ing|ed)?|(?:i )?have (?:a|some) questions?|(?:i(?:'ve| have) )?got (?:a|some) questions?|i (?:got|received|have had) (?:a|the) (?:letter|decision)|^it(?:'s| is) about(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|a thousand|half|the same)\b)|^it concerns)\b/iu,
    ),
    vagueErrand: u(
      /(?:\b(?:have (?:a|some) questions?|(?:got|received) (?:a|the) (?:letter|decision))(?:\s+(?:about|from) (?:\p{L}+\s+){0,2}\p{L}+)?(?:\s+here)?[.!]?$|\bcalling (?:on behalf of|for|about) my\s+\p{L}+[.!]?$|^(?:\p{L}+,?\s+)?(?:(?:i'm|i am|we're|we are) (?:calling|ringing|phoning) (?:about|regarding)|it(?:'s| is) about|it concerns) (?:[\p{L}']+\s+){0,3}[\p{L}']+[.!]?$|^(?:my|his|her|our) (?:[\p{L}']+\s+){0,2}[\p{L}']+[.!]?$|^(?:\p{L}+,?\s+)?(?:it's )?(?:that|the) (?:thing|business) with (?:the )?[\p{L}']+[.!]?$|^(?:\p{L}+,?\s+)?(?:now )?i (?:just )?want an explanation[.!]?$|^(?:\p{L}+,?\s+)?(?:i|we) (?:need|have|want|wanted) to (?:tell you|let you know) (?:something|one thing)[.!]?$)/iu,
    ),
    situation: u(
      /\b(?:passed away|died|(?:am|i'm|became) a widow(?:er)?|moved|am moving|i'm moving|(?:thinking (?:about|of)|planning(?: on)?|considering) (?:moving|to move)|(?:i|we) (?:will |'ll )?move (?:to|back|abroad|home)|retired|(?:got|received|have had) (?:a|the) (?:letter|decision|rejection)|went (?:up|down)|has (?:gone|dropped|fallen) (?:up|down)?|dropped|stopped coming|hasn't (?:come|arrived)|didn't (?:come|arrive)|inherited|separated|divorced|(?:has|have|had) gone into (?:a )?(?:care home|nursing home|hospital)|moved into (?:a )?(?:care home|nursing home))\b/iu,
    ),
    aboutTheCall: u(
      // ("I should have called earlier. My child moved in March.": the caller owning a late call, round 86.)
      /\b(?:(?:i|we) should(?: have|'ve) (?:called|rung|phoned|told you|been in touch) (?:earlier|sooner|before|straight away)|my (?:swedish|english)(?!\s+(?:pension|account|bank|bankid|id|tax|income|address|passport))|english is better|the line(?:'s| is)|(?:i'm |i am )?calling from|can you hear me|quick question|hope the time|sorry to bother|(?:not sure|don't know) if i(?:'m| am) calling the right|(?:not sure|don't know) if this is (?:really )?(?:for you|the right (?:place|number))|(?:have|got),? (?:a few|several|some|two|three|a couple of) (?:things|questions)|(?:not sure|don't know) (?:who|where) (?:to|i should) (?:talk|speak|turn|call)|(?:been )?(?:on hold|in the queue|waiting in (?:the )?(?:phone )?queue)|(?:hold|waiting|queue) music|before anything|wrote (?:it|them) down|i(?:'m| am) (?:the |an )?interpreter|calling through an interpreter|(?:i'm |i am )?ringing from|(?:the )?(?:second|third|fourth|fifth) (?:number|time|person) (?:i've|i have|i've been|i have been|i)\b|(?:have |'ve )?called (?:you |here )?(?:twice|three times|several times|many times)|(?:been )?(?:transferred|passed) (?:around|from one)|(?:not sure|don't know) if i(?:'ve| have) (?:got|come to|reached|called) the right|hope (?:you(?:'re| are)|you're) (?:well|doing well|having a good day)|(?:it's |there's )?(?:really |just )?(?:one|two|a couple of) things? i(?:'m| am) calling about|(?:can|could|may) (?:we|i) (?:speak|talk|do this in) english|(?:okay|ok|alright|all right|fine) (?:to|if (?:i|we)) (?:speak|talk) english|(?:try to|i'll) (?:keep it (?:short|brief)|be (?:brief|quick))|(?:have to|need to|must|let me) (?:explain|give you) (?:a bit of |some )?(?:background|a bit|something) first|(?:it's|it is) a (?:long|bit of a long) story|(?:it's|it is) (?:a bit |rather |quite )?complicated(?=\s*[.,!?…]|\s*$)|out of breath|(?:got|have) you on (?:the )?speaker(?:phone)?|(?:you're|you are) on speaker(?:phone)?|(?:sitting|sat|is here|'s here|are here) (?:here )?(?:with|next to|beside) me(?=\s*[.,!?…]|\s*$)|(?:only|just) speaks? (?:swedish|english)|(?:fine|okay|ok|alright|all right) (?:for|that) me to (?:talk|speak)|give me a (?:second|sec|moment|minute))\b/iu,
    ),
    clauseSubject: /^(?:i|i'm|i've|i'd|it|it's|we|we're|my|she|she's|he|he's|they|they're)(?![\p{L}])/iu,
    askedErrand: u(/\b(?:how (?:can|may) i help|(?:which|what) (?:letter|decision)|what(?:'s| is) the call about|what can i (?:do|help(?: you)? with)|what(?: is it|'s it| are you calling) about|what would you like (?:some )?help with|what do you need help with|what(?:'s| is) (?:your question|the question|the reason for (?:your|the) call)|what do you want to (?:know|do)|what would you like to (?:do|know|ask)|is (?:it|there) (?:something|anything) (?:about|with) .{1,40} you(?:'re| are)? (?:wondering|want|need)|what happened|what seems to be|what(?:'s| is|'s not| isn't) (?:not )?working|what(?:'s| is) the problem)\b/iu),
    callBackRequest: u(/\b(?:call me(?: back)?|ring me(?: back)?|give me a call|phone me|call back on|get back to me)\b/iu),
    declines: u(/^(?:no|unfortunately|sorry)\b|\b(?:can't|cannot|not able to)\b/iu),
    possibility: u(/\b(?:you (?:can|could|may|have the right to|are entitled to)|can you|it is possible to|it's possible to)\b/iu),
    obligation: u(
      /\b(?:you (?:\p{L}+ )?(?:need to|must|should|have to|will need)|(?:i|we)(?:'ll| will| am going to| are going to| shall)|(?:i|we) (?:send|call|order)|(?:i|we) can (?:\p{L}+ )?(?:send|post|mail|order|call|ring|book)|(?:help|good|great|useful) if you (?:\p{L}+ )?(?:could|can) (?:send|post|fill|return|call))\b/iu,
    ),
    callerAction: u(
      /\b(?:(?:i|we)(?:'ll| will| can| am going to| shall)? (?:\p{L}+ )?(?:send|post|mail|email|e-mail|call|ring|phone|apply|write|fill|log in|upload|sign|return|submit|pay|report|bring|request|get back|sort|fix|handle|arrange|contact|deal with)|(?:i|we)(?:'ll| will| can| am going to| shall) (?:do|sort out|take care of) (?:it|that|this))\b/iu,
    ),
    deadline: u(/\b(?:by|before|within|no later than|at the latest|deadline|until|due|this week|next week)\b/iu),
    thenClause: /^(?:then|in that case|if so),?\s+/iu,
    condition: u(/\b(?:if|unless) (?:you|i|we|he|she|they|the caller) /iu),
    conditionFirst: /^(?:(?:okay|ok|yes|and|but),?\s+)?(?:if|unless|in case)\s+/iu,
    callerFirst: /^(?:the caller|the caller's \p{L}+)\s/iu,
    asksWhen: u(/^(?:(?:and|but|okay|so),?\s+)?(?:when|by when) (?:do|should|must|does|will|shall) (?:i|we|it|they)\b|\bwhen do you need (?:it|them|the|my)\b|\bhow long do (?:i|we) have\b|\bwhat(?:'s| is) the deadline\b/iu),
    // ("Hello, I'm [NAMN], god man for [NAMN]", "God man for [NAMN]": the role after the name or alone, and the Swedish
    // "god man" said in English, round 63.)
    role: /(?:(?<![\p{L}'])i(?:'m|’m| am) (?:\[[^\]]+\],?\s+)?(?:a |an |the )?(?:appointed )?|^(?:the )?(?=(?:god man|legal guardian|guardian|trustee) for\s))(solicitor|lawyer|attorney|social worker|legal guardian|guardian|accountant|trustee|god man)(?![\p{L}])/iu,
    complaint: u(/\b(?:report (?:you|the agency|this agency)|complain about (?:you|the agency)|(?:to|with) the ombudsman)\b/iu),
    toldInPresent: /^(?:(?:and|then|so)\s+)?you\s+(?:send|return|post|sign|fill|attach|upload|bring|submit|include|register|write)(?![\p{L}])/iu,
    document: u(/\b(?:forms?|applications?|certificates?|lease|contract|statements?|copy|copies|power of attorney|signature|receipt|payslips?|documents?|extract|proof)\b/iu),
    timeClauseFirst: /^(?:(?:okay|ok|yes|and|but),?\s+)?(?:as soon as|once|when|after|before)\s+/iu,
    inCallCaller: /^(?:wait|hold on|one moment|just a (?:moment|second|sec)|let me (?:find|get|grab))\b/iu,
    otherAgency: /(?<![\p{L}])(?:skatteverket|försäkringskassan|the tax agency|the swedish tax agency|the social insurance agency|social services|the municipality|the council|migrationsverket|the migration agency)(?![\p{L}])/iu,
    toThisAgency: /(?<![\p{L}])(?:(?:to|with|from) (?:us|you|the pensions agency)|(?:send|post|give|tell|show) us)(?![\p{L}])/iu,
    agencyNeeds: /^(?:(?:and|but|so|then|okay|yes),?\s+)?we(?:'ll| will)? (?:also )?(?:need|require) (?:to (?:get|have|see) )?(?=(?:a|an|the|copies|copy|statements?|certificates?|proof)(?![\p{L}]))/iu,
    documentWanted: /^(?:ideally|preferably)\s+(?:a|an|the|copies|copy)\s/iu,
    letsGoOn: u(/\b(?:no rush|no hurry|take your time)\b/iu),
    reaction: /^(?:ha(?:ha)?|hah|heh|wow|great|oh great|typical|brilliant|wonderful|lovely|fantastic|thank (?:god|goodness|you)|thanks|that(?:'s|’s| is) (?:a relief|good to (?:hear|know)|reassuring|great|wonderful)|what a relief|good to (?:hear|know)|oh well|figures|yes,? please(?:,?\s+that would be \p{L}+)?[.!]?$|that would be (?:great|lovely|good|helpful|perfect|wonderful|brilliant)[.!]?$)(?![\p{L}])/iu,
    offerAsked: /^(?:(?:okay|so|then),?\s+)?(?:can|may|shall|should) i (?:call|ring|phone) you\b/iu,
    offerTask: /^(?:(?:okay|so|then|right),?\s+)?(?:(?:would you like|do you want) (?:me|us) to (?!call)\p{L}+|(?:shall|should) (?:i|we) (?:send|post|order|remove|change|add|note|book))(?![\p{L}])/iu,
    accepts: /^(?:yes|yeah|yep|please|sure|okay|ok|thanks|that would)(?![\p{L}])/iu,
    agencyActsAfter: u(/\b(?:(?:we|the agency)(?:'ll| will)? (?:pay|pays|recalculate|recalculates|reconsider|reconsiders|decide|decides|process|processes|send you (?:a|the) decision)|(?:is|are|will be|gets?) (?:paid|recalculated|reconsidered|decided|processed)|you(?:'ll| will) (?:get|receive) (?:a|the) decision)\b/iu),
    inCall: u(/(?:^(?:(?:okay|ok|yes|so|then|right|good),?\s+)?(?:please,?\s+)?(?:wait|read|let|keep|go|hold|look|listen|tell|hang)\b|\b(?:now|right away|while (?:i|we|you)|a moment|a second)\b)/iu),
    recurring: u(/\b(?:(?:once|twice) (?:a|per|every) (?:year|month|week)|every (?:year|month|week)|each (?:year|month)|annually|every time|to everyone who|everyone who)\b/iu),
    frontedObject: /^(?:that|this|it)\s+(?:i|we)(?:'ll| will)\s+/iu,
    doIt: u(/\b(?:do it|do that|i'll do that|i will do that|will do)\b/iu),
    asks: 'I ask',
    by: 'by',
    helpRequest: u(/\b(?:help me|help us|can you hear me|do you understand what i mean|do you follow)\b/iu),
    reports: 'The caller says that',
    we: [
      // ("We've been trying …": the other contractions too, round 34.)
      [/(?<![\p{L}])we['’]ve(?![\p{L}])/giu, 'they have'],
      [/(?<![\p{L}])we['’]ll(?![\p{L}])/giu, 'they will'],
      [/(?<![\p{L}])we['’]d(?![\p{L}])/giu, 'they would'],
      [/(?<![\p{L}])we(?=['’]re)/giu, 'they'],
      [/(?<![\p{L}])we(?![\p{L}'’])/giu, 'they'],
      [/(?<![\p{L}])us(?![\p{L}])/giu, 'them'],
      [/(?<![\p{L}])our(?![\p{L}])/giu, 'their'],
    ],
  },
};
