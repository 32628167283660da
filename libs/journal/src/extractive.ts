import type { DraftSectionKey, DraftSentence, DraftTopic, FollowUpKind, Language, Transcript } from '@samtal/contracts';
import { lastDocument, nameTheDecision, nameTheObject } from './objects.js';
import { CUES, type Cues } from './cues.js';
import { findDates, monthNamed, type DatePhrase } from './dates.js';
import { guardText } from '@samtal/redaction';
import { customerNamedByKin, isSpokenNumber, statementsOf, tasksByActor, type Statement } from './discourse.js';
import { factWeight, RELATIVES, relativeAt, representedAt, WRITING } from './facts.js';
import { answerWithQuestion, isFragment } from './fragments.js';
import { withoutSpokenStyle, withValueCorrected } from './spoken.js';
import { indirectQuestion } from './indirect.js';
import { inDigits } from './numbers.js';
import { type Household, isInstruction, toThirdPerson } from './register.js';
import { detectTopic, mentionsTopic, type Taxonomy } from './taxonomy.js';
import { decideTopic, type TopicModel } from './topic-model.js';
import { capitalise, containsPhrase, escapeRegExp, utterancesOf, wordsOf } from './text.js';

/** Segment indexes once each, in call order. */
const uniqueSorted = (indexes: Iterable<number>): number[] => [...new Set(indexes)].sort((a, b) => a - b);

/** The content of a draft before it is titled and rendered. */
export interface DraftContent {
  topic: DraftTopic;
  sections: Record<DraftSectionKey, DraftSentence[]>;
  /** Someone calls for the person the errand concerns: "Den som ringer uppgav", not "Kunden uppgav" (round 61). */
  callerFor?: boolean;
}

export interface ExtractOptions {
  /** The call's date (YYYY-MM-DD): relative dates are resolved against it. */
  callDate: string;
  taxonomy: Taxonomy;
  /** The learned topic model that may overrule the rules (topic-model.ts); the shipped one when absent, none when false. */
  topicModel?: TopicModel | false;
}

/**
 * What the caller said and what the agent told share a length budget in words: facts are
 * kept by weight (decisions, reasons, amounts, dates, rights and obligations, documents) until
 * it is spent, not by a count per section. Follow-ups are tasks and are all kept, up to a cap.
 */
const WORD_BUDGET = 170;
/** Below this weight a sentence is small talk, however much budget is left. */
const MIN_WEIGHT = 0.4;
const FOLLOW_UP_LIMIT = 8;
/** The reason is looked for among the caller's first few sentences. */
const REASON_WINDOW = 4;

const IDENTIFIED: Record<Language, string> = {
  sv: 'Kunden uppgav sitt personnummer.',
  en: 'The caller gave their personal identity number.',
};
/** "his", "hennes": the number asked for or read out is someone else's. */
const OTHERS_NUMBER = /(?<![\p{L}])(?:hans|hennes|his|her|their)(?![\p{L}])/iu;
/** The numbers a genitive or a name can go before. */
const NUMBER_NOUNS = String.raw`(?:personnummer|samordningsnummer|personal identity number|personal number|identity number|social security number|co-ordination number|date of birth)`;
/**
 * "din sambos personnummer", "barnets personnummer", "your partner's personal number": a genitive before the number
 * asks for someone else's, whoever the person is (round 92: "Kunden uppgav sitt personnummer" was written for a
 * deceased partner's number). "ditt personnummer", "your personal number" are no genitive.
 */
const OTHERS_NUMBER_NOUN = new RegExp(String.raw`(?<![\p{L}])(?!(?:this|was|has|yes|thanks|is|as|plus|alltså)\s)(?:\p{L}{2,}s|\p{L}+(?:'s|s'|’s))\s+${NUMBER_NOUNS}(?![\p{L}])`, 'iu');
/**
 * "Kan jag få [NAMN] personnummer?", "[NAMN]'s personal identity number": a name before the number the agent asks for,
 * its genitive lost to the redaction, is someone else's (the closing re-read of round 92). Only in the agent's question:
 * the caller's "Jag heter [NAMN], personnummer …" is their own.
 */
const NAMED_NUMBER = new RegExp(String.raw`\[NAMN\](?:s|'s|’s)?\s+${NUMBER_NOUNS}(?![\p{L}])`, 'iu');
/** A relative calls: the numbers given are not the caller's own. */
const IDENTIFIED_FOR: Record<Language, string> = {
  sv: 'Kunden uppgav personnummer för den som ärendet gäller.',
  en: 'The caller gave the identity number of the person the errand concerns.',
};

interface Sentence extends Statement {
  position: number;
  /** Words that are not function words or placeholders. */
  content: number;
  /** A phrase of the detected topic is in it. */
  onTopic: boolean;
  /** Digits or a date: facts a note keeps. */
  specific: boolean;
}

interface Placed extends DraftSentence {
  position: number;
  score: number;
  section?: 'callerSaid' | 'agentActions';
  /** Dated by a deadline the agent gave ("senast den 26 november"): the caller's own day within it is the same task. */
  byDeadline?: boolean;
}

/** Placeholders the redaction leaves ("[PERSONNUMMER]", "<NAMN>") are not content. */
const withoutPlaceholders = (text: string) => text.replace(/\[[^\]]*\]|<[^>]*>/g, ' ');

function contentWords(text: string, cues: Cues): number {
  const words =
    withoutPlaceholders(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.filter((w) => w.length > 1 && !cues.functionWords.has(w)).length;
}

/**
 * The extractive, rule-based summariser. A discourse layer first (fillers out, corrections
 * merged into what they correct, spoken numbers marked, relatives remembered); then facts
 * are picked by speaker role, cue phrases, question/answer pairs and their weight (decisions,
 * reasons, amounts, dates, rights and obligations, documents) within a length budget, and
 * written in the third person of the agency's register. Every sentence keeps the segments it
 * came from. Runs offline, needs no model.
 */
export function extractDraft(transcript: Transcript, options: ExtractOptions): DraftContent {
  const language = transcript.language;
  const cues = CUES[language];
  const writing = WRITING[language];
  const all: Sentence[] = statementsOf(utterancesOf(transcript.segments, language), language)
    .flatMap((statement) => tasksByActor(statement, language))
    .map((u, position) => ({
    ...u,
    position,
    content: contentWords(u.text, cues),
    onTopic: false,
    specific: /\d/.test(withoutPlaceholders(u.text)) || findDates(u.text, language, options.callDate).length > 0,
  }));
  const used = new Set<Sentence>();
  // A number read aloud (an identity number, perhaps corrected halfway) never goes into a note.
  for (const s of all) if (s.identifier) used.add(s);
  // "Tolken här: jag är inte säker på om det var 2009 eller 2019, jag frågar igen": the interpreter's own aside is about
  // the interpreting, and its "jag" is not the caller's; it goes into no note (round 46).
  for (const s of all) if (s.speaker !== 'agent' && INTERPRETER_ASIDE.test(s.text)) used.add(s);
  // "Två saker, egentligen.": the errands announced, none said; the note says them.
  for (const s of all) if (s.speaker !== 'agent' && SEVERAL_THINGS[language].test(s.text)) used.add(s);
  const free = (s: Sentence) => !used.has(s);
  // The agent's opening is said before the caller's second turn: "…, så har du den när du pratar med dem" later is none (round 36).
  const openingUntil = (all.find((s) => s.speaker !== 'agent')?.segmentIndex ?? 0) + 1;
  const filler = (s: Sentence) =>
    cues.pleasantry.test(s.text) ||
    (isCaller(s) && WEATHER_TALK[language].test(s.text) && !cues.problem.test(s.text) && !cues.request.test(s.text)) ||
    (s.speaker !== 'agent' && writing.introduction.test(s.text)) ||
    (s.speaker !== 'caller' && s.segmentIndex <= openingUntil && cues.opening.test(s.text)) ||
    // "I can't log in to [NAMN]": a problem told is no small talk, however few words are left.
    // ("Jag vill ju byta.": nor is an errand said in few words.)
    // ("Jag ringer dem nu.": nor the call the agent told the caller to make.)
    (s.content < 2 && !(isCaller(s) && (cues.problem.test(s.text) || (writing.errand.test(s.text) && !writing.vagueErrand.test(s.text)) || toldToContact(s, all, language))));
  const feelingOnly = (s: Sentence) => cues.feeling.test(s.text) && s.content <= 3 && !cues.problem.test(s.text) && !s.specific && !writing.situation.test(s.text);
  const isCaller = (s: Sentence) => s.speaker !== 'agent';
  const isAgent = (s: Sentence) => s.speaker !== 'caller';
  const segmentsOf = (...sentences: Sentence[]) => uniqueSorted(sentences.flatMap((s) => [s.segmentIndex, ...s.also]));
  const rewrite = (s: Sentence) => write(s, all, language);
  const sentencesOf = (segmentIndex: number) => all.filter((s) => s.segmentIndex === segmentIndex);
  const nextSegment = (after: number, speaker: Sentence['speaker']) =>
    transcript.segments.find((seg) => seg.index > after && seg.speaker === speaker)?.index;
  const onBehalf = all.some((s) => isCaller(s) && writing.onBehalf.test(s.text));
  /** The caller's next statement: in the same turn, or the answer to the agent's question. */
  const errandDetail = (reason: Sentence): Sentence | undefined => {
    const told = (s: Sentence | undefined) =>
      s && isCaller(s) && free(s) && !s.identifier && !s.isQuestion && !cues.pleasantry.test(s.text) && s.content >= 1 && !writing.introduction.test(s.text) && !WITHDRAWN[language].test(s.text) &&
      // (Not what a relative on the line says, "Of course. [mum:] Yes, my child can talk for me.": consent, no errand.)
      !/\[\p{L}+:\]/u.test(s.text);
    // Past a fragment ("Från er.") and talk about the call itself ("Vänta, jag ska bara ta på mig glasögonen.").
    let at = reason.position + 1;
    const aside = (x: Sentence | undefined) =>
      x !== undefined && x.segmentIndex === reason.segmentIndex && (isFragment(x.text, language) || writing.aboutTheCall.test(x.text) || writing.inCallCaller.test(x.text));
    // Past an identity number read aloud and the caller's standing ("Jag har fullmakt, det ska finnas hos er").
    const passed = (x: Sentence | undefined) =>
      x !== undefined && x.segmentIndex === reason.segmentIndex && (x.identifier || STANDING[language].test(x.text) || WITHDRAWN[language].test(x.text));
    while (aside(all[at]) || passed(all[at])) at++;
    // "I'm calling about my son's assistance. Twice I've been promised a call back." – "What is it about?" –
    // "His hours were cut …": the answer to the agent's question says what the errand is (round 8).
    // (Also a turn or two later, past the agent's consent or identity questions: "Kan du fråga henne?" … "Tack. Vad gäller det?")
    const agentTurns = transcript.segments.filter((seg) => seg.index > reason.segmentIndex && seg.speaker === 'agent').slice(0, 3).map((seg) => seg.index);
    const askedNext = agentTurns.find((t) => sentencesOf(t).some((s) => s.isQuestion && writing.askedErrand.test(s.text)));
    if (askedNext !== undefined) {
      const answer = nextSegment(askedNext, 'caller');
      const said = answer === undefined ? [] : sentencesOf(answer).filter((s) => told(s) && s.content >= 2);
      const first = said.find((s) => !writing.vagueErrand.test(s.text)) ?? said[0];
      if (first) return first;
    }
    const next = all[at];
    // ("Han är åttioåtta. Han börjar bli glömsk, och jag behöver kunna sköta hans saker.": the wish said in the turn is the detail.)
    const wish = [all[at + 1], all[at + 2]].find((x) => x?.segmentIndex === reason.segmentIndex && told(x) && OWN_WISH[language].test(x.text) && x.content >= 3);
    if (next?.segmentIndex === reason.segmentIndex) return told(next) ? (!OWN_WISH[language].test(next.text) && wish) || next : undefined;
    const agentTurn = nextSegment(reason.segmentIndex, 'agent');
    if (agentTurn === undefined || agentTurn !== reason.segmentIndex + 1) return undefined;
    const asked = sentencesOf(agentTurn);
    // The agent asks, or only lets the caller go on ("Ingen brådska.", "Take your time.").
    const letsGoOn = asked.every((s) => s.content < 3 && !s.isQuestion) || asked.some((s) => writing.letsGoOn.test(s.text));
    if ((!asked.some((s) => s.isQuestion) && !letsGoOn) || asked.some((s) => cues.identification.test(s.text))) return undefined;
    const answer = nextSegment(agentTurn, 'caller');
    if (answer === undefined) return undefined;
    // "His assistance allowance. They cut his hours …": an answer that only names the subject again goes on to say what it is.
    // "Har vi ditt förordnande registrerat?" "Ja, det skickade jag in i somras.": the answer to a check is no errand;
    // what the caller goes on to say may be (round 15).
    const checked = !letsGoOn && asked.filter((s) => s.isQuestion).every((s) => YES_NO_QUESTION[language].test(s.text));
    const answered = sentencesOf(answer).filter((s) => told(s) && s.content >= 2 && !(checked && YES_OR_NO.test(s.text)));
    return answered.find((s) => !writing.vagueErrand.test(s.text)) ?? answered[0];
  };

  const facts: Placed[] = [];
  const followUp: Placed[] = [];
  const fixed: Placed[] = [];
  /** The call's day, as a task done during the call is dated. */
  const today = findDates(language === 'sv' ? 'i dag' : 'today', language, options.callDate)[0];
  const onCallDay = today ? { dateText: today.text, dueDate: today.date, preposition: 'on' as const } : {};
  /** What an outcome told instead leaves: the lines at these positions, facts and tasks alike. */
  const dropAt = (positions: ReadonlySet<number>) => {
    for (const list of [facts, followUp]) for (const f of list.filter((x) => positions.has(x.position))) list.splice(list.indexOf(f), 1);
  };

  // The agent asks who is calling; the answer is personal data and becomes one neutral line.
  for (const question of all.filter((s) => s.speaker === 'agent' && s.isQuestion && cues.identification.test(s.text))) {
    const answer = nextSegment(question.segmentIndex, 'caller');
    if (answer === undefined) continue;
    used.add(question);
    const answers = sentencesOf(answer);
    // Privacy fails closed: nothing of the answer that carries the number reaches the note, whatever follows it.
    for (const s of answers) used.add(s);
    // A daughter reading out her mother's number has not given her own.
    // "My savings are gone" is no relative: only a relative named ("min mamma", "my father's") or "hans"/"her".
    // Only what is said up to the number tells whose it is: "[PERSONNUMMER]. Min son skulle skicka blanketten" is the
    // caller's own number, a son told of after it (round 45). The agent asking for "her"/"hans" number says it too
    // ("Can I have her personal identity number?" "[PERSONNUMMER].").
    // (Up to the last number read: "[PERSONNUMMER]. Och hans var, ja, [PERSONNUMMER].")
    const numberAt = answers.findLastIndex((s) => s.identifier || /\[PERSONNUMMER\]/u.test(s.text));
    const upToNumber = numberAt < 0 ? answers : answers.slice(0, numberAt + 1);
    const namesSomeone = (text: string) =>
      Object.keys(relativeAt([text], language)).length > 0 || OTHERS_NUMBER.test(text) || OTHERS_NUMBER_NOUN.test(text);
    const forSomeone = onBehalf || namesSomeone(question.text) || NAMED_NUMBER.test(question.text) || upToNumber.some((s) => namesSomeone(s.text));
    const line = forSomeone ? IDENTIFIED_FOR[language] : IDENTIFIED[language];
    if (!fixed.some((p) => p.text === line)) {
      fixed.push({ text: line, segmentIndexes: [question.segmentIndex, answer], position: question.position, score: 1 });
    }
  }

  // The errand: among the caller's first sentences, the one that asks or complains, the earlier
  // the likelier; greetings, introductions and identification are not errands.
  // The caller's answer when the agent asks what the errand is ("Vad gäller det?", "How can I help?")
  // states it, however much the caller said before: it stays a candidate beyond the first few.
  const answersErrand = new Set<number>();
  for (const asked of all.filter((s) => isAgent(s) && s.isQuestion && writing.askedErrand.test(s.text) && s.segmentIndex > 0)) {
    let answer = nextSegment(asked.segmentIndex, 'caller');
    while (answer !== undefined) {
      answersErrand.add(answer);
      // The answer goes on past the agent's "Mm." or "Okej.": a turn of nothing else lets the caller go on.
      const reply = transcript.segments.find((seg) => seg.index > answer!)?.index;
      if (reply === undefined || !sentencesOf(reply).every((r) => isAgent(r) && !r.isQuestion && r.content === 0)) break;
      answer = nextSegment(reply, 'caller');
    }
  }
  // Talk about the call itself ("I'm calling from Boston, I hope the time's okay there, it's about my
  // mother") is no errand: what follows it stays, a sentence of nothing else goes.
  const spokenAs = new Map<Sentence, Sentence>();
  /** The age cut from an errand ("Jag är åttiotre år"): a fact of its own, under "Kunden uppgav". */
  const agesTold = new Map<Sentence, string>();
  const withoutTalkAboutTheCall = (s: Sentence): Sentence | undefined => {
    // "This is the third time I'm calling about my son's personal assistance": the calls before go, what they are about stays.
    const again = CALLING_AGAIN_ABOUT[language].exec(s.text);
    if (again) {
      const text = `${language === 'sv' ? 'Jag ringer om' : "I'm calling about"} ${s.text.slice(again.index + again[0].length)}`;
      const kept = { ...s, text, words: wordsOf(text), content: contentWords(text, cues) };
      spokenAs.set(kept, s);
      return kept;
    }
    if (!writing.aboutTheCall.test(s.text)) return s;
    // ("Quick question: when does …": what the colon opens is the errand, round 80.)
    const clauses = s.text.split(/[,:]\s+/u);
    const last = clauses.findLastIndex((c) => writing.aboutTheCall.test(c));
    // ("I'm calling about survivor's pension, it's a bit complicated.": talk about the call after the errand goes, the errand stays.)
    const first = clauses.findIndex((c) => writing.aboutTheCall.test(c));
    const before = clauses.slice(0, first).join(', ');
    if (first > 0 && last === clauses.length - 1 && STORY_FIRST[language].test(clauses[last]!) && wordsOf(before).length >= 3 && writing.clauseSubject.test(before)) {
      const text = `${before}.`;
      const kept = { ...s, text, words: wordsOf(text), content: contentWords(text, cues) };
      spokenAs.set(kept, s);
      return kept;
    }
    const rest = clauses.slice(last + 1).join(', ');
    // ("ursäkta min svenska, den är inte så bra i telefon": what follows may still be about the call.)
    // (A question after it stands as asked, "Quick question: when does …?", round 80.)
    const asks = s.isQuestion && indirectQuestion(rest, language) !== undefined;
    if (last < 0 || !(writing.clauseSubject.test(rest) || asks) || wordsOf(rest).length < 3 || STILL_ABOUT_IT[language].test(rest)) return undefined;
    const text = capitalise(rest);
    const kept = { ...s, text, words: wordsOf(text), content: contentWords(text, cues) };
    spokenAs.set(kept, s);
    return kept;
  };
  // "I'm a social worker at social services in [ORT]": who calls, said without the errand, is no errand (the role is named in the line).
  const roleOnly = (s: Sentence) => writing.role.test(s.text) && !writing.errand.test(s.text) && !cues.request.test(s.text) && !cues.problem.test(s.text) && !writing.situation.test(s.text);
  // "I'm from Chile, I've been here a long time": the caller's background, told before the errand.
  // "Nu får ni hjälpa mig.", "You have to help me.": a plea for help says no errand.
  // ("Så kan du hjälpa mig att byta?", "Can you help me with my application?": a plea that says with what is a request.)
  const pleaOnly = (s: Sentence) => writing.helpRequest.test(s.text) && s.content <= 2 && !cues.problem.test(s.text) && !writing.errand.test(s.text) && !HELP_WITH[language].test(s.text);
  const backgroundOnly = (s: Sentence) => BACKGROUND[language].test(s.text) && !writing.errand.test(s.text) && !cues.request.test(s.text) && !cues.problem.test(s.text);
  // "Jag undrar först bara, när kommer pensionen?", "Har ni kvar servicekontoret?", "Does this call cost anything?": a turn
  // that opens with an aside or asks about the agency's service is no errand when the caller goes on to one in a later turn
  // (round 28).
  const callerTurns = [...new Set(all.filter(isCaller).map((s) => s.segmentIndex))];
  const asideTurns = new Set(
    callerTurns
      .slice(0, 2)
      .filter((k) => all.some((s) => s.segmentIndex === k && (ASIDE_FIRST[language].test(s.text) || ASIDE_ANNOUNCED[language].test(s.text) || (s.isQuestion && SERVICE_QUESTION[language].test(s.text))))),
  );
  const laterErrand = (k: number) => all.some((s) => isCaller(s) && s.segmentIndex > k && !asideTurns.has(s.segmentIndex) && s.content >= 4);
  const asideTurn = (s: Sentence) => asideTurns.has(s.segmentIndex) && laterErrand(s.segmentIndex) && !writing.errand.test(s.text);
  // "Först, hans pension kom inte i måndags? Eller jo, den kom, jag tittade fel.": what the caller takes back in the next
  // sentence of the same turn is no errand (round 33).
  const takenBack = (s: Sentence) => {
    const next = all[s.position + 1];
    return next !== undefined && next.segmentIndex === s.segmentIndex && next.speaker === s.speaker && TAKEN_BACK[language].test(next.text);
  };
  const candidates = all
    .map((s) => {
      // "Det är att jag inte kan logga in": the errand said as a clause is said as a statement.
      // (". ja, jag såg ett program …": what a filler and a pause left before the sentence goes.)
      // ("I suppose... the letter.": a hedge that trails off says nothing; what follows it is the answer.)
      const cleaned = isCaller(s) ? asMainClause(s.text.replace(/^[.,…\s]+(?:(?:ja|jo|yes|well|so|så)[,\s]+)?(?=\p{L})/iu, '').replace(TRAILING_HEDGE, '').replace(BACK_TO_IT[language], ''), language) : s.text;
      // "What would you like help with?" "Well, whether there's anything for me now.", "Om jag kan ta hela.": an answer that is
      // only the question's clause is what the caller wants to know (round 46).
      let text = isCaller(s) && answersErrand.has(s.segmentIndex) && !s.isQuestion ? wantsToKnow(cleaned, language) : cleaned;
      if (isCaller(s) && !s.isQuestion) text = toldMightGet(text, language);
      if (text !== cleaned) {
        // ("Jo, pensionen. Om jag kan ta hela. Från november.": the thing named just before goes after "hela", the month
        // said just after goes with the wish.)
        const sameTurn = (x: Sentence | undefined): x is Sentence => x !== undefined && x.segmentIndex === s.segmentIndex && x.speaker === s.speaker && free(x) && !x.isQuestion;
        const thing = all[s.position - 1];
        const named = sameTurn(thing) && isFragment(thing.text, language) ? thing.text.replace(/^(?:(?:ja|jo|yes|well|so|så)[,.…\s]+)+/iu, '').replace(/[.!…]+$/u, '') : '';
        if (named && wordsOf(named).length <= 3 && WHOLE_OF_IT[language].test(text)) {
          text = text.replace(WHOLE_OF_IT[language], (w) => `${w} ${named.charAt(0).toLowerCase()}${named.slice(1)}`);
          used.add(thing);
        }
        const when = all[s.position + 1];
        if (sameTurn(when) && isFragment(when.text, language) && wordsOf(when.text).length <= 4 && /^(?:från|fr\.o\.m\.|i|from|in|on)\s/iu.test(when.text) && NAMES_A_DAY.test(when.text)) {
          text = `${text.replace(/[.!]+$/u, '')} ${when.text.charAt(0).toLowerCase()}${when.text.slice(1)}`;
          used.add(when);
        }
      }
      if (text === s.text) return s;
      const kept = { ...s, text, words: wordsOf(text), content: contentWords(text, cues) };
      spokenAs.set(kept, s);
      return kept;
    })
    .filter((s) => isCaller(s) && free(s) && !filler(s) && !feelingOnly(s) && !roleOnly(s) && !backgroundOnly(s) && !pleaOnly(s) && !asideTurn(s) && !RHETORICAL[language].test(s.text))
    // "Eller nej, det är inte det egentligen", "it's not about that": an errand taken back is no errand.
    .filter((s) => !WITHDRAWN[language].test(s.text) && !takenBack(s) && !TAKEN_BACK[language].test(s.text) && !STANDING_ONLY[language].test(s.text) && !ASIDE_FIRST[language].test(s.text) && !DROPPED_QUESTION[language].test(s.text))
    .map(withoutTalkAboutTheCall)
    .filter((s): s is Sentence => s !== undefined)
    .map((s) => {
      const text = withoutAge(s.text, language);
      if (text === s.text) return s;
      const kept = { ...s, text, words: wordsOf(text), content: contentWords(text, cues) };
      spokenAs.set(kept, spokenAs.get(s) ?? s);
      agesTold.set(kept, ageClause(s.text, language));
      return kept;
    });
  // "…ja, det är ju inte därför jag ringer", "So, the actual reason I'm calling, …": what the caller
  // said before is no errand; the errand said as the real one stands alone (round 8).
  const notWhy = candidates.findLast((s) => NOT_WHY[language].test(s.text));
  // ("… that's why English, sorry. Anyway. I want to …": back to business in the caller's first turns, up to the answer to
  // "How can I help?", with more said after it in the same turn, round 37.)
  const firstCallerTurn = all.find(isCaller)?.segmentIndex ?? 0;
  const lastOpeningTurn = answersErrand.size ? Math.min(...answersErrand) : firstCallerTurn;
  const backToBusiness = (s: Sentence) =>
    BACK_TO_BUSINESS[language].test(s.text.trim()) && s.segmentIndex <= lastOpeningTurn && all[s.position + 1]?.segmentIndex === s.segmentIndex;
  // ("Lovely sunshine here today. Anyway, my pension hasn't come.", "Vi var ute i går och tittade på flaggorna. Men jag kommer
  // inte in på Mina sidor.": a sentence of the opening turns that turns back to business, or says a problem or a wish against
  // what came before, is the errand; what the caller said before it in the turn was an aside, round 38.)
  const firstSaid = all.find(isCaller);
  const turnsTo = (s: Sentence) =>
    s !== firstSaid &&
    s.segmentIndex === firstSaid?.segmentIndex &&
    s.segmentIndex <= lastOpeningTurn &&
    !s.isQuestion &&
    // (A "Men …" only after talk of nothing in the errand: "Jag har fått hem en ansökan om ålderspension. … Men jag fattar inte
    // blanketten" goes on from what it said.)
    (BACK_TO_IT[language].test(s.text.trim()) ||
      (TURNS_TO[language].test(s.text.trim()) &&
        (cues.problem.test(s.text) || cues.request.test(s.text)) &&
        all.filter((x) => isCaller(x) && x.segmentIndex === s.segmentIndex && x.position < s.position).every((x) => !(x.text.match(/[\p{L}-]+/gu) ?? []).some((w) => BENEFIT.test(w)) && !writing.document.test(x.text)))) &&
    all.filter((x) => isCaller(x) && x.segmentIndex === s.segmentIndex && x.position < s.position).every((x) => !cues.problem.test(x.text) && !cues.request.test(x.text) && !writing.errand.test(x.text));
  const turnedAt = all.find((s) => isCaller(s) && turnsTo(s))?.position;
  const markedAt = all.find((s) => isCaller(s) && (REAL_ERRAND_ALONE[language].test(s.text.trim()) || backToBusiness(s)))?.position ?? (turnedAt !== undefined ? turnedAt - 1 : undefined);
  let realAt =
    markedAt !== undefined && !candidates.some((s) => REAL_ERRAND[language].test(s.text))
      ? candidates.findIndex((s) => s.position > markedAt)
      : candidates.findIndex((s) => REAL_ERRAND[language].test(s.text));
  // (Round 94: "The guarantee pension. It went down in January, and I want to know why. That's really why I'm trying to log
  // in.": a sentence that names the caller's sentence before it, in its turn, the reason for the call makes that sentence the
  // errand, not the problem the caller opened with.)
  const pointsBack = realAt < 0 ? all.find((s) => isCaller(s) && THAT_IS_WHY[language].test(s.text.trim()) && isCaller(all[s.position - 1]!) && all[s.position - 1]!.segmentIndex === s.segmentIndex) : undefined;
  if (pointsBack) {
    // (A sentence that says something: "Jag vet inte. Det är därför jag ringer." names no errand.)
    realAt = candidates.findIndex((s) => s.position === pointsBack.position - 1 && wordsOf(s.text).length >= 4 && s.content >= 2);
    if (realAt >= 0) used.add(pointsBack);
    // ("It went down": the thing said as a fragment right before it, "The guarantee pension.", is what "it" is.)
    const said = candidates[realAt];
    const thing = all[pointsBack.position - 2];
    const pronoun = language === 'sv' ? /^(?:den|det)\s+(?=\p{L})/iu : /^it\s+(?=\p{L})/iu;
    // (The closing re-read of stop 64: only a thing, a benefit, a payment or a letter, never a person, "My son. It stopped
    // …" was "The caller's son stopped …", nor the answer to the agent's "who", nor the Swedish expletive "Det står …".)
    const asked = all[pointsBack.position - 3];
    const answersWho = asked !== undefined && !isCaller(asked) && /(?<![\p{L}])(?:who|whom|vem|vilka)(?![\p{L}])/iu.test(asked.text);
    const expletive = language === 'sv' && /^det\s+(?:står|finns|är|var|blir|blev|gäller|handlar|går|verkar|känns)(?![\p{L}])/iu.test(said?.text ?? '');
    if (said && thing && isCaller(thing) && thing.segmentIndex === said.segmentIndex && pronoun.test(said.text) && NOUN_FRAGMENT[language].test(thing.text.trim()) && FRAGMENT_THING.test(thing.text) && !answersWho && !expletive) {
      const noun = thing.text.trim().replace(/[.!]+$/u, '');
      const text = said.text.replace(pronoun, `${noun} `);
      candidates[realAt] = { ...said, text, words: wordsOf(text), content: contentWords(text, cues) };
      spokenAs.set(candidates[realAt]!, spokenAs.get(said) ?? said);
      used.add(thing);
    }
  }
  const real = realAt >= 0 ? candidates[realAt] : undefined;
  // (Round 94: the marker said as a sentence of its own, "But there's something else, actually more important.", says no
  // fact once the errand it names is in the line.)
  const marker = markedAt !== undefined ? all[markedAt] : undefined;
  if (real && marker && REAL_ERRAND_ALONE[language].test(marker.text.trim())) used.add(marker);
  let realErrand: Sentence | undefined;
  if (real) {
    const text = withoutRealErrandMarker(real.text, language);
    realErrand = { ...real, text, words: wordsOf(text), content: contentWords(text, cues) };
    spokenAs.set(realErrand, spokenAs.get(real) ?? real);
    candidates[realAt] = realErrand;
  }
  // "Det är två saker jag undrar. … Först, kan jag …": the first of the errands announced is the line's errand (the
  // second joins the line below).
  // ("First, do I need to tell you she died? … And second, someone said …": a first and a second thing marked announce
  // the errands as well as "two questions" does, round 41.)
  const markedFirst = all.find((s) => isCaller(s) && FIRST_THING[language].test(s.text));
  const markedPair = markedFirst && all.some((s) => isCaller(s) && s.position > markedFirst.position && s.position <= markedFirst.position + 12 && SECOND_THING[language].test(s.text));
  const announcedAt = all.find((s) => isCaller(s) && ANNOUNCES_THINGS.test(s.text))?.position ?? (markedPair ? markedFirst.position - 1 : undefined);
  let firstAt = announcedAt === undefined ? -1 : candidates.findIndex((s) => s.position > announcedAt && FIRST_THING[language].test(s.text));
  let firstThing = firstAt >= 0 ? withoutThingMarker(candidates[firstAt]!, FIRST_THING[language], language, cues) : undefined;
  // "Det är två saker. Banken sa att jag kanske kan få nåt från er … Och så kom det pengar in på hans konto …": errands
  // announced without a "först" are said right after the announcement, in its turn (or the caller's next when the
  // announcement ends it): the first of them is the line's errand, not the story told before it (round 41).
  const announcement = announcedAt === undefined ? undefined : all[announcedAt];
  if (!firstThing && announcement && SEVERAL_THINGS_ALONE[language].test(announcement.text)) {
    const turnOfThings = all.find((s) => s.position > announcement.position && isCaller(s))?.segmentIndex;
    // (Up to the "Och så …" that goes on to the next errand, the sentence that asks, wishes or tells a problem; told none, the
    // first: "I have two things. I've lived in Hua Hin for four years … I want to know that you got it" wants to know.)
    const said = candidates.filter((s) => s.position > announcement.position && s.segmentIndex === turnOfThings && s.content >= 2 && !s.identifier);
    const nextThingAt = said.findIndex((s, i) => i > 0 && AND_THEN[language].test(s.text));
    const firstPart = nextThingAt > 0 ? said.slice(0, nextThingAt) : said;
    const bears = (s: Sentence) => s.isQuestion || writing.errand.test(s.text) || cues.request.test(s.text) || cues.problem.test(s.text) || OWN_WISH[language].test(s.text) || UNSURE[language].test(s.text);
    const first = firstPart.find(bears) ?? firstPart[0];
    firstAt = first ? candidates.indexOf(first) : -1;
    firstThing = firstAt >= 0 ? candidates[firstAt] : undefined;
  }
  if (firstThing) {
    spokenAs.set(firstThing, spokenAs.get(candidates[firstAt]!) ?? candidates[firstAt]!);
    candidates[firstAt] = firstThing;
  }
  const cutAt = real?.position ?? (notWhy ? notWhy.position + 1 : undefined);
  if (cutAt !== undefined && candidates.some((s) => s.position >= cutAt)) candidates.splice(0, candidates.findIndex((s) => s.position >= cutAt));
  // The agent asks what the call is about after the caller has spoken: what the caller said before
  // was not the errand (unless it only named what the errand is about, which the answer goes on to say).
  const firstAnswer = candidates.find((s) => answersErrand.has(s.segmentIndex));
  // ("Är det något med omställningspensionen du undrar över?" "Nej, nej. Det är brevet om vår son.": asked again, the
  // answer to the last asking is the errand.)
  const lastAnswered = candidates.findLast((s) => answersErrand.has(s.segmentIndex))?.segmentIndex;
  const lastAnswer = candidates.find((s) => s.segmentIndex === lastAnswered);
  // "Jag måste förklara lite först": what the caller tells first is the story, not the errand.
  const storyFirst = all.find((s) => isCaller(s) && STORY_FIRST[language].test(s.text));
  // ("Det är så här att jag bor i ett radhus …": the sentence that opens so is the story itself.)
  const inStory = (s: Sentence) =>
    (storyFirst !== undefined && s.segmentIndex === storyFirst.segmentIndex && s.position > storyFirst.position) || (isCaller(s) && STORY_OPENS[language].test(spokenAs.get(s)?.text ?? s.text));
  // Only a story in the first sentences (no errand, wish, problem or question among them) lets a later one be the errand:
  // the answer to the agent's first "Vad gäller det?", or a question asked before the agent has said anything.
  const onlyStory = !candidates
    .slice(0, REASON_WINDOW)
    .some((s) => !inStory(s) && (writing.errand.test(s.text) || cues.request.test(s.text) || cues.problem.test(s.text) || s.isQuestion || writing.situation.test(s.text)));
  const firstAnswered = onlyStory ? firstAnswer?.segmentIndex : undefined;
  const preamble = (s: Sentence) =>
    firstAnswer !== undefined && s.segmentIndex < firstAnswer.segmentIndex && !writing.vagueErrand.test(s.text) && !writing.errand.test(s.text) && !writing.onBehalf.test(s.text);
  // "Min mamma har bostadstillägg och där fick hon beslut på två veckor": a relative's benefit, told by a caller
  // who does not call for the relative, is a comparison, not the errand.
  const statesErrand = (s: Sentence) => writing.errand.test(s.text) && !writing.vagueErrand.test(s.text) && s.content >= 3;
  const relativesBenefit = (s: Sentence) => !onBehalf && RELATIVE_HAS[language].test(s.text) && namesBenefit(s);
  // Once the agent has told the caller something of substance, what the caller says next reacts to it ("Men jag vill ha
  // pengarna nu!", "Och varför har ingen sagt det?"): the errand was said before, when the caller said one (round 15).
  const informedAt = all.find(
    (s) => isAgent(s) && s.segmentIndex > 0 && !s.isQuestion && s.content >= 4 && !cues.empathy.test(s.text) && !cues.identification.test(s.text),
  )?.segmentIndex;
  const asksOutright = (s: Sentence) => s.isQuestion && s.content >= 2 && indirectQuestion(s.text, language) !== undefined;
  const uninformed = (s: Sentence) => informedAt === undefined || s.segmentIndex < informedAt;
  const opening = [
    ...candidates.slice(0, REASON_WINDOW),
    // Past the first sentences: the answer to "Vad gäller det?", and an errand said outright after a story
    // ("… hon tyckte det var så skönt. … Och jag undrar om jag ska ta ut pensionen vid 66").
    ...candidates
      .slice(REASON_WINDOW)
      .filter((s) => ((answersErrand.has(s.segmentIndex) || statesErrand(s)) && s.position <= (candidates[REASON_WINDOW - 1]?.position ?? 0) + 12) || s === firstThing || s.segmentIndex === firstAnswered),
    // ("Så jag undrar … varför blir min så låg?": a question asked after a long story, before the agent has said anything.)
    ...candidates
      .slice(REASON_WINDOW)
      .filter((s) => onlyStory && asksOutright(s) && uninformed(s) && s.content >= 2 && s.position <= (candidates[REASON_WINDOW - 1]?.position ?? 0) + 12 && !answersErrand.has(s.segmentIndex) && !statesErrand(s) && s !== firstThing),
  ];
  // An errand said outright ("jag undrar om jag kan få efterlevandepension") outweighs a worry
  // told on the way ("så jag vet inte vad jag ska göra"); a benefit named is the errand's subject.
  const namesBenefit = (s: Sentence) =>
    options.taxonomy.topics.some((t) => t.names[language].some((n) => containsPhrase(s.words, wordsOf(n)))) ||
    (options.taxonomy.other.names?.[language] ?? []).some((n) => containsPhrase(s.words, wordsOf(n)));
  const saidBefore = opening.some(
    (s) => uninformed(s) && (s.content >= 4 || writing.errand.test(s.text) || cues.request.test(s.text) || cues.problem.test(s.text) || asksOutright(s) || writing.situation.test(s.text)),
  );
  const storyConclusion = (s: Sentence) => {
    const before = all[s.position - 1];
    return (
      CONCLUSION[language].test(spokenAs.get(s)?.text ?? s.text) &&
      before !== undefined &&
      before.segmentIndex === s.segmentIndex &&
      before.speaker === s.speaker &&
      before.words.length >= 12 &&
      !writing.errand.test(before.text) &&
      !cues.request.test(before.text) &&
      !cues.problem.test(before.text) &&
      !before.isQuestion
    );
  };
  // "Well, that's the thing. He says just go into the app and move it. But I can't get in.": what someone else says is
  // no errand of the caller's when the caller's own problem, wish or question is said in the same turn (round 46).
  const ownSay = (x: Sentence) =>
    !OTHERS_SAY[language].test(x.text) && (cues.problem.test(x.text) || writing.errand.test(x.text) || OWN_WISH[language].test(x.text) || asksOutright(x));
  const othersWords = (s: Sentence) =>
    OTHERS_SAY[language].test(s.text) && candidates.some((x) => x !== s && x.segmentIndex === s.segmentIndex && ownSay(x));
  const reasonScore = (s: Sentence, i: number) =>
    // A question asked before the agent has said anything of substance is what the caller wants to know.
    (asksOutright(s) && uninformed(s) ? 2 : 0) -
    (saidBefore && !uninformed(s) && !answersErrand.has(s.segmentIndex) ? 2.5 : 0) +
    (writing.errand.test(s.text) || writing.onBehalf.test(s.text) ? 4 : cues.request.test(s.text) ? 2 : 0) +
    (cues.problem.test(s.text) ? 2 : 0) +
    (namesBenefit(s) ? 1 : 0) +
    (s === firstThing ? 5 : 0) +
    // "… she's been asking me to come over, and I finally said yes. So I'm moving to Canada.": what a story told first
    // comes to, said after it in the same turn, is the errand, not the story (round 33).
    (storyConclusion(s) ? 3 : 0) +
    (i === 0 ? 1 : 0) -
    0.5 * Math.min(i, REASON_WINDOW) +
    (s.content >= 4 ? 0.5 : 0) +
    (answersErrand.has(s.segmentIndex) ? (s === lastAnswer ? 2 + 0.5 * Math.min(i, REASON_WINDOW) : s.segmentIndex < (lastAnswered ?? 0) ? 0 : 2) : 0) +
    // ("Vad vill du veta?" "Om jag skulle flytta dit, får jag behålla hela pensionen då?": a question asked in answer to
    // the agent's is what the caller wants to know, over "jag har en fråga om …" said before a story.)
    (answersErrand.has(s.segmentIndex) && asksOutright(s) && uninformed(s) ? 2 : 0) -
    (preamble(s) ? 2 : 0) -
    (relativesBenefit(s) ? 2 : 0) -
    (inStory(s) ? 2 : 0) -
    (othersWords(s) ? 3 : 0) -
    // ("I'm calling through an Arabic interpreter." "The customer wants to apply for …": how the call is brought is the
    // line's tail, "The call was made through …"; the errand is what the customer wants, round 86.)
    (VIA_INTERPRETER[language].test(s.text) ? 3 : 0) +
    // An event the call is about ("My wife has gone into a care home") outweighs talk about the call.
    (writing.situation.test(s.text) && !writing.errand.test(s.text) && !cues.request.test(s.text) && !cues.problem.test(s.text) ? 1 : 0);
  let reason =
    opening.map((s, i) => ({ s, score: reasonScore(s, i) })).sort((a, b) => b.score - a.score)[0]?.s ??
    all.find((s) => free(s) && !filler(s) && !s.isQuestion && !WITHDRAWN[language].test(s.text) && !writing.aboutTheCall.test(s.text));
  // "I'm calling about my mom." "What can I help with?" "I can't log in as her.": the answer says what the errand is,
  // the line still says whom it is for (errandDetail joins the two).
  const forWhom = reason && answersErrand.has(reason.segmentIndex) && !writing.onBehalf.test(reason.text)
    ? opening.find((s) => s.position < reason!.position && writing.onBehalf.test(s.text))
    : undefined;
  // ("Hyran." alone is no errand: the answer must say something.)
  const answerAfter = reason && opening.find((s) => s.position > reason!.position && answersErrand.has(s.segmentIndex) && s.segmentIndex !== reason!.segmentIndex);
  const answeredFor = forWhom ? reason : reason && writing.onBehalf.test(reason.text) && answerAfter && answerAfter.content >= 3 ? answerAfter : undefined;
  if (forWhom) reason = forWhom;
  // "Jag har flyttat." "Du har flyttat, säger du?" "Ja, till en mindre lägenhet i Umeå.": an answer of a place or time
  // alone, no verb, completes what the caller said last; alone it is no errand line (round 33).
  const placeAnswer = reason;
  if (placeAnswer && isCaller(placeAnswer) && COMPLETES[language].test(placeAnswer.text)) {
    const turnBefore = transcript.segments.findLast((seg) => seg.index < placeAnswer.segmentIndex && seg.speaker === placeAnswer.speaker)?.index;
    const said = turnBefore === undefined ? undefined : all.findLast((x) => x.segmentIndex === turnBefore && isCaller(x) && !x.isQuestion);
    if (said && said.words.length <= 6 && said.content >= 1) {
      const text = `${said.text.replace(/[.!…]+$/u, '')} ${placeAnswer.text.replace(COMPLETES[language], (_, rest: string) => rest.charAt(0).toLowerCase() + rest.slice(1))}`;
      const line = { ...placeAnswer, text, words: wordsOf(text), content: contentWords(text, cues) };
      used.add(said);
      used.add(placeAnswer);
      spokenAs.set(line, spokenAs.get(said) ?? said);
      reason = line;
    }
  }
  // "Det gäller ett brev." "Vilket brev?" "Att jag ska betala tillbaka föräldrapenning.": an answer that opens with "att"/"that"
  // completes the caller's vague line before it; alone it is no errand line (round 49).
  const thatAnswer = reason;
  if (thatAnswer && isCaller(thatAnswer) && answersErrand.has(thatAnswer.segmentIndex) && (language === 'sv' ? /^att\s/iu : /^that\s/iu).test(thatAnswer.text)) {
    const turnBefore = transcript.segments.findLast((seg) => seg.index < thatAnswer.segmentIndex && seg.speaker === thatAnswer.speaker)?.index;
    const vague = turnBefore === undefined ? undefined : all.find((x) => x.segmentIndex === turnBefore && isCaller(x) && !x.isQuestion && writing.vagueErrand.test(x.text));
    if (vague) {
      const text = joinErrand(vague.text, thatAnswer.text, language);
      const line = { ...thatAnswer, text, words: wordsOf(text), content: contentWords(text, cues) };
      used.add(vague);
      used.add(thatAnswer);
      spokenAs.set(line, spokenAs.get(thatAnswer) ?? thatAnswer);
      reason = line;
    }
  }
  // "Jag kommer inte in. Jag kommer inte in på er sida.": the errand said again with more is the line.
  const again = reason && all[reason.position + 1];
  if (reason && again && again.segmentIndex === reason.segmentIndex && again.speaker === reason.speaker && free(again)) {
    const fuller = saidAgainWithMore(reason, again);
    if (fuller) {
      const first = reason;
      const line = { ...again, text: fuller, words: wordsOf(fuller), content: contentWords(fuller, cues) };
      used.add(again);
      used.add(first);
      // What the first sentence was spoken as, and the age told in it, go with the line.
      spokenAs.set(line, spokenAs.get(first) ?? first);
      const age = agesTold.get(first);
      if (age) agesTold.set(line, age);
      reason = line;
    }
  }
  // A question is reported, not quoted: "Kan jag få garantipension?" → "Kunden undrar om kunden kan få garantipension".
  const reported = (s: Sentence): string | undefined => {
    const clause = s.isQuestion && (!writing.helpRequest.test(s.text) || HELP_WITH[language].test(s.text)) ? indirectQuestion(s.text, language) : undefined;
    return clause ? write({ ...s, text: `${writing.asks} ${clause}.` }, all, language) : undefined;
  };
  /** A claim the caller wants checked, as the line says it: "…, och jag undrar om det stämmer". */
  const askingIfTrue = (s: Sentence): Sentence => {
    const text = `${s.text.replace(/[.!]+$/u, '')}, ${language === 'sv' ? 'och jag undrar om det stämmer' : 'and I want to know if that is right'}.`;
    return { ...s, text, words: wordsOf(text), content: contentWords(text, cues) };
  };
  const saysWish = (text: string) => ALREADY_ASKS[language].test(text) || WANTS[language].test(text);
  // "Min syster sa att jag förlorar min garantipension om jag gifter mig.": hearsay in the errand line is what the caller
  // wants checked, not a fact; the line says so ("…, och kunden undrar om det stämmer").
  // "Studievägledaren sa att barnpensionen tar slut när han fyller 18. Stämmer det?": someone else's claim is checked too.
  const askedIfTrue = (s: Sentence): Sentence | undefined => {
    const heard = s.isQuestion ? null : HEARSAY[language].exec(s.text);
    const next = all[s.position + 1];
    const checkedNext = next !== undefined && next.segmentIndex === s.segmentIndex && next.isQuestion && CHECK_ONLY[language].test(next.text);
    // (A neighbour's or a friend's claim; anyone else's when the caller asks "Stämmer det?". Not where the line already asks.)
    const claim = (heard && heard.index <= 12) || (checkedNext && claimedByOthers(s.text, language));
    if (!claim || writing.errand.test(s.text) || saysWish(s.text) || (next?.isQuestion && !checkedNext)) return undefined;
    if (checkedNext) used.add(next);
    const checked = askingIfTrue(s);
    spokenAs.set(checked, spokenAs.get(s) ?? s);
    return checked;
  };
  if (reason) reason = askedIfTrue(reason) ?? reason;
  // "Jag ska flytta utomlands i augusti. Vad händer med min pension då?" The statement carries
  // the errand and the question says what the caller wants to know: both go in the line
  // ("Kunden ska flytta utomlands i augusti och undrar vad som händer med sin pension").
  // The question stays free for its answer.
  const before = reason && all[reason.position - 1];
  let asked: Sentence | undefined;
  // (Not before the first of the errands announced, "Two quick ones. I'm sixty-two. First, …": the question is the line.)
  if (reason?.isQuestion && reason !== firstThing && before && opening.includes(before) && before.segmentIndex === reason.segmentIndex && !before.isQuestion) {
    asked = reason;
    reason = before;
  } else if (reason && !reason.isQuestion && !writing.errand.test(reason.text) && !writing.vagueErrand.test(reason.text)) {
    // "My wife has gone into a care home. I don't know how I'll manage the rent.": an event, then
    // the question, wish or problem it brings, in the same turn.
    const next = all[reason.position + 1];
    const toldEvent = writing.situation.test(reason.text);
    const brings = (n: Sentence) => !RHETORICAL[language].test(n.text) && (n.isQuestion || (toldEvent && (cues.problem.test(n.text) || writing.errand.test(n.text) || cues.request.test(n.text))));
    if (next && isCaller(next) && next.segmentIndex === reason.segmentIndex && free(next) && (next.content >= 2 || (next.isQuestion && next.content >= 1)) && brings(next)) asked = next;
    // "Min man dog för tre veckor sedan. Han var femtioåtta. Och jag förstår inte vad jag ska göra, vad jag har rätt
    // till.": a death told is the background, not the errand; what the caller does not know, asks or wishes later in the
    // same turn (past a short fact or two) is what the caller wants (round 32). ("Han skickade blanketten", a fact
    // told, is none.)
    if (!asked && toldEvent && DEATH[language].test(reason.text)) {
      const event = reason;
      const later = all.filter((n) => n.segmentIndex === event.segmentIndex && n.position > event.position && n.position <= event.position + 3 && isCaller(n));
      // (Not what someone else said, "mamma säger att …": hearsay is no errand of the caller's.)
      const wants = later.find((n) => free(n) && n.content >= 2 && !RHETORICAL[language].test(n.text) && !REPORTED_SPEECH[language].test(n.text) && (n.isQuestion || UNSURE[language].test(n.text) || writing.errand.test(n.text) || OWN_WISH[language].test(n.text)));
      const between = wants ? later.filter((n) => n.position < wants.position) : [];
      if (wants && between.every((n) => !n.isQuestion && wordsOf(n.text).length <= 8)) asked = wants;
    }
    // "My husband passed away in January." … "I just want to know, do I have to apply for something?": an event told
    // first, and the caller's first real question in a later turn, before the agent has told anything of substance
    // (round 17). The line says both.
    if (!asked && toldEvent && reason !== realErrand) {
      const turns = new Set<number>();
      asked = all.find((q) => {
        if (q.position <= reason!.position || !isCaller(q)) return false;
        turns.add(q.segmentIndex);
        return turns.size <= 3 && q.segmentIndex !== reason!.segmentIndex && free(q) && asksOutright(q) && (uninformed(q) || answersErrand.has(q.segmentIndex)) && !RHETORICAL[language].test(q.text);
      });
    }
  }
  // "Jag fick ett sms i söndags … Och det stod Pensionsmyndigheten. Är det från er?": the question that closes the turn
  // the errand is told in says what the caller wants to know (round 21).
  // (Not where the line already asks, nor "Is that true?", which asks about the sentence before it, not the line.)
  if (!asked && reason && !reason.isQuestion && reason !== realErrand && isCaller(reason) && !ALREADY_ASKS[language].test(reason.text)) {
    const closing = all.filter((s) => s.segmentIndex === reason!.segmentIndex && s.position > reason!.position).at(-1);
    const fits = (q: Sentence) => q.position <= reason!.position + 3 && free(q) && !RHETORICAL[language].test(q.text) && !CHECK_ONLY[language].test(q.text) && wordsOf(q.text).length <= 12;
    if (closing?.isQuestion && fits(closing)) asked = closing;
    // "The funeral home said I'd get nothing because we weren't married. Is that true?": the claim checked is what the
    // caller asks about.
    const claim = closing?.isQuestion && CHECK_ONLY[language].test(closing.text) ? all[closing.position - 1] : undefined;
    if (claim && claim.position > reason.position && claim.segmentIndex === closing!.segmentIndex && free(claim) && REPORTED_SPEECH[language].test(claim.text)) {
      asked = askingIfTrue(claim);
      used.add(claim);
    }
  }
  // "Jo, hon har flyttat till ett seniorboende … Så vad ska vi göra med det?": a line that only tells what happened says what
  // the caller wants when the caller asks it or says the wish in this turn or the next two (round 23).
  let askedLater = false;
  if (!asked && reason && !reason.isQuestion && reason !== realErrand && isCaller(reason) && !writing.vagueErrand.test(reason.text) && !saysWish(reason.text)) {
    const turns = new Set<number>([reason.segmentIndex]);
    asked = all.find((q) => {
      if (q.position <= reason!.position || !isCaller(q)) return false;
      turns.add(q.segmentIndex);
      // (Not a reaction to what the agent has explained, nor a line too long to read at a glance.)
      const wish = !q.isQuestion && OWN_WISH[language].test(q.text) && !writing.vagueErrand.test(q.text) && q.content >= 3;
      const question = asksOutright(q) && q.content >= 3 && !CHECK_ONLY[language].test(q.text);
      const agentBetween = all.filter((a) => isAgent(a) && a.position > reason!.position && a.position < q.position);
      const beforeAnswer = uninformed(q) || q.segmentIndex === reason!.segmentIndex || agentBetween.reduce((n, a) => n + wordsOf(a.text).length, 0) <= 12;
      const short = wordsOf(reason!.text).length + wordsOf(q.text).length <= 45;
      return turns.size <= 3 && free(q) && !q.identifier && beforeAnswer && short && !RHETORICAL[language].test(q.text) && (question || wish);
    });
    askedLater = asked !== undefined;
  }
  /** What a "why?" (or a question about "that") asks about: the caller's statement just before it in the turn. */
  const askedAbout = (q: Sentence, refersBack: boolean): (Sentence & { joined?: Sentence }) | undefined => {
    const p = all[q.position - 1];
    const statement = p && (!p.isQuestion || (refersBack && indirectQuestion(p.text, language) === undefined));
    if (!(p && statement && isCaller(p) && p.segmentIndex === q.segmentIndex && free(p) && !p.identifier)) return undefined;
    // ("Nu i maj fick jag bara 12 600. Det brukar vara över 14 000. Varför det?": "det" goes on from the sentence before.)
    const pp = all[p.position - 1];
    if (!p.isQuestion && /^(?:det|den|it|that|this)\s/iu.test(p.text) && pp && isCaller(pp) && pp.segmentIndex === p.segmentIndex && free(pp) && !pp.isQuestion && !pp.identifier && pp.content >= 3) {
      return { ...pp, text: `${pp.text.replace(/[.!]+$/u, '')}, ${p.text.charAt(0).toLowerCase()}${p.text.slice(1)}`, joined: p };
    }
    if (filler(p) || writing.aboutTheCall.test(p.text) || p.content < 2) return undefined;
    return p.isQuestion ? { ...p, text: p.text.replace(/\?+$/u, '.') } : p;
  };
  // "Jag gick i pension förra året …" … "Och nu i maj fick jag bara 12 600. Det brukar vara över 14 000. Varför det?": a
  // bare "why" in the caller's next turns, before the agent has explained anything, is the errand, with what it asks about.
  if (!asked && reason && !reason.isQuestion && reason !== realErrand && isCaller(reason) && !writing.errand.test(reason.text) && !saysWish(reason.text)) {
    const turns = new Set<number>([reason.segmentIndex]);
    const why = all.find((q) => {
      if (q.position <= reason!.position || !isCaller(q)) return false;
      turns.add(q.segmentIndex);
      return turns.size <= 3 && q.isQuestion && free(q) && uninformed(q) && WHY_ONLY[language].test(q.text);
    });
    // (Only with a statement before it in its turn for it to ask about.)
    if (why && why.segmentIndex !== reason.segmentIndex && askedAbout(why, false)) reason = why;
  }
  // ("Och så jag undrar …" → "… och undrar …": the joining word is the line's own.)
  const askedText = asked && (asked.isQuestion ? reported(asked) : askedLater ? rewrite(asked).replace(LEADING_SO[language], '') : rewrite(asked));
  if (!askedText) asked = undefined;
  // A problem told with the event is in the errand line; it is not said again under "Kunden uppgav".
  if (asked && !asked.isQuestion) used.add(asked);
  if (reason) used.add(spokenAs.get(reason) ?? reason);
  if (reason) used.add(reason);
  // "… Och det andra är att vi gifte oss i juli, och då vill jag ha efterlevandeskydd": the second errand announced
  // joins the line ("Dessutom: …"), and is not told again under "Kunden uppgav".
  // ("Två: när kommer pengarna i december? … Tre, hyran går upp från januari": the third too.)
  const markedThings =
    announcedAt !== undefined && reason
      ? all
          .filter((x) => isCaller(x) && x.position > Math.max(announcedAt, reason!.position) && free(x) && SECOND_THING[language].test(x.text) && !REAL_ERRAND_ALONE[language].test(x.text.trim()))
          .slice(0, 2)
          .map((x) => [x, withoutThingMarker(x, SECOND_THING[language], language, cues)] as const)
          .filter((pair): pair is readonly [Sentence, Sentence] => pair[1] !== undefined)
      : [];
  // ("Det är två saker. A. Och så B.", "Jag har två saker. Först, … " … "Och oktoberpengarna, de kommer den artonde?": with
  // no "det andra" said, the second errand is the caller's next "Och …" in the turn of the first, or the caller's first
  // "Och …?" question opening a later turn, within the caller's next three turns, round 41.)
  // The thing as a sentence of its own: "Oktoberpengarna, de kommer den artonde?" asks when they come (the day the caller
  // guesses is the agent's to confirm or correct, not a fact of the line); "The October money, where does that go?" asks
  // where the October money goes; "(Och så) kom det pengar in …" is said "Det kom pengar in …".
  const asSaidOn = (thing: Sentence): Sentence => {
    let text = thing.text;
    const sv = /^([^,]{3,40}),\s+(?:de|den|det)\s+(\p{L}+)\s+([^,?]*)\?$/u.exec(text);
    const en = /^([^,]{3,40}),\s+(when|where|what|how|why)\s+(does|do|did|is|are|will|can)\s+(?:that|it|they|this)\b\s*([^,?]*)\?$/iu.exec(text);
    // (Names are redacted: a Swedish noun phrase is written in lower case; an English one keeps a proper noun's capital.)
    const lower = (np: string) => (language === 'sv' || /^(?:The|A|An|My|Our|Her|His)\s/u.test(np) ? np.charAt(0).toLowerCase() + np.slice(1) : np);
    const aDay = (rest: string) =>
      /^(?:den |på )?(?:\d{1,2}|\p{L}*(?:rsta|ndra|dje|rde|nde|fte|tte))(?:\s+\p{L}+)?$|^(?:på )?(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?$/iu.test(rest.trim());
    if (language === 'sv' && sv) {
      const [, np = '', verb = '', rest = ''] = sv;
      const onlyDay = wordsOf(rest).length <= 4 && (aDay(rest) || findDates(rest, language, options.callDate).length > 0);
      text = onlyDay ? `När ${verb} ${lower(np)}?` : `${capitalise(verb)} ${lower(np)} ${rest}?`;
    } else if (language === 'en' && en) {
      const [, np = '', wh = '', aux = '', rest = ''] = en;
      text = `${capitalise(wh.toLowerCase())} ${aux} ${lower(np)}${rest ? ` ${rest}` : ''}?`;
    } else if (language === 'sv' && !thing.isQuestion) {
      text = text.replace(/^(\p{L}+)\s+(det|jag|vi|han|hon|hen|de)\s+/u, (whole: string, verb: string, subject: string) =>
        /^(?:det|den|jag|vi|han|hon|hen|de|inte|nu|då|så|men|och)$/iu.test(verb) ? whole : `${capitalise(subject)} ${verb.toLowerCase()} `);
    }
    return text === thing.text ? thing : { ...thing, text, words: wordsOf(text), content: contentWords(text, cues), isQuestion: thing.isQuestion || /\?$/u.test(text) };
  };
  const unmarkedSecond = (): (readonly [Sentence, Sentence])[] => {
    if (announcedAt === undefined || !reason || !firstThing || markedThings.length > 0) return [];
    const from = Math.max(announcedAt, reason.position, firstThing.position);
    const turns = new Set<number>([firstThing.segmentIndex]);
    const next = all.find((x) => {
      if (x.position <= from || !isCaller(x)) return false;
      turns.add(x.segmentIndex);
      const opensTurn = all[x.position - 1]?.segmentIndex !== x.segmentIndex || all.slice(0, x.position).filter((y) => y.segmentIndex === x.segmentIndex).every((y) => filler(y) || y.content === 0);
      return (
        turns.size <= 4 &&
        free(x) &&
        !x.identifier &&
        AND_THEN[language].test(x.text) &&
        !RHETORICAL[language].test(x.text) &&
        !CHECK_ONLY[language].test(x.text) &&
        (x.segmentIndex === firstThing.segmentIndex ? x.content >= 3 : x.isQuestion && opensTurn && x.content >= 1)
      );
    });
    const thing = next && withoutThingMarker(next, AND_THEN[language], language, cues);
    return next && thing ? [[next, asSaidOn(thing)] as const] : [];
  };
  // "Jag ringer om din ansökan om bostadstillägg. Vi saknar hyresavtalet.": in a call the agency makes, the errand is why the
  // agent called, not the citizen's first reply ("Jaså, jag trodde jag skickade det"), round 69. The line says so
  // ("Utgående samtal: handläggaren ringde om kundens ansökan om bostadstillägg; myndigheten saknar hyresavtalet …").
  const outbound = outboundErrand(all, transcript, language);
  if (outbound) used.add(outbound.about);
  // "Och en sak till medan jag har dig. Jag vill att ni drar mer skatt.", "While I have you, which tax table am I on?": the
  // caller's second errand, added after the first, joins the line ("Dessutom: …") with no "two things" announced (round 69).
  const oneMoreThing = (): (readonly [Sentence, Sentence])[] => {
    const from = outbound?.about.position ?? reason?.position;
    if (from === undefined) return [];
    const at = all.find((x) => isCaller(x) && x.position > from && (free(x) || x === reason) && ONE_MORE_THING[language].test(x.text) && !RHETORICAL[language].test(x.text) && !REAL_ERRAND_ALONE[language].test(x.text.trim()));
    if (!at || (!outbound && at.segmentIndex === reason?.segmentIndex)) return [];
    // (A question goes into the line only as one reported, "Kunden undrar hur …"; one the rules cannot report stays out
    // rather than be written "Kunden uppger att hur många …?".)
    const sayable = (thing: Sentence) => !thing.isQuestion || reported(thing) !== undefined;
    const inline = withoutThingMarker(at, ONE_MORE_THING[language], language, cues);
    // ("Och så en sak till, det var egentligen därför jag ringde.", "And also me, if there's anything for me.": what follows
    // the marker says no errand of its own, and the line leaves the second errand out rather than write it so.)
    if (inline && NO_ERRAND_AFTER_MARKER.test(inline.text)) return [];
    if (inline) return sayable(asSaidOn(inline)) ? [[at, asSaidOn(inline)] as const] : [];
    // (The marker said alone, "En sak till.": the errand is the caller's next sentence in the same turn.)
    const next = all[at.position + 1];
    if (!next || next.segmentIndex !== at.segmentIndex || !isCaller(next) || !free(next) || next.content < 2 || !sayable(asSaidOn(next))) return [];
    used.add(at);
    return [[next, asSaidOn(next)] as const];
  };
  const secondThings = markedThings.length > 0 ? markedThings : unmarkedSecond();
  const moreThings = secondThings.length > 0 ? secondThings : oneMoreThing();
  for (const [x] of moreThings) used.add(x);
  // "Jag har fått ett brev om att jag ska betala tillbaka. Åttatusen fyrahundra kronor!": the value goes with the errand.
  const amount = reason && !reason.isQuestion ? valueAfter(reason, all, language) : undefined;
  if (reason && amount) used.add(amount);
  if (reason && amount && !saysAgain(amount, reason, language)) {
    reason = { ...reason, text: `${reason.text.replace(/[.!]+$/u, '')}, ${amount.text.charAt(0).toLowerCase()}${amount.text.slice(1)}` };
  }
  // "Jag ska flytta. Till min dotter i [ORT], hon har byggt en stuga": where to (or from), said next as a fragment,
  // goes with a short errand ("Kunden ska flytta till sin dotter i [ORT]"); the rest of that sentence stays a fact.
  // ("Jag har fått tillbaka min ansökan. Om pension.": what it is about too; and after a longer line that ends on the
  // move, "… och nu ska vi flytta. Till en mindre lägenhet. Första september.", with the day said next, round 36.)
  const endsOnMove = reason !== undefined && /(?<![\p{L}])(?:flytta|flyttar|move|moving)[.!]$/iu.test(reason.text);
  const whereTo = reason && !reason.isQuestion && !writing.vagueErrand.test(reason.text) && (wordsOf(reason.text).length <= 6 || endsOnMove) ? all[reason.position + 1] : undefined;
  const sameTurnAfter = (x: Sentence | undefined): x is Sentence => x !== undefined && reason !== undefined && x.speaker === reason.speaker && x.segmentIndex === reason.segmentIndex && free(x);
  if (reason && sameTurnAfter(whereTo) && /^(?:till|från|om|to|from|into|about)\s/iu.test(whereTo.text)) {
    const [head = '', ...rest] = whereTo.text.split(/,\s+/u);
    if (isFragment(head, language) && wordsOf(head).length <= 6) {
      reason = { ...reason, text: `${reason.text.replace(/[.!]+$/u, '')} ${head.charAt(0).toLowerCase()}${head.slice(1).replace(/[.!]+$/u, '')}.` };
      const remainder = rest.join(', ');
      if (remainder && wordsOf(remainder).length >= 3) {
        whereTo.text = capitalise(remainder);
        whereTo.words = wordsOf(whereTo.text);
        whereTo.content = contentWords(whereTo.text, cues);
      } else {
        used.add(whereTo);
        const day = all[whereTo.position + 1];
        if (sameTurnAfter(day) && isFragment(day.text, language) && wordsOf(day.text).length <= 4 && findDates(day.text, language, options.callDate).length > 0) {
          // ("Första september" → "den första september": a day of the month is written with its article, as a note writes it.)
          const dayText = lowerFirst(onTheDay(day.text.replace(/[.!]+$/u, ''), language), language).replace(language === 'sv' ? /^(?=\d|\p{L}*(?:rsta|ndra|dje|rde|nde|fte|tte)\s)/u : /^(?=\d|\p{L}+(?:st|nd|rd|th)\s)/u, language === 'sv' ? 'den ' : 'on the ');
          reason = { ...reason, text: `${reason.text.replace(/[.!]+$/u, '')} ${dayText}.` };
          used.add(day);
        }
      }
    }
  }
  // "Jag ringer för min pappa, han är nittiotvå och hör lite dåligt": the errand line is whom the
  // call is for and what it is about; what follows the comma is a fact of its own.
  let errandRest: Sentence | undefined;
  const said = reason;
  // ("Jag ringer för min mamma, [NAMN].": the relative's name, redacted, says nothing more in the line.)
  // (Nor in the middle, "Jag ringer för min mamma, [NAMN], hon har flyttat …": the line goes on past it, round 45.)
  // (Nor the relative's personal number read out after the name, "min mamma, [NAMN], [PERSONNUMMER].", round 57: the
  // placeholder stood in the line.)
  const readOut = /(?:,\s*\[(?:NAMN|PERSONNUMMER|NAME|PERSONAL NUMBER)\])+/u;
  if (reason && writing.onBehalf.test(reason.text) && new RegExp(`${readOut.source}(?:[.!]?$|,\\s)`, 'u').test(reason.text)) {
    const text = reason.text.replace(new RegExp(`${readOut.source}([.!]?)$`, 'u'), '$1').replace(new RegExp(`${readOut.source},\\s`, 'u'), ', ');
    reason = { ...reason, text, words: wordsOf(text), content: contentWords(text, cues) };
  }
  const forSomeone = reason && writing.onBehalf.exec(reason.text);
  if (reason && forSomeone) {
    const cut = reason.text.slice(forSomeone.index + forSomeone[0].length).search(/,\s+(?=\p{L})/u);
    if (cut >= 0) {
      const at = forSomeone.index + forSomeone[0].length + cut;
      const rest = reason.text.slice(at).replace(/^,\s+/, '');
      errandRest = { ...reason, text: capitalise(rest), words: wordsOf(rest), content: contentWords(rest, cues) };
      reason = { ...reason, text: `${reason.text.slice(0, at)}.`, words: wordsOf(reason.text.slice(0, at)) };
      used.add(reason);
    }
  }
  // "Jag ringer för min mammas räkning." / "Jag har en fråga om min inkomstpension." names only
  // whom or what the errand concerns: the caller's next statement says what it is.
  // "Jag ringer för min pappas räkning, han har flyttat till ett äldreboende och jag undrar …": what
  // follows the comma is the errand when it tells an event, a wish or a problem.
  const restSays = (s: Sentence) =>
    s.content >= 2 && (writing.situation.test(s.text) || writing.errand.test(s.text) || cues.request.test(s.text) || cues.problem.test(s.text) || namesBenefit(s));
  const told =
    reason && writing.vagueErrand.test(reason.text)
      ? (answeredFor ?? (errandRest && restSays(errandRest) ? errandRest : errandDetail(reason)))
      : undefined;
  if (told === errandRest) errandRest = undefined;
  if (told) used.add(told);
  const toldAsked = told && askedIfTrue(told);
  // "Att jag ska betala tillbaka pension. Tjugotre tusen kronor.": the value said after it goes with it.
  const value = told && !toldAsked && valueAfter(told, all, language);
  let detail = toldAsked ?? (told && value && !saysAgain(value, told, language) ? { ...told, text: `${told.text.replace(/[.!]+$/u, '')}, ${value.text.charAt(0).toLowerCase()}${value.text.slice(1)}` } : told);
  if (value) used.add(value);
  // "Jag ringer för min bror." … "Han fick en stroke … Och nu undrar vi om han kan få förtidspension från er.": what
  // happened, told as what the errand is, says what the caller wants when the caller asks it or says the wish later in
  // that turn.
  // ("His wife died on the twelfth of September. So now I don't know, does he need to apply again?": the answer's question
  // goes after what happened just before it, which is the detail.)
  // (The answer's first statement: "So, he was in hospital in January, … the rent goes up. … He has housing supplement. So,
  // what does he need to do?")
  const happened = detail?.isQuestion
    ? all.find((x) => x.segmentIndex === detail!.segmentIndex && x.position < detail!.position && x.position >= detail!.position - 4 && isCaller(x) && free(x) && !x.isQuestion && x.content >= 2)
    : undefined;
  const askedAfter = happened && !happened.identifier && !saysWish(happened.text) ? detail : undefined;
  // (The same question found as what the caller asks is said once, after what happened.)
  const askedIsIt = askedAfter !== undefined && asked?.position === askedAfter.position;
  if (askedAfter && happened) {
    used.add(happened);
    detail = happened;
  }
  const detailAsked = (() => {
    if (!detail || (asked && !askedIsIt) || detail.isQuestion || saysWish(detail.text) || writing.errand.test(detail.text)) return undefined;
    // ("So, what does she need to do now?": a short question asks as much as a long one.)
    const asks = (x: Sentence) => x.isQuestion && x.content >= 1 && indirectQuestion(x.text, language) !== undefined;
    for (const q of all.filter((x) => x.segmentIndex === detail!.segmentIndex && x.position > detail!.position && x.position <= detail!.position + 4)) {
      if (!isCaller(q) || (!free(q) && q !== askedAfter) || q.identifier || RHETORICAL[language].test(q.text) || CHECK_ONLY[language].test(q.text) || q.content < (q.isQuestion ? 1 : 2)) continue;
      if (wordsOf(detail!.text).length + wordsOf(q.text).length > 45) return undefined;
      // ("So now I don't know, does he need to apply again?": the question after the hesitation.)
      const tail = q.isQuestion && !asks(q) ? /^[^,]{0,30}(?:don't know|do not know|wonder|wondering|vet inte|undrar),\s+(?=\p{L})/iu.exec(q.text) : null;
      const question = tail ? { ...q, text: capitalise(q.text.slice(tail[0].length)) } : q;
      // (One question, said whole: "Räknas det, alltså, blir pensionen högre?" is not put into one clause.)
      const oneClause = !question.text.replace(/^(?:so|and|but|well|så|och|men|alltså)\s*,\s*/iu, '').includes(',');
      if ((asks(question) && (q === askedAfter || oneClause)) || ((OWN_WISH[language].test(q.text) || writing.errand.test(q.text) || DOES_NOT_KNOW[language].test(q.text)) && q.content >= 2 && !q.isQuestion)) return question;
    }
    return undefined;
  })();
  const detailAskedText = detailAsked && (detailAsked.isQuestion ? reported(detailAsked) : rewrite({ ...detailAsked, text: detailAsked.text.replace(LEADING_SO[language], '') }));
  if (detailAsked && detailAskedText) {
    used.add(all[detailAsked.position] ?? detailAsked);
    if (askedIsIt) {
      asked = undefined;
      askedLater = false;
    }
  } else if (askedAfter && happened) {
    // (The question not said as one clause: it stays the detail, as asked.)
    used.delete(happened);
    detail = askedAfter;
  }
  // "Min fru dog i augusti. Jag undrar om barnen kan få barnpension.": a wish or a question is
  // the errand only with what happened before it; the caller's event just before it goes first.
  const background =
    // (Not before the errand said as the real one: what the caller said before it was not why they call.)
    // (Nor when the line already says what the caller asks: "My pension stopped when I moved here. Will I get it back?")
    // (Nor a bare "why?": what it asks about is the sentence before it, found below.)
    reason && !detail && !forSomeone && reason !== realErrand && !asked?.isQuestion && !askedLater && !WHY_ONLY[language].test(reason.text) && (writing.errand.test(reason.text) || cues.request.test(reason.text) || cues.problem.test(reason.text) || reason.isQuestion)
      ? (() => {
          const toldBefore = all.slice(0, reason.position).filter((s) => isCaller(s) && free(s) && !filler(s) && !s.isQuestion && !s.identifier);
          // Not a neighbour's or a friend's news ("min granne gick i pension i våras"): the caller's own.
          const event = (s: Sentence) => writing.situation.test(s.text) && !writing.condition.test(s.text) && !ACQUAINTANCE[language].test(s.text);
          // ("My husband passed away in January. … It's been a lot …" "What would you like help with?" "… Is it saying I get
          // something?": the death of the caller's own kin, told before the agent asked what the errand is, goes with the
          // answer, however much came between, round 46.)
          return (
            toldBefore.slice(-3).reverse().find(event) ??
            (answersErrand.has(reason.segmentIndex) ? toldBefore.find((s) => s.segmentIndex < reason.segmentIndex && DEATH[language].test(s.text) && OWN_KIN.test(s.text) && event(s)) : undefined)
          );
        })()
      : undefined;
  if (background) used.add(background);
  // "My pension is very low. I want to know why.", "Jag förstår inte varför.": a question that is only "why" asks about
  // the statement just before it in the turn, and the line says both (round 7d).
  // "… she can give me some of her parental days? I wondered how that works with my pension.": a question about "that" asks
  // about the statement before it, said with a rising voice or not (round 15).
  const whyOf = (() => {
    // (Only a question that opens its sentence: "Jag har jobbat deltid och undrar hur det påverkar …" says what "det" is.)
    const refersBack = reason && (REFERS_BACK[language].exec(reason.text)?.index ?? Infinity) <= 24;
    if (!reason || detail || background || forSomeone || !(WHY_ONLY[language].test(reason.text) || refersBack)) return undefined;
    return askedAbout(reason, refersBack === true);
  })();
  if (whyOf?.joined) used.add(whyOf.joined);
  if (whyOf) used.add(all[whyOf.position] ?? whyOf);
  // The caller's later question or wish goes in the line unless the line already says one; then it stays free.
  const askedInLine = askedLater && (detail ? !saysWish(detail.text) : !whyOf);
  if (askedLater && !askedInLine) {
    // (Not when the wish is the line's detail itself, round 57: "Dad's eyesight is getting worse, so I'd like to …" was
    // freed and written again under "The caller said".)
    if (asked!.position !== detail?.position) used.delete(asked!);
    asked = undefined;
  }
  // Only the event: "Min fru dog i augusti och vi har två barn" keeps "Min fru dog i augusti".
  const event = background && eventClause(background, writing.situation);

  const topic = decideTopic(
    detectTopic(all, language, options.taxonomy, [said, detail, asked, background, whyOf].filter((s): s is Sentence => s !== undefined)),
    utterancesOf(transcript.segments, language),
    language,
    options.taxonomy,
    options.topicModel,
  );
  for (const s of all) s.onTopic = mentionsTopic(s, topic.key, language, options.taxonomy);

  // Tasks for after the call: who does what, by or on when.
  let pendingDeadline: { date: DatePhrase; position: number; segmentIndex: number } | undefined;
  // "Du kan anmäla kontot i e-tjänsten, eller så skickar jag en blankett i dag." "Blankett, tack.": the caller chooses the
  // agent's sending, and the sending is the agent's task (round 33).
  for (const s of all.filter((x) => isCaller(x) && free(x) && x.words.length <= 4 && CHOSEN_WITH_THANKS[language].test(x.text))) {
    const offer = all.findLast((x) => x.position < s.position && x.speaker === 'agent');
    const sending = offer ? OR_I_SEND[language].exec(offer.text)?.groups?.rest : undefined;
    const chosen = wordsOf(s.text).filter((w) => w.length >= 4 && !/^(?:tack|gärna|please|thanks|thank)$/iu.test(w));
    // (The agent who says the sending again after the choice, "Då skickar jag den i dag", is noted from that sentence.)
    const saidAgain = all.some((x) => x.speaker === 'agent' && x.position > s.position && x.position <= s.position + 4 && SENDS_AGAIN.test(x.text));
    if (offer && sending && !saidAgain && chosen.length > 0 && chosen.every((w) => wordsOf(sending).some((o) => o.toLowerCase().startsWith(w.slice(0, 5).toLowerCase())))) {
      const text = rewrite({ ...offer, text: `${language === 'sv' ? 'Jag skickar' : 'I will send'} ${sending.replace(/[.!]+$/u, '')}.` });
      const day = findDates(sending, language, options.callDate)[0];
      followUp.push({
        text,
        segmentIndexes: uniqueSorted([offer.segmentIndex, s.segmentIndex]),
        followUp: { kind: writing.document.test(text) ? 'awaitDocument' : 'other', ...(day ? { dateText: day.text, dueDate: day.date, preposition: 'on' as const } : {}) },
        position: offer.position,
        score: 2 + (day ? 1 : 0),
      });
      used.add(s);
    }
  }
  for (const s of all.filter((s) => free(s) && !filler(s))) {
    // Taken already as the date of the task before it ("Det kommer inom en vecka").
    if (!free(s)) continue;
    // "Nej, inte förrän ni har bestämt er och vet datumet. Då anmäler du det till oss", "Not until you know the date. Then
    // you report it to us": a step only once something still undecided has happened is a condition told, no follow-up
    // (round 63: listed as the caller's step).
    const waitsFor = all[s.position - 1];
    // (Only the caller's own step on the caller's own condition: "Först när vi har fått in den … Då skickar vi ett brev" is
    // the agency's next step.)
    if (s.speaker === 'agent' && /^(?:(?:då|sedan)\s+\p{L}+\s+(?:du|ni)|then\s+you)\s/iu.test(s.text) && waitsFor?.segmentIndex === s.segmentIndex && NOT_UNTIL[language].test(waitsFor.text)) continue;
    // "Begäran ska ha kommit in senast den 12 januari", "January at the latest would be good", "Can you send it
    // within two weeks?", "Ansök gärna senast före årsskiftet": a deadline the agent gives dates the caller's
    // task just noted; it is a task of its own only with a task of its own (another verb for the caller).
    // Not what the agency does by then ("Du får ett beslut inom sex veckor", "Så fort intyget är här betalas den ut inom en vecka").
    // A date inside a leading condition is a deadline whatever follows ("Om kunden skickar in det senast sista november så
    // hinner myndigheten räkna om", "If the applications arrive by the end of December, …").
    const conditionEnd = writing.conditionFirst.test(s.text) ? s.text.search(/,\s|\s(?:så|då|hinner|then)\s/iu) : -1;
    const dateInCondition = conditionEnd > 0 && findDates(s.text.slice(0, conditionEnd), language, options.callDate).length > 0;
    // ("Kollegan hör av sig om tidrapporten senast onsdag", "My colleague will get back to you by Friday": a colleague's own
    // promise is that colleague's step; its day is no deadline of the caller's task said before it, round 87.)
    const agencyActs = !dateInCondition && (writing.agencyActsAfter.test(s.text) || writing.timeClauseFirst.test(s.text) || AGENCY_OUTCOME.test(s.text) || COLLEAGUE_PROMISES[language].test(s.text));
    // The answer to "När måste det vara inne?" / "When do you need them?" dates the task below, as asked.
    const lastCallerTurn = [...all.slice(0, s.position)].reverse().find((x) => x.speaker !== s.speaker);
    const answersWhen = lastCallerTurn !== undefined && lastCallerTurn.isQuestion && writing.asksWhen.test(lastCallerTurn.text);
    if (s.speaker === 'agent' && !agencyActs && !answersWhen) {
      // "senast", "by", "at the latest"; "inom"/"within" only when the agent asks it of the caller ("Can you send it within two
      // weeks?"), never a postal estimate ("blanketten kommer inom en vecka").
      const deadline = findDates(s.text, language, options.callDate).find(
        (d) => d.date >= options.callDate && prepositionOf(s.text, d.text, writing) === 'by' && (s.isQuestion || !/^(?:inom|within)\s/iu.test(d.text)) && !POSTAL_ESTIMATE.test(s.text),
      );
      // The caller's own day within it ("Jag skickar en kopia i dag." "Det behöver vara här senast tisdag") gives way to the
      // deadline: that is the date the agency follows up.
      const ownDayWithin = (f: Placed) => f.followUp?.preposition === 'on' && !f.byDeadline && deadline !== undefined && (f.followUp.dueDate ?? '') <= deadline.date;
      // Near it, or in the agent's turn before the caller's question between ("Då behöver vi en kopia på hyresavin." "Hur
      // skickar jag det?" "… Om vi har det senast den femtonde december hinner vi räkna om").
      const turnBefore = agentTurnBefore(all, s);
      const near = (f: Placed) => f.position >= s.position - 4 || (turnBefore !== undefined && f.segmentIndexes.includes(turnBefore));
      const task =
        // (Not someone else's step on a day of its own, "Kundens granne postar den på onsdag": the deadline is the caller's.)
        deadline && followUp.filter((f) => near(f) && f.followUp && (!f.followUp.dueDate || ownDayWithin(f)) && writing.callerFirst.test(f.text) && !(f.followUp.dueDate && /^(?:kundens|the caller's)\s/iu.test(f.text))).at(-1);
      // What follows a missed deadline ("…, annars kan ansökan avgöras på de uppgifter vi har") is no task of the agent's,
      // nor what follows one said in a leading condition ("Om vi har det senast …, hinner vi räkna om").
      const said = dateInCondition ? '' : s.text.replace(OTHERWISE, '');
      // ("If it hasn't arrived by Wednesday, call us": the caller told to call after a leading condition is a step of its own,
      // no deadline of the task before it, round 55.)
      const toldAfterCondition = dateInCondition && CALL_US.test(s.text.slice(conditionEnd).replace(/^[,\s]+/u, ''));
      const ownTask = cues.callerTask.test(said) || writing.toldInPresent.test(said) || isInstruction(said, language) || cues.firstPerson.test(said) || toldAfterCondition;
      // No task yet ("Så du skriver under den och skickar den? … Senast den 26 november."): the caller's task said next takes it.
      if (deadline && !task && !ownTask) pendingDeadline = { date: deadline, position: s.position, segmentIndex: s.segmentIndex };
      if (deadline && task?.followUp && (!ownTask || sharesWord(task.text, s.text))) {
        task.followUp = { ...task.followUp, dateText: deadline.text, dueDate: deadline.date, preposition: 'by' };
        task.byDeadline = true;
        // The deadline is written into the task: the whole sentence when it tells more than the date. What follows a
        // missed deadline ("…, annars kan ansökan avgöras …") is no task: the agent's sentence stays information, whole.
        const otherwise = OTHERWISE.test(s.text);
        task.text =
          s.content > 4 && !s.isQuestion
            ? `${task.text} ${rewrite(s).replace(OTHERWISE, '.')}`
            : `${task.text.replace(/[.!]$/u, '')} ${writing.deadline.test(deadline.text) ? '' : `${writing.by} `}${lowerFirst(deadline.text, language)}.`;
        task.segmentIndexes = uniqueSorted([...task.segmentIndexes, s.segmentIndex]);
        if (!otherwise) used.add(s);
        continue;
      }
    }
    // "Du kan anmäla det nya kontot på Mina sidor." … "Då gör jag det på datorn i kväll.": the caller takes up what the
    // agent said could be done; with a day and no task noted just before, that is the caller's task (round 29).
    // ("i kväll", "tonight": the call's day; said alone it dates nothing else.)
    if (s.speaker === 'caller' && writing.doIt.test(s.text) && s.content <= 5 && !followUp.some((f) => f.position >= s.position - 10)) {
      const tonight = TONIGHT[language].exec(s.text);
      const day = findDates(s.text, language, options.callDate)[0] ?? (tonight ? { text: tonight[0], date: options.callDate } : undefined);
      const option = day ? agentOption(all, s, language) : undefined;
      // ("Då gör jag det i morgon förmiddag": the day the caller chose is said in the task, as the caller said it, round 38.)
      const takenUp = option && day && !findDates(option, language, options.callDate).length ? `${option.replace(/[.!]+$/u, '')} ${day.text}.` : option;
      if (takenUp && day) {
        followUp.push({ text: takenUp, segmentIndexes: [s.segmentIndex], followUp: { kind: 'other', dateText: day.text, dueDate: day.date, preposition: 'on' }, position: s.position, score: 2 });
        used.add(s);
        continue;
      }
    }
    // "Artonde oktober är en söndag, så då betalar vi ut fredagen innan.": a date said to fall on a weekend or a holiday,
    // with no other day in the sentence, is why another day is the day; the sentence explains and is no step dated on that
    // date (round 59: listed as a follow-up on the Sunday).
    // "Då behöver du förmodligen aktivera ditt BankID hos banken." "Ja men det kan jag kanske fixa, jag vet inte riktigt
    // hur.": the agent's guess at a cause, answered with the caller's "maybe", is advice given, no step decided (round 59).
    if (isAgent(s) && PROBABLY[language].test(s.text)) {
      const reply = nextSegment(s.segmentIndex, 'caller');
      const first = reply === undefined ? undefined : sentencesOf(reply).find((r) => !/^(?:ja|jaha|nej|okej|ok|yes|oh|okay|right|i see)[.!,]?$/iu.test(r.text.trim()));
      if (first && MAYBE[language].test(first.text)) continue;
    }
    const offDay = NOT_A_WORKDAY[language].exec(s.text);
    // (Only where every date of the sentence is the one said to be that day: "… betalas den 16 juli, eftersom den artonde är
    // en söndag" is dated by its own day.)
    const offClause = offDay ? s.text.slice(0, offDay.index).split(/,\s+|\s+(?:eftersom|för att|because|as)\s+/iu).at(-1)! : '';
    if (offDay && findDates(s.text, language, options.callDate).every((d) => findDates(offClause, language, options.callDate).some((e) => e.date === d.date))) continue;
    const kind = followUpKind(s, all, cues, language, options.callDate);
    if (!kind) continue;
    used.add(s);
    const parts = [s.isQuestion && s.speaker === 'agent' ? { ...s, text: offerAsPromise(s.text, language), isQuestion: false } : s];
    // ("inom ungefär två veckor", "within three to four weeks", "oftast inom några veckor": a length said vaguely is an
    // estimate, no deadline; dated, it was a judged false statement, round 55. A day said in the sentence still dates it.)
    const vague = (d: DatePhrase) => {
      const at = Math.max(0, s.text.indexOf(d.text));
      return LENGTH.test(d.text) && VAGUE_LENGTH[language].test(s.text.slice(Math.max(0, at - 12), at + d.text.length + 9));
    };
    // ("statements showing the balance on the thirty-first of December", "saldot den 31 december": the day the document
    // shows is what it holds, no day of the task; dated, the note gave a step on 31 December, round 63.)
    const asOf = (d: DatePhrase) => AS_OF[language].test(s.text.slice(0, Math.max(0, s.text.indexOf(d.text))));
    // (Round 93: "Resten, från åttonde oktober, är godkända och betalas ut den tjugofemte februari.", "The rest, from
    // 3 May, is approved and paid on 25 June": a start set off by commas says which days or months the subject covers,
    // no day of the step; dated, the note put a payment on the period's start, in the wrong year.)
    const spanOfSubject = (d: DatePhrase) => {
      const at = s.text.indexOf(d.text);
      return at > 0 && SUBJECT_SPAN[language].test(s.text.slice(0, at)) && /^\s*,/u.test(s.text.slice(at + d.text.length));
    };
    const dates = findDates(s.text, language, options.callDate).filter((d) => !vague(d) && !asOf(d) && !spanOfSubject(d));
    let date: DatePhrase | undefined = taskDate(s.text, dates) ?? callersTonight(s, language, options.callDate);
    // "Jag ringer dem nu", "I'll call them right away": the call the agent told the caller to make, made on the day of the call.
    if (!date && s.speaker === 'caller' && NOW[language].test(s.text) && toldToContact(s, all, language)) date = today;
    // (A registration is done on the day of the call; "från första mars" is from when it counts, no day of the task.)
    // (A date of its own, "så gäller den från den 18 december", "due by the end of January", stays the task's.)
    // ("… och det gäller från utbetalningen den 18 augusti", "from the payment on 25 May": from when it counts too.)
    // ("I'll register the move, first of June", "jag registrerar flytten till den första juni": a calendar date said with
    // what is registered is the registered value; the registration is done now, round 63. A weekday, "i morgon" or a length,
    // "… och ringer dig om två veckor", stays.)
    if (registersNow(s, language, options.callDate, all) && (!date || (NAMES_A_DAY.test(date.text) && !NAMES_A_WEEKDAY.test(date.text) && !LENGTH.test(date.text) && prepositionOf(s.text, date.text, writing) === 'on') || new RegExp(`(?:från(?:\\s+och\\s+med)?|from)\\s+(?:(?:the\\s+)?(?:payment|\\p{L}+(?:en|et|na))\\s+(?:on\\s+)?)?(?:the\\s+|den\\s+)?${escapeRegExp(date.text)}`, 'iu').test(s.text) || /^(?:från|from)\s/iu.test(date.text)))
      date = today;
    // (Round 91: "Vi registrerar dem när de kommer in.", "We'll register them once they arrive.": a registration that waits
    // for what comes in, its time clause after it, is done then; the call's day, given it for the registration, is no day
    // of it. A day of its own in the sentence stays.)
    if (date === today && s.speaker === 'agent' && TIME_CLAUSE_AFTER[language].test(s.text) && findDates(s.text, language, options.callDate).length === 0) date = undefined;
    // (Round 91: "Du får ett brev där du bekräftar uppgifterna, skicka tillbaka det inom tre veckor.", "You'll get a letter to
    // sign. Send it back within three weeks.": the weeks run from the letter the caller will get, not from the call; the
    // letter has no day, so neither has the return.)
    if (date && /^(?:inom|within)\s/iu.test(date.text) && LENGTH.test(date.text) && SENDS_IT_BACK[language].test(s.text) && all.some((x) => x.speaker === 'agent' && x.segmentIndex === s.segmentIndex && x.position <= s.position && LETTER_COMING[language].test(x.text))) date = undefined;
    // "Once we have everything it usually takes about six weeks to get a decision": a usual handling time dates no decision.
    if (date && kind === 'decision' && POSTAL_ESTIMATE.test(s.text) && SPAN.test(date.text)) date = undefined;
    // "Så fort intyget är här betalas den ut inom en vecka": a week after the event, not after the call.
    if (date && s.speaker === 'agent' && writing.timeClauseFirst.test(s.text) && /^(?:inom|om|within|in)\s/iu.test(date.text)) date = undefined;
    // "inom två månader från att du fick beslutet", "within two months of receiving the decision": counted from another day.
    // ("…, alltså senast den andra maj", "…, so by the second of May": a day said outright after it is the deadline, round 63.)
    if (date && /^(?:inom|within)\s/iu.test(date.text) && new RegExp(`${escapeRegExp(date.text)}\\s+(?:från|efter|of|from|after)\\s`, 'iu').test(s.text))
      date = dates.find((d) => d !== date && !LENGTH.test(d.text) && d.date >= options.callDate && prepositionOf(s.text, d.text, writing) === 'by');
    // "Det skickar jag i dag": the object is in the sentence before. "Gör det gärna inom två
    // veckor", "Det gör jag i dag": the date of the task just before.
    const previous = all[s.position - 1];
    const doIt = writing.doIt.test(s.text) && s.content <= 5;
    // "I'll report it this week" after "You need to report the move": the caller's promise dates the agent's task.
    // ("My partner will sign it on Friday": a step someone else takes is no promise of the caller's, round 39.)
    const verb = s.speaker === 'caller' && !doIt && !THIRD_PARTY_ACTS[language].test(s.text) ? promisedVerb(s.text, language) : undefined;
    const earlier = doIt
      ? followUp.filter((f) => f.position >= s.position - 10).at(-1)
      : verb
        ? followUp
            // "Fine, I'll send it." after the task was dated: the same task, agreed to.
            // Or a day within the deadline the task already has ("Nej, då skickar jag den i morgon bitti").
            // A promise whose object is a pronoun ("Fine, I'll send it.") points back further, past a complaint between.
            .filter(
              (f) =>
                f.position >= s.position - (!date && PRONOUN_OBJECT[language].test(s.text) ? 12 : 6) &&
                f.followUp?.kind !== 'callBack' &&
                (!f.followUp?.dueDate || !date || f.followUp.dueDate === date.date || (f.byDeadline === true && date.date <= f.followUp.dueDate)) &&
                sharesVerb(f.text, verb),
            )
            .at(-1)
        : undefined;
    // "Jag kan skicka ett utbetalningsbesked." … "Jag skickar det i dag.": the agent's promise with a date is
    // the task offered before it, not a second one; with an object of its own it replaces the offer.
    // (A call-back on a day is a task of its own, never the note or the letter promised before it, round 46.)
    const agentVerb = s.speaker === 'agent' && !doIt && date && kind !== 'callBack' ? promisedVerb(s.text, language) : undefined;
    const offered = agentVerb
      ? followUp
          .filter((f) => f.position >= s.position - 8 && !f.followUp?.dueDate && f.followUp?.kind !== 'callBack' && AGENT_TASK.test(f.text) && sharesVerb(f.text, agentVerb))
          .at(-1)
      : undefined;
    // "Beskedet skickar jag i dag": a fronted object of its own replaces the offer, below.
    const ownObject = language === 'sv' && /^(?!(?:kunden|handläggaren|myndigheten)(?![\p{L}]))\p{L}{3,}(?:et|en|na)\s+\p{L}+(?:ar|er)\s+(?:jag|vi)(?![\p{L}])/iu.test(s.text);
    // "Jag kan skicka blanketten för ansökan om ålderspension hem till klienten." … "Jag skickar blanketten i dag.":
    // the same object named again dates the fuller offer.
    const sameObject = offered !== undefined && wordsOf(s.text.toLowerCase()).some((w) => w.length >= 6 && !/^(?:handläggaren|kunden|myndigheten|skickar|skicka|caller|agency|today|tomorrow|imorgon)$/u.test(w) && !date?.text.toLowerCase().includes(w) && offered.text.toLowerCase().includes(w));
    if (offered?.followUp && date && (PRONOUN_OBJECT[language].test(s.text) || sameObject) && !ownObject) {
      offered.followUp = { ...offered.followUp, dateText: date.text, dueDate: date.date, preposition: prepositionOf(s.text, date.text, writing) };
      offered.segmentIndexes = uniqueSorted([...offered.segmentIndexes, s.segmentIndex]);
      used.add(s);
      continue;
    }
    if (offered) followUp.splice(followUp.indexOf(offered), 1);
    // "I'll send them" after "You are asked to send us payslips": the same task, agreed to.
    // (The caller's own "I'll do it tonight" dates no task of the agency's: "When the bank returns the money, we pay it
    // again." is not done tonight, round 48.)
    // (Nor the decision or sending the caller will get, "You'll get a decision in writing." "I'll do it this evening", round 83.)
    const othersTask = doIt && s.speaker === 'caller' && cues.firstPerson.test(s.text) && earlier !== undefined && (!writing.callerFirst.test(earlier.text) || earlier.followUp?.kind === 'decision' || earlier.followUp?.kind === 'sendDocument');
    if (earlier && (doIt || date || (verb && PRONOUN_OBJECT[language].test(s.text)))) {
      if (date && !earlier.followUp?.dueDate && earlier.followUp && !othersTask) {
        earlier.followUp = { ...earlier.followUp, dateText: date.text, dueDate: date.date, preposition: prepositionOf(s.text, date.text, writing) };
      }
      earlier.segmentIndexes = uniqueSorted([...earlier.segmentIndexes, s.segmentIndex]);
      continue;
    }
    // "Jag skickar hem en blankett. Den fyller du i och skickar tillbaka.": the object is the agent's, the task the caller's.
    const handedOver = s.speaker === 'agent' && YOU_AFTER_FRONTED[language].exec(s.text);
    if (writing.frontedObject.test(s.text) && previous && previous.segmentIndex === s.segmentIndex && !previous.isQuestion && handedOver) {
      const task = followUp.find((f) => f.position === previous.position);
      if (task && kind !== 'callBack') {
        const [, object, verb, you, rest] = handedOver;
        const text = rewrite({ ...s, text: `${you} ${verb}${rest?.startsWith(' i ') ? ' i' : ''} ${object?.toLowerCase() ?? ''}${(rest ?? '').replace(/^ i(?= )/u, '')}` });
        followUp.push({ text, segmentIndexes: segmentsOf(s), followUp: { kind: writing.document.test(previous.text) ? 'awaitDocument' : kind, ...(date ? { dateText: date.text, dueDate: date.date, preposition: prepositionOf(s.text, date.text, writing) } : {}) }, position: s.position, score: 1 + (date ? 1 : 0) });
        continue;
      }
    }
    if (writing.frontedObject.test(s.text) && previous && previous.segmentIndex === s.segmentIndex && !previous.isQuestion) {
      const task = followUp.find((f) => f.position === previous.position);
      if (task) {
        // The sentence before is already the task: it gets the date and the segment.
        if (date && !task.followUp?.dueDate && task.followUp) {
          task.followUp = { ...task.followUp, dateText: date.text, dueDate: date.date, preposition: prepositionOf(s.text, date.text, writing) };
        }
        continue;
      }
      parts.unshift(previous);
      used.add(previous);
    }
    // "… anmäla din nya boendekostnad. Gör det gärna inom två veckor." The date comes next.
    const next = all[s.position + 1];
    let dateOnly: Sentence | undefined;
    let dateSaid = s.text;
    if (
      !date &&
      next &&
      free(next) &&
      next.segmentIndex === s.segmentIndex &&
      // ("Tisdag den nionde klockan tio, passar det?": a day proposed says its time too.)
      next.content <= (next.isQuestion ? 6 : 4) &&
      // "Du bifogar hyresavtalet. Blanketten kommer inom en vecka.": how long the post takes dates only what the agent sends.
      (!ARRIVES_WITHIN[language].test(next.text) || (isAgent(s) && cues.firstPerson.test(s.text))) &&
      // "Det kommer inom en vecka" points back at the task: its date, not a task of its own.
      (/^(?:det|den|de|dom|pengarna|beloppet|it|they|that|the money|the payment)\s/iu.test(next.text) || !followUpKind(next, all, cues, language, options.callDate)) &&
      // ("You'll get an answer within a few weeks." "If it hasn't arrived by Wednesday, call us": a condition with its own
      // day is its own step, not the date of the sentence before, round 55.)
      !/^(?:om|if)\s/iu.test(next.text)
    ) {
      // ("Då ska ni anmäla den nya hyran. Sju tusen fyrahundra i månaden från första april, stämmer det?" "Nej, från första
      // maj.": a day `latestValues` wrote into the sentence after a task is the corrected value of what it checks, no day of
      // the task before it; the form was due 31 May, round 78.)
      const written = (next.latestWritten ?? []).flatMap((v) => findDates(v, language, options.callDate).map((d) => d.date));
      [date] = findDates(next.text, language, options.callDate).filter((d) => !written.includes(d.date));
      // "Can you send it within two weeks?": on or by as the sentence that gives the date says it.
      if (date) dateSaid = next.text;
      if (date) {
        used.add(next);
        // "Thursday afternoon, would that work?" gives the day, not a sentence of the task.
        if (next.isQuestion) dateOnly = next;
        else parts.push(next);
      }
    }
    // "Tuesday the eighteenth at ten, would that work?" "Oh, no, Tuesday I'm at the clinic. Could it be later?" "Wednesday the
    // nineteenth at two, then?": the day agreed is the one the agent proposes after the caller turns the first down.
    // ("… ringer upp dig på torsdag, den artonde." "Torsdag går inte … Kan du ta måndag?" "Absolut, då ringer jag dig på måndag
    // den tjugoandra i stället": a call-back's day said in the task moves the same way; "Can you do Tuesday morning?" turns
    // the first day down too.)
    let movedFrom: DatePhrase | undefined;
    if (date && (dateOnly || (kind === 'callBack' && isAgent(s)))) {
      const first = date;
      const reply = nextSegment((dateOnly ?? s).segmentIndex, 'caller');
      // (A day, not a time of it: "say your morning, eight o'clock?" keeps the day.)
      const otherDays = (text: string) => findDates(text, language, options.callDate).filter((d) => d.date !== first.date && NAMES_A_DAY.test(d.text));
      const otherDayAsked = (r: Sentence) => r.isQuestion && otherDays(r.text).length > 0;
      // (Of that day: "Torsdag går inte", "Tuesday I'm at the clinic … Could it be later?"; not "it can't go on".)
      const dayWords = wordsOf(first.text).filter((w) => NAMES_A_DAY.test(w));
      const ofThatDay = (r: Sentence) => r.words.some((w) => dayWords.includes(w) || w === 'då' || w === 'then');
      const turnedDown = reply !== undefined && sentencesOf(reply).some((r) => (TURNS_DAY_DOWN[language].test(r.text) && ofThatDay(r)) || (r.isQuestion && ANOTHER_DAY[language].test(r.text)) || otherDayAsked(r));
      const again = turnedDown ? nextSegment(reply!, 'agent') : undefined;
      const proposal = again === undefined ? undefined : sentencesOf(again).find((a) => otherDays(a.text).length > 0);
      const moved = proposal && otherDays(proposal.text)[0];
      if (proposal && moved) {
        // ("I can call you back on Thursday." … "Friday the twenty-fifth, before noon. I'll ask the team today and call you
        // then.": the call-back promised again in full, with the time agreed, is the task as said then, round 59.)
        const promisedAgain = !dateOnly && CALL_PROMISE[language].test(proposal.text) && wordsOf(proposal.text).length >= wordsOf(s.text).length + 3;
        if (promisedAgain) parts.splice(0, parts.length, proposal);
        else if (!dateOnly) movedFrom = first;
        date = moved;
        dateSaid = proposal.text;
        if (dateOnly) dateOnly = proposal;
        used.add(proposal);
      }
    }
    // A call-back the caller asked for: the agent's confirmation may name the day.
    let promisedCall: string | undefined;
    if (!date && kind === 'callBack' && s.speaker === 'caller') {
      const answer = nextSegment(s.segmentIndex, 'agent');
      const confirmation = answer === undefined ? undefined : sentencesOf(answer).find((a) => findDates(a.text, language, options.callDate).length);
      if (confirmation) {
        date = taskDate(confirmation.text, findDates(confirmation.text, language, options.callDate));
        // ("I'll call you by Friday at the latest": on or by as the confirmation says it.)
        dateSaid = confirmation.text;
        // "I'll call you by Friday the second at the latest with an update": the agent's own promise is the task, as said
        // (after "but", "The payment is prepared, but I'll check on Tuesday and call you then", its own clause).
        const promise = /,\s+(?:men|but)\s+(?=(?:jag|vi|I|we)(?![\p{L}]))/u.exec(confirmation.text);
        // (Up to ", så kan vi prata om …": the agent's and the caller's "vi" would read as the agency's.)
        const clause = (promise ? capitalise(confirmation.text.slice(promise.index + promise[0].length)) : confirmation.text).replace(/,\s+(?:så|so)\s+.*$/u, '.');
        if (CALL_PROMISE[language].test(clause)) {
          promisedCall = rewrite({ ...confirmation, text: clause });
          used.add(confirmation);
        }
      }
    }
    // "Det gör jag i helgen" with no task noted before: the task is what the agent just told the caller to do
    // ("So: you make the transfer …" too, after its connective).
    const told =
      doIt && s.speaker === 'caller' && !ownQuestionBefore(all, s)
        ? all
            .filter((a) => a.position < s.position && a.position >= s.position - 10 && a.speaker === 'agent' && !a.isQuestion)
            // ("You can ask Skatteverket for a new table." "I'll do that today.": a step at another agency stays a referral.)
            .map((a) => ({ a, rank: writing.otherAgency.test(a.text) && !writing.toThisAgency.test(a.text) ? 0 : isInstruction(a.text, language) || /^(?:(?:så|och|då|so|and|then)[,:]?\s+)?(?:du|ni|you)\s+\p{L}+/iu.test(a.text) ? 2 : cues.callerTask.test(a.text) ? 1 : 0 }))
            .filter(({ rank }) => rank > 0)
            .sort((x, y) => y.rank - x.rank || y.a.position - x.a.position)[0]?.a
        : undefined;
    // No task without one told; and the instruction already noted (or dating one) is that task.
    if (doIt && s.speaker === 'caller' && (!told || used.has(told))) continue;
    // "… skickar tillbaka den senast den tionde december …" "Då gör jag det i dag.": the deadline told is the date the
    // agency follows up, over the caller's own day within it.
    const toldDeadline = told
      ? findDates(told.text, language, options.callDate).find((d) => d.date >= options.callDate && prepositionOf(told.text, d.text, writing) === 'by')
      : undefined;
    if (told && toldDeadline && (!date || date.date <= toldDeadline.date)) {
      date = toldDeadline;
      dateSaid = told.text;
    }
    let text =
      s.speaker === 'caller' && kind === 'callBack'
        ? (promisedCall ?? callBackText(s, date?.text, language))
        : told
          ? `${rewrite(told).replace(/[.!]$/, '')}${date && date !== toldDeadline ? ` ${date.text}` : ''}.`
          : dateOnly && date
            ? `${parts.map(rewrite).join(' ').replace(/(?:\s+(?:nu|now))?[.!]$/u, '')} ${onTheDay(date.text, language)}${kind === 'callBack' ? timeOfDayAfter(dateSaid, date.text, language) : ''}.`
            : parts.map(rewrite).join(' ');
    // "Kunden ringer dem i morgon." → "Kunden ringer Skatteverket i morgon.": whom the agent told the caller to contact.
    const contacted = s.speaker === 'caller' ? toldToContact(s, all, language) : undefined;
    // ("… nu då.": the closing "då", "then" is talk.)
    if (contacted) text = text.replace(/(?<![\p{L}])(?:dem|dom|them)(?![\p{L}])/u, contacted).replace(/\s+(?:då|then)(?=[.!]$)/u, '');
    // (The day said in the task is the one it moved from: the day agreed is said instead.)
    // ("på torsdag, den artonde" → "på måndag den tjugoandra": the old day's day of the month goes with it.)
    if (movedFrom && date) {
      const said = movedFrom.text.replace(/[,\s]+$/u, '');
      const at = text.toLowerCase().indexOf(said.toLowerCase());
      if (at >= 0) {
        const rest = text.slice(at + said.length);
        const dayOfMonth = /^,?\s+(?:den|the)\s+(?:\d{1,2}(?::[ae]|st|nd|rd|th)?|\p{L}+)(?=[\s,.])/iu.exec(rest)?.[0] ?? '';
        const lead = /^(?:på|on)\s/iu.exec(said)?.[0] ?? '';
        const day = date.text.replace(/^(?:på|on)\s+/iu, '');
        text = `${text.slice(0, at)}${lead}${day.charAt(0).toLowerCase()}${day.slice(1)}${rest.slice(dayOfMonth.length)}`;
      }
    }
    if (told) parts.unshift(told);
    if (dateOnly) parts.push(dateOnly);
    // The same call-back asked for and promised is one task.
    const actor = (t: string) => t.split(' ')[0]?.toLowerCase();
    const same = followUp.find(
      (f) =>
        f.followUp?.kind === kind &&
        f.followUp.dueDate === date?.date &&
        (kind === 'callBack' || f.text === text || (date !== undefined && actor(f.text) === actor(text))),
    );
    if (same) {
      // ("I can call you back on Thursday." … "Friday the twenty-fifth, before noon. I'll ask the team today and call you
      // then.": the call-back moved and promised in full, with the time agreed, is told as promised, round 59.)
      if (kind === 'callBack' && date && isAgent(s) && same.followUp?.preposition === prepositionOf(dateSaid, date.text, writing) && wordsOf(text).length >= wordsOf(same.text).length + 3) {
        same.text = text;
        same.segmentIndexes = uniqueSorted([...same.segmentIndexes, ...segmentsOf(...parts)]);
      }
      continue;
    }
    // "It will be there on Wednesday." … "The money will be there on Wednesday.": the same task said again, with
    // the same date, is one; the fuller wording stays.
    const restOf = (t: string) => wordsOf(t).slice(1);
    const again = date && followUp.find((f) => f.followUp?.kind === kind && f.followUp.dueDate === date?.date && (restOf(f.text).every((w) => wordsOf(text).includes(w)) || restOf(text).every((w) => wordsOf(f.text).includes(w))));
    if (again) {
      if (wordsOf(text).length > wordsOf(again.text).length) {
        again.text = text;
        again.segmentIndexes = uniqueSorted([...again.segmentIndexes, ...segmentsOf(...parts)]);
      }
      continue;
    }
    // The agent's deadline said just before, with no task then, dates the caller's task said now; it is the date the
    // agency follows up, over the caller's own plan within it ("Senast den 26 november." … "Jag skickar den i morgon").
    // (Not where the deadline is a follow-up of its own: "Svaret ska vara inne senast den 25 oktober." … "Jag postar det på
    // måndag" lists both, the caller's day on Monday, round 46.)
    const deadlineListed = (at: number) => followUp.some((f) => f.position === at && f.followUp?.preposition === 'by');
    // (Not a call on a day of its own, "Då ringer jag mottagningen på måndag" before "Utlåtandet måste komma in senast …":
    // the call is a step towards what is due, not its delivery; it keeps its day, round 62.)
    const callOnItsDay = date !== undefined && /(?<![\p{L}])(?:ringer|ringa|kontaktar|kontakta|call|ring|phone|contact)(?![\p{L}])/iu.test(text);
    // (Nor the agent's task with a term of its own, "Godkänn den inom en vecka" after "Tvåtusen senast den artonde december": the
    // term is the task's, the deadline before it another's; nor what the agency sends or decides, "Du får planen i morgon":
    // the deadline is the caller's, round 83.)
    const ownTerm = date !== undefined && s.speaker === 'agent' && /^(?:inom|within)\s/iu.test(date.text);
    // (A deadline said in the agency's own sending, "You'll get a letter explaining it this week", is that sending's.)
    if ((kind === 'sendDocument' || kind === 'decision') && pendingDeadline?.position === s.position) pendingDeadline = undefined;
    const deadlineBefore =
      pendingDeadline && kind !== 'callBack' && kind !== 'sendDocument' && kind !== 'decision' && !callOnItsDay && !ownTerm && s.position - pendingDeadline.position <= 4 && (s.speaker === 'caller' || writing.callerFirst.test(text)) && (!date || (date.date <= pendingDeadline.date.date && !deadlineListed(pendingDeadline.position)))
        ? pendingDeadline
        : undefined;
    if (deadlineBefore) {
      date = deadlineBefore.date;
      dateSaid = `senast by ${date.text}`;
      parts.push(...all.filter((x) => x.position === deadlineBefore.position));
      pendingDeadline = undefined;
    }
    followUp.push({
      text,
      segmentIndexes: uniqueSorted([...segmentsOf(...parts), ...(offered?.segmentIndexes ?? [])]),
      followUp: {
        kind,
        ...(date ? { dateText: date.text, dueDate: date.date, preposition: prepositionOf(dateSaid, date.text, writing) } : {}),
      },
      position: s.position,
      score: 1 + (date ? 1 : 0),
      ...(deadlineBefore ? { byDeadline: true } : {}),
    });
  }

  // "Jag bokar en tid så att en handläggare ringer dig." "När då?" "Tisdag den tjugoandra augusti, på förmiddagen.": the
  // day the agent gives when asked dates the task just promised, on that day (round 71). Only a short question that asks
  // when and an answer that is little more than one day ahead.
  // ("Gör en ny anmälan i appen för torsdag den femtonde." "Okej. Gör jag det i dag?" "Helst i dag, ja.": the caller's
  // question whether it is to be done on a day, after a word of assent, and a task dated only by a day before the call,
  // the day it is for, round 72.)
  for (const task of followUp.filter((f) => (!f.followUp?.dueDate || f.followUp.dueDate < options.callDate) && f.followUp && all[f.position]?.speaker === 'agent')) {
    const [first, second] = [all[task.position + 1], all[task.position + 2]];
    const assent = first !== undefined && second?.speaker === 'caller' && second.segmentIndex === first.segmentIndex && ASSENT[language].test(first.text.trim());
    const [asked, answer] = assent ? [all[task.position + 2], all[task.position + 3]] : [all[task.position + 1], all[task.position + 2]];
    if (!asked || !answer || asked.speaker !== 'caller' || answer.speaker !== 'agent' || !(ASKS_WHEN[language].test(asked.text.trim()) || ASKS_IF_ON[language].test(asked.text.trim()))) continue;
    const days = findDates(answer.text, language, options.callDate).filter((d) => d.date >= options.callDate && !LENGTH.test(d.text) && !/^(?:(?:the|in the|på)\s+)?(?:morning|afternoon|evening|förmiddag\p{L}*|eftermiddag\p{L}*|kväll\p{L}*)$/iu.test(d.text));
    // ("Thursday the twelfth of March" may be found as the weekday and the date: one day all the same; "in the morning" is
    // the time of that day, not the next morning.)
    const day = days[0];
    if (!day || !task.followUp || days.some((d) => d.date !== day.date) || answer.content > 7 || followUp.some((f) => f.position === answer.position)) continue;
    task.followUp = { ...task.followUp, dateText: day.text, dueDate: day.date, preposition: prepositionOf(answer.text, day.text, writing) };
    // (The day as said joins the task, the time of day with it: "… går igenom det, tisdag den 22 augusti, på förmiddagen.")
    task.text = `${task.text.replace(/[.!]+$/u, '')}, ${lowerFirst(rewrite(answer).replace(/[.!]+$/u, '').replace(/,\s*(?:ja|yes)$/iu, ''), language)}.`;
    task.segmentIndexes = uniqueSorted([...task.segmentIndexes, answer.segmentIndex]);
    used.add(answer);
  }

  // "Då skickar jag en fondbytesblankett. Om du fyller i den och skickar tillbaka så gör vi bytet": the caller's part,
  // sending it back, is said as a condition of what the agency does next; it is a task all the same, dated by the
  // condition's deadline ("Om ni skickar tillbaka den senast den trettioförsta december …", round 15).
  for (const s of all.filter((x) => isAgent(x) && !x.isQuestion && RETURN_CONDITION[language].test(x.text))) {
    const conditionEnd = s.text.search(/,\s|\s(?:så|då|then)\s/iu);
    const [date] = findDates(conditionEnd > 0 ? s.text.slice(0, conditionEnd) : s.text, language, options.callDate).filter((d) => d.date >= options.callDate);
    // ("by thirtieth of April" is no English: "by the thirtieth of April", which the note writes "by 30 April".)
    const when = date && lowerFirst(date.text, language).replace(/^(?=[\p{L}\d-]+(?:st|nd|rd|th)\s+of\s)/iu, language === 'en' ? 'the ' : '');
    const byDate = (task: string) => (date ? `${task.replace(/[.!]$/u, '')} ${writing.deadline.test(date.text) ? '' : `${writing.by} `}${when}.` : task);
    const returning = followUp.find((f) => f.followUp?.kind === 'awaitDocument' && writing.callerFirst.test(f.text));
    if (returning) {
      // The caller's return already noted ("I'll post the form back straight away"): the condition's deadline dates it.
      if (date && !returning.followUp?.dueDate) {
        returning.text = byDate(returning.text);
        returning.followUp = { kind: 'awaitDocument', dateText: date.text, dueDate: date.date, preposition: 'by' };
        returning.segmentIndexes = uniqueSorted([...returning.segmentIndexes, s.segmentIndex]);
      }
      break;
    }
    const sent = followUp.filter((f) => f.followUp?.kind === 'sendDocument' && f.position < s.position && f.position >= s.position - 6).at(-1);
    const returned = sent && returnTask(sent.text, language);
    if (!returned) continue;
    const dated = byDate(returned);
    followUp.push({
      text: dated,
      segmentIndexes: segmentsOf(s),
      followUp: { kind: 'awaitDocument', ...(date ? { dateText: date.text, dueDate: date.date, preposition: 'by' as const } : {}) },
      position: s.position,
      score: 2,
    });
    // "… så gör vi en ny prövning", "… så hinner vi fatta beslut": what the agency then decides is its task.
    const consequence = conditionEnd > 0 ? s.text.slice(conditionEnd) : '';
    if (DECIDES[language].test(consequence) && !followUp.some((f) => f.followUp?.kind === 'decision')) {
      followUp.push({ text: decisionText(consequence, `${sent.text} ${returned}`, language), segmentIndexes: segmentsOf(s), followUp: { kind: 'decision' }, position: s.position, score: 1 });
    }
    break;
  }

  // "När vi har fått in den tar ett beslut ungefär åtta veckor", "A decision usually takes around ten weeks": with a
  // document or an application awaited in this call, the agency's decision on it is a follow-up of its own, written
  // from a template (who, what, when), not the agent's sentence copied.
  const awaitedDocuments = followUp.filter((f) => f.followUp?.kind === 'awaitDocument' || (sends(f.text) && !AGENT_TASK.test(f.text)));
  const awaitedDocument = awaitedDocuments[0];
  if (awaitedDocument && !followUp.some((f) => f.followUp?.kind === 'decision')) {
    const decisionSaid = all.find((s) => {
      if (!isAgent(s) || s.isQuestion || s.identifier || writing.conditionFirst.test(s.text)) return false;
      const match = DECISION_AWAITED[language].exec(s.text);
      return match !== null && !cues.negation.test(s.text.slice(0, match.index)) && s.position > awaitedDocument.position - 6;
    });
    if (decisionSaid) {
      followUp.push({
        // What is awaited is named by any sending in the call ("Handläggaren skickar hem en ansökan", "Kunden skickar tillbaka den").
        text: decisionText(decisionSaid.text, followUp.filter((f) => f.followUp?.kind === 'awaitDocument' || sends(f.text)).map((f) => f.text).join(' '), language),
        segmentIndexes: segmentsOf(decisionSaid),
        followUp: { kind: 'decision' },
        position: decisionSaid.position,
        score: 1,
      });
      used.add(decisionSaid);
    }
  }
  // "När måste det vara inne?" / "By when do I need to send it?": the date in the agent's answer is
  // the deadline of the caller's task noted last, when it has none.
  // (Not "När ska första betalningen in?", "When is the first payment due?": the day answered is the payment's, no deadline
  // of a return, round 83.)
  for (const question of all.filter((s) => isCaller(s) && s.isQuestion && writing.asksWhen.test(s.text) && !PAYMENT_ASKED[language].test(s.text))) {
    const answer = nextSegment(question.segmentIndex, 'agent');
    if (answer === undefined) continue;
    // ("So when should I post it?" "The page should reach you in two or three days. If you post it back the same day, it's here
    // before the twenty-eighth.": how long the post takes to the caller is no day of the caller's task, round 47.)
    // (Round 91: nor when the agency's decision usually comes, "When will I know?" "A decision usually comes within about four
    // weeks after we have the signed letter.": that is the decision's time, no deadline of the caller's return.)
    const [date] = sentencesOf(answer)
      .filter((a) => !ARRIVES_WITHIN[language].test(a.text) && !DECISION_AWAITED[language].test(a.text))
      .flatMap((a) => findDates(a.text, language, options.callDate))
      .filter((d) => d.date >= options.callDate);
    // (The agency's decision the caller will get, "Kunden får ett beslut där det står.", is no task of the caller's: "När ska
    // papperen vara hos er?" "Senast den tjugonionde oktober" dates the papers, not the decision; round 89.)
    let task = followUp
      .filter((f) => f.position < question.position && f.followUp && f.followUp.kind !== 'decision' && !f.followUp.dueDate && writing.callerFirst.test(f.text))
      .at(-1);
    // "Jag skickar ett nytt livsintyg till dig." … "Och när måste det vara framme?": the caller's part, sending it
    // back, was never said as a task; the question says it is one.
    // (Not when the caller's return is noted with that date already: "Om blanketten är här senast den femte …".)
    const returnDated = followUp.some((f) => f.followUp?.kind === 'awaitDocument' && f.followUp.dueDate === date?.date && writing.callerFirst.test(f.text));
    const sent = !task && date && !returnDated ? followUp.filter((f) => f.position < question.position && f.position >= question.position - 8 && f.followUp?.kind === 'sendDocument').at(-1) : undefined;
    const returned = sent && returnTask(sent.text, language);
    if (sent && returned) {
      task = { text: returned, segmentIndexes: [question.segmentIndex], followUp: { kind: 'awaitDocument' }, position: question.position, score: 2 };
      followUp.push(task);
    }
    if (!date || !task?.followUp) continue;
    task.followUp = { ...task.followUp, dateText: date.text, dueDate: date.date, preposition: 'by' };
    // "By the end of December would be good." is said in the task now, not again as information.
    for (const a of sentencesOf(answer)) if (a.content <= 4 && findDates(a.text, language, options.callDate).some((d) => d.date === date.date)) used.add(a);
    used.add(question);
    task.segmentIndexes = uniqueSorted([...task.segmentIndexes, question.segmentIndex, answer]);
  }

  // "Du har rätt att begära omprövning" … "Du skriver och förklarar …": once the caller sends the request, the agency's
  // reconsideration is its pending decision, a task of its own (the caller's written request alone says only half).
  const reconsideration = all.find((s) => s.speaker === 'agent' && RECONSIDERATION.test(s.text));
  // The caller's task must be the request itself ("Du skriver och förklarar …"), not another document sent in the same
  // call ("Skicka den med en kopia av hyresavtalet" sends an application): else the reconsideration is invented (round 8).
  const request =
    reconsideration &&
    followUp.find(
      (f) => f.position > reconsideration.position && f.followUp?.kind === 'awaitDocument' && writing.callerFirst.test(f.text) && RECONSIDERATION_REQUEST.test(f.text),
    );
  if (reconsideration && request && !followUp.some((f) => f.followUp?.kind === 'decision')) {
    followUp.push({
      text: language === 'sv' ? 'Myndigheten omprövar beslutet när begäran har kommit in.' : 'The agency reconsiders the decision once the request has arrived.',
      segmentIndexes: uniqueSorted([reconsideration.segmentIndex, ...request.segmentIndexes]),
      followUp: { kind: 'decision' },
      position: request.position,
      score: 1,
    });
  }
  // "Signera med BankID. Klart. Det står att kontot är registrerat.", 'It says "Your choice has been registered"': what the
  // caller did in the e-service while on the phone is done, the caller's act on the day of the call; the agent's steps
  // for it ("Logga in och välj premiepension och byt fonder") are no task left for after the call (round 47).
  // (Also where the turn opened with the identity number, which takes the rest of the turn with it.)
  // "Okej... klart.", "Där. Skickat.", "Done.": a bare word of completion counts too, where the agent had just told a step
  // in the e-service; the call's outcome is then in the note once, however many times the caller says it (round 49).
  let doneAt = -Infinity;
  for (const confirmed of all.filter((x) => isCaller(x) && !x.identifier && !x.isQuestion)) {
    const screen = SCREEN_CONFIRMS[language].exec(confirmed.text);
    const guided = all.some((x) => isAgent(x) && x.position < confirmed.position && x.position >= confirmed.position - 8 && E_SERVICE_STEP[language].test(x.text));
    // (A receipt read out just after the bare word says more: "Klart. Det står att kontot är registrerat.")
    const receiptNext = all.some((x) => isCaller(x) && x.position > confirmed.position && x.position <= confirmed.position + 3 && SCREEN_CONFIRMS[language].test(x.text));
    const bare = !screen && guided && !receiptNext && BARE_DONE[language].test(confirmed.text);
    if ((!screen?.groups?.said && !bare) || confirmed.position <= doneAt + 3) continue;
    doneAt = confirmed.position;
    const steps = followUp.filter((f) => f.position < confirmed.position && f.position >= confirmed.position - 8 && !f.followUp?.dueDate && !AGENT_TASK.test(f.text) && E_SERVICE_STEP[language].test(f.text));
    for (const step of steps) followUp.splice(followUp.indexOf(step), 1);
    // (The receipt's own "Ditt fondbyte", "Your choice" is the caller's, in the note's register: "kundens fondbyte".)
    const said = (screen?.groups?.said ?? '')
      .replace(/[.!"”“]+/gu, '')
      .replace(/^(?:ditt|din|dina)\s+/iu, 'kundens ')
      .replace(/^your\s+/iu, "the caller's ");
    followUp.push({
      text: language === 'sv'
        ? `Kunden ordnade det själv i e-tjänsten under samtalet${said ? `: ${said}` : ''}.`
        : `The caller did it themselves in the e-service during the call${said ? `: ${said}` : ''}.`,
      segmentIndexes: uniqueSorted([confirmed.segmentIndex, ...steps.flatMap((f) => f.segmentIndexes)]),
      followUp: { kind: 'other', ...onCallDay },
      position: confirmed.position,
      score: 2,
    });
    used.add(confirmed);
  }

  // "Jag kan registrera ansökan nu i telefon." "Ja, gör det." "Klart.", "Sexhundra kronor i månaden, registrerat.", "Then you
  // can ask us to take extra tax." … "Done. Fifteen hundred kronor extra from …": what the agent did during the call is its
  // outcome, told as done and dated the day of the call; the offer before it is no longer open and goes (round 50).
  // (Only where the agent offered to act just before: a "Klart." alone may answer anything.)
  // (Also one already noted as the agent's task of its own, "The agent has registered it.": it is told again, with what.)
  const ownLine = (x: Sentence) => [...facts, ...followUp].some((f) => f.position === x.position && f.segmentIndexes.length === 1);
  for (const done of all.filter((x) => isAgent(x) && !x.isQuestion && (!used.has(x) || ownLine(x)))) {
    const said = AGENT_DONE[language].exec(done.text);
    if (!said) continue;
    const near = (x: Sentence) => x.position < done.position && x.position >= done.position - 6;
    // (Or the caller asked for it, "Can you take more tax each month?", the request not of the caller's own doing: "Kan ni
    // ändra min adress?" names no act of the agency's in its own words.)
    const request = all.findLast((x) => isCaller(x) && x.isQuestion && near(x) && !OWN_WORDS.test(CALLER_ASKS_ACT[language].exec(x.text)?.groups?.asked ?? 'jag'));
    // (A booking's "Då är det bokat", "Booked." comes after the time is agreed, a few more lines on: the offer to book is
    // looked for further back, round 68.)
    const nearBooking = (x: Sentence) => /bokat|bokad|booked/iu.test(done.text) && x.position < done.position && x.position >= done.position - 12 && /(?<![\p{L}])(?:boka|book)(?![\p{L}])/iu.test(x.text);
    const offer = all.findLast((x) => isAgent(x) && !x.isQuestion && near(x) && AGENT_CAN_DO[language].test(x.text)) ?? request ?? all.findLast((x) => isAgent(x) && !x.isQuestion && nearBooking(x) && AGENT_CAN_DO[language].test(x.text));
    if (!offer) continue;
    // (What was done: named with it, "Sexhundra kronor i månaden, registrerat"; else the offer's own act, "registrera ansökan";
    // else the words said right after the bare word, "Done. Fifteen hundred kronor extra from the payment …".)
    const next = all.find((x) => x.position === done.position + 1 && x.segmentIndex === done.segmentIndex && !x.isQuestion);
    // (A sum said first is what was done, however long: "Fifteen hundred kronor extra from the payment on the eighteenth …".)
    // (Or said just before it in the same turn: "Fifteen hundred kronor extra each month. I've registered that now.")
    const previous = all.find((x) => x.position === done.position - 1 && x.segmentIndex === done.segmentIndex && !x.isQuestion);
    // (Not a word of thanks before it, "Tack. Så, nu är adressen ändrad.": that is no sum, round 72.)
    const sum = (x: Sentence | undefined) => x && !COURTESY_ONLY.test(x.text.trim()) && (isFragment(inDigits(x.text, language), language) || /^\d/u.test(inDigits(x.text, language))) ? x : undefined;
    const after = sum(next) ?? (said.groups?.what ? undefined : sum(previous));
    const act = (isCaller(offer) ? CALLER_ASKS_ACT : AGENT_CAN_DO)[language].exec(offer.text)?.groups;
    // (Without its condition, now met, and whom it is for: "registrera det nya kontot åt dig nu om du bekräftar …".)
    // (Nor where it was said: "registrera ansökan här i telefon".)
    const said0 = act?.object?.replace(/\s+(?:om|när|så|if|when|so)\s.*$/iu, '').replace(/\s+(?:åt dig|till dig|for you)(?![\p{L}])/iu, '').replace(/\s+(?:här|here)(?![\p{L}])/iu, '');
    // (A booking offered as "Jag kan boka ett åt dig", "I can book one now": what is booked is the meeting or visit named in
    // the offer's lines or the three before it, "ett möte", "a phone meeting"; none named, nothing is written, round 68.)
    const booking = /^(?:boka|book)$/iu.test(act?.verb ?? '');
    const thing = booking && said0 && BARE_BOOKING.test(said0)
      ? all.filter((x) => x.position <= offer.position && x.position >= offer.position - 3).map((x) => BOOKED_THING[language].exec(x.text)?.groups?.noun).findLast((n) => n !== undefined)
      : undefined;
    const object = booking && said0 && BARE_BOOKING.test(said0) ? (thing ? `${language === 'sv' ? 'ett' : /^[aeiou]/iu.test(thing) ? 'an' : 'a'} ${thing.toLowerCase()}` : undefined) : said0;
    // (A pronoun with what it became, "I can change it to January now" … "Done.", is the act: "changed it to January", round 74.)
    const becomes = object !== undefined && /^(?:det|den|it|that)\s+(?:till|to)\s+\p{L}/iu.test(object);
    const own = act?.verb && object && (becomes || !/^(?:det|den|dem|it|that|them)(?![\p{L}])/iu.test(object)) ? `${DONE_FORM[language][act.verb.toLowerCase()] ?? act.verb} ${object}` : undefined;
    const what = said.groups?.what ?? own ?? after?.text.replace(/[.!]+$/u, '');
    if (!what) continue;
    const text = said.groups?.what
      ? `${language === 'sv' ? 'Jag har registrerat' : 'I have registered'} ${what}.`
      : own
        ? `${language === 'sv' ? 'Jag' : 'I'} ${what.replace(/\s+(?:nu|now)(?=\s|$)/iu, '')}${after ? `: ${after.text.replace(/^\p{Lu}/u, (c) => c.toLowerCase())}` : '.'}`
        : `${language === 'sv' ? `Jag registrerade under samtalet${act?.asked ? ` att vi ska ${act.asked}` : ''}` : `I registered during the call${act?.asked ? ` that we will ${act.asked}` : ''}`}: ${what.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())}.`;
    // (The caller's request stays what the caller asked; the agent's offer goes.)
    const gone = new Set([...(isCaller(offer) ? [] : [offer.position]), done.position, ...(after ? [after.position] : [])]);
    dropAt(gone);
    followUp.push({
      text: rewrite({ ...done, text }),
      segmentIndexes: uniqueSorted([offer.segmentIndex, done.segmentIndex]),
      followUp: { kind: 'other', ...onCallDay },
      position: done.position,
      score: 2,
    });
    for (const x of [...(isCaller(offer) ? [] : [offer]), done, ...(after ? [after] : [])]) used.add(x);
  }

  // "Då registrerar jag ansökan nu.", "I'm ordering the annual statement for last year now.", "The application is registered
  // now.", "I've ticked that you want paper statements every year.": the agent's act told as it is done is done during the
  // call, the note's outcome dated the call's day, not an open task "registrerar ansökan nu" (round 52). A bare "det/it" is
  // named by the agent's offer asked just before, "Vill du att vi drar extra skatt?", and the sum the agent read back.
  // (Also one already noted as a task of its own, "Handläggaren registrerar ansökan nu.": it is told again, as done.)
  for (const doing of all.filter((x) => isAgent(x) && !x.isQuestion && (!used.has(x) || ownLine(x)))) {
    const m = AGENT_DOING[language].exec(doing.text)?.groups;
    if (!m) continue;
    const verb = (m.verb ?? m.verb2 ?? (language === 'sv' ? 'registrerar' : 'registering')).toLowerCase().replace(/\s+/gu, ' ');
    // (Without what follows for the caller: "…, så behöver du inte skriva det själv"; a task of its own after it, "…, och så
    // skickar myndigheten ett förslag inom två veckor", keeps the line as it was.)
    const said = m.object ?? m.object2 ?? m.object3 ?? m.object5 ?? m.object4?.toLowerCase() ?? '';
    const tail = /,\s*(?:så|och|so|and)\s.*$/iu.exec(said)?.[0];
    if (tail && !/(?<![\p{L}])(?:behöver|måste|need|have to)\s+(?:du|you)|(?:du|you)\s+(?:behöver|måste|need|have to|don't|do not)(?![\p{L}])/iu.test(tail)) continue;
    let object = said.replace(/,\s*(?:så|och|so|and)\s.*$/iu, '').trim().replace(/\s+(?:nu|now|här|here)$/iu, '');
    let after: Sentence | undefined;
    let offered: Sentence | undefined;
    if (/^(?:det|den|dem|it|that|them)$/iu.test(object)) {
      // (The offer may be a few turns back, the sum settled between: "Vill du att vi drar extra skatt?" … "Femhundra.")
      const asked = all.findLast((x) => isAgent(x) && x.isQuestion && x.position < doing.position && x.position >= doing.position - 16 && AGENT_ASKS_ACT[language].test(x.text));
      const act = asked && AGENT_ASKS_ACT[language].exec(asked.text)?.groups?.act;
      if (!act) continue;
      offered = asked;
      object = language === 'sv' ? `att myndigheten ska ${act.replace(/^(\p{L}+)/u, (v) => SV_INFINITIVE[v.toLowerCase()] ?? v)}` : `that the agency will ${act}`;
      // (The sum the agent read back between the offer and the act: "Femhundra kronor i månaden. Från november?")
      after = all.findLast((x) => isAgent(x) && x.position < doing.position && x.position > asked.position && /^\d/u.test(inDigits(x.text, language)) && isFragment(inDigits(x.text, language), language));
    }
    if (!object || OWN_WORDS.test(object.replace(/^(?:that|att) (?:you|du)\s/iu, ''))) continue;
    const done = /^(?:att|that)\s/iu.test(object) ? (language === 'sv' ? 'registrerade' : 'registered') : DOING_DONE[language][verb] ?? verb;
    // ("Omprövningen är registrerad nu." after "jag registrerar nu att du begär omprövning" only says it again.)
    if (m.object4 && followUp.some((f) => f.position < doing.position && DONE_NOTED[language].test(f.text) && f.text.toLowerCase().includes(object.replace(/^the\s+/u, '').slice(0, 6)))) {
      dropAt(new Set([doing.position]));
      used.add(doing);
      continue;
    }
    // (A clause told after the time: "registrerade under samtalet att …".)
    const [when, rest] = /^(?:att|that)\s/iu.test(object) ? [language === 'sv' ? 'under samtalet' : 'during the call', ''] : ['', language === 'sv' ? ' under samtalet' : ' during the call'];
    const text = `${language === 'sv' ? 'Jag' : 'I'} ${done} ${when ? `${when} ` : ''}${object}${rest}${after ? `: ${after.text.replace(/[.!?]+$/u, '').replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())}` : ''}.`;
    const gone = new Set([doing.position, ...(after ? [after.position] : []), ...(offered ? [offered.position] : [])]);
    dropAt(gone);
    followUp.push({
      text: rewrite({ ...doing, text }),
      segmentIndexes: [doing.segmentIndex],
      followUp: { kind: 'other', ...onCallDay },
      position: doing.position,
      score: 2,
    });
    used.add(doing);
    if (after) used.add(after);
  }

  // "Jag har ändrat det nu, det nya kontot är registrerat från och med i dag.", "Så, nu är ansökan återkallad.", "I've changed
  // it to Gävle's table now.", "There, it's registered today.", "I'll register that you're cohabiting from the first of
  // April. There, that's done.": the agent's act told as done while the caller waits is the call's outcome, a task done on
  // the call's day, not a line of information nor a task for later dated by the day it registers (round 72).
  // (Only told now: "nu", "just", "i dag", a "Så,"/"There," before it, or the agent's offer or the caller's request
  // just before; never of a day before the call, "Formuläret skickades i januari", nor denied.)
  for (const done of all.filter((x) => isAgent(x) && !x.isQuestion && (!used.has(x) || ownLine(x)))) {
    const m = DONE_NOW[language].exec(done.text);
    if (!m || NOT_DONE[language].test(done.text)) continue;
    if (findDates(done.text, language, options.callDate).some((d) => d.date < options.callDate) || DONE_BEFORE[language].test(done.text)) continue;
    if (followUp.some((f) => f.position === done.position && f.followUp?.dueDate === onCallDay.dueDate)) continue;
    const sameTurn = (x: Sentence) => x.segmentIndex === done.segmentIndex && x.position < done.position;
    // (The act said just before it in the same turn, "I'll register that …", "Jag skickar en blankett nu.", is what was done.)
    const intent = all
      .filter((x) => sameTurn(x) && x.position === done.position - 1 && !x.isQuestion)
      .map((x) => ({ x, verb: ACT_NOW[language].exec(x.text)?.groups?.verb ?? '', object: ACT_NOW[language].exec(x.text)?.groups?.object ?? '' }))
      .find((a) => a.verb && a.object);
    const offers = all.filter((x) => x.position < done.position && x.position >= done.position - 6 && (isAgent(x) ? AGENT_CAN_DO[language].test(x.text) || OFFER_ASKED[language].test(x.text) : x.isQuestion && CALLER_ASKS_ACT[language].test(x.text)));
    const bare = m.groups?.bare !== undefined;
    // (A bare "There, it's done.", "Så, den är skickad." says what only with the act before it; or with the agent's offer or
    // intent a few lines back, "I can post a consent form to his address now." "Fine. Send it." "It's sent.", "Då skickar jag
    // en pappersblankett …" … "Blanketten är skickad nu.": the thing it names, a noun the offer's own, round 73.)
    const noun = m.groups?.noun?.toLowerCase();
    const stem = noun && (language === 'sv' ? noun.replace(/(?:en|et|na)$|(?<=a)n$/u, '') : noun);
    const offeredBefore = bare && !intent
      ? all
          .filter((x) => isAgent(x) && !x.isQuestion && x.position < done.position && x.position >= done.position - (stem ? 12 : 6))
          .map((x) => {
            const inside = ACT_NOW_INSIDE[language].exec(x.text)?.groups;
            return { x, g: OFFER_NAMED[language].exec(x.text)?.groups ?? (inside && { verb: inside.verb ?? inside.verb2, object: inside.object }) };
          })
          .findLast(({ g }) => g?.verb && g.object && PAST_OF[language][g.verb.toLowerCase()] && !/^(?:det|den|dem|it|that|them)(?![\p{L}])/iu.test(g.object) && (!stem || (stem.length >= 4 && g.object.toLowerCase().includes(stem))))
      : undefined;
    if (!intent && !offeredBefore && offers.length === 0 && !NOW_SAID[language].test(done.text)) continue;
    // (A state told with no word of now, "It is registered a few days after the agency gets it.", is how things go; with
    // only the offer before it, the state has no time of its own but its start: "It is stopped from 1 April.")
    const passive = PASSIVE_DONE[language].exec(done.text);
    if (!intent && passive && !NOW_SAID[language].test(done.text) && /(?<![\p{L}])(?:after|when|once|if|before|until|within|usually|efter|när|om|innan|inom|tills|brukar)(?![\p{L}])/iu.test(passive.groups?.rest ?? '')) continue;
    if (bare && !intent && !offeredBefore) continue;
    // ("I've cancelled it.", "It's changed to June." after "Shall I cancel the application now?", "I can change the start
    // month for you now": the thing is named by the agent's offer, and what the sentence adds joins it.)
    // (The offer may be further back, the details settled between: "Jag kan registrera ändringen åt dig nu" … "Jag har
    // registrerat det nu.")
    // (Any act the agent offered names it, "I can order a pension certificate for you by post" … "I've ordered it now.",
    // where the act has a done form; that offer is then no open task either.)
    const offerAt = all
      .filter((x) => isAgent(x) && x.position < done.position && x.position >= done.position - 12)
      .map((x) => ({ x, g: AGENT_CAN_DO[language].exec(x.text)?.groups ?? OFFER_ASKED[language].exec(x.text)?.groups ?? OFFER_NAMED[language].exec(x.text)?.groups }))
      .findLast(({ g }) => g?.verb && g.object && (PAST_OF[language][g.verb.toLowerCase()] ?? DONE_FORM[language][g.verb.toLowerCase()]));
    const offer = offerAt?.g;
    const offeredObject = offer?.object?.replace(/\s+(?:om|när|så|eftersom|if|when|so|since)\s.*$/iu, '').replace(/\s+(?:åt dig|till dig|for you)(?![\p{L}])/iu, '').replace(/\s+(?:här|here|nu|now|direkt|straight away)(?=\s|$)/giu, '').trim();
    const offeredPast = offer?.verb && (PAST_OF[language][offer.verb.toLowerCase()] ?? DONE_FORM[language][offer.verb.toLowerCase()]);
    const pronoun = PRONOUN_DONE[language].exec(done.text);
    const named = pronoun && offeredPast && offeredObject && !/^(?:det|den|dem|it|that|them|one|ett|en)$/iu.test(offeredObject) ? offeredObject : undefined;
    const added = pronoun?.groups?.rest?.replace(/\s+(?:nu|now|i dag|today)(?=\s|$)/giu, '').trim();
    const adds = added && !wordsOf(added).some((w) => wordsOf(named ?? '').includes(w)) ? ` ${added}` : '';
    // (The act already noted as done a few lines before, "Handläggaren lägger in tabell 32 nu." … "Så, nu är det
    // registrerat.", is told again with a pronoun: one task.)
    if (!intent && !named && PRONOUN_ACT[language].test(done.text) && followUp.some((f) => f.followUp?.dueDate === onCallDay.dueDate && f.position < done.position && f.position >= done.position - 8)) continue;
    const before = offeredBefore?.g;
    const text = intent
      ? `${language === 'sv' ? 'Jag' : 'I'} ${PAST_OF[language][intent.verb.toLowerCase()] ?? intent.verb} ${intent.object.replace(/\s+(?:nu|now)$/iu, '')}.`
      : before
        ? `${language === 'sv' ? 'Jag' : 'I'} ${PAST_OF[language][before.verb!.toLowerCase()]} ${before.object!.replace(/\s+(?:om|när|så|eftersom|if|when|so|since)\s.*$/iu, '').replace(/\s+(?:åt dig|till dig|for you|nu|now|direkt|straight away)(?=\s|$)/giu, '').trim()}.`
      : named
        ? `${language === 'sv' ? 'Jag' : 'I'} ${pronoun?.groups?.done ? `${language === 'sv' ? 'har ' : ''}${pronoun.groups.done.toLowerCase()}` : offeredPast} ${named}${adds}.`
        : done.text;
    dropAt(new Set([done.position, ...(intent ? [intent.x.position] : [])]));
    // (The offer, "Ska jag ta bort den?" noted as "Handläggaren ska ta bort den.", is no longer open.)
    for (const open of followUp.filter((f) => (!f.followUp?.dueDate || f.position === offeredBefore?.x.position) && (offers.some((x) => isAgent(x) && x.position === f.position) || (named && offerAt?.x.position === f.position) || offeredBefore?.x.position === f.position))) followUp.splice(followUp.indexOf(open), 1);
    if (offeredBefore) {
      dropAt(new Set([offeredBefore.x.position]));
      used.add(offeredBefore.x);
    }
    followUp.push({
      text: rewrite({ ...done, text }),
      segmentIndexes: uniqueSorted([done.segmentIndex]),
      followUp: { kind: 'other', ...onCallDay },
      position: done.position,
      score: 2,
    });
    used.add(done);
    if (intent) used.add(intent.x);
  }

  // "I've booked a call to him on Thursday the tenth at two o'clock.", "I've booked a call for Wednesday the sixteenth at
  // ten.", "Jag har bokat en telefontid till fredag den elfte klockan tio.": the booking is done while the caller waits and
  // the call is the agency's on its day, two tasks; the line had stayed information, neither task noted (round 73).
  // (Only a day after the call's; not denied; not a call already noted on that day.)
  for (const booked of all.filter((x) => isAgent(x) && !x.isQuestion && !used.has(x))) {
    const m = BOOKED_CALL[language].exec(booked.text);
    if (!m || NOT_DONE[language].test(booked.text) || !onCallDay.dueDate) continue;
    const day = findDates(booked.text, language, options.callDate).find((d) => d.date > options.callDate);
    if (!day || followUp.some((f) => f.followUp?.kind === 'callBack' && f.followUp.dueDate === day.date)) continue;
    const at = booked.text.indexOf(day.text);
    if (at < 0) continue;
    const fromDay = booked.text.slice(at).replace(/[.!]+$/u, '');
    // (Whom the call is to: the person the errand concerns named by a pronoun, "to him", is the customer; else the caller.)
    const third = /(?<![\p{L}])(?:him|her|honom|henne)(?![\p{L}])/iu.test(booked.text.slice(0, at));
    const whom = language === 'sv' ? (third ? 'kunden' : 'dig') : third ? 'the customer' : 'you';
    const bookedText = `${language === 'sv' ? 'Jag bokade' : 'I booked'} ${m.groups!.thing!.toLowerCase()} ${language === 'sv' ? 'till' : 'for'} ${fromDay}.`;
    const callText = language === 'sv'
      ? `En handläggare ringer ${whom} ${/^(?:på|den|i)\s/iu.test(fromDay) ? '' : 'på '}${fromDay}.`
      : `A caseworker will call ${whom} ${/^(?:on|at|in)\s/iu.test(fromDay) ? '' : 'on '}${fromDay}.`;
    dropAt(new Set([booked.position]));
    followUp.push(
      { text: rewrite({ ...booked, text: bookedText }), segmentIndexes: [booked.segmentIndex], followUp: { kind: 'other', ...onCallDay }, position: booked.position, score: 2 },
      {
        text: rewrite({ ...booked, text: callText }),
        segmentIndexes: [booked.segmentIndex],
        followUp: { kind: 'callBack', dateText: day.text, dueDate: day.date, preposition: 'on' },
        position: booked.position,
        score: 2,
      },
    );
    used.add(booked);
  }

  // "Jag bokar en telefontid med din handläggare." … "Jag bokar torsdagen den sjätte... nej, det är nationaldagen. Fredagen den
  // sjunde juni klockan nio.", "I'll book a fixed time instead of a request. Monday the tenth of June at two o'clock.": a call
  // booked in the present, its day told in the agent's next sentences, is round 73's booking too — done while the caller
  // waits, and the agency's call on its day; the line stood as an undated task, or as information with the corrected day
  // beside it, and the call the agency owes was missing (round 77). (The last day after the call's in the first sentence that
  // names one, so a day taken back in it, "torsdagen den sjätte... nej", gives way to the one said after; only the agent's
  // own sentences up to the next two turns of the agent's, not denied or asked; not a call already noted on that day.)
  // (The booking may have been read already as the agent's act, "Handläggaren bokar en telefontid …": that line gives way.)
  for (const booking of all.filter((x) => isAgent(x) && !x.isQuestion)) {
    const m = BOOKS_CALL[language].exec(booking.text);
    if (!m || NOT_DONE[language].test(booking.text) || !onCallDay.dueDate) continue;
    const agentTurns = [...new Set(all.filter((x) => isAgent(x) && x.position >= booking.position).map((x) => x.segmentIndex))].slice(0, 2);
    const window = all.filter((x) => isAgent(x) && x.position >= booking.position && agentTurns.includes(x.segmentIndex) && !x.isQuestion && !used.has(x));
    const hasDay = (x: Sentence) => findDates(x.text, language, options.callDate).some((d) => d.date > options.callDate);
    let dated = window.find(hasDay);
    // ("Jag bokar torsdagen den sjätte... nej, det är nationaldagen. Fredagen den sjunde juni klockan nio.": a day taken back
    // gives way to the day said in the next sentence.)
    while (dated) {
      const days = findDates(dated.text, language, options.callDate);
      const after = dated.text.slice(dated.text.lastIndexOf(days[days.length - 1]!.text));
      const next = window.find((x) => x.position > dated!.position && hasDay(x));
      if (!next || !DAY_TAKEN_BACK[language].test(after)) break;
      dated = next;
    }
    if (!dated || NOT_DONE[language].test(dated.text.replace(/(?<![\p{L}])(?:nej|no)(?![\p{L}])/giu, ''))) continue;
    const days = findDates(dated.text, language, options.callDate).filter((d) => d.date > options.callDate);
    const day = days[days.length - 1]!;
    if (followUp.some((f) => f.followUp?.kind === 'callBack' && f.followUp.dueDate === day.date)) continue;
    const found = dated.text.lastIndexOf(day.text);
    if (found < 0) continue;
    // (With the weekday and article said before the day: "Monday the tenth of June", "fredagen den sjunde juni".)
    const lead = new RegExp(String.raw`(?:${WEEKDAY[language]}\s+)?(?:the\s+|den\s+)?$`, 'iu').exec(dated.text.slice(0, found))?.[0] ?? '';
    const at = found - lead.length;
    const told = dated.text.slice(at).replace(/[.!]+$/u, '');
    const fromDay = language === 'sv' || /^the\s/u.test(told) ? told.charAt(0).toLowerCase() + told.slice(1) : told;
    const thing = m.groups!.thing!.toLowerCase();
    const bookedText = `${language === 'sv' ? 'Jag bokade' : 'I booked'} ${thing} ${language === 'sv' ? 'till' : 'for'} ${fromDay}.`;
    const callText = language === 'sv'
      ? `En handläggare ringer dig ${/^(?:på|den|i)\s/iu.test(fromDay) ? '' : 'på '}${fromDay}.`
      : `A caseworker will call you ${/^(?:on|at|in)\s/iu.test(fromDay) ? '' : 'on '}${fromDay}.`;
    const dropped = new Set([booking.position, dated.position]);
    dropAt(dropped);
    const segments = uniqueSorted([booking.segmentIndex, dated.segmentIndex]);
    followUp.push(
      { text: rewrite({ ...booking, text: bookedText }), segmentIndexes: segments, followUp: { kind: 'other', ...onCallDay }, position: booking.position, score: 2 },
      {
        text: rewrite({ ...dated, text: callText }),
        segmentIndexes: segments,
        followUp: { kind: 'callBack', dateText: day.text, dueDate: day.date, preposition: 'on' },
        position: dated.position,
        score: 2,
      },
    );
    used.add(booking);
    used.add(dated);
  }

  // "Gå in i appbutiken … Står det 'Uppdatera'?" … "Försök logga in igen nu." "Nu kom det upp!": the login that works again
  // after the update the agent guided is what the call solved, and the note says so (round 52); the steps alone read as
  // instructions.
  for (const works of all.filter((x) => isCaller(x) && !x.isQuestion && !used.has(x) && WORKS_NOW[language].test(x.text))) {
    const before = all.filter((x) => isAgent(x) && x.position < works.position && x.position >= works.position - 10);
    const update = before.find((x) => UPDATE_STEP[language].test(x.text));
    const login = before.some((x) => update && x.position > update.position && LOGIN_STEP[language].test(x.text));
    if (!update || !login) continue;
    // (The steps that led there, "Gå in i appbutiken …", "Försök logga in igen nu.", are told by the outcome.)
    const steps = new Set(before.filter((x) => x.position >= update.position - 1 && (LOGIN_STEP[language].test(x.text) || UPDATE_STEP[language].test(x.text) || /app(?:butik\p{L}*| store)/iu.test(x.text))).map((x) => x.position));
    dropAt(steps);
    for (const x of before.filter((y) => steps.has(y.position))) used.add(x);
    const app = all.filter((x) => isAgent(x) && x.position < works.position && x.position >= works.position - 16).map((x) => APP_NAMED[language].exec(x.text)?.[0]).find((a) => a !== undefined);
    facts.push({
      text: language === 'sv'
        ? `Kunden kunde logga in igen under samtalet efter att ha uppdaterat ${app ?? 'appen'}.`
        : `The caller could log in again during the call after updating ${app ?? 'the app'}.`,
      segmentIndexes: uniqueSorted([update.segmentIndex, works.segmentIndex]),
      position: works.position,
      score: 4,
      section: 'agentActions',
    });
    used.add(works);
    break;
  }

  // "Do you have a power of attorney for your mother?" "No, nothing like that." … "I can give general information.": that
  // the caller had no power of attorney or consent, and so was given only general information, is what the note must
  // show of the call (round 52); the bare question and answer said neither.
  for (const question of all.filter((x) => isAgent(x) && x.isQuestion && !used.has(x) && POWER_OF_ATTORNEY[language].test(x.text))) {
    const answer = all.find((x) => isCaller(x) && x.position > question.position && x.position <= question.position + 2);
    if (!answer || !/^(?:nej|nä|no|nope)(?![\p{L}])/iu.test(answer.text)) continue;
    const general = all.find((x) => isAgent(x) && x.position > answer.position && x.position <= answer.position + 4 && GENERAL_ONLY[language].test(x.text));
    if (!general) continue;
    const whom = POWER_OF_ATTORNEY[language].exec(question.text)?.groups?.whom?.trim();
    const text = language === 'sv'
      ? `Du har ingen fullmakt${whom ? ` för ${whom}` : ''}, så jag kunde bara ge allmän information.`
      : `You have no power of attorney${whom ? ` for ${whom}` : ''}, so I could only give general information.`;
    const gone = new Set([question.position, answer.position, general.position]);
    dropAt(gone);
    facts.push({ text: rewrite({ ...general, text }), segmentIndexes: uniqueSorted([question.segmentIndex, answer.segmentIndex, general.segmentIndex]), position: answer.position, score: 4, section: 'agentActions' });
    for (const x of [question, answer, general]) used.add(x);
    // (The agent's refusal said beside it, "Then I can't look at her case …", is the same.)
    for (const x of all.filter((y) => isAgent(y) && y.segmentIndex === general.segmentIndex && y.position < general.position)) used.add(x);
  }

  // "Får jag prata om ditt ärende med tolken med på linjen?" "Ja, det går bra.", "May I speak with her briefly for consent?"
  // "[mum:] Yes, my child can talk for me.": the consent given on the line is told as consent, by whom and to what (round 53);
  // the bare yes said neither. Only from the customer through an interpreter, or from the relative whose mark opens a part of the answer.
  const viaInterpreter = all.find((x) => isCaller(x) && VIA_INTERPRETER[language].test(x.text));
  for (const x of all) if (isCaller(x) && VIA_INTERPRETER[language].test(x.text)) used.add(x);
  for (const question of all.filter((x) => isAgent(x) && x.isQuestion && CONSENT_ASKED[language].test(x.text))) {
    const turn = transcript.segments.find((seg) => seg.index > question.segmentIndex && seg.speaker !== 'agent');
    if (!turn || turn.index !== question.segmentIndex + 1 || !CONSENT_GIVEN[language].test(turn.text)) continue;
    const mark = /\[(\p{L}+):\]/u.exec(turn.text)?.[1]?.toLowerCase();
    const relative = mark && [...RELATIVES[language].he, ...RELATIVES[language].she].find((r) => [r, `${r}n`, `${r}en`].includes(mark));
    if (!relative && !viaInterpreter) continue;
    const text = relative
      ? language === 'sv'
        ? `Kundens ${relative} var med i samtalet och gav sitt samtycke till att ärendet diskuteras.`
        : `The caller's ${relative} was on the line and gave consent for the case to be discussed.`
      : language === 'sv'
        ? 'Kunden gav sitt samtycke till att tolken hör ärendet.'
        : 'The caller consented to the interpreter hearing the case.';
    const answers = all.filter((x) => x.segmentIndex === turn.index && (CONSENT_GIVEN[language].test(x.text) || x.content < 2));
    facts.push({ text, segmentIndexes: [question.segmentIndex, turn.index], position: answers[0]?.position ?? question.position, score: 4, section: 'callerSaid' });
    for (const x of [question, ...answers]) used.add(x);
  }
  // Someone calls for the customer, who is on the line: "Kan han säga att det är okej att jag pratar med dig?" "Ja, han nickar.
  // Han säger ja.", "Can your mum say that it's all right?" "She says yes, you can talk to me.": the customer's consent is
  // said once, as theirs, not as the caller's yes (round 75). Written in the caller's frame; the note's naming makes the
  // relative "kunden"/"the customer" and the caller "den som ringer"/"the caller".
  const calledFor = callingFor(transcript, language);
  const consentSaid = facts.some((f) => /samtycke|consent/iu.test(f.text));
  if (calledFor && !consentSaid) {
    for (const question of all.filter((x) => isAgent(x) && x.isQuestion && CUSTOMER_OK_ASKED[language].test(x.text))) {
      const turn = transcript.segments.find((seg) => seg.index > question.segmentIndex && seg.speaker !== 'agent');
      if (!turn || turn.index !== question.segmentIndex + 1 || !CUSTOMER_SAYS_YES[language].test(turn.text)) continue;
      const who = calledFor.relation
        ? language === 'sv' ? `Kundens ${calledFor.relation}` : `The caller's ${calledFor.relation}`
        : language === 'sv' ? 'Klienten' : 'The client';
      const text = language === 'sv'
        ? `${who} gav sitt samtycke till att kunden för samtalet.`
        : `${who} consented to the caller speaking for them.`;
      const answers = all.filter((x) => x.segmentIndex === turn.index && (CUSTOMER_SAYS_YES[language].test(x.text) || x.content < 2));
      facts.push({ text, segmentIndexes: [question.segmentIndex, turn.index], position: answers[0]?.position ?? question.position, score: 4, section: 'callerSaid' });
      for (const x of [question, ...answers]) used.add(x);
      break;
    }
  }

  const weigh = (s: Sentence, text = s.text) => factWeight(text, language, findDates(text, language, options.callDate).length > 0).weight;
  /** A question as the clause a note reports it with ("om kunden har bostadstillägg"), in the register's person. */
  const questionClause = (q: Sentence): string | undefined => {
    // "Vittne, kan det vara min granne?": the question after what it is about.
    // "Och hur gör jag, ansöker?": the question before what it adds.
    // "Och pengarna kommer den tjugofemte, har jag förstått?": a tag asks whether what it follows is so (round 60).
    // (Not after someone else's words, "The bank said it's …, is that right?": that is asked as "whether that is right".)
    const asked = ALREADY_HELD[language].test(q.text) ? q.text : q.text.replace(ASKED_TAG[language], '?');
    const parts = asked.replace(/[?.!]+$/u, '').split(/,\s+/u);
    const clause = [asked, parts.at(-1) ?? asked, parts[0] ?? asked]
      .map((t) => indirectQuestion(t, language))
      // Not one that ends on its verb ("whether that automatic is"): the subject was not found.
      .find((c) => c !== undefined && !c.includes(',') && !(language === 'en' && /(?<![\p{L}])(?:is|are|was|were|does|do|did)$/iu.test(c)));
    // (The statement the tag follows is asked as it stands: "om pengarna kommer den tjugofemte".)
    const tagged = asked !== q.text && !clause?.startsWith(language === 'sv' ? 'om ' : 'whether ')
      ? `${language === 'sv' ? 'om' : 'whether'} ${asked.replace(/[?.!]+$/u, '').replace(/^(?:och|så|men|and|so|but)[,\s]+/iu, '').replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())}`
      : undefined;
    // "hur jag, gör ansöker": a question said in pieces makes no clause to write.
    if (tagged && !tagged.includes(',')) return write({ ...q, text: tagged }, all, language).replace(/[.!?]+$/u, '').replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
    if (!clause) return undefined;
    return write({ ...q, text: clause }, all, language).replace(/[.!?]+$/u, '').replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
  };
  /**
   * A fragment that goes on from the speaker's own statement just before, in the same turn
   * ("Den var lägre i år. Nästan tusen kronor lägre i månaden."), is written into it.
   */
  const continues = (s: Sentence, placed: Placed[]): boolean => {
    // Past other fragments of the same turn ("Till en mindre lägenhet. Från första januari.").
    let at = s.position - 1;
    const fragmentAt = (x: Sentence | undefined) => x !== undefined && x.segmentIndex === s.segmentIndex && isFragment(x.text, language);
    // … unless one of them was written with its question: "On the first of October. Eight thousand for the room."
    while (at >= 0 && fragmentAt(all[at]) && !placed.some((f) => f.position === all[at]?.position)) at--;
    const previous = all[at];
    if (!previous || previous.speaker !== s.speaker || previous.segmentIndex !== s.segmentIndex || previous.isQuestion) return false;
    const fact = placed.find((f) => f.position === previous.position);
    // Only a value goes on ("nästan tusen kronor lägre"), and only one not said already ("… 1 400 kronor mindre. 1 400 kronor mindre än i oktober.").
    // (A number said in words is a value too: "Twenty-three years.")
    if (!fact || !(s.specific || weigh(s) > 0 || weigh(s, inDigits(s.text, language)) > 0)) return false;
    // A date goes with an event ("Jag bytte bank. I september."), not with a state ("My daughter lives in Cork. In February.").
    const dated = findDates(s.text, language, options.callDate).length > 0 || factWeight(s.text, language, false).types.includes('date');
    if (dated && !(cues.past.test(previous.text) || cues.fact.test(previous.text) || writing.situation.test(previous.text))) return false;
    const said = new Set(wordsOf(inDigits(fact.text, language)));
    const own = wordsOf(inDigits(s.text, language)).filter((w) => !cues.functionWords.has(w));
    if (own.filter((w) => said.has(w)).length * 2 >= own.length) return true;
    const tail = lowerFirst(rewrite(s), language);
    fact.text = `${fact.text.replace(/[.!]$/u, '')}, ${tail.replace(/[.!]+$/u, '')}.`;
    fact.segmentIndexes = uniqueSorted([...fact.segmentIndexes, s.segmentIndex]);
    fact.score += weigh(s);
    return true;
  };
  /** A value the speaker reads back from the other party's turn just before ("Okej, femtonde januari.", "Tvåtusen tre... och åttahundra."). */
  const echoes = (s: Sentence): boolean => {
    const before = [...all.slice(0, s.position)].reverse().find((x) => x.speaker !== s.speaker);
    if (!before) return false;
    // What was said in the last few turns, the speaker's own included ("… till ettusen åttahundra kronor." … "Okej, ettusen åttahundra.").
    const heard = new Set(
      all.filter((x) => x.position < s.position && x.segmentIndex >= before.segmentIndex - 2).flatMap((x) => wordsOf(inDigits(x.text, language))),
    );
    const own = wordsOf(inDigits(s.text, language)).filter((w) => !cues.functionWords.has(w) && !/^(?:okej|ok|ja|jaha|jo|aha|okay|yes|right|so)$/u.test(w));
    // A number the other party did not say ("February 2027." after "February") is news, not an echo.
    if (own.length > 0 && own.filter((w) => heard.has(w)).length * 2 >= own.length && own.every((w) => !/\d/.test(w) || heard.has(w))) return true;
    // "Okej, åtta tusen femhundra." after the caller's correction, turns after the sum was first said (the correcting
    // sentence itself gone): a sum alone said before in the call is read back, not news (round 34).
    const before2 = new Set(all.filter((x) => x.position < s.position).flatMap((x) => wordsOf(inDigits(x.text, language))));
    return own.length > 0 && own.every((w) => /^\d+$/u.test(w) && before2.has(w));
  };
  /** The agent's sentence shares a content word with the caller's turn just before it. */
  const overlapsCallerTurn = (s: Sentence): boolean => {
    const before = [...all.slice(0, s.position)].reverse().find((x) => x.speaker !== s.speaker);
    if (!before) return false;
    const heard = new Set(all.filter((x) => x.segmentIndex === before.segmentIndex).flatMap((x) => wordsOf(inDigits(x.text, language))));
    return wordsOf(inDigits(s.text, language)).some((w) => !cues.functionWords.has(w) && heard.has(w));
  };
  /** A fragment with a value (an amount, a date) that has no question or statement to go with is kept as it was said. */
  const carriesValue = (s: Sentence) => (s.specific || weigh(s) > 0) && !/(?:\.\.\.|…)/u.test(s.text);
  /** A question with a condition and a question of its own, as an indirect clause with the condition after it. */
  const conditionalQuestion = (q: Sentence): string | undefined => {
    const parts = q.text.replace(/[?.!]+$/u, '').split(/,\s+/u);
    const at = parts.findIndex((p) => writing.condition.test(`${p} `));
    if (at < 0) return undefined;
    const main = parts.slice(at + 1).join(', ') || parts.slice(0, at).join(', ');
    if (wordsOf(main).length < 2) return undefined;
    const indirect = indirectQuestion(`${main.replace(/[,\s]+(?:då|then)$/iu, '')}?`, language);
    if (!indirect || indirect.includes(',')) return undefined;
    const condition = (parts[at] ?? '').replace(/^(?:och|men|så|and|but|so)\s+/iu, '').replace(/[,\s]+(?:då|then)$/iu, '');
    const clause = `${indirect} ${condition.charAt(0).toLowerCase()}${condition.slice(1)}`;
    return write({ ...q, text: clause }, all, language).replace(/[.!?]+$/u, '').replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
  };
  /** "Och om jag byter till den där statliga då, AP7 Såfa?": a question that is only a condition, as "vad som händer om …". */
  const conditionOnlyQuestion = (q: Sentence): string | undefined => {
    const text = q.text
      .replace(/[?.!]+$/u, '')
      .replace(/^(?:och|men|så|and|but|so)[,\s]+/iu, '')
      .replace(/\s+(?:då|then)(?=\s*(?:,|$))/giu, '');
    if (!/^(?:om|ifall|if)\s/iu.test(text) || wordsOf(text).length < 3) return undefined;
    const clause = `${language === 'sv' ? 'vad som händer' : 'what happens'} ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
    return write({ ...q, text: clause }, all, language).replace(/[.!?]+$/u, '').replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
  };
  /**
   * The other party's question that a fragment answers, past the answer's own "Ja, jag har."
   * ("Har någon av er bostadstillägg?" "Ja, jag har. Nittonhundra kronor i månaden ungefär.").
   */
  const questionAnswered = (s: Sentence): Sentence | undefined => {
    let i = s.position - 1;
    const yes = (x: Sentence | undefined) => x !== undefined && x.speaker === s.speaker && x.segmentIndex === s.segmentIndex && x.content < 2;
    while (i >= 0 && yes(all[i])) i--;
    const q = all[i];
    return q && q.speaker !== s.speaker && q.isQuestion && !cues.identification.test(q.text) ? q : undefined;
  };

  // "And at sixty-seven?" "About 12 300.", "Och från Alecta?" "Fyratusen ungefär.": a question that only names what it
  // asks about, answered by a fragment. The answer alone is a copied fragment; with what was asked it is a line ("At 67:
  // about 12 300."). The fragments said with it ("Around thirteen and a half. Roughly 13 500.") are that answer (round 45).
  for (const question of all.filter((s) => s.isQuestion && free(s))) {
    const topic = ellipticTopic(question.text, language);
    const answerSegment = topic === undefined ? undefined : nextSegment(question.segmentIndex, question.speaker === 'agent' ? 'caller' : 'agent');
    // (Only the turn's last sentence: the answer is to it.)
    const last = sentencesOf(question.segmentIndex).at(-1) === question;
    if (topic === undefined || !last || answerSegment === undefined || answerSegment !== question.segmentIndex + 1) continue;
    const said = sentencesOf(answerSegment);
    const fragments: Sentence[] = [];
    for (const s of said) {
      // (Read with its numbers in digits: "Eight thousand two hundred." has no verb, whatever "hundred" ends in.)
      if (!free(s) || s.isQuestion || !isFragment(inDigits(s.text, language), language)) break;
      fragments.push(s);
    }
    // ("Around thirteen and a half. Roughly 13 500.": the value said in full, the most digits.)
    const digits = (t: string) => (t.match(/\d/gu) ?? []).length;
    const withValue = fragments.map((s) => inDigits(rewrite(s), language)).filter((t) => digits(t) > 0).sort((a, b) => digits(b) - digits(a))[0];
    if (!withValue || !/\d/u.test(inDigits(topic, language)) && !/\p{L}{4,}/u.test(topic)) continue;
    used.add(question);
    for (const s of fragments) used.add(s);
    const [answer] = fragments;
    if (!answer) continue;
    facts.push({
      text: `${capitalise(inDigits(topic, language))}: ${lowerValue(withValue)}.`,
      segmentIndexes: segmentsOf(question, ...fragments),
      position: answer.position,
      score: 2 + weigh(answer, `${question.text} ${withValue}`),
      section: isAgent(question) ? 'callerSaid' : 'agentActions',
    });
  }

  // "Och jag behöver inte skicka in något papper?" "Nej, det behövs inte.": a bare "no" says nothing alone; with its
  // question it is the fact that nothing is needed of the caller.
  for (const question of all.filter((s) => isCaller(s) && s.isQuestion && free(s))) {
    const need = NEED_QUESTION[language].exec(question.text.trim());
    const answerSegment = nextSegment(question.segmentIndex, 'agent');
    const answer = answerSegment === undefined ? undefined : sentencesOf(answerSegment)[0];
    if (!need?.[1] || !answer || !free(answer) || !NOT_NEEDED[language].test(answer.text) || FIRST_PERSON_THINGS[language].test(need[1])) continue;
    used.add(question);
    used.add(answer);
    const what = need[1].replace(/\s+/gu, ' ').trim();
    facts.push({
      text: language === 'sv' ? `Kunden behöver inte ${what}.` : `The caller does not need to ${what}.`,
      segmentIndexes: segmentsOf(question, answer),
      position: answer.position,
      score: 2 + weigh(question),
      section: 'agentActions',
    });
  }

  for (const question of all.filter((s) => isCaller(s) && s.isQuestion && free(s))) {
    const answerSegment = nextSegment(question.segmentIndex, 'agent');
    if (answerSegment === undefined || answerSegment !== question.segmentIndex + 1) continue;
    // "Så om jag skickar ett intyg får jag betalt för de dagarna också?" "Ja. …", "Can I sign for him?" "Only if you have a
    // power of attorney.": the caller's yes/no question affirmed, or granted only on a condition, is the statement it asks,
    // with its condition (round 57; the bare yes was dropped and the question reported as "vad som händer om …", or the
    // "only if" stood alone as if it were the rule for anything).
    const opening = sentencesOf(answerSegment).filter((x) => free(x));
    const affirmed = opening[0] && question === sentencesOf(question.segmentIndex).at(-1) ? affirmedQuestion(question.text, opening[0].text, opening[1]?.text, language) : undefined;
    if (affirmed && opening[0]) {
      used.add(question);
      if (affirmed.onlyIf) used.add(opening[0]);
      facts.push({
        // (The question in the caller's person, the condition in the agent's: "you" in it is the caller.)
        text: `${capitalise(write({ ...question, text: affirmed.text }, all, language)).replace(/[.!]+$/u, '')}${
          affirmed.condition ? ` ${write({ ...opening[0], text: affirmed.condition }, all, language).replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()).replace(/[.!]+$/u, '')}` : ''
        }.`,
        segmentIndexes: segmentsOf(question, opening[0]),
        position: opening[0].position,
        score: 2 + weigh(question, `${question.text} ${opening[0].text}`),
        section: 'agentActions',
      });
      continue;
    }
  }

  // "När kommer nästa utbetalning?" "Måndagen den artonde februari.", "When is the first deduction?" "With the March pension,
  // on Monday the eighteenth of March.": the day the agent gives for the agency's payment is its payment, a follow-up on
  // that day by the agency, named by what was asked (or by the benefit the call is about where the question says "it");
  // it had stayed a bare date among the information (round 76).
  // (The question may be the errand line's own, "Quick question: when does sickness benefit come this month?": the line says
  // what was asked, the follow-up the day, round 80.)
  const errandAsked = (x: Sentence) => reason !== undefined && x.position === reason.position && x.segmentIndex === reason.segmentIndex;
  for (const question of all.filter((x) => isCaller(x) && x.isQuestion && (free(x) || errandAsked(x)) && WHEN_PAID[language].test(x.text) && !DECISION[language].test(x.text))) {
    const answerSegment = nextSegment(question.segmentIndex, 'agent');
    if (answerSegment === undefined) continue;
    // (The day may come in the second sentence: "On the eighteenth, like other pensions. The next is Monday the eighteenth of
    // February.")
    const said = sentencesOf(answerSegment).filter((a) => !filler(a) && !a.isQuestion && !cues.empathy.test(a.text)).slice(0, 2);
    const answer = said.find((a) => findDates(a.text, language, options.callDate).length > 0);
    if (!answer || !free(answer) || writing.recurring.test(answer.text)) continue;
    const day = findDates(answer.text, language, options.callDate).find((d) => d.date > options.callDate && !LENGTH.test(d.text));
    // (Only an answer that is the day, or little more: "Together with your pension on Monday …", "If nothing else is missing, on …".)
    if (!day) continue;
    // (The weekday said before the day goes with it: "Måndagen den artonde februari", "Monday the eighteenth of March".)
    const dayAt = answer.text.indexOf(day.text);
    const weekday = /(?:(?<![\p{L}])(?:on\s+)?|^)(?:\p{L}+dag(?:en)?|monday|tuesday|wednesday|thursday|friday)(?:\s+the)?\s+$/iu.exec(answer.text.slice(0, Math.max(0, dayAt)));
    const at = weekday ? weekday.index + (/^on\s/iu.test(weekday[0]) ? 0 : 0) : dayAt;
    if (dayAt < 0 || !PAID_ANSWER[language].test(answer.text.slice(0, at))) continue;
    if (followUp.some((f) => f.followUp?.dueDate === day.date && AGENCY_PAYMENT.test(f.text))) continue;
    // (Not a payment as usual, round 28's, nor a day that is the subject of a clause of its own, "Den 18 augusti är en fredag, så …".)
    const after = answer.text.slice(dayAt + day.text.length).replace(/[.!]+$/u, '');
    if (AS_USUAL[language].test(answer.text) || (after.trim() !== '' && !/^,\s*(?:om|if)\s/iu.test(after))) continue;
    const thing = paidThing(question, all, language);
    if (!thing) continue;
    const from = answer.text.slice(at).replace(/[.!]+$/u, '').replace(/^\p{Lu}(?=\p{Ll})/u, (c) => (language === 'sv' || /^On\s/u.test(answer.text.slice(at)) ? c.toLowerCase() : c));
    const before = answer.text.slice(0, at).replace(/[,\s]+$/u, '').replace(/(?:^|\s+)(?:on|den|på)$/iu, '');
    const condition = /^(?:om|if)\s/iu.test(before) ? before : '';
    const withWhat = !condition && /^(?:together with|with|tillsammans med|med)\s/iu.test(before) ? ` ${before.charAt(0).toLowerCase()}${before.slice(1)},` : '';
    const on = language === 'sv' ? (/^(?:på|den|i)\s/iu.test(from) ? '' : /^\p{L}+dag(?:en)?\s/iu.test(from) ? '' : 'den ') : /^(?:on|at|in)\s/iu.test(from) ? '' : 'on ';
    // ("Första utbetalningen av omställningspensionen kommer …": the first payment is said as coming, not "… betalas ut".)
    const first = /^(?:första utbetalningen|the first payment) |(?:deduction|avdrag)|^(?:utbetalningen|the payment)$/iu.test(thing);
    const text = language === 'sv'
      ? `${capitalise(thing)} ${first ? 'kommer' : 'betalas ut'}${withWhat} ${on}${from}${condition ? `, ${condition.charAt(0).toLowerCase()}${condition.slice(1)}` : ''}.`
      : `${capitalise(thing)} ${/s$/u.test(thing) && !/^the (?:first|next) /iu.test(thing) ? 'are' : 'is'} ${first ? 'made' : 'paid'}${withWhat} ${on}${from}${condition ? `, ${condition.charAt(0).toLowerCase()}${condition.slice(1)}` : ''}.`;
    used.add(question);
    used.add(answer);
    followUp.push({
      text: rewrite({ ...answer, text }),
      segmentIndexes: segmentsOf(question, answer),
      followUp: { kind: 'other', dateText: day.text, dueDate: day.date, preposition: 'on' },
      position: answer.position,
      score: 2,
    });
  }

  // The caller's questions and the agent's answers: information given. A condition in the
  // question ("Om jag väntar till 67?") stays with the answer ("Då blir det 22 000 kronor").
  for (const question of all.filter((s) => isCaller(s) && s.isQuestion && free(s) && s.content >= 1)) {
    const answerSegment = nextSegment(question.segmentIndex, 'agent');
    if (answerSegment === undefined) continue;
    // "Do you think I'm lying?" "No. I'm sorry, I know this is a hard decision to get. Let me read it.": a yes/no question
    // answered by a bare "No." that opens the turn, where the next sentence only goes to look, is answered no; the looking
    // is no answer (round 79: "Asked whether the agency thinks the caller is lying, the agent said: the caller is asked to
    // let the agent read it." dropped the no, and read as if the agent had not denied it). An answer that goes on with
    // what is so ("No. Germany is in the EU, so …") is written as before.
    // (Also a short question, "Do you think I'm faking it?", which is otherwise kept only with a fragment answer.)
    // (Not a question asked in the negative, "Så pensionen stoppas inte?" "Nej.": that no agrees, and "svarade nej" would deny it.)
    const looked = sentencesOf(answerSegment).find((s) => free(s) && !filler(s) && !s.isQuestion && !cues.empathy.test(s.text));
    const opening = sentencesOf(answerSegment)[0];
    const bareNo = opening && ((!looked && question.content >= 2) || (looked && GOES_TO_LOOK[language].test(looked.text))) && BARE_NO[language].test(opening.text.trim()) && !ASKED_IN_NEGATIVE.test(question.text) ? questionClause(question) : undefined;
    if (opening && bareNo?.startsWith(language === 'sv' ? 'om ' : 'whether ')) {
      used.add(question);
      used.add(opening);
      if (looked) used.add(looked);
      facts.push({
        text: language === 'sv' ? `På frågan ${bareNo} svarade handläggaren nej.` : `Asked ${bareNo}, the agent said no.`,
        segmentIndexes: segmentsOf(question, opening),
        position: opening.position,
        score: 2 + weigh(question),
        section: 'agentActions',
      });
      continue;
    }
    // "When will there be a decision?" "Usually within about six weeks.": a short question is kept only with an answer
    // that says nothing without it, so that the answer is not left alone in the note (round 60).
    if (question.content < 2) {
      const bare = sentencesOf(answerSegment).find((s) => free(s) && !filler(s) && !s.isQuestion && !cues.empathy.test(s.text));
      const clause = questionClause(question);
      // (A clause that asks, "när det kommer", "what they need"; not "när den är" answered by a date, which would be
      // written as the statement "Den är på fredag …" with nothing to say what "den" is.)
      if (!bare || !isFragment(bare.text, language) || !clause || !ASKS[language].test(clause) || /^(?:när|when)\s+(?:den|det|it|de|they)\s+(?:är|blir|is|are)(?![\p{L}])/iu.test(clause)) continue;
    }
    // "And if I don't sign it?" "Then the full amount is due on the fifteenth of October. You also have the right …": the
    // answer that goes on from the condition ("Then …") is the first one, though a follow-up took it already; the condition
    // goes with that line, never a later sentence with the question (round 57: the due date stood as a plain fact, and the
    // right to a review was written as what happens if the caller does not sign).
    const first = sentencesOf(answerSegment).find((s) => !filler(s) && !s.isQuestion && !cues.empathy.test(s.text));
    if (first && !free(first) && writing.condition.test(`${question.text} `) && writing.thenClause.test(first.text)) {
      const taken = followUp.find((f) => f.position === first.position);
      if (taken) {
        taken.text = conditionalText(question, first, all, language, options.callDate);
        taken.segmentIndexes = uniqueSorted([...taken.segmentIndexes, question.segmentIndex]);
      }
      used.add(question);
      continue;
    }
    const answer = sentencesOf(answerSegment).find((s) => free(s) && !filler(s) && !s.isQuestion && !cues.empathy.test(s.text));
    if (!answer) continue;
    // "Is anything missing in the application?" "No, it's complete. It's waiting to be handled.": a short no that opens the
    // turn (too short to be kept itself) goes with the answer written beside the question; the next sentence alone read as if
    // something were missing (round 81). (Not a question asked in the negative, where the no agrees.)
    const openedNo = opening !== undefined && opening.position < answer.position && filler(opening) && SAYS_NO[language].test(opening.text) && !ASKED_IN_NEGATIVE.test(question.text);
    const withNo = (written: string) => keptNo(openedNo ? (opening?.text ?? answer.text) : answer.text, written, language);
    used.add(question);
    used.add(answer);
    // "Hur lång tid tar posten?" "Två till tre veckor.": a fragment is written with its question, or not at all.
    if (isFragment(answer.text, language)) {
      // "And if I wait until 67, will it be more?" "About 15 000.": the condition stays with what is asked.
      const clause = (writing.condition.test(`${question.text} `) ? conditionalQuestion(question) : undefined) ?? questionClause(question);
      if (clause) {
        facts.push({
          text: answerWithQuestion(clause, withNo(rewrite(answer)), 'agent', language),
          segmentIndexes: segmentsOf(question, answer),
          position: answer.position,
          score: 2 + weigh(answer, `${question.text} ${answer.text}`),
          section: 'agentActions',
        });
      } else if (carriesValue(answer)) {
        // "Hur mycket mindre blir skatten nu?" "Ungefär ettusen etthundra kronor mindre i månaden.": a question with no clause
        // to report leaves its answer's amount to be kept as said, not dropped with the question (round 50).
        used.delete(answer);
      }
      continue;
    }
    // An answer that restates the condition itself ("Om du flyttar till Turkiet upphör …") stands alone.
    const conditional = !writing.conditionFirst.test(answer.text) && (writing.condition.test(`${question.text} `) || writing.thenClause.test(answer.text));
    // "Och om jag väljer en räntefond nu, blir det säkrare då?": a question of its own after the condition is asked,
    // not said: reported with its condition ("På frågan om det blir säkrare om kunden väljer …"), never as a fact.
    const askedIf = conditional && writing.condition.test(`${question.text} `) ? conditionalQuestion(question) : undefined;
    // "Och om jag byter till AP7 Såfa?" "Du kan byta fonder när du vill …": an answer that does not go on from the
    // condition ("Då …") does not make the condition come true; the question is reported ("vad som händer om …").
    const whatIf = !askedIf && conditional && !writing.thenClause.test(answer.text) ? conditionOnlyQuestion(question) : undefined;
    const reportedAs = askedIf ?? whatIf;
    const text = reportedAs
      ? answerWithQuestion(reportedAs, withNo(rewrite(answer)), 'agent', language)
      : conditional
      ? conditionalText(question, answer, all, language, options.callDate)
      : answer.content < 3
        ? // "Kan man inte göra det på telefon?" "Vi behöver underlaget.": the question reported, not quoted.
          ((clause) => (clause ? answerWithQuestion(clause, withNo(rewrite(answer)), 'agent', language) : `${rewrite(question)} ${openedNo ? capitalise(withNo(rewrite(answer))) : rewrite(answer)}`))(questionClause(question))
        : rewrite(answer);
    facts.push({
      text,
      segmentIndexes: segmentsOf(question, answer),
      position: answer.position,
      score: 2 + weigh(answer, `${question.text} ${answer.text}`),
      section: 'agentActions',
    });
  }

  // "Oh no, I called the wrong number. Sorry.", "Åh, då har jag ringt fel.": said among exclamations and apologies, it is
  // still a fact of the call, written plainly.
  for (const said of all.filter((s) => isCaller(s) && free(s) && !s.isQuestion)) {
    const wrong = CALLED_WRONG[language].exec(said.text);
    if (!wrong) continue;
    used.add(said);
    facts.push({
      text: language === 'sv' ? `Kunden har ringt fel${wrong[1] ? ` ${wrong[1].toLowerCase()}` : ''}.` : `The caller called the wrong ${(wrong[1] ?? 'number').toLowerCase()}.`,
      segmentIndexes: segmentsOf(said),
      position: said.position,
      score: 2,
      section: 'callerSaid',
    });
  }

  // What the caller told: substantial statements, facts with numbers and dates first.
  // A short fragment with a value ("I september.") is looked at too: it may go on from the statement before.
  // "Hur gammal är du?" "Sextioett.": a number said in words answers as one in digits would.
  // (The whole answer: "Vi gifte oss sextioåtta. Nittonhundrasextioåtta." says it again.)
  const saysNumber = (s: Sentence) =>
    !s.specific && all[s.position - 1]?.segmentIndex !== s.segmentIndex && /\d/.test(inDigits(withoutPlaceholders(s.text), language));
  const shortValue = (s: Sentence) => isFragment(s.text, language) && s.content >= 1 && (s.specific || weigh(s) > 0 || saysNumber(s));
  // "Det var skönt att höra, jag har inte kunnat tänka klart", "Ha, okay, I'll make sure I'm alive": a reaction
  // to what the agent said is no fact, unless it carries one (an amount, a date, a decision).
  const reactionOnly = (s: Sentence) => writing.reaction.test(s.text) && !s.specific && weigh(s) < 1.5;
  // "Min man har en bra tjänstepension, och min väninna sa att …": the fact before the hearsay stays.
  for (const s of all.filter((s) => isCaller(s) && free(s))) {
    const heard = HEARSAY[language].exec(s.text);
    const before = heard ? s.text.slice(0, heard.index).replace(/,?\s*(?:och|men|and|but)?\s*$/iu, '') : '';
    if (heard && heard.index > 0 && /,\s*(?:(?:och|men|and|but)\s+)?$/iu.test(s.text.slice(0, heard.index)) && contentWords(before, cues) >= 3) {
      s.text = `${before}.`;
      s.words = wordsOf(s.text);
      s.content = contentWords(s.text, cues);
    }
  }
  for (const said of all.filter((s) => isCaller(s) && free(s) && (!filler(s) || shortValue(s)) && !s.isQuestion && !feelingOnly(s) && !reactionOnly(s) && !RHETORICAL[language].test(s.text) && !HEARSAY[language].test(s.text) && !DROPPED_QUESTION[language].test(s.text))) {
    // Talk about the call itself ("I'm calling from Perth, so sorry if the line's bad") is no fact; what follows it may be.
    const s = withoutTalkAboutTheCall(said);
    if (!s) continue;
    // "Jag söker väl i så fall på Mina sidor nån gång i oktober", "I'll probably apply in October if I do": a plan under
    // a decision the caller has not made is neither a fact nor a task; written plainly it would read as decided (round 43).
    if (HEDGED_PLAN[language].test(s.text)) {
      used.add(said);
      continue;
    }
    // A short answer to the agent's question ("Hur länge var ni gifta?" "Vi var gifta i fyrtioett år.") is a fact.
    const asked = all[s.position - 1];
    const answers = asked !== undefined && asked.speaker === 'agent' && asked.isQuestion && !cues.identification.test(asked.text);
    // "15 januari.", "Nittonhundra kronor i månaden ungefär.": a fragment stands in a note only with the question it answers.
    // "Att de utreder min folkbokföring.": an answer said as a clause of the question it answers.
    const thatClause = THAT_CLAUSE[language].test(s.text);
    if (thatClause && !questionAnswered(s)) {
      const clause = rewrite({ ...s, text: s.text.replace(THAT_CLAUSE[language], '') });
      used.add(said);
      facts.push({
        text: `${writing.reports} ${clause.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())}`,
        segmentIndexes: segmentsOf(s),
        position: s.position,
        score: Math.min(s.content, 10) / 10 + (s.specific ? 0.5 : 0) + weigh(s),
        section: 'callerSaid',
      });
      continue;
    }
    if (isFragment(s.text, language) || thatClause) {
      const question = questionAnswered(s);
      const clause = question && questionClause(question);
      if (question && clause && (s.specific || s.content >= 2 || (saysNumber(s) && ASKED_VALUE[language].test(question.text))) && !echoes(s)) {
        used.add(said);
        facts.push({
          text: ownAge(question.text, s.text, language) ?? answerWithQuestion(clause, keptNo(s.text, rewrite(s), language), 'caller', language),
          segmentIndexes: segmentsOf(question, s),
          position: s.position,
          score: 0.5 + (s.specific ? 0.5 : 0) + weigh(s, `${question.text} ${s.text}`),
          section: 'callerSaid',
        });
        continue;
      }
      // With no question to answer, a value goes with the caller's statement just before it, written or not yet
      // ("Now she also pays for her room there. Eight thousand for the room."); with nothing to go with, it is left out.
      used.add(said);
      if (continues(s, facts) || !carriesValue(s)) continue;
      const previous = all[s.position - 1];
      // Not when both say a number: "Hon kom nittiosju. … nittioåtta, i augusti nittioåtta" restates (or corrects) it.
      const number = (t: string) => /\d/u.test(inDigits(t, language));
      if (previous && free(previous) && previous.speaker === s.speaker && previous.segmentIndex === s.segmentIndex && !previous.isQuestion && !isFragment(previous.text, language) && previous.content >= 2 && !(number(previous.text) && number(s.text))) {
        used.add(previous);
        facts.push({
          text: `${rewrite(previous).replace(/[.!]$/u, '')}, ${lowerFirst(rewrite(s), language).replace(/[.!]+$/u, '')}.`,
          segmentIndexes: segmentsOf(previous, s),
          position: previous.position,
          score: Math.min(previous.content, 10) / 10 + weigh(previous) + weigh(s) + 0.5,
          section: 'callerSaid',
        });
      }
      continue;
    }
    if (s.content < 3 && !(s.content === 2 && (cues.fact.test(s.text) || answers))) continue;
    // The agent asked for it because the errand needs it.
    const score =
      Math.min(s.content, 10) / 10 +
      (cues.problem.test(s.text) ? 1 : 0) +
      (s.specific ? 0.5 : 0) +
      (s.onTopic ? 0.5 : 0) +
      (answers ? 0.5 : 0) +
      weigh(s);
    facts.push({ text: asOpinion(rewrite(s), language), segmentIndexes: segmentsOf(s), position: s.position, score, section: 'callerSaid' });
    used.add(said);
  }

  // What the agent told or did; a condition in the sentence before stays with its consequence.
  for (const s of all.filter((s) => isAgent(s) && free(s) && !filler(s) && !s.isQuestion && !cues.empathy.test(s.text))) {
    const informs = cues.information.test(s.text);
    // ("Du har etthundratrettiofem dagar kvar.": a figure said in words, in a sentence of its own, is as specific as one in
    // digits, round 85; a bare figure, "Artonhundrasjuttio.", still answers or echoes, below.)
    const figure = /\d{2}/u.test(inDigits(withoutPlaceholders(s.text), language)) && !isFragment(inDigits(s.text, language), language);
    if (!informs && !s.onTopic && !s.specific && !figure && s.content < 4 && weigh(s) === 0) continue;
    // The agent's fragment answers no question of the caller's (those were taken above): an echo ("Okej, femtonde januari.") or a heading.
    if (isFragment(s.text, language) && (echoes(s) || continues(s, facts) || !carriesValue(s))) {
      used.add(s);
      continue;
    }
    // "Femtonhundra kronor extra i månaden." after the caller's "femtonhundra i månaden", "February 2027." after
    // "February": the agent confirms what the caller said, with what it adds.
    const confirms = isFragment(s.text, language) && overlapsCallerTurn(s);
    // "Sen upphör den.": what comes after goes with the agent's statement it follows, past the caller's "Och sen då?".
    const previous = all[s.position - 1];
    // "Om du väntar till 67. Då blir det 22 000.": a condition said alone before its consequence. A statement
    // that only ends in a condition ("All inkomst räknas in, också om hon får efterlevandepension. Så …") stands alone.
    // "Och om den kommer efter?" "Då blir första utbetalningen i februari.": the caller's condition, asked, goes with it too.
    const askedWith = conditionAsked(s, all, language);
    const withCondition =
      askedWith !== undefined ||
      (writing.thenClause.test(s.text) &&
        previous !== undefined &&
        (previous.segmentIndex === s.segmentIndex || (isCaller(previous) && previous.isQuestion)) &&
        isBareCondition(previous.text, language));
    const after = !withCondition && THEN_SHORT[language].test(s.text) && s.content <= 3
      ? facts.filter((f) => f.section === 'agentActions' && f.position >= s.position - 4).at(-1)
      : undefined;
    if (after) {
      after.text = `${after.text.replace(/[.!]$/u, '')}, ${rewrite(s).replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())}`;
      after.segmentIndexes = uniqueSorted([...after.segmentIndexes, s.segmentIndex]);
      used.add(s);
      continue;
    }
    // The condition went into a line of its own on the way (it carried a value): the joined line replaces it.
    if (withCondition) facts.splice(0, facts.length, ...facts.filter((f) => !(f.section === 'agentActions' && f.position === previous.position)));
    const score = Math.min(s.content, 10) / 10 + (informs ? 1 : 0) + (s.specific || figure ? 0.5 : 0) + (s.onTopic ? 0.5 : 0) + weigh(s);
    facts.push({
      text: withCondition
        ? conditionalText(askedWith ?? previous, s, all, language, options.callDate)
        : confirms
          ? `${language === 'sv' ? 'Handläggaren bekräftade' : 'The agent confirmed'}: ${lowerFirst(rewrite(s), language)}`
          : rewrite(s),
      segmentIndexes: withCondition ? segmentsOf(previous, s) : segmentsOf(s),
      position: s.position,
      score,
      section: 'agentActions',
    });
    if (withCondition) used.add(previous);
    used.add(s);
  }

  // "Jag är åttiotre år och jag kommer inte in": the age left the errand line and is told here.
  const age = said && agesTold.get(said);
  if (said && age) {
    facts.push({ text: rewrite({ ...said, text: age }), segmentIndexes: segmentsOf(said), position: said.position, score: 2, section: 'callerSaid' });
  }
  if (errandRest && errandRest.content >= 2) {
    facts.push({ text: rewrite(errandRest), segmentIndexes: segmentsOf(errandRest), position: errandRest.position, score: 1 + weigh(errandRest), section: 'callerSaid' });
  }
  // A caller who calls in a role of their own ("jag är advokat", "I'm a solicitor") is named by it in the errand line.
  const role = all.filter(isCaller).map((s) => writing.role.exec(s.text)?.[1]?.toLowerCase()).find((r) => r !== undefined);
  // "Handläggaren kan skicka hem en blankett." … "Handläggaren skickar den till adressen i Spanien.": the same sending
  // said again with where it goes is one task; the second sentence tells where, under what the agent told.
  // "Jag skickar en kopia av beslutet med beräkningen i dag." "Jag har redan beslutet. Skicka beräkningen då." "Då skickar
  // jag beräkningen.": what the agent settles on sending replaces the offer it narrows, on the offer's day (round 17).
  // (With the thing named, not "den"/"it": "Då skickar jag den i dag" dates the offer, above.)
  for (const settled of followUp.filter((f) => f.followUp?.kind === 'sendDocument' && !f.followUp.dueDate && SETTLED[language].test(all[f.position]?.text ?? '') && !PRONOUN_OBJECT[language].test(all[f.position]!.text))) {
    const offer = followUp.filter((f) => f !== settled && f.position < settled.position && f.position >= settled.position - 8 && f.followUp?.kind === 'sendDocument' && sharesWord(f.text, settled.text)).at(-1);
    if (!offer) continue;
    // (The offer's day stays: "i dag" said with the offer.)
    offer.text = offer.followUp?.dateText && !settled.text.includes(offer.followUp.dateText) ? settled.text.replace(/[.!]$/u, ` ${offer.followUp.dateText}.`) : settled.text;
    offer.segmentIndexes = uniqueSorted([...offer.segmentIndexes, ...settled.segmentIndexes]);
    followUp.splice(followUp.indexOf(settled), 1);
  }
  for (const again of sameSendingAgain(followUp, language)) {
    followUp.splice(followUp.indexOf(again), 1);
    facts.push({ text: again.text, segmentIndexes: again.segmentIndexes, position: again.position, score: 2, section: 'agentActions' });
  }
  // "Handläggaren skickar ett utdrag i dag." … "Utdraget kommer med posten.", "The caller will have it within a week.": when what
  // the agent sends arrives is the same task, said to the end; it goes with the task, not as a second one.
  for (const arrival of arrivalsOfSent(followUp)) {
    const sent = followUp.filter((f) => f.position < arrival.position && f.followUp?.kind === 'sendDocument').at(-1);
    // (The thing named again, or a pronoun for it.)
    if (!sent || !(PRONOUN_OBJECT[language].test(arrival.text) || /^(?:de|they)\s/iu.test(arrival.text) || sharesWord(sent.text, arrival.text))) continue;
    followUp.splice(followUp.indexOf(arrival), 1);
    // ("…, jag skickar den ju i dag": the sending said again after the arrival is already the task.)
    sent.text = `${sent.text} ${arrival.text.replace(/,\s+(?:handläggaren|the agent)\s+(?:skickar|postar|sends|posts|will (?:send|post))\s[^.]*(?=[.!]?$)/iu, '')}`;
    sent.segmentIndexes = uniqueSorted([...sent.segmentIndexes, ...arrival.segmentIndexes]);
  }
  // A task dated before the call is no task after it: a date misread, or what was promised before. Written
  // in the present tense it would be false anywhere in the note, so it goes (round 11).
  // (Unless the sentence names a day ahead as well: "…, beslutet skickades i förrgår, och första utbetalningen kommer den
  // 18 augusti" is dated by the payment; dropped, the decided errand was lost, round 62.)
  for (const past of followUp.filter((f) => f.followUp?.dueDate !== undefined && f.followUp.dueDate < options.callDate)) {
    // (Another day, not the same one read again a year ahead: "… ringer upp kunden den 28 juli" told of an earlier call.)
    const ahead = findDates(past.text, language, options.callDate).find((d) => d.date >= options.callDate && d.date.slice(5) !== past.followUp?.dueDate?.slice(5));
    if (ahead && past.followUp) past.followUp = { ...past.followUp, dateText: ahead.text, dueDate: ahead.date, preposition: prepositionOf(past.text, ahead.text, writing) };
    else followUp.splice(followUp.indexOf(past), 1);
  }
  // (Two ways offered and one chosen: the agent's way taken is told by what follows; the caller's own way is the task, round 49.)
  for (const offer of [...followUp]) {
    const said = all.find((x) => x.position === offer.position);
    const chosen = said && eitherWayChosen(said, all, language);
    if (chosen === 'agent') followUp.splice(followUp.indexOf(offer), 1);
    if (chosen === 'caller') offer.text = ownWayOnly(offer.text, language);
    // (Two ways of the caller's own, "Upload it on My Pages, or post a copy." "I'll post it.": the one taken, round 86.)
    if (!chosen && said) offer.text = oneWayTaken(offer.text, said, all, language);
  }
  // "Jag kan ringa upp dig på fredag." … "jo, här är den. … Då behöver jag inte ringa dig på fredag.", "I can post it to you."
  // "Can I print it myself?" "Yes … Then I won't post it.": what the agent takes back later in the call is no task (round 26).
  // (In the sentence, or in the caller's words it answers: "En blankett? Jag vill inte vänta på någon blankett." "Nej, du har
  // rätt, det behövs inte.")
  const answered = (a: Sentence) => all.filter((c) => isCaller(c) && c.segmentIndex === a.segmentIndex - 1).flatMap((c) => c.words);
  for (const task of followUp.filter((f) => /^(?:Handläggaren|The agent)\s/u.test(f.text))) {
    const said = Math.max(...task.segmentIndexes);
    const verbs = wordsOf(task.text).filter((w) => TASK_VERBS.has(w));
    const sameTask = (w: string) => verbs.includes(w) || (TASK_VERBS.has(w) && verbs.some((v) => TASK_VERBS.get(v) === TASK_VERBS.get(w)));
    const takenBack = all.some((a) => isAgent(a) && a.segmentIndex > said && TASK_CANCELLED[language].test(a.text) && [...a.words, ...answered(a)].some(sameTask));
    if (takenBack) followUp.splice(followUp.indexOf(task), 1);
  }
  // "Min granne säger att man måste ha bott här i fyrtio år." "Nej, inte riktigt. …": what the agent then
  // corrects is the caller's belief, not a fact of the case; the note keeps the agent's correction (issue 14).
  const nextTurn = (segment: number) => transcript.segments.find((x) => x.index > segment && x.text.trim() !== '');
  const believed = (f: Placed) =>
    f.section === 'callerSaid' &&
    f.segmentIndexes.some((i) => {
      const next = nextTurn(i);
      // (A denial of what the agency did takes only the caller's sentence about the agency: "Myndigheten har alltså tappat …".)
      const aboutTheAgency = /^(?:(?:så|och|men|so|and|but),?\s+)?(?:myndigheten|the agency)(?![\p{L}])/iu.test(f.text) && AGENCY_DENIES[language].test(next?.text.trim() ?? '');
      const turn = transcript.segments.find((x) => x.index === i)?.text ?? '';
      return next?.speaker === 'agent' && (AGENT_CORRECTS[language].test(next.text.trim()) || aboutTheAgency || otherFigure(f.text, turn, next.text));
    }) ||
    // (A value the agent put right and the caller took, `latestValues`: the note has it as the agent's.)
    (f.section === 'callerSaid' && all.find((x) => x.position === f.position)?.valueFrom === 'agent');
  // "Yes, about nineteen hundred a month." "One thousand eight hundred and sixty.": the caller's figure, which the agent's
  // next turn gives otherwise from the records, is superseded (the agent's figure is in the note).
  // (Of the same size: "I had sixty thousand" and "forty-eight thousand three hundred", not a fee of 30 beside it.)
  function otherFigure(said: string, turn: string, answer: string): boolean {
    // (Amounts, "1 900", "2 460", "48 300"; not years, "1975", "2029".)
    const figures = (text: string) =>
      [...inDigits(text, language).matchAll(/\d{1,3}(?:[ \u00a0]\d{3})+|\d{3,}/gu)].filter((m) => !/^(?:19|20)\d\d$/u.test(m[0])).map((m) => Number(m[0].replace(/\D/gu, ''))).filter((n) => n >= 100);
    const caller = figures(said);
    // (The caller's one figure in the turn: a turn with several, "7 800 … nej, 7 580. Förut var den 7 200", corrects or
    // compares them itself.)
    if (figures(turn).some((n) => !caller.includes(n))) return false;
    // (The agent's first sentence: the figure alone, "One thousand eight hundred and sixty.", or read from the records,
    // "Jag ser att du har 2 460 kronor", "The amount moved was 48 300".)
    const first = answer.trim().split(/(?<=[.!?])\s+/u)[0] ?? '';
    if (wordsOf(first).length > 8 && !FROM_RECORDS.test(first)) return false;
    const agent = figures(first);
    return caller.length > 0 && agent.length > 0 && caller.every((c) => !agent.includes(c) && agent.some((a) => a / c >= 0.4 && a / c <= 2.5));
  }
  // "Jag kan skicka en specifikation, om du vill." "Nej, strunta i det.": an offer declined is neither task nor information (round 30).
  const declined = (f: Placed) => {
    const said = all.find((x) => x.position === f.position);
    if (said?.speaker !== 'agent' || (!AGENT_OFFERS[language].test(said.text) && !IF_YOU_LIKE[language].test(said.text))) return false;
    return offerDeclined(said, all, language);
  };
  // "Jag tänkte ringa banken i morgon …" … "Nej, då låter jag det vara.": the caller's own plan given up is neither fact nor
  // task (round 64).
  const givenUp = (f: Placed) => {
    const said = all.find((x) => x.position === f.position);
    return said !== undefined && callersPlanGivenUp(said, all, language);
  };
  for (const task of followUp.filter(givenUp)) followUp.splice(followUp.indexOf(task), 1);
  const kept = withinBudget(
    facts.filter((f) => !believed(f)).flatMap((f) => {
      // (A plan given up is told as given up when its form allows, "Kunden ska inte begära omprövning (ändrade sig)".)
      if (givenUp(f)) {
        const text = planGivenUp(f.text, language);
        return text ? [{ ...f, text }] : [];
      }
      // (A sentence that gives another way too keeps it: "Du kan välja på Mina sidor, eller så kan jag skicka en blankett".)
      const said = all.find((x) => x.position === f.position);
      const chosen = said && eitherWayChosen(said, all, language);
      if (chosen === 'agent') return [];
      if (chosen === 'caller') return [{ ...f, text: ownWayOnly(f.text, language) }];
      const taken = said ? oneWayTaken(f.text, said, all, language) : f.text;
      if (taken !== f.text) return [{ ...f, text: taken }];
      if (!declined(f) || OR_ELSE[language].test(f.text)) return [f];
      const text = declinedOffer(f.text, language);
      return text ? [{ ...f, text }] : [];
    }),
  );
  const sections = {
      reason: reason
        ? [
            {
              text: withoutRelativesWords((outbound ? outboundLine(outbound, rewrite, language) : withBenefit(reason, asCallersClaim(reason, language, asCallersCharge(reason, language, asCorrectedBelief(reason, transcript, language, pointOfStory(withoutOutburst(withRole(
                detail
                  ? askedInLine && askedText
                    ? afterEvent(joinErrand(rewrite(reason), rewrite(detail), language), askedText, language)
                    : detailAskedText
                      ? afterEvent(joinErrand(rewrite(reason), rewrite(detail), language), detailAskedText, language)
                      : joinErrand(rewrite(reason), rewrite(detail), language)
                  : event
                    ? afterEvent(rewrite(event), reported(reason) ?? rewrite(reason), language)
                    : whyOf
                    ? afterEvent(rewrite(whyOf), BARE_WHY.test(reason.text) ? WANTS_TO_KNOW_WHY[language] : (reported(reason) ?? rewrite(reason)), language)
                    : askedText
                      ? afterEvent(rewrite(writing.situation.test(reason.text) ? eventOnly(reason, askedText, writing.situation) : reason), askedText, language)
                      : (reported(reason) ?? rewrite(reason)),
                role,
                language,
              ), language), language)), transcript)), topic, language, options.taxonomy, all)) + (moreThings.length > 0 ? ` ${ALSO[language]}: ${moreThings.map(([, thing]) => reported(thing) ?? rewrite(thing)).join(' ')}` : '') +
                // "Samtalet fördes via tolk på arabiska.": how the errand was brought, beside it (round 53).
                (viaInterpreter ? ` ${viaInterpreter.text.replace(/^(?:Jag ringer|I'm calling)/u, CALL_MADE[language])}` : '')),
              segmentIndexes: segmentsOf(reason, ...[detail, background, whyOf, asked, detailAskedText ? detailAsked : undefined, ...moreThings.map(([, thing]) => thing)].filter((s): s is Sentence => s !== undefined)),
            },
          ]
        : [],
      callerSaid: ordered([...fixed, ...kept.filter((f) => f.section === 'callerSaid')]),
      agentActions: ordered(kept.filter((f) => f.section === 'agentActions')),
      followUp: ordered(
        [...oneCallBack(followUp)]
          .filter((f) => !doneBeforeAsked(f, all, language))
          .flatMap((f) => splitByDoers(f, language, options.callDate))
          .flatMap((f) => splitOwnCallBack(f, language, options.callDate))
          .sort((a, b) => b.score - a.score || a.position - b.position)
          .slice(0, FOLLOW_UP_LIMIT)
          // "Kunden skickar den i dag" → "Kunden skickar blanketten i dag": the task's object named.
          .map((f) => ({ ...f, text: nameTheObject(f.text, all.slice(0, f.position).map((x) => x.text), language) }))
          .map((f) => (f.followUp?.kind === 'decision' ? { ...f, text: nameTheDecision(f.text, language) } : f))
          // "Handläggaren kan skicka en beräkning." "Ja, gör det.": an offer taken is what the agent does.
          // ("…, om kunden vill." "Ja, gör det.": the offer's "if you like" is met once taken, and goes with it, round 58.)
          .map((f) => (offerTaken(f, all, language) ? { ...f, text: f.text.replace(OFFERED_AS_TASK[language].pattern, OFFERED_AS_TASK[language].task).replace(IF_LIKED_AT_END[language], '') } : f))
          // "Handläggaren skickar en blankett för omprövning", "The agent will post the form": what the agent sends with no
          // day named goes out after the call, on the day of it; not an option told ("the agent can post it", round 35).
          // "It should be with us by the thirty-first of May", "Blanketten ska vara hos oss senast den 20 juni": the document the
          // agency wants back by a day is the caller's to send, said so with the caller as the one who acts (round 35).
          .map((f) => wantedBackByCaller(f, all, language))
          // ("… the form. It'll go out in Monday's post, our post has gone for today": a day the sending is given in the
          // sentence joined to it is its day, not the call's, round 42.)
          .map((f) => {
            if (f.followUp?.kind !== 'sendDocument' || f.followUp.dueDate || !today || !AGENT_FIRST_SENDS[language].test(f.text)) return f;
            const day = findDates(f.text, language, options.callDate).find((d) => d.date >= options.callDate);
            // ("We'll send you a new form next year": a later time said with no day is no sending on the call's day, round 81.)
            if (!day && LATER_TIME[language].test(f.text)) return f;
            return { ...f, followUp: { ...f.followUp, dateText: (day ?? today).text, dueDate: (day ?? today).date, preposition: 'on' as const } };
          }),
      ),
  };
  // "Ärende: Kunden trodde att myndigheten har avslagit hens sjukpenning; handläggaren förklarade: här finns inget beslut
  // alls, …": an errand line told as the caller's belief (the agent's next turn refuted it) says what the agent said is
  // true beside it; the line alone had the wrong belief and not what is so (round 70). The agent's first statements of
  // that turn, as the note tells them, no question, at most two and short.
  // (And an errand the agent's next turn opens by saying no to, "Nej, pensionen betalas ut den artonde", "No, you haven't.
  // You can give notice afterwards": what is so goes beside the caller's question or belief as it stands.)
  const [beliefLine] = sections.reason;
  const agentReply =
    reason && beliefLine && !outbound ? transcript.segments.find((x) => x.index > reason.segmentIndex && x.text.trim() !== '') : undefined;
  // (A line that says already what the caller thinks, "… and they think they have missed a deadline", gets it when the
  // reply denies it in the caller's own word: "There's no deadline in it".)
  const stem5 = (text: string) => wordsOf(text).filter((w) => w.length >= 5).map((w) => w.toLowerCase().slice(0, 5));
  const deniedInTheirWord = (reply: string) =>
    reply
      .split(/(?<=[.!?])\s+/u)
      .slice(0, 3)
      .some((x) => DENIES_THAT[language].test(x) && stem5(x).some((w) => stem5(reason!.text).includes(w)));
  const refutedBy =
    agentReply &&
    (BELIEF_LINE[language].test(beliefLine!.text) ||
      // (Not a question the caller asks plainly, "would like to know if they still get …": a no answers it, and the line
      // stays the question, approvable-r3.)
      (SAYS_NO[language].test(agentReply.text.trim()) && !ASKS_IF[language].test(beliefLine!.text)) ||
      (THINKS_LINE[language].test(beliefLine!.text) && deniedInTheirWord(agentReply.text)))
      ? agentReply
      : undefined;
  if (beliefLine && refutedBy?.speaker === 'agent') {
    const told: string[] = [];
    for (const f of kept
      // (Not a rule heard from someone else, "en kompis sa att …", told in the turn: that is the belief, not what is so; nor
      // the agent looking or feeling with the caller, "Handläggaren tittar på brevet", "… hör att kunden är arg".)
      .filter((f) => f.section === 'agentActions' && f.segmentIndexes.includes(refutedBy.index) && !/[?]/u.test(f.text) && !HEARSAY[language].test(f.text) && !ONLY_LOOKING[language].test(f.text))
      .sort((a, b) => a.position - b.position)) {
      const text = f.text.replace(/[.!]+$/u, '');
      if (wordsOf([...told, text].join(' ')).length > (told.length === 0 ? 25 : 30) || told.length === 2) break;
      told.push(text);
    }
    if (told.length > 0) {
      const tail = LINE_TAIL[language].exec(beliefLine.text)?.[0] ?? '';
      const head = beliefLine.text.slice(0, beliefLine.text.length - tail.length).replace(/[.!]+$/u, '');
      // ("Handläggaren hittar ingen ansökan": a statement with the agent as its subject is joined as it stands.)
      const [first, ...rest] = told;
      // ("Asked whether it stops at 18, the agent said: not if …": a question and its answer stand as their own sentence,
      // as after a question mark: "…på nytt? Handläggaren förklarade: …", not "?;".)
      const own = ASKED_AND_ANSWERED[language].test(first!) || /\?$/u.test(head);
      // (After the colon the statement keeps its capital: "Germany is in the EU" was lowered to "germany".)
      const said = ASKED_AND_ANSWERED[language].test(first!)
        ? first!
        : AGENT_SUBJECT[language].test(first!)
          ? lowerFirst(first!, language)
          : `${AGENT_EXPLAINED[language]} ${first!}`;
      const text = `${head}${own ? `${/\?$/u.test(head) ? '' : '.'} ${capitalise(said)}` : `; ${said}`}${rest.map((r) => `. ${capitalise(r)}`).join('')}.${tail}`;
      sections.reason = [{ ...beliefLine, text }];
    }
  }
  // "Ärende: Kunden vill börja ta ut sin pension; handläggaren har registrerat ansökan om hel ålderspension från augusti.":
  // what the agent did while the caller was on the line is what the errand came to, and the errand line says it beside the
  // errand (round 65: the line told only what the caller wanted, and a reader of it alone thought the errand still open).
  // (Only the agent's own act told as done, dated the call's day, and short; the line keeps the first one.)
  // ("Handläggaren lägger in 300 kronor extra nu", "The agent is posting the form now": the agent's act said in the present
  // while the caller waits is the errand's outcome too, told as said, without its "nu"; one told as done comes first, round 69.)
  const outcomeOf = (pattern: RegExp, now: boolean) =>
    followUp
      .filter((f) => (f.followUp?.dueDate === options.callDate || (now && !f.followUp?.dueDate)) && pattern.test(f.text) && !BARE_DONE_ACT.test(f.text) && (!now || (NOW_WORD.test(f.text) && !/\.\.\.|…/u.test(f.text) && !(BARE_ACT.test(f.text) && !/\d/u.test(f.text)))) && !IF_LIKED[language].test(f.text) && !POINTS_BACK[language].test(f.text) && !NOT_PROMISED[language].test(f.text) && wordsOf(f.text).length <= 18 && !/[?]/u.test(f.text))
      .sort((a, b) => a.position - b.position)[0];
  // (One said after the caller asked something new is that question's outcome, not the first errand's: "Först sjukpenningen,
  // när kommer den?" … "Och bostadsbidrag?" … "Jag skickar en länk till ansökan nu" stays out of the line's first errand.)
  const askedSince = (f: Placed) => all.some((x) => isCaller(x) && x.segmentIndex > (reason?.segmentIndex ?? -1) && x.position < f.position && x.isQuestion && x.content >= 3);
  const secondAt = moreThings[0]?.[0];
  const laterTurn = secondAt !== undefined && reason !== undefined && secondAt.segmentIndex > reason.segmentIndex;
  const present = outcomeOf(OUTCOME_NOW[language], true);
  const outcome =
    outcomeOf(OUTCOME_DONE[language], false) ??
    (present && ((laterTurn && present.position > secondAt!.position) || (!askedSince(present) && (secondAt === undefined || present.position < secondAt.position))) ? present : undefined);
  const [errandLine] = sections.reason;
  if (outcome && errandLine && !errandLine.text.includes(outcome.text.replace(/[.!]+$/u, ''))) {
    // ("… har skickat intyget nu", "… has sent a copy now": the line is read after the call, and "nu" goes.)
    const act = outcome.text.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()).replace(/[.!]+$/u, '').replace(/\s+(?:just |right )?(?:nu|now)(?=,|$|\s)/gu, '');
    // (Put with the first errand, before a second one, "Dessutom: …", and before how the errand was brought, "Samtalet
    // fördes via tolk.", which stay the line's last sentences.)
    // (An act on the second errand, said after it, goes after it: "… Dessutom: Kunden vill att myndigheten drar mer skatt;
    // handläggaren lägger in 300 kronor extra." Put with the first, it would read as that errand's outcome, round 69.)
    const onSecond = laterTurn && outcome.position > secondAt!.position;
    const tail = (onSecond ? CALL_MADE_TAIL : LINE_TAIL)[language].exec(errandLine.text)?.[0] ?? '';
    const head = errandLine.text.slice(0, errandLine.text.length - tail.length).replace(/[.!]+$/u, '');
    // (After a question, "… påverkar det bostadsbidraget?", the act is a sentence of its own, not "?; handläggaren …".)
    const joined = /\?$/u.test(head) ? `${head} ${capitalise(act)}.` : `${head}; ${act}.`;
    sections.reason = [{ ...errandLine, text: `${joined}${tail}`, segmentIndexes: uniqueSorted([...errandLine.segmentIndexes, ...outcome.segmentIndexes]) }];
  }
  // "… när pensionen kommer den här månaden", "… this month": the line is read later, and names the month (round 80).
  sections.reason = sections.reason.map((x) => ({ ...x, text: monthNamed(x.text, language, options.callDate) }));
  // Amounts and dates in digits, as a case file writes them ("14 830 kronor", "den 28 februari").
  // "14 212 kronor.." (a sentence's own stop after one said): one full stop.
  // The last check before a sentence is written: none may carry a number sequence that the
  // redaction's leak scan would catch (an identity number read aloud in pieces, a phone number), and
  // what the rules would mask in it is masked here as the UI's guard would ("hen fyller 67 den 3
  // februari" beside the age is a date of birth, put together from a correction).
  // "I have power of attorney for my father." … "We sent in his application three weeks ago.": "his"/"he" inside a line,
  // before any line has named a man, is the one man the caller has named (round 51). Not where the line names him or another ("The caller is calling for their son … they cut his hours", "the doctor said he …"),
  // nor a dead man in what he does now; in Swedish only "han" ("stoppa hans pension" reads plainly).
  const men = new Set(all.filter(isCaller).map((x) => relativeAt([x.text], language).he).filter((r) => r !== undefined));
  const [man] = men.size === 1 ? [...men] : [];
  const anyMan = new RegExp(`(?<![\\p{L}])(?:${[...RELATIVES[language].he, ...(language === 'sv' ? ['maken', 'mannen', 'brodern', 'fadern', 'läkaren', 'doktorn'] : ['doctor', 'man', 'boyfriend'])].join('|')})(?:n|en|s|ns|ens|['’]s)?(?![\\p{L}])|\\[NAMN\\]`, 'iu');
  const died = man !== undefined && all.some((x) => isCaller(x) && DIED[language].test(x.text) && x.text.toLowerCase().includes(man));
  // (Read in the note's order: once a line has named him, "his" after it has him to refer to.)
  let manNamed = false;
  const namedMan = (text: string): string => {
    if (anyMan.test(text)) manNamed = true;
    if (!man || manNamed) return text;
    const first = (language === 'sv' ? /(?<![\p{L}])(hans|han|honom)(?![\p{L}])/iu : /(?<![\p{L}])(his|he|him)(?![\p{L}'’])/iu).exec(text);
    if (!first || first.index === 0 || /^(?:hans|honom|him)$/iu.test(first[1] ?? '')) return text;
    const genitive = /^his$/iu.test(first[1] ?? '');
    // (A dead man is "he" only in what he had or did: "what he got from you", not "he lives with me".)
    const past = (language === 'sv' ? /^\s+(?:\p{L}+(?:de|te|dde)|fick|hade|var|gick|sa)(?![\p{L}])/iu : /^\s+(?:\p{L}+ed|got|had|was|did|paid|sent|said)(?![\p{L}])/iu).test(text.slice(first.index + first[0].length));
    if (died && !genitive && !past) return text;
    const name = `${language === 'sv' ? 'kundens' : "the caller's"} ${man}${genitive ? "'s" : ''}`;
    manNamed = true;
    return `${text.slice(0, first.index)}${name}${text.slice(first.index + first[0].length)}`;
  };
  const callerFor = callingFor(transcript, language);
  const written = (list: DraftSentence[], reason = false) =>
    list.flatMap((s) => {
      // ("The caller's daughter's 23": "she's twenty-three" is "is 23", an age, where no noun follows the number, round 32.)
      const digits = language === 'en' ? inDigits(s.text, language).replace(/(?<=\p{L})['’]s\s+(?=\d{1,3}(?:\s*(?:[,.;!?]|$)|\s+(?:and|but|since|now|next|this|in|years? old)(?![\p{L}])))/gu, ' is ') : inDigits(s.text, language);
      const text = asCallerFor(namedMan(withCapitals(onlyUpToLimit(withValueCorrected(digits, language).replace(/(?<!\.)\.\.(?!\.)/gu, '.'), language), language)), callerFor, language, reason);
      const guard = guardText(text, { lang: language });
      return isSpokenNumber(text, language) || guard.leaks > 0 ? [] : [{ ...s, text: guard.text }];
    });
  return {
    topic,
    ...(callerFor ? { callerFor: true } : {}),
    sections: {
      reason: written(sections.reason, true),
      callerSaid: written(sections.callerSaid),
      agentActions: written(sections.agentActions),
      followUp: written(sections.followUp),
    },
  };
}

/**
 * "Då räknas hela hyran, 9 400 kronor, som boendekostnad, men bara upp till gränsen", "the whole rent counts, but only up
 * to the limit": a cap said after "all of it" takes the "all" back; the note says what counts, not the whole amount
 * (round 86: "hela hyran … räknas" was a false statement where 7 500 of 9 400 counted).
 */
function onlyUpToLimit(text: string, language: Language): string {
  const cap = UP_TO_LIMIT[language].exec(text);
  if (!cap) return text;
  const before = text.slice(0, cap.index).replace(WHOLE_OF[language], (_, article: string | undefined) => (article ?? ''));
  return `${before}${text.slice(cap.index)}`;
}
/** ", men bara upp till", ", men högst", ", but only up to": the cap after the amount. */
const UP_TO_LIMIT: Record<Language, RegExp> = {
  sv: /,?\s+men\s+(?:bara|endast|enbart|högst)\s+(?:upp\s+)?till(?![\p{L}])/iu,
  en: /,?\s+but\s+only\s+up\s+to(?![\p{L}])/iu,
};
/** "hela", "the whole", "the full", "all (of) the": the quantifier the cap takes back (the article stays in English). */
const WHOLE_OF: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])()hela\s+(?=\p{L})/iu,
  en: /(?<![\p{L}])(the\s+)?(?:whole|full|entire)\s+(?=\p{L})|(?<![\p{L}])()all\s+(?:of\s+)?(?=the\s)/iu,
};

/** People outside the case and outside the family: a neighbour, a friend, a colleague. */
const ACQUAINTANCE: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:min|mitt|mina|hens|hans|hennes|en|vår)\s+(?:granne|grannar|väninna|väninnor|vän|vänner|kompis|kompisar|kollega|kollegor|bekant)(?![\p{L}])/iu,
  en: /(?<![\p{L}'])(?:my|his|her|their|a|our)\s+(?:neighbou?rs?|friends?|mates?|colleagues?|acquaintance)(?![\p{L}])/iu,
};
/** People outside the case who tell the caller things, as English says them ("my neighbour", "a friend"). */
const EN_ACQUAINTANCE = String.raw`(?:my|his|her|their|a|our)\s+(?:neighbou?rs?|friends?|mates?|colleagues?|sister|brother|cousin|acquaintance)`;
/**
 * What someone outside the case told the caller ("min granne säger att …", "hens väninna sa att …", "my
 * neighbour says …", "my sister reckons …", "jag har pratat med min granne, hon …"): hearsay about the rules, not a fact of the case, and a note that
 * writes it down states it as true. It stays out of "Kunden uppgav"; the agent's answer is what the note keeps.
 */
const HEARSAY: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:(?:min|mitt|mina|hens|hans|hennes|en|vår)\s+(?:granne|grannar|grannen|väninna|väninnor|vän|vänner|kompis|kompisar|kollega|kollegor|bekant|syster|bror|svåger|svägerska|kusin)|någon|folk|grannen|grannarna|alla)\s+(?:\p{L}+\s+){0,2}?(?:säger|sa|sade|tycker|tyckte|tror|trodde|påstår|påstod|menar|hävdar)(?:\s+(?:ju|också|alltid))?\s+(?:att|det)(?![\p{L}])|(?<![\p{L}])(?:pratat|pratade|talat|talade|snackat|snackade)\s+med\s+(?:min|mitt|mina|en|vår)\s+(?:granne|grannar|väninna|vän|vänner|kompis|kompisar|kollega|kollegor|bekant)(?![\p{L}])/iu,
  // Not "someone told me": the one who told is often the agency.
  en: new RegExp(
    String.raw`(?<![\p{L}'])(?:${EN_ACQUAINTANCE}|someone|somebody|people|everyone|everybody)\s+(?:\p{L}+\s+){0,2}?(?:says|said|thinks|thought|reckons|reckoned|claims|claimed)(?![\p{L}])|(?<![\p{L}'])${EN_ACQUAINTANCE}\s+(?:told|tells) me(?![\p{L}])|(?<![\p{L}'])(?:talked|spoke|spoken|been talking)\s+(?:to|with)\s+${EN_ACQUAINTANCE}(?![\p{L}])`,
    'iu',
  ),
};
/** "Studievägledaren på skolan sa att …", "The funeral home said …": a claim made by someone other than the caller or the agency. */
const SAID_THAT: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:sa|sade|säger|påstod|påstår|hävdar|hävdade)(?:\s+(?:ju|också|till mig))?\s+att(?![\p{L}])/iu,
  en: /(?<![\p{L}'])(?:(?:said|says|claimed|claims)(?:\s+that)?(?=\s+(?!to(?![\p{L}]))\p{L})|told (?:me|us) that(?![\p{L}]))/iu,
};
const NOT_OTHERS: Record<Language, RegExp> = {
  sv: /^(?:jag|vi|ni|du|de|dom|han|hon|hen|man|den|det|er|ert|era|myndigheten|pensionsmyndigheten|försäkringskassan|handläggaren|handläggare|någon|ingen|hos|på|från)$/iu,
  en: /^(?:i|we|you|they|he|she|it|one|agency|agency's|pensions|insurance|someone|somebody|nobody|the|a|an|my|at|from)$/iu,
};
const CONNECTIVE: Record<Language, RegExp> = { sv: /^(?:men|och|jo|alltså|ja|så|eh|öh)$/iu, en: /^(?:but|and|well|so|um|uh|yes|yeah)$/iu };
function claimedByOthers(text: string, language: Language): boolean {
  const said = SAID_THAT[language].exec(text);
  if (!said || said.index > 60) return false;
  const who = wordsOf(text.slice(0, said.index)).filter((w) => !CONNECTIVE[language].test(w));
  // (A person or a body named: not "jag", "ni", "the agency", nor the agency's own staff.)
  return who.length >= 1 && who.length <= 6 && who.some((w) => !NOT_OTHERS[language].test(w)) && !who.some((w) => /^(?:ni|er|you|agency|myndigheten|pensionsmyndigheten|försäkringskassan|handläggaren)$/iu.test(w));
}
/** "And at sixty-seven?", "Och från Alecta?", "And last month?": a question of "and" and what it asks about, nothing else. */
const ELLIPTIC_QUESTION: Record<Language, RegExp> = {
  sv: /^(?:och|men)\s+(.+?)(?:,?\s+(?:då|alltså|hur mycket|hur länge))?\s*\?$/iu,
  en: /^(?:and|but)\s+(.+?)(?:,?\s+(?:then|how much|how long))?\s*\?$/iu,
};
/** What such a question names is no thing of its own when it is only a pronoun or a question word ("Och du?", "And then?"). */
const NO_TOPIC = /^(?:du|ni|jag|han|hon|de|det|den|sen|sedan|då|så|vad|varför|hur|när|var|you|me|he|she|they|it|that|this|then|so|what|why|how|when|where|now|nu|mer|more)$/iu;
/** A question word or a word that points at the place or thing of the talk ("And here?"): the topic needs what was said before it. */
const POINTING = /(?<![\p{L}])(?:här|där|hit|dit|vad|hur|när|varför|here|there|what|how|when|why|that|this|det|den|detta)(?![\p{L}])/iu;
/** The thing an elliptic question asks about, without its "and"; undefined for any other question. */
function ellipticTopic(question: string, language: Language): string | undefined {
  const m = ELLIPTIC_QUESTION[language].exec(question.trim());
  const topic = m?.[1]?.trim();
  if (!topic || wordsOf(topic).length > 4 || !isFragment(topic, language) || POINTING.test(topic) || wordsOf(topic).every((w) => NO_TOPIC.test(w))) return undefined;
  return topic;
}
/** "About 12 300." as the value after a colon: its first letter small unless a name, a month or a day. */
const lowerValue = (text: string) =>
  text.replace(/[.!?]+$/u, '').replace(/^\p{Lu}(?=\p{Ll})/u, (c, _at: number, whole: string) =>
    /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)(?![\p{L}])/iu.test(whole) ? c : c.toLowerCase(),
  );

/** The agent's turn begins by saying the caller has it wrong ("Nej, inte riktigt", "No, that's not right"), not agreeing ("Nej, det stämmer"). */
const AGENT_CORRECTS: Record<Language, RegExp> = {
  sv: /^(?:(?:nej|nä)[,.!]?\s+(?:inte riktigt|så är det inte|det stämmer inte|det är inte så|det gör det inte|inte alls|det är fel)|det stämmer inte|så är det inte|det är ett (?:vanligt )?missförstånd|inte riktigt[,.]|det kan jag inte säga (?:säkert|med säkerhet))/iu,
  en: /^(?:no[,.!]?\s+(?:not quite|not really|that's not (?:right|correct|true|how it works)|that isn't (?:right|true)|it doesn't)|not quite[,.]|that's not (?:right|correct|true|how it works)|that's a (?:common )?misunderstanding|actually,? no\b|i can't say (?:that )?for (?:sure|certain))/iu,
};
/**
 * "Det är tvärtom", "Actually it's the other way round", "Den är inte borttappad", "It's not lost": the agent's next turn
 * refutes what the caller just said, whatever it is about (round 60).
 */
const REFUTES: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:(?:är|blev) det (?:precis |snarare )?tvärtom|det är (?:precis |snarare )?tvärtom|(?:det|den|han|hon|de|dom) (?:är|har) inte (?:kommit bort|borttappa\p{L}*|försvunni?\p{L}*|tappats bort))(?![\p{L}])/iu,
  en: /(?<![\p{L}'])(?:(?:it's|it is|that's|that is) (?:actually )?the other way (?:a)?round|(?:it's|it is|it was|it wasn't|it hasn't been|they're|they are|they weren't|nothing was|nothing's been) (?:not |never )?(?:lost|gone missing|been lost))(?![\p{L}])/iu,
};
/**
 * "Inte ditt", "Jag ser inget beslut från november", "There's been no fund change for you", "I can't find an application":
 * a denial that refutes the caller's words only when it is about them (a word of the caller's sentence in it).
 */
const DENIES_THAT: Record<Language, RegExp> = {
  // ("Här finns inget beslut alls", "There's no decision yet", "I can't see any switch": the records have no such thing,
  // round 70.)
  sv: /(?<![\p{L}])(?:inte (?:ditt|din|dina|till dig)|jag (?:ser|hittar) (?:inget|ingen|inga|inte något|inte någon)|(?:det|här) finns (?:inget|ingen|inga))(?![\p{L}])/iu,
  en: /(?<![\p{L}'])(?:not (?:yours|for you|to you)|there(?:'s| is| has) been no|there(?:'s| is) no|i (?:can't|cannot|can not) find|i (?:don't|do not|can't|cannot) see (?:any|an?))(?![\p{L}])/iu,
};
/**
 * A refusal or an approval is a decision: the caller's "Ni har avslagit min sjukpenning", "It said approved", against the
 * agent's "Här finns inget beslut", "There's no decision yet", share the matter though not the word (round 70).
 */
/** Applying and the application: "Jag sökte …" against "Jag hittar ingen ansökan", "I applied" against "no application". */
const APPLICATION_WORD: Record<Language, RegExp> = {
  sv: /^(?:ansök|sökt|söka|söker|sökte)/iu,
  en: /^(?:appli|apply)/iu,
};
const DECISION_WORD: Record<Language, RegExp> = {
  sv: /^(?:avsla|avslå|bevil|beslu)/iu,
  en: /^(?:appro|refus|rejec|turne|decis|decid)/iu,
};
/** The word the agent says is not so: "är inte indragen", "ingen spärr", "inte garantipensionen som", "not your whole pension". */
const NEGATES_WORD: Record<Language, RegExp> = {
  // ("Vi stänger inte av någon", "We don't close accounts", "Complaints from neighbours don't affect …": the agency's own
  // act, or the caller's cause, said not to be so, round 70.)
  sv: /(?<![\p{L}])(?:(?:är|var|har|blir|blev)\s+inte\s+(?:\p{L}+\s+)?(\p{L}{5,})|(?:ingen|inget|inga)\s+(\p{L}{5,})|(?:vi|myndigheten)\s+(\p{L}{5,})\s+(?:inte|aldrig))(?![\p{L}])/giu,
  en: /(?<![\p{L}'])(?:(?:is|was|are|were|has|have)\s+not\s+(?:been\s+)?(\p{L}{5,})|(?:isn't|wasn't|aren't|hasn't been|haven't been)\s+(\p{L}{5,})|not\s+(?:your|the|my|their)\s+(?:\p{L}+\s+)?(\p{L}{5,})|we\s+(?:don't|do not|never|didn't|did not)\s+(\p{L}{5,})|^(\p{L}{5,})(?:\s+\p{L}+){0,2}\s+(?:don't|doesn't|do not|does not)\s+affect)(?![\p{L}])/giu,
};
/** The agent reading the records: "ser jag", "jag hittar", "I can see", "I find". */
const READS_RECORDS: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:(?:ser|hittar) (?:jag|vi)|(?:jag|vi) (?:ser|hittar))(?![\p{L}])/iu,
  en: /(?<![\p{L}'])(?:i|we) (?:can )?(?:see|find)(?![\p{L}])/iu,
};
/** The caller's errand told already as what someone thinks, says or asks ("Kunden tror att …", "The caller wonders …"). */
const ALREADY_HELD: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:tror|trodde|tycker|tyckte|antar|undrar|vill veta|frågar|uppger|säger|sa|sade|har hört att|verkar|kanske)(?![\p{L}])/iu,
  en: /(?<![\p{L}'])(?:thinks?|thought|believes?|assumes?|wonders?|wants to know|asks?|says|said|(?:has|have) heard (?:that|they|it)|seems|maybe|perhaps)(?![\p{L}])/iu,
};
/**
 * The caller's charge against the agency, said as the errand: "Ni har tagit nästan tusen kronor av min garantipension",
 * "You're taking way too much tax from my pension". Written as it stood, the errand line stated the charge as fact
 * ("Myndigheten har tagit …"), and what was taken or lost is for the records and the agent's explanation to say (round 67):
 * the line says what the caller holds, "Kunden uppger att myndigheten har tagit …".
 */
const CHARGE_AGAINST_AGENCY: Record<Language, RegExp> = {
  sv: /^(?:myndigheten|pensionsmyndigheten|försäkringskassan)\s+(?:har\s+(?:\p{L}+\s+)?)?(?:tagit|tar|stulit|stjäl|snott|tappat bort|tappar bort|slarvat bort|slarvar bort|glömt bort|glömt|glömmer|straffar|straffat|lurat|lurar)(?![\p{L}])/iu,
  en: /^the agency(?:'s)?\s+(?:(?:is|has|have|are)\s+(?:\p{L}+\s+)?)?(?:taking|takes|took|taken|stealing|stole|stolen|losing|lost|forgot|forgotten|forgetting|punishing|punished|cheating|cheated)(?![\p{L}])/iu,
};
/**
 * The caller's account of what the employer or the manager did or said, said as the errand: "Min chef vägrar betala
 * sjuklön", "My employer has told you I turned down lighter work. That's a lie." Written as it stood, the line stated the
 * account as fact ("Kundens chef vägrar betala sjuklön.", and "… they turned down lighter work." without the caller's
 * denial, round 84): it is the caller's, "Kunden uppger att hens chef vägrar betala sjuklön", also as the second clause
 * of a line about the caller ("…, och uppger att hens arbetsgivare inte har gjort någon plan"), and the caller's "That's a
 * lie." / "Det är lögn." said right after it joins the line.
 */
const EMPLOYER_SUBJECT: Record<Language, string> = {
  sv: String.raw`(?:kundens|hens|den som ringers) (?:chef|arbetsgivare)|chefen|arbetsgivaren`,
  en: String.raw`(?:the caller's|their) (?:employer|manager|boss)|the employer|the manager|the boss`,
};
/** A finite verb after the employer: the employer is the subject of a clause, not one of a list ("a meeting with the agency and their employer on …"). */
const EMPLOYER_VERB: Record<Language, string> = {
  sv: String.raw`(?:har|hade|är|var|vill|ska|skulle|kan|säger|sa|sade|\p{L}{2,}(?:ar|er|ade|de|te))(?![\p{L}])`,
  en: String.raw`(?:has|have|had|is|was|were|will|won't|would|can|can't|does|doesn't|did|didn't|says|said|\p{L}{2,}ed|\p{L}{3,}s)(?![\p{L}'])`,
};
const EMPLOYER_ACCOUNT: Record<Language, RegExp> = {
  sv: new RegExp(String.raw`^(?:${EMPLOYER_SUBJECT.sv})\s+${EMPLOYER_VERB.sv}`, 'iu'),
  en: new RegExp(String.raw`^(?:${EMPLOYER_SUBJECT.en})\s+${EMPLOYER_VERB.en}`, 'iu'),
};
const EMPLOYER_CLAUSE: Record<Language, RegExp> = {
  sv: new RegExp(String.raw`^(Kunden\s[^;:]*?)(?:,\s+|\s+)och\s+((?:${EMPLOYER_SUBJECT.sv})\s+${EMPLOYER_VERB.sv}\s)`, 'u'),
  en: new RegExp(String.raw`^(The caller\s[^;:]*?)(?:,\s+|\s+)and\s+((?:${EMPLOYER_SUBJECT.en})\s+${EMPLOYER_VERB.en}\s)`, 'u'),
};
/** The caller's denial of what they just reported: "That's a lie.", "Det är lögn.", "Det stämmer inte." */
const CALLER_DENIES: Record<Language, RegExp> = {
  sv: /^(?:och\s+)?(?:det|detta)\s+(?:är\s+(?:en\s+)?(?:lögn|inte\s+sant)|stämmer\s+inte)[.!]?$/iu,
  en: /^(?:and\s+)?(?:that's|that is|it's|it is)\s+(?:a\s+(?:lie|lie!)|not\s+true|untrue|not\s+right)[.!]?$/iu,
};
function callersAccountOfEmployer(reason: Statement, transcript: Transcript | undefined, language: Language, line: string): string {
  const prefix = /^[^:]*:\s+/u.exec(line)?.[0] ?? '';
  const plain = line.slice(prefix.length);
  const sv = language === 'sv';
  // (Inside an att-clause the negation goes before the verb: "att hens arbetsgivare inte har gjort …".)
  const clause = (x: string) =>
    (sv ? x.replace(/^Kundens\s/u, 'hens ').replace(new RegExp(String.raw`^((?:${EMPLOYER_SUBJECT.sv})\s+)(\p{L}+)\s+(inte|aldrig)\s`, 'iu'), '$1$3 $2 ') : x.replace(/^The caller's\s/u, 'their '))
      .replace(/^(\p{Lu})/u, (c) => c.toLowerCase());
  const segment = transcript?.segments.find((x) => x.index === reason.segmentIndex);
  const after = segment ? segment.text.slice(segment.text.indexOf(reason.text) + reason.text.length).trim().split(/(?<=[.!?])\s+/u)[0] ?? '' : '';
  const denied = reason.text !== '' && segment?.text.includes(reason.text) && CALLER_DENIES[language].test(after);
  const denial = denied ? (sv ? ', och att det inte stämmer' : ', and that this is not true') : '';
  const end = (x: string) => (denial ? `${x.replace(/[.!?…\s]+$/u, '')}${denial}.` : x);
  if (EMPLOYER_ACCOUNT[language].test(plain)) {
    const says = sv ? 'Kunden uppger att ' : 'The caller says that ';
    return end(`${prefix}${prefix ? says.charAt(0).toLowerCase() + says.slice(1) : says}${clause(plain)}`);
  }
  const m = EMPLOYER_CLAUSE[language].exec(plain);
  if (!m) return line;
  return end(`${prefix}${m[1]} ${sv ? 'och uppger att' : 'and says that'} ${clause(plain.slice(m[0].length - (m[2] ?? '').length))}`);
}
function asCallersCharge(reason: Statement, language: Language, line: string, transcript?: Transcript): string {
  if (reason.speaker === 'agent' || ALREADY_HELD[language].test(line)) return line;
  // (Not with a contrast after it, ", but they have not heard anything": "they" dropped there reads as the employer.)
  const account = line.replace(/^[^:]*:\s+/u, '');
  if ((EMPLOYER_ACCOUNT[language].test(account) || EMPLOYER_CLAUSE[language].test(account)) && !/,\s+(?:men|but)\s/iu.test(account)) {
    return callersAccountOfEmployer(reason, transcript, language, line);
  }
  const prefix = /^[^:]*:\s+/u.exec(line)?.[0] ?? '';
  // ("Myndigheten har, det vill säga myndigheten har tagit": the caller's restart, said once.)
  const plain = line.slice(prefix.length).replace(/^(\p{L}+)\s+har,\s+det vill säga\s+\1\s+har\s/iu, '$1 har ');
  // (Not with a contrast after it, ", men kunden …", ", but the caller has lived here …": "the caller" dropped there
  // reads as the agency.)
  if (!CHARGE_AGAINST_AGENCY[language].test(plain) || /,\s+(?:men|but)\s/iu.test(plain)) return line;
  const lower = plain.charAt(0).toLowerCase() + plain.slice(1);
  return `${prefix}${language === 'sv' ? 'Kunden uppger att ' : 'The caller says that '}${lower}`;
}
/**
 * What an earlier agent said or promised, as the caller reports it, said as the errand: "Den fjärde juni lovade er
 * handläggare att pensionen skulle höjas i juni", "Last Tuesday someone here told me you'd pay my support for June". Written
 * as it stood, the errand line stated the claim as fact ("Den 4 juni lovade myndighetens handläggare …"), where the records
 * the agent reads may say otherwise (round 77, issue 14's point 4): the line says what the caller holds, "Kunden uppger att
 * myndighetens handläggare den 4 juni lovade att …", "The caller says that last Tuesday someone here told the caller …".
 * Only the agency's people as the speaker (the agency, its agent or colleague, "someone here"), only a saying or promising
 * verb in the past, and a Swedish time put first moved after the verb's subject.
 */
const EARLIER_AGENT = {
  sv: String.raw`(?:myndighetens|er|din|en|den andra|förra) (?:handläggare|kollega)|handläggaren|myndigheten|pensionsmyndigheten|försäkringskassan|någon (?:hos (?:er|myndigheten)|här)|den (?:jag|kunden) pratade med`,
  en: String.raw`(?:the agency's|your|the other|the last|an|another) (?:agent|colleague|caseworker|case officer)|the agent|the agency|someone (?:here|at the agency|on the phone)|somebody (?:here|at the agency|on the phone)|the person (?:I|the caller) spoke to`,
};
const MONTH_SV = String.raw`(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)`;
const EARLIER_TIME_SV = String.raw`(?:den (?:\d{1,2}|\p{L}+) ${MONTH_SV}|i (?:måndags|tisdags|onsdags|torsdags|fredags)|(?:i \p{L}+ )?förra veckan|i går|i ${MONTH_SV}|i slutet av ${MONTH_SV}|för \p{L}+ (?:veckor|dagar) sedan)`;
const EARLIER_AGENT_SAID: Record<Language, RegExp> = {
  sv: new RegExp(String.raw`^(?:(${EARLIER_TIME_SV}) (lovade|sa|sade) (${EARLIER_AGENT.sv}) |(${EARLIER_AGENT.sv}) (?:(lovade|sa|sade) |${EARLIER_TIME_SV} (?:lovade|sa|sade) ))att `, 'iu'),
  en: new RegExp(String.raw`^(?:(?:on \p{L}+(?: \d{1,2})?(?: \p{L}+)?|last \p{L}+|in \p{L}+|on \d{1,2} \p{L}+|at the end of \p{L}+|yesterday),? )?(?:(?:${EARLIER_AGENT.en}) (?:promised|said|told)|the caller (?:was|were) (?:promised|told))(?![\p{L}])`, 'iu'),
};
function asCallersClaim(reason: Statement, language: Language, line: string): string {
  if (reason.speaker === 'agent') return line;
  const prefix = /^[^:]*:\s+/u.exec(line)?.[0] ?? '';
  const plain = line.slice(prefix.length);
  const m = EARLIER_AGENT_SAID[language].exec(plain);
  if (!m) return line;
  const says = language === 'sv' ? 'Kunden uppger att ' : 'The caller says that ';
  const lower = (x: string) => x.charAt(0).toLowerCase() + x.slice(1);
  // "Den 4 juni lovade X att …" → "X den 4 juni lovade att …": a subordinate clause keeps its subject first.
  const rest = language === 'sv' && m[1] ? `${lower(m[3]!)} ${lower(m[1])} ${m[2]} ${plain.slice(m[0].length - 'att '.length)}` : lower(plain);
  return `${prefix}${prefix ? lower(says) : says}${rest}`;
}
/**
 * "Min föräldrapenning för januari var för låg." "Jag tittar. Det är tvärtom …": the errand line that the agent's next turn
 * refutes says what the caller believed, not the belief as fact: "Kunden trodde att hens föräldrapenning …", "The caller
 * thought their parental benefit … was short." (round 60).
 */
function asCorrectedBelief(reason: Statement, transcript: Transcript, language: Language, line: string): string {
  if (reason.speaker === 'agent' || ALREADY_HELD[language].test(line)) return line;
  const next = transcript.segments.find((x) => x.index > reason.segmentIndex && x.text.trim() !== '');
  if (next?.speaker !== 'agent') return line;
  // (The first sentences of the turn: "Jag tittar. Det är tvärtom.", not an aside at its end.)
  const sentences = next.text.trim().split(/(?<=[.!?])\s+/u).slice(0, 3);
  const stem = (w: string) =>
    DECISION_WORD[language].test(w) ? 'beslu' : APPLICATION_WORD[language].test(w) ? 'ansök' : w.toLowerCase().slice(0, 5);
  const long = (text: string) => wordsOf(text).filter((w) => w.length >= 5).map(stem);
  const said = new Set(long(reason.text));
  const denial = sentences.find((x) => DENIES_THAT[language].test(x) && long(x).some((w) => said.has(w)));
  const loss = sentences.some((x) => REFUTES[language].test(x) && LOST[language].test(x));
  // "Den är inte indragen", "Sjukpenningen är inte stoppad", "Vi har ingen spärr på dig", "…, not your whole pension": the
  // agent negates the caller's own word (round 64).
  // (Not what the agent finds missing in the records, "för nittioåtta ser jag ingen pensionsgrundande inkomst": that
  // bears the caller out.)
  const negated = sentences
    .filter((x) => !READS_RECORDS[language].test(x))
    .flatMap((x) => [...x.matchAll(NEGATES_WORD[language])])
    .map((m) => stem(m.slice(1).find((g) => g !== undefined) ?? ''))
    .find((w) => w.length === 5 && said.has(w));
  // "Beloppet är 4 800 kronor, inte 8 000", "…, not 3,000": the agent puts the right figure against the caller's own one
  // (round 70).
  const numbers = (text: string) => [...inDigits(text, language).matchAll(/\d{1,3}(?:[ \u00a0,]\d{3})+|\d+/gu)].map((m) => m[0].replace(/\D/gu, ''));
  const theirs = numbers(reason.text);
  const notFigure = sentences
    .map((x) => /,\s+(?:inte|not)\s+([^.,;!?]+)/iu.exec(x)?.[1])
    .flatMap((x) => (x ? numbers(x) : []))
    .find((n) => theirs.includes(n));
  // "…, so I have lost my parental benefit, haven't I?" "No, you haven't.": the statement the tag asks to confirm is the
  // belief the agent says no to; the tag goes (it was written "have not the caller?", and the loss stood as fact, round 70).
  const tagged = TAG_AT_END[language].test(line) && SAYS_NO[language].test(next.text.trim());
  if (!denial && !loss && !negated && !notFigure && !tagged && !sentences.some((x) => AGENT_CORRECTS[language].test(x) || REFUTES[language].test(x))) return line;
  const body = (tagged ? line.replace(TAG_AT_END[language], '') : line).replace(/[.!?…\s]+$/u, '');
  // The clause the agent refutes: the one with what was lost, the last one with the denial's words, or the one that
  // weighs the money ("för lite", "short"); the clauses before it are what the caller told and stay as they are.
  const starts = [0, ...[...body.matchAll(CLAUSE_START[language])].map((m) => m.index! + m[0].length)];
  const clauses = starts.map((at, i) => body.slice(at, starts[i + 1] ?? body.length));
  const turnWords = new Set(long(next.text));
  const pick = loss
    ? clauses.findIndex((c) => LOST[language].test(c))
    : notFigure
    ? clauses.findIndex((c) => numbers(c).includes(notFigure))
    : tagged
    ? clauses.length - 1
    : negated
      ? clauses.findLastIndex((c) => long(c).includes(negated))
      : denial
      ? clauses.findLastIndex((c) => long(c).some((w) => turnWords.has(w)))
      : clauses.findIndex((c) => WEIGHED[language].test(c));
  // (No such clause: the agent refutes something else the caller said, "Och han tror att det fortsätter automatiskt.")
  if (pick < 0) return line;
  const at = pick > 0 ? starts[pick]! : 0;
  // ("… har fått ett brev om att hens sjukersättning är indragen": the letter was had; what it was read to say was believed.)
  const head = body.slice(0, at).replace(/[,;\s]+(?:och|men|så|att|and|but|so|that)?\s*$/iu, '').replace(/\s+(?:om|about|saying)$/iu, '').replace(KNOWS_WHY[language], '');
  let held = body.slice(at).replace(/^(?:och|men|så|att|and|but|so|that)\s+/iu, '');
  if (language === 'sv') {
    held = held
      .replace(/^Kundens\s/u, 'hens ')
      .replace(/^Kunden\s/u, 'hen ')
      .replace(/^(?=(?:har|hade|är|var|kan|ska|måste|fick|får)\s)/u, 'hen ')
      .replace(/^(\p{Lu})(?=\p{Ll})/u, (c: string) => c.toLowerCase())
      // ("… så nu ska myndigheten väl betala tillbaka?": the tag word goes with the question mark.)
      .replace(/\s(?:väl|ju)(?=\s)/gu, '');
    return head ? `${head}, och kunden trodde att ${held}.` : `Kunden trodde att ${held}.`;
  }
  held = held
    .replace(/^The caller's\s/u, 'their ')
    .replace(/^The caller (is|was|has)(?![\p{L}])/u, (_m, verb: string) => `they ${verb === 'has' ? 'have' : verb === 'is' ? 'are' : 'were'}`)
    .replace(/^The caller\s/u, 'they ')
    .replace(/^(?=(?:has|have|had|is|are|was|were|can|will|must|got)\s)/u, 'they ')
    .replace(/^(\p{Lu})(?=\p{Ll})/u, (c: string) => c.toLowerCase())
    // (Told in the past: "… thought their benefit was short", "… the agency had lost it".)
    .replace(/(?<![\p{L}'])(?:has|have)(?![\p{L}'])/gu, 'had')
    .replace(/(?<![\p{L}'])are(?![\p{L}'])/gu, 'were')
    .replace(/(?<![\p{L}'])is(?![\p{L}'])/gu, 'was')
    .replace(/(?<![\p{L}'])will(?![\p{L}'])/gu, 'would')
    .replace(/(?<![\p{L}'])can(?![\p{L}'])/gu, 'could');
  return head ? `${head}, and the caller thought ${held}.` : `The caller thought ${held}.`;
}
/** An errand line told as what the caller believed ("Kunden trodde att …", "The caller thought …", round 60). */
const BELIEF_LINE: Record<Language, RegExp> = {
  sv: /(?:^|[:,]\s|\s)[Kk]unden trodde att\s/u,
  en: /(?:^|[:,]\s|\s)(?:[Tt]he caller thought|and thought)\s/u,
};
/** An errand line that says what the caller thinks: "kunden tror att …", "they think they have missed a deadline". */
const THINKS_LINE: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:tror|trodde)(?![\p{L}])/iu,
  en: /(?<![\p{L}'])(?:think|thinks|thought)(?![\p{L}])/iu,
};
/** The agent as the subject of a statement told in the note: "Handläggaren hittar ingen ansökan", "The agent can see …". */
const AGENT_SUBJECT: Record<Language, RegExp> = {
  sv: /^Handläggaren\s/u,
  en: /^The agent\s/u,
};
/** The agent's turn opens with a no to what the caller said ("Nej, …", "Nej då.", "No, you haven't", "Not all of them"), not an agreeing "Nej, det stämmer". */
const SAYS_NO: Record<Language, RegExp> = {
  sv: /^(?:(?:nej|nä)(?:\s+då)?[,.!]\s+(?!(?:det stämmer|det är rätt|precis|just det|tack|inga problem|ingen fara)(?![\p{L}]))|det stämmer inte|tyvärr inte[.!])/iu,
  en: /^(?:no[,.!]\s+(?!(?:that's right|exactly|problem|worries|thanks|thank you)(?![\p{L}]))|not (?:all|quite|really|if|at all|exactly)(?![\p{L}])|that's not (?:right|correct|true))/iu,
};
/** The agent's whole sentence a bare no: "Nej.", "Nej då.", "No.", "No, no." (round 79). */
const BARE_NO: Record<Language, RegExp> = {
  sv: /^(?:nej|nä|nejdå|nej då|nej, nej)\s*[.!]$/iu,
  en: /^(?:no|no, no|no no|of course not|certainly not)\s*[.!]$/iu,
};
/** The agent only going to look: "Let me read it.", "I'll just check.", "Jag ska titta.", "Låt mig kolla." (round 79). */
const GOES_TO_LOOK: Record<Language, RegExp> = {
  sv: /^(?:(?:då|ja|okej|vänta)[,\s]+)*(?:låt mig |jag ska (?:bara )?|vänta så (?:ska )?jag )(?:titta|kolla|läsa|se)(?![\p{L}])[^.!?]*[.!]?$/iu,
  en: /^(?:(?:okay|right|so)[,\s]+)*(?:let me |i['’]ll (?:just )?|i will (?:just )?)(?:read|look|check|see|have a look)(?![\p{L}])[^.!?]*[.!]?$/iu,
};
/** A question asked in the negative: "Så pensionen stoppas inte?", "It won't stop, will it?". */
const ASKED_IN_NEGATIVE = /(?<![\p{L}])(?:inte|ej|aldrig|ingen|inget|inga|not|never|no)(?![\p{L}])|n['’]t(?![\p{L}])/iu;
/** A question and the agent's answer told together: "På frågan om … svarade handläggaren: …", "Asked whether …, the agent said: …". */
const ASKED_AND_ANSWERED: Record<Language, RegExp> = {
  sv: /^På frågan\s/u,
  en: /^Asked\s/u,
};
/** The agent only looking, or hearing how the caller feels: no statement of what is so. */
const ONLY_LOOKING: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:tittar|kollar|hör att|förstår att|beklagar)(?![\p{L}])/iu,
  en: /(?<![\p{L}'])(?:is looking|looks at|is checking|checks|hears? that|understands? that|is sorry)(?![\p{L}])/iu,
};
/** A yes/no question reported in the line: "undrar om", "would like to know if", "asks whether". */
const ASKS_IF: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:undrar|vill veta|frågar)\s+om(?![\p{L}])/iu,
  en: /(?<![\p{L}'])(?:(?:would like|wants?) to know|asks?|wonders?)\s+(?:if|whether)(?![\p{L}])/iu,
};
const AGENT_EXPLAINED: Record<Language, string> = { sv: 'handläggaren förklarade:', en: 'the agent explained:' };
/**
 * The first letter small for a continuation ("…; handläggaren har …", "… senast fredag …"), the one way this module
 * lowers a sentence's first letter: not when the first word is a name, an acronym, a month or a weekday, or English
 * "I" ("Mina sidor", "BankID", "Pensionsmyndigheten", "Monday", "I'm" stay; Swedish "I morgon" is lowered).
 */
const KEEPS_CAPITAL =
  /^(?:[A-ZÅÄÖ]{2,}|[A-ZÅÄÖ]\p{L}*[A-ZÅÄÖ]\p{L}*|Mina|My Pages|Pensionsmyndigheten|Försäkringskassan|Skatteverket|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)(?![\p{L}])/u;
function lowerFirst(text: string, language: Language): string {
  if (KEEPS_CAPITAL.test(text) || (language === 'en' && /^I(?![\p{L}])/u.test(text))) return text;
  return text.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
}
/** A tag question closing the errand line as the note wrote it: ", haven't I?" ("have not the caller?"), ", eller hur?". */
const TAG_AT_END: Record<Language, RegExp> = {
  sv: /,\s*(?:eller hur|inte sant|stämmer det|va)\s*\?\s*$/iu,
  en: /,\s*(?:(?:have|has|had|do|does|did|is|are|was|were|can|will|would)(?:n't| not)|won't|can't)\s+(?:the caller|they|I|it|we|you)\s*\?\s*$|,\s*(?:right|is that right)\s*\?\s*$/iu,
};
/** Where a clause of the errand line starts: after a comma, or at "och/men/att", "and/but/that". */
const CLAUSE_START: Record<Language, RegExp> = {
  sv: /,\s+|\s+(?=(?:och|men|att)\s)/gu,
  en: /,\s+|\s+(?=(?:and|but|that)\s)/gu,
};
/** What the caller says was lost: "tappat bort", "lost", "försvunnit", "gone missing". */
const LOST: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:tappat|tappa|tappats|borttappa\p{L}*|försvunni?\p{L}*|kommit bort)(?![\p{L}])/iu,
  en: /(?<![\p{L}'])(?:lost|missing|gone missing)(?![\p{L}])/iu,
};
/** Money weighed: "för lite", "för låg", "short", "underpaid". */
const WEIGHED: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:för (?:lite|mycket|låg|lågt|hög|högt)|fel belopp)(?![\p{L}])/iu,
  en: /(?<![\p{L}'])(?:short|too (?:little|low|much|high)|underpaid|overpaid|the wrong amount)(?![\p{L}])/iu,
};
/** "… och jag vet varför": said before the cause the agent refutes, it goes with it. */
const KNOWS_WHY: Record<Language, RegExp> = {
  sv: /\s+och (?:hen|kunden) vet (?:varför|vad det beror på)$/iu,
  en: /\s+and (?:they|the caller) (?:know|knows) why$/iu,
};
/** A reported question's opening word: "om …", "när …", "whether …", "how …". */
const ASKS: Record<Language, RegExp> = {
  sv: /^(?:om|när|hur|vad|vem|vilk\p{L}*|var|vart|varför)(?![\p{L}])/iu,
  en: /^(?:whether|if|when|how|what|who|which|where|why)(?![\p{L}])/iu,
};
/** A tag after a statement said as a question: ", har jag förstått?", ", eller hur?", ", right?", ", is that right?". */
const ASKED_TAG: Record<Language, RegExp> = {
  sv: /,\s*(?:har jag förstått(?: (?:det )?rätt)?|har jag rätt|eller hur|stämmer det|inte sant|va)\s*\?\s*$/iu,
  en: /,\s*(?:right|is that right|have i got that right|did i understand (?:that |it )?(?:right|correctly)|isn't it|aren't they|don't they|doesn't it)\s*\?\s*$/iu,
};
/** The agent reads a figure from the records: "jag ser att", "det står", "I can see", "the amount … was", "it shows". */
const FROM_RECORDS = /(?<![\p{L}])(?:jag ser|här ser jag|det står|visar|beloppet|summan|i can see|i see|it shows|shows|the amount|the forecast|prognosen)(?![\p{L}])/iu;
/** "Vi har inte tappat något", "We haven't lost anything": the agency denies what the caller said it did (round 16). */
const AGENCY_DENIES: Record<Language, RegExp> = {
  sv: /^(?:(?:nej|nä)[,.!]?\s+)?(?:vi|myndigheten) (?:har|gör|tar|skickar|stoppar|drar) (?:inte|aldrig)\s/iu,
  en: /^(?:no[,.!]?\s+)?we (?:haven't|have not|didn't|did not|don't|do not|never)\s/iu,
};

/** A bare yes, the whole of the agent's sentence: "Ja.", "Ja, det stämmer.", "Yes, that's right.". */
const BARE_YES: Record<Language, RegExp> = {
  sv: /^(?:ja|jo|japp|precis|absolut|javisst|ja visst)(?:[,\s]+(?:det stämmer|det gör du|det kan du|det får du|precis|absolut|visst))?\s*[.!]$/iu,
  en: /^(?:yes|yeah|yep|exactly|absolutely|correct)(?:[,\s]+(?:that's right|that is right|exactly|you will|you can|you do|it is|it does|correct))?\s*[.!]$/iu,
};
/**
 * "Bara om du har en fullmakt …", "Only if you have a power of attorney …": a yes only on a condition (and, round 83, the
 * condition a "Då …"/"Then …" step after it rides on).
 */
const ONLY_IF: Record<Language, RegExp> = {
  sv: /^(?:(?:nej|ja)[,\s]+)?(?:bara|endast|enbart|inte utan att|bara i så fall)\s+(?:om|ifall)\s+(?=\p{L})/iu,
  en: /^(?:(?:no|yes)[,\s]+)?(?:only if|only when|not unless)\s+(?=\p{L})/iu,
};
/** The finite verbs a Swedish yes/no question opens with, before its subject. */
const SV_QUESTION_VERB = '(?:kan|får|fick|ska|skall|måste|behöver|blir|är|var|har|hade|kommer|gäller|räknas|går|hinner|betalas|betalar|gör|slipper|borde|bör)';
/**
 * The caller's yes/no question ("Kan jag skriva under för honom?", "Så om jag skickar ett intyg får jag betalt då?",
 * "So if I send it, will I get the two days?", "So I get three months at once?") as the statement it asks, when the agent
 * answers it with a bare yes or an "only if …" (the condition added). Only a question of the caller's own ("jag"/"vi",
 * "I"/"we"); undefined for a question word, a yes the agent goes on to qualify ("Men …", "But …"), or anything else.
 */
function affirmedQuestion(question: string, answer: string, next: string | undefined, language: Language): { text: string; onlyIf: boolean; condition?: string } | undefined {
  const onlyIf = ONLY_IF[language].exec(answer);
  if (!onlyIf && !BARE_YES[language].test(answer.trim())) return undefined;
  if (!onlyIf && next && /^(?:men|fast|dock|but|however|although)(?![\p{L}])/iu.test(next.trim())) return undefined;
  const asked = question
    .trim()
    .replace(/[?.!]+$/u, '')
    .replace(/^(?:(?:och|men|så|jaha|okej|aha|oj|åh|and|but|so|oh|okay|right|ah)[,\s]+)+/iu, '')
    .replace(/[,\s]+(?:då|också då|alltså|then|as well then)$/iu, (m) => (/också/iu.test(m) ? ' också' : /as well/iu.test(m) ? ' as well' : ''));
  if (/[?]/u.test(asked) || wordsOf(asked).length < 3) return undefined;
  // ("Will I get it back?", "Kan jag få dela upp det?": a thing said only as a pronoun says nothing alone in a note.)
  if (/(?<![\p{L}])(?:it|that|this|them|det|den|dem|detta)(?![\p{L}])/iu.test(asked)) return undefined;
  let statement: string | undefined;
  if (language === 'sv') {
    const inverted = new RegExp(`^((?:(?:om|ifall)\\s[^,]+?,?\\s+)?)(${SV_QUESTION_VERB})\\s+(jag|vi)(?![\\p{L}])`, 'iu').exec(asked);
    if (inverted) {
      // "Om jag skickar …, får jag …": after a condition first, the verb stays before its subject.
      statement = inverted[1] ? asked.replace(/,(?=\s+\p{L}+\s+(?:jag|vi)(?![\p{L}]))/u, '') : `${inverted[3]} ${inverted[2]!.toLowerCase()}${asked.slice(inverted[0].length)}`;
    } else if (/^(?:jag|vi)\s+\p{L}+/iu.test(asked)) statement = asked;
  } else {
    const aux = "(?:can|could|will|would|do|does|did|am|are|is|have|has|should|must|may)";
    const inverted = new RegExp(`^((?:if\\s[^,]+?,\\s*)?)(${aux})\\s+(i|we)(?![\\p{L}])\\s*`, 'iu').exec(asked);
    if (inverted) {
      const verb = inverted[2]!.toLowerCase();
      const rest = asked.slice(inverted[0].length);
      // ("Do I need …?" → "I need …"; "Did I …" is left: its tense goes with the verb.)
      if (verb === 'did') return undefined;
      statement = `${inverted[1]}${inverted[3] === 'i' || inverted[3] === 'I' ? 'I' : 'we'}${/^do(?:es)?$/u.test(verb) ? '' : ` ${verb}`} ${rest}`;
    } else if (/^(?:i|we)\s+\p{L}+/iu.test(asked)) statement = asked;
  }
  if (!statement) return undefined;
  const condition = onlyIf ? capitalise(answer.trim().replace(/^(?:(?:nej|ja|no|yes)[,\s]+)/iu, '')) : undefined;
  return { text: `${statement.charAt(0).toUpperCase()}${statement.slice(1)}.`, onlyIf: onlyIf !== null, condition };
}

/**
 * "Måste jag skicka in dödsbevis?" "Nej, dödsfallet får vi från Skatteverket.": the "nej" that answers the
 * question is the answer; without it the note reads as if the caller must (found in tuning-9).
 */
function keptNo(said: string, written: string, language: Language): string {
  const no = language === 'sv' ? /^(?:nej|nä|nejdå)(?![\p{L}])/iu : /^no(?![\p{L}]|\s+(?:problem|worries))/iu;
  if (!no.test(said.trim()) || no.test(written.trim())) return written;
  return `${language === 'sv' ? 'nej' : 'no'}, ${written.charAt(0).toLowerCase()}${written.slice(1)}`;
}

/** A fragment with an amount right after `s`, in the same turn ("… betala tillbaka pension. Tjugotre tusen kronor."). */
function valueAfter<S extends Statement>(s: S & { position: number }, all: (S & { position: number })[], language: Language): S | undefined {
  const next = all[s.position + 1];
  return next && next.speaker === s.speaker && next.segmentIndex === s.segmentIndex && isFragment(next.text, language) && factWeight(next.text, language, false).types.includes('amount')
    ? next
    : undefined;
}

/** "… betala tolv tusen i restskatt. Tolv tusen!": the value fragment only says the sentence's own sum again (round 34). */
function saysAgain(value: Statement, s: Statement, language: Language): boolean {
  const numbers = (text: string) => inDigits(text, language).match(/\d[\d ]*\d|\d/gu)?.map((n) => n.replace(/ /g, '')) ?? [];
  const own = numbers(value.text);
  const said = new Set(numbers(s.text));
  return own.length > 0 && own.every((n) => said.has(n));
}

/**
 * One errand line from a vague errand and what it is: "Kunden har fått ett brev om att kunden
 * ska betala tillbaka pension", "Kunden har en fråga om sin inkomstpension: den gick upp, men …".
 */
function joinErrand(errand: string, detail: string, language: Language): string {
  const head = errand.replace(/(?:\s+(?:här|nu|here|now))?[.!]$/iu, '');
  const that = language === 'sv' ? /^att\s/iu : /^that\s/iu;
  // "Här står det att …", "It says that …": what the letter says.
  const said = detail.replace(language === 'sv' ? /^(?:här |det )?står det (?:här )?att\s+/iu : /^it says (?:here )?that\s+/iu, language === 'sv' ? 'att ' : 'that ');
  const tail = /^\p{Lu}\p{Ll}/u.test(said) ? said.charAt(0).toLowerCase() + said.slice(1) : said;
  if (that.test(tail)) return `${head} ${language === 'sv' ? 'om' : 'saying'} ${tail}`;
  return `${head}: ${tail}`;
}

/** The caller's own plan: "Jag tänkte ringa banken", "Då ska jag begära omprövning", "I was going to fill in a form". */
const CALLERS_PLAN: Record<Language, RegExp> = {
  sv: /^(?:(?:ja|då|men|och|så|okej)[,\s]+)*(?:(?:jag|vi) (?:tänkte|ska|skulle|hade tänkt|kommer att)|(?:då|så|nu) (?:ska|tänker|tänkte) (?:jag|vi))\s+(?!inte|nog inte)\p{L}/iu,
  en: /^(?:(?:yes|then|but|and|so|okay|well)[,\s]+)*(?:i|we) (?:was going to|were going to|was thinking of|'ll|will|am going to|'m going to)\s*(?!not)\p{L}/iu,
};
/** "Nej, då låter jag det vara", "Då gör jag ingenting", "då struntar jag i det", "Fine, leave it": the plan given up. */
const PLAN_DROPPED: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:(?:låter|lämnar) (?:jag|vi) det (?:vara|som det är)|(?:gör|ändrar) (?:jag|vi) (?:inget|ingenting)|struntar (?:jag|vi) i det|skiter (?:jag|vi) i det|jag avstår|det gör jag inte)(?![\p{L}])/iu,
  en: /(?<![\p{L}'])(?:(?:i'll |then i'll |fine,? )?leave it|forget it|never mind|then i won't|i won't bother|i'll drop it)(?![\p{L}'])/iu,
};
/** "Kunden tänkte ringa banken i morgon, …" → "Kunden ska inte ringa banken i morgon (ändrade sig)."; undefined in another form. */
function planGivenUp(text: string, language: Language): string | undefined {
  const first = text.split(/,\s+/u)[0]!.replace(/[.!?…\s]+$/u, '');
  const plan = language === 'sv'
    ? /^Kunden (?:tänkte|ska|skulle|hade tänkt|kommer att) (?!inte)(.+)$/u.exec(first)
    : /^The caller (?:was going to|will|is going to|was thinking of) (?!not)(.+)$/u.exec(first);
  if (!plan) return undefined;
  return language === 'sv' ? `Kunden ska inte ${plan[1]} (ändrade sig).` : `The caller will not ${plan[1]} (changed their mind).`;
}
/**
 * Whether `said` is the caller's own plan that the caller gives up in one of the next two turns of theirs. Left, "Kunden
 * tänkte ringa banken i morgon och flytta autogirot" and "Kunden ska begära omprövning" read as what the caller will do.
 */
function callersPlanGivenUp(said: Sentence, all: Sentence[], language: Language): boolean {
  if (said.speaker !== 'caller' || !CALLERS_PLAN[language].test(said.text)) return false;
  const turns = [...new Set(all.filter((x) => x.speaker === 'caller' && x.segmentIndex > said.segmentIndex).map((x) => x.segmentIndex))].slice(0, 2);
  return all.some((x) => x.speaker === 'caller' && turns.includes(x.segmentIndex) && PLAN_DROPPED[language].test(x.text));
}
/** "Då behöver jag inte ringa dig", "Then I won't post it", "det behövs inte": the agent's task taken back. */
const TASK_CANCELLED: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:behöver jag inte|ska jag inte|skickar jag inte|ringer jag inte|gör jag inte|behövs (?:inte|ingen|inget))(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:i won't|i will not|i don't need to|no need (?:to|for)|(?:is|isn't|is not) needed|not needed)(?![\p{L}])/iu,
};
/** The verbs of the agent's tasks and their kind, to match a task with the words that take it back. */
const TASK_VERBS = new Map<string, string>([
  ['ringa', 'call'], ['ringer', 'call'], ['ring', 'call'], ['call', 'call'], ['calls', 'call'], ['phone', 'call'],
  ['skicka', 'send'], ['skickar', 'send'], ['posta', 'send'], ['send', 'send'], ['sends', 'send'], ['post', 'send'], ['posts', 'send'], ['mail', 'send'],
  ['blankett', 'form'], ['blanketten', 'form'], ['form', 'form'],
]);

/** Words that name a day: a weekday, a month, a day of the month, tomorrow. */
const NAMES_A_DAY =
  /(?<![\p{L}])(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|february|march|may|june|july|august|october|morgon|tomorrow|\d{1,2}(?::[ae]|st|nd|rd|th)?|\p{L}*(?:första|andra|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde|elfte|tolfte|tonde|ugonde|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|tieth))(?![\p{L}])/iu;
/** The caller turns a proposed day down ("Nej, på tisdag kan jag inte", "Could it be later in the week?"). */
const TURNS_DAY_DOWN: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:nej|kan (?:jag |vi )?inte|går inte|passar (?:inte|sämre|dåligt)|funkar inte|upptagen)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:no|can't|cannot|won't work|doesn't work|not good|busy)(?![\p{L}])/iu,
};
/** The caller asks for another day ("Går det senare i veckan?", "Could it be later?", "another day"). */
const ANOTHER_DAY: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:senare|en annan dag|annan tid)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:later|another day|another time)(?![\p{L}])/iu,
};

/** A correction in what follows ("…, nej, Spanien", "…, sorry, the ninth"). */
const CORRECTED_LATER = /(?<![\p{L}])(?:nej|nä|förlåt|jag menar|no|sorry|i mean)[,.…]/iu;
const CORRECTION_MARKER_LAST = /(?<![\p{L}])(?:nej|nä|förlåt|jag menar|no|sorry|i mean)[.…\s]*$/iu;

/** The clause of a sentence that tells the event, cut before a clause of its own ("…, och vi har två barn"). */
function eventClause<S extends Statement>(s: S, situation: RegExp, clausesOnly = false): S {
  // With `clausesOnly`, a comma alone does not end the event ("Jag ska flytta utomlands, till [PLATS], i augusti").
  const cut = clausesOnly
    ? /,?\s+(?:och|men|and|but)\s+(?=(?:vi|jag|han|hon|de|det|we|i|he|she|they|it)(?![\p{L}]))/giu
    : /,\s+|\s+(?:och|men|and|but)\s+(?=(?:vi|jag|han|hon|de|we|i|he|she|they)(?![\p{L}']))/giu;
  for (const m of s.text.matchAll(cut)) {
    const head = s.text.slice(0, m.index);
    // ("… flytta till Portugal, nej, Spanien, i september": not before a correction, the value it corrects is in the head.)
    if (CORRECTED_LATER.test(s.text.slice(m.index)) || CORRECTION_MARKER_LAST.test(head)) continue;
    if (situation.test(head)) return { ...s, text: `${head}.`, words: wordsOf(head) };
  }
  return s;
}

/** "Kunden vill veta …" from a lawyer: "Kunden, som är advokat, vill veta …"; "The caller, a solicitor, asks …". */
function withRole(line: string, role: string | undefined, language: Language): string {
  if (!role) return line;
  const subject = language === 'sv' ? /^Kunden(?=\s)/u : /^The caller(?=\s)/u;
  if (!subject.test(line)) return line;
  // "Kunden är god man för …" names the role already.
  if (line.toLowerCase().includes(language === 'sv' ? ` är ${role.toLowerCase()}` : ` ${role.toLowerCase()}`)) return line;
  return line.replace(subject, language === 'sv' ? `Kunden, som är ${role},` : `The caller, ${/^[aeiou]/u.test(role) ? 'an' : 'a'} ${role},`);
}

/**
 * "My wife passed away in June and I applied for survivor's pension. I just want to check it's all going through.": a wish
 * about "it" needs the thing the event sentence goes on to name; the whole sentence stays before it (round 57).
 */
const REFERS_TO_THING = /(?<![\p{L}])(?:it|it's|det|den)(?![\p{L}])/iu;
/** What "it" can be: a benefit, an application, a decision, a letter or a form. */
const A_THING = /(?:pension|ansökan|application|beslut|decision|bostadstillägg|supplement|allowance|benefit|blankett|form|brev|letter)/iu;
/** The event clause of the sentence, unless the wish's "it" is the thing the rest of it names. */
function eventOnly<S extends Statement>(s: S, wish: string, situation: RegExp): S {
  const event = eventClause(s, situation, true);
  const rest = s.text.slice(Math.max(0, event.text.length - 1));
  return REFERS_TO_THING.test(wish) && A_THING.test(rest) ? s : event;
}

/** The event, then the wish: "Kundens fru dog i augusti och kunden undrar om barnen kan få barnpension." */
function afterEvent(event: string, errand: string, language: Language): string {
  const head = event.replace(/[.!\s]+$/u, '');
  // ("… and the caller says that the funeral home said …": the second "says" goes.)
  errand = errand.replace(/^(?:the caller says that|kunden uppger att)\s+/iu, '');
  const tail = /^\p{Lu}\p{Ll}/u.test(errand) && !/^(?:I|I'm|I'd)\b/u.test(errand) ? errand.charAt(0).toLowerCase() + errand.slice(1) : errand;
  // One subject for both: "Kunden är änka och undrar om …", "The caller moved and would like to know …".
  const subject = language === 'sv' ? /^kunden\s+(?=\p{Ll})/u : /^the caller\s+(?=\p{Ll})/u;
  // Not after a clause with a subject of its own ("… och kundens hyra har gått upp").
  const same = (language === 'sv' ? /^Kunden\s/u : /^The caller\s/u).test(head) && !/\s(?:och|men|and|but)\s/iu.test(head) && subject.test(tail);
  return `${head}${language === 'sv' ? ' och' : ' and'} ${same ? tail.replace(subject, '') : tail}`;
}

const WEEK_NARROWED =
  /(?<![\p{L}])(?:this week|later this week|i veckan|den här veckan|under veckan)[,\s]+(?:(?:probably|maybe|likely|perhaps|most likely|troligen|kanske|nog|förmodligen|antagligen)[,\s]+)?(?:on\s+|på\s+)?$/iu;
/** "by post", "by phone", "by the agency": the way something goes or who does it, not a deadline. */
const BY_MEANS =
  /(?<![\p{L}])by\s+(?:(?:regular|ordinary|normal|registered)\s+)?(?:post|mail|e-?mail|phone|telephone|letter|hand|courier|text|sms|bank transfer|direct debit|us|them|me|you|him|her|the (?:agency|agent|caller|doctor|clinic|employer|landlord|bank|post))(?![\p{L}])/giu;
/** "senast den 30 april" is a deadline (by); "den 15 april" the day it happens (on). */
function prepositionOf(text: string, dateText: string, writing: (typeof WRITING)[Language]): 'on' | 'by' {
  const at = text.indexOf(dateText);
  // ("Jag har skickat blanketten nu, den kommer inom några dagar": the call day given to an act done now, not said in the
  // sentence, is the day it was done; "inom"/"within" there is when it arrives, no deadline on the call day, round 71.)
  if (at < 0 && /^(?:i dag|today)$/iu.test(dateText)) return 'on';
  // ("I've sent a payment statement by post now": "by" that names the way or the doer, "by post", "by phone", "by the
  // agency", is no deadline; the act done now is done on the day, round 66.)
  const before = (at < 0 ? text : text.slice(Math.max(0, at - 25), at + dateText.length)).replace(BY_MEANS, '');
  // ("this week, probably Wednesday", "i veckan, troligen på onsdag": the week narrowed to a day is that day, round 42.)
  if (at > 0 && WEEK_NARROWED.test(text.slice(0, at))) return 'on';
  return writing.deadline.test(before) ? 'by' : 'on';
}

/** The weightiest facts that fit in the word budget (each above the minimum weight). */
function withinBudget(facts: Placed[]): Placed[] {
  const kept: Placed[] = [];
  let words = 0;
  for (const fact of [...facts].sort((a, b) => b.score - a.score || a.position - b.position)) {
    if (fact.score < MIN_WEIGHT) break;
    const length = wordsOf(fact.text).length;
    if (words + length > WORD_BUDGET) continue;
    kept.push(fact);
    words += length;
  }
  return kept;
}

/** Who does a follow-up's clause: the caller, the agent, the agency, or the agency's outcome said as the subject. */
const DOER: Record<Language, string> = {
  sv: '(?:kunden|handläggaren|myndigheten|beslutet|(?:den\\s+)?(?:första\\s+|nästa\\s+)?utbetalningen)',
  en: '(?:the caller|the agent|the agency|the decision|the (?:first |next )?payment)',
};
/**
 * ", och sen skickar kunden …", ", and the caller will …": where a follow-up's sentence goes on with another doer's task;
 * ", så kommer den …", ", it should reach you …": or with the arrival of what the first clause sends (a pronoun).
 */
const NEXT_DOER: Record<Language, RegExp> = {
  sv: new RegExp(`,\\s+(?:och\\s+(?:(?:sen|sedan|då)\\s+(\\p{L}+)\\s+(${DOER.sv})|(${DOER.sv}))|så\\s+(kommer)\\s+(den|de))\\s+(?=\\p{L})`, 'iu'),
  en: new RegExp(`,\\s+(?:and\\s+(?:then\\s+)?()()(${DOER.en})|(?:and\\s+|so\\s+)?()(it|they)(?=\\s+(?:should|will|would)\\s+(?:arrive|reach|come)))\\s+(?=\\p{L})`, 'iu'),
};
/** The thing the first clause sends or orders, named definitely ("beställer blanketten", "post the form"). */
const SENT_THING: Record<Language, RegExp> = {
  sv: /(?:skickar|postar|beställer)\s+(?:dig\s+|kunden\s+)?(\p{L}+(?:en|et|na))(?![\p{L}])/iu,
  en: /(?:send|sends|post|posts|order|orders)\s+(?:you\s+|the caller\s+)?(the\s+\p{L}+)(?![\p{L}])/iu,
};
const FIRST_DOER: Record<Language, RegExp> = {
  sv: new RegExp(`(?<![\\p{L}])${DOER.sv}(?![\\p{L}])`, 'iu'),
  en: new RegExp(`(?<![\\p{L}])${DOER.en}(?![\\p{L}])`, 'iu'),
};
const RECEIVED_OUTCOME = /(?<![\p{L}])(?:beslut\p{L}*|svar\p{L}*|decision|(?:written )?answer)(?![\p{L}])/iu;

/**
 * "Handläggaren beställer blanketten nu, så kommer den inom en vecka, och sen skickar kunden in den …", "The agent will call on
 * Friday …, and the caller will also get a written answer within about four weeks": one sentence with two doers' tasks is two
 * follow-ups, each with its own doer and its own clause's day; a clause with no day of its own gets none (round 56).
 */
function splitByDoers(f: Placed, language: Language, callDate: string, doer?: string): Placed[] {
  const m = NEXT_DOER[language].exec(f.text);
  if (!m) return [f];
  const head = f.text.slice(0, m.index);
  const after = f.text.slice(m.index + m[0].length);
  // (A clause split off has its doer first; the sentence's own first doer is found in it.)
  const firstDoer = doer ?? FIRST_DOER[language].exec(head)?.[0];
  const said = m[2] || m[3] || m[5];
  // ("Den kommer inom en vecka" → "Blanketten kommer inom en vecka": the pronoun is the thing sent; not named, no split.)
  const nextDoer = said && /^(?:den|de|it|they)$/iu.test(said) ? SENT_THING[language].exec(head)?.[1] : said;
  const verb = m[1] || m[4];
  if (!firstDoer || !nextDoer || firstDoer.toLowerCase() === nextDoer.toLowerCase() || wordsOf(after).length < 2) return [f];
  // Not a task of its own: an option ("the caller can also apply on My Pages", "the agent can send …, and …"), the document
  // the agency needs back (the caller's deadline, "and the agency needs it by …"), advice ("recommends"), a joint act ("the
  // caller and the agent will …", "they are both there").
  const next = (verb || wordsOf(after)[0] || '').toLowerCase();
  const person = /^(?:kunden|handläggaren|myndigheten|the caller|the agent|the agency)$/iu.test(nextDoer);
  if (/^(?:kan|can|could|behöver|needs?|rekommenderar|recommends?|och|and)$/u.test(next) || (person && /^(?:är|is|are)$/u.test(next))) return [f];
  if (new RegExp(`${FIRST_DOER[language].source}\\s+(?:kan|can|could)(?![\\p{L}])`, 'iu').test(head)) return [f];
  // (What the caller gets from the agent's act, "och kunden får ett brev som bekräftar det", is part of that act; a decision
  // or an answer is a follow-up of its own. "The agency decides, and …": too short to be a task of its own.)
  if (/^(?:kunden|the caller)$/iu.test(nextDoer) && /^(?:får|gets|receives|will (?:get|receive))\s/iu.test(`${verb ? `${verb} ` : ''}${after}`) && !RECEIVED_OUTCOME.test(after)) return [f];
  if (wordsOf(head).length < 4) return [f];
  // ("sen skickar kunden in den" → "Kunden skickar in den": the doer first, as a note writes it; "and the caller will also
  // get …": the "also" joined the two tasks.)
  const second = capitalise(`${nextDoer} ${verb ? `${verb} ` : ''}${after.replace(/^(will\s+)?(?:also|också)\s+/iu, '$1')}`);
  const first = `${head}.`;
  const writing = WRITING[language];
  const own = (text: string, kind: FollowUpKind): Placed['followUp'] => {
    // ("within a few weeks", "inom ungefär fyra veckor": a length said vaguely gives no day, round 55.)
    const vague = (dateText: string) => LENGTH.test(dateText) && VAGUE_LENGTH[language].test(dateText);
    // (The day the whole sentence was given stays with the clause that says it; another clause has its own day or none.)
    if (f.followUp?.dateText && text.includes(f.followUp.dateText) && !vague(f.followUp.dateText)) return { ...f.followUp, kind };
    // ("Handläggaren beställer blanketten nu": what the agent does now is done on the call's day.)
    const now = AGENT_TASK.test(text) && NOW[language].test(text) ? findDates(language === 'sv' ? 'i dag' : 'today', language, callDate)[0] : undefined;
    // ("…, and the caller will also get the difference then": "then" is the sentence's day.)
    const then = /(?<![\p{L}])(?:then|då)[.!]?$/iu.test(text) && f.followUp?.dueDate ? { text: f.followUp.dateText ?? '', date: f.followUp.dueDate } : undefined;
    const day = findDates(text, language, callDate).find((d) => d.date >= callDate && !vague(d.text)) ?? now ?? then;
    return { kind, ...(day ? { dateText: day.text, dueDate: day.date, preposition: prepositionOf(text, day.text, writing) } : {}) };
  };
  const kindOf = (text: string): FollowUpKind =>
    RECEIVED_OUTCOME.test(text) ? 'decision' : /^(?:kunden|the caller)\s/iu.test(text) && writing.document.test(text) ? 'awaitDocument' : 'other';
  // (A call-back or a sending stays what it was; what the sentence awaited may have gone to another clause.)
  const firstKind = f.followUp?.kind === 'callBack' || f.followUp?.kind === 'sendDocument' ? f.followUp.kind : kindOf(first);
  return [
    { ...f, text: first, followUp: f.followUp?.dateText && !first.includes(f.followUp.dateText) && !second.includes(f.followUp.dateText) ? f.followUp : own(first, firstKind) },
    ...splitByDoers({ ...f, text: second, followUp: own(second, kindOf(second)) }, language, callDate, nextDoer),
  ];
}

/**
 * "Jag ber en kollega granska ansökningarna, och så ringer jag dig på onsdag", "jag lägger en bevakning på ärendet och
 * ringer dig fredag den fjärde", "I'll ask a colleague to check it and call you on Monday": the agent's step taken now and
 * the call-back on a day are two tasks. As one line, the step was dated on the call-back's day or lost (round 67), and the
 * colleague asked, the flag set, the question sent were missing among the follow-ups.
 */
const OWN_CALL_BACK_AFTER: Record<Language, RegExp> = {
  sv: /,?\s+och\s+(?:så\s+|sen\s+|sedan\s+|då\s+)?(?:ringer\s+(?:handläggaren\s+)?|handläggaren\s+ringer\s+)(?=(?:upp\s+)?kunden(?![\p{L}]))/iu,
  en: /,?\s+and\s+(?:then\s+)?(?:the agent\s+)?(?:will\s+)?(call|ring|phone)(?=\s+(?:back\s+)?the caller(?![\p{L}]))/iu,
};
/** The agent's own step in the first clause: not an inquiry that is the call-back's preparation ("tittar på det", "look into it"). */
const AGENT_STEP: Record<Language, RegExp> = {
  // (The verb after "ska"/"will", not "ska"/"will" itself.)
  sv: /(?<![\p{L}])handläggaren\s+(?:ska\s+)?(?!(?:ska|tittar|titta|kollar|kolla|undersöker|undersöka|ser|se|kontrollerar|kontrollera|kan|får|vet|har|är)(?![\p{L}]))\p{L}+(?![\p{L}])/iu,
  en: /(?<![\p{L}])the agent\s+(?:will\s+|is\s+)?(?!(?:will|is|look|looks|looking|check|checks|checking|find|finds|investigate|investigates|can|could|has|knows)(?![\p{L}]))\p{L}+(?![\p{L}])/iu,
};
function splitOwnCallBack(f: Placed, language: Language, callDate: string): Placed[] {
  const date = f.followUp?.dateText;
  if (f.followUp?.kind !== 'callBack' || !f.followUp.dueDate || !date) return [f];
  const cut = OWN_CALL_BACK_AFTER[language].exec(f.text);
  if (!cut) return [f];
  // (Only the last sentence of what comes before: "Det är en bra fråga. Det vet handläggaren inte säkert, så …".)
  const head = f.text.slice(0, cut.index).split(/(?<=[.!?])\s+/u).at(-1)!.replace(/^.*,\s+(?:så|so)\s+(?=handläggaren|the agent)/iu, '');
  const after = f.text.slice(cut.index + cut[0].length);
  const step = AGENT_STEP[language].exec(head);
  // (The call-back's day is said after the cut; a step with a day or a condition of its own, or denied, stays whole.)
  if (!step || step.index !== 0 || !after.includes(date) || wordsOf(head).length < 4 || findDates(head, language, callDate).length > 0) return [f];
  // ("… som har hand om dödsbon": "om" opening a condition, "om du …", "if it …", not a preposition.)
  if (/(?<![\p{L}])(?:inte|ej|aldrig|not|never)(?![\p{L}])|(?<![\p{L}])(?:om|ifall|if)\s+(?:du|ni|det|den|kunden|handläggaren|the caller|it|you|they)(?![\p{L}])/iu.test(head)) return [f];
  const today = findDates(language === 'sv' ? 'i dag' : 'today', language, callDate)[0];
  if (!today) return [f];
  const will = language === 'en' && /^the agent\s+will\s/iu.test(head);
  // (The agent's own verb kept: "ring you back" stays "ring", not made "call".)
  const verb = (cut[1] ?? 'call').toLowerCase();
  const callBack = language === 'sv' ? `Handläggaren ringer ${after}` : `The agent ${will ? `will ${verb}` : `${verb}s`} ${after}`;
  return [
    { ...f, text: `${capitalise(head)}.`, followUp: { kind: 'other', dateText: today.text, dueDate: today.date, preposition: 'on' } },
    { ...f, text: callBack.endsWith('.') ? callBack : `${callBack}.` },
  ];
}

/**
 * "I'll call you back." … "I'll call you on Friday, then.": a call-back promised and then given a day is one
 * task, the dated one (with the segments of both).
 */
function oneCallBack(tasks: Placed[]): Placed[] {
  const dated = tasks.find((t) => t.followUp?.kind === 'callBack' && t.followUp.dueDate);
  if (!dated) return tasks;
  const undated = tasks.filter((t) => t.followUp?.kind === 'callBack' && !t.followUp.dueDate);
  dated.segmentIndexes = uniqueSorted([...dated.segmentIndexes, ...undated.flatMap((t) => t.segmentIndexes)]);
  return tasks.filter((t) => !undated.includes(t));
}

/** "Jag kan skicka …", "I can send/post …": the agent offers to send something. */
const AGENT_OFFERS: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:(?:jag|vi) kan (?:också |gärna )?(?:skicka|posta|beställa)|kan (?:jag|vi) (?:också )?(?:skicka|posta))(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:I|we) (?:can|could) (?:also )?(?:send|post|order)(?![\p{L}])/iu,
};
/** "Nej, det behövs inte", "No, the website's fine": the caller declines what was offered. */
const DECLINES_OFFER: Record<Language, RegExp> = {
  sv: /^(?:nej|nä|nej tack)(?![\p{L}])|(?<![\p{L}])(?:det behövs inte|behöver (?:inte|ingen|inget)|strunta i det|skit i det)(?![\p{L}])/iu,
  en: /^(?:no|nah|no thanks)(?![\p{L}])|(?<![\p{L}])(?:(?:don't|do not) need|no need|don't bother|never mind)(?![\p{L}])/iu,
};
/**
 * Whether the caller declines the agent's offer in `said`: the caller's next sentence says no ("Nej, strunta i det"), and
 * the caller neither asked for it just before ("Kan du skicka en blankett?") nor takes it up later ("Nej, inte ett papper
 * till! … Ja men skicka då", "Nej, jag har inte Mina sidor. Skicka den.") and the agent does not send it after all ("Jag
 * skickar den i dag"). A "nej" that answers something else is no decline; written as one it is false (round 31).
 */
function offerDeclined(said: Sentence, all: Sentence[], language: Language): boolean {
  const reply = nextSaidBy('caller', said, all);
  if (!reply || !DECLINES_OFFER[language].test(reply.text)) return false;
  const asked = all.findLast((x) => x.position < said.position && x.speaker === 'caller');
  if (asked && ASKS_TO_BE_SENT[language].test(asked.text)) return false;
  return !all.some((x) => x.position >= reply.position && (x.speaker === 'caller' ? TAKES_UP : SENDS_IT)[language].test(x.text));
}
/**
 * "Du kan göra det själv i e-tjänsten, eller så registrerar jag det nu." "Gör det nu.": two ways offered and the caller
 * answering with a choice. The offer as said is no longer true of the call: the way the caller took is told instead
 * (round 49). Says which way was chosen: the agent's ("Gör det nu", "Do that") or the caller's own ("Jag gör det i kväll",
 * "I'd rather do it online").
 */
function eitherWayChosen(said: Sentence, all: Sentence[], language: Language): 'agent' | 'caller' | undefined {
  if (said.speaker !== 'agent' || !EITHER_WAY[language].test(said.text)) return undefined;
  const reply = nextSaidBy('caller', said, all);
  if (!reply || reply.isQuestion) return undefined;
  if (OWN_WAY[language].test(reply.text)) return 'caller';
  return AGENTS_WAY[language].test(reply.text) || TAKES_UP[language].test(reply.text) ? 'agent' : undefined;
}
/**
 * "Ladda upp beskedet på Mina sidor, eller skicka en kopia." "Jag skickar den.", "Upload the statement on My Pages, or post
 * a copy." "I'll post it.": two ways, both the caller's, and the reply names the one the caller takes. The task is that way
 * only; the other, written beside it, reads as what the caller does (round 86: "asked to upload … on My Pages, or post a
 * copy" was a false statement for a caller who posts it). A copy of "it" is a copy of what the first way names.
 */
function oneWayTaken(text: string, said: Sentence, all: Sentence[], language: Language): string {
  const ways = TWO_WAYS[language].exec(text)?.groups;
  const reply = nextSaidBy('caller', said, all);
  const named = reply && !reply.isQuestion ? TAKES_WAY[language].exec(reply.text) : undefined;
  const taken = (named?.[1] ?? named?.[2])?.toLowerCase();
  if (!ways || !taken) return text;
  const { lead = '', verbA = '', restA = '', verbB = '', restB: saidB = '', end = '' } = ways;
  const same = (verb: string) => taken.slice(0, 4) === verb.toLowerCase().slice(0, 4) && Math.abs(taken.length - verb.length) <= 2;
  const [first, second] = [same(verbA), same(verbB)];
  if (first === second) return text;
  if (first) return `${lead}${verbA}${restA}${end}`;
  const object = restA.replace(PLACE_OF_WAY[language], '').trim();
  const restB = saidB.trim();
  const what = /^(?:it|den|det)$/iu.test(restB) ? object : COPY_OF[language].test(restB) ? `${restB} ${language === 'sv' ? 'av' : 'of'} ${object}` : restB;
  return `${lead}${verbB} ${what}${end}`;
}
/** "… ska ladda upp X på Mina sidor, eller skicka en kopia.", "… is asked to upload X on My Pages, or post a copy." (and what follows it in the task) */
const TWO_WAYS: Record<Language, RegExp> = {
  sv: /^(?<lead>.*?(?:ska|ombeds|kan|behöver)\s+)(?<verbA>\p{L}+(?:\s+(?:upp|in|iväg)(?![\p{L}]))?)(?<restA>\s+[^,.!?]+?),\s*eller\s+(?<verbB>\p{L}+)(?<restB>\s+[^,.!?]+?)(?<end>(?:[.!](?:\s+.*)?)?)$/iu,
  en: /^(?<lead>.*?(?:asked to|should|can|needs to|need to)\s+)(?<verbA>\p{L}+(?:\s+(?:in|off)(?![\p{L}]))?)(?<restA>\s+[^,.!?]+?),\s*or\s+(?<verbB>\p{L}+)(?<restB>\s+[^,.!?]+?)(?<end>(?:[.!](?:\s+.*)?)?)$/iu,
};
/** "Jag skickar den", "Då postar jag den", "I'll post it", "I will upload it": the verb of the way the caller takes. */
const TAKES_WAY: Record<Language, RegExp> = {
  sv: /^(?:(?:ja|okej|ok|då|jo)[,.!\s]+)*(?:jag\s+(\p{L}+)|(\p{L}+ar)\s+jag)(?![\p{L}])/iu,
  en: /^(?:(?:yes|okay|ok|right|then|fine)[,.!\s]+)*I(?:'ll| will|'m going to)\s+(\p{L}+)(?![\p{L}])/iu,
};
/** Where the first way is done ("på Mina sidor", "on My Pages", "in the e-service"): not what a copy is of. */
const PLACE_OF_WAY: Record<Language, RegExp> = {
  sv: /\s+(?:på|i|via|genom)\s+(?:mina sidor|e-tjänsten|appen|webben|webbplatsen)(?![\p{L}]).*$/iu,
  en: /\s+(?:on|in|via|through)\s+(?:my pages|the e-service|the app|the website)(?![\p{L}]).*$/iu,
};
/** "en kopia", "a copy": the second way sends a copy of what the first names. */
const COPY_OF: Record<Language, RegExp> = {
  sv: /^(?:en kopia|kopior|en papperskopia)$/iu,
  en: /^(?:a copy|copies|a paper copy)$/iu,
};
/** The offer with the agent's way cut off, where the caller took their own: "Kunden kan göra det på Mina sidor." */
const ownWayOnly = (text: string, language: Language) =>
  text.replace(language === 'sv' ? /,\s*eller så\s[^.!?]*/iu : /,\s*or (?:the agent|they)\s[^.!?]*/iu, '');
/** "…, eller så registrerar jag det nu", "…, or I can post you a form": the agent's second way beside the caller's. */
const EITHER_WAY: Record<Language, RegExp> = {
  sv: /,\s*eller så (?:\p{L}+ )?(?:jag|vi)(?![\p{L}])/iu,
  en: /,\s*or (?:I|we)(?![\p{L}])/iu,
};
/** "Gör det nu", "Gör det du", "Do it now", "Do that": the caller has the agent take the agent's way. */
const AGENTS_WAY: Record<Language, RegExp> = {
  sv: /^(?:(?:ja|okej|då)[,.!\s]+)*gör det(?![\p{L}])/iu,
  en: /^(?:(?:yes|okay|ok|then)[,.!\s]+)*(?:do it|do that|please do)(?![\p{L}])/iu,
};
/** "Jag gör det på Mina sidor", "Hellre själv", "I'll do it online", "I'd rather do it myself": the caller takes their own way. */
const OWN_WAY: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:jag gör det|vi gör det|hellre|helst|jag tar det själv)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:I'd rather|I would rather|I'd prefer|I prefer|I'll do it|we'll do it|I will do it)(?![\p{L}])/iu,
};
/** "Kan du skicka …", "Kan jag få …", "Can you send …": the caller asks for something to be sent. */
const ASKS_TO_BE_SENT: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:kan (?:du|ni) (?:inte )?(?:skicka|posta)|kan jag få)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:(?:can|could) you (?:send|post)|(?:can|could) I (?:get|have))(?![\p{L}])/iu,
};
/** "Skicka den", "Ja men skicka då", "Send it", "Yes please": the caller asks for what was offered. */
const TAKES_UP: Record<Language, RegExp> = {
  sv: /^(?:(?:ja|jo|okej|ok|men|då)[,.!\s]+)*(?:skicka (?:den|det|dem|då|gärna)|ja,? (?:tack|gärna)|gärna[.!]?$|gör det)(?![\p{L}])/iu,
  en: /^(?:(?:yes|yeah|okay|ok|fine|well|but|then)[,.!\s]+)*(?:send (?:it|that|them)|yes,? please|please do|do that)(?![\p{L}])/iu,
};
/** "Jag skickar den i dag", "I'll post it today": the agent sends what was offered after all. */
const SENDS_IT: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:jag|vi) (?:skickar|postar) (?:den|det|dem)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:I'll|I will|we'll|we will) (?:send|post) (?:it|that|them)(?![\p{L}])/iu,
};
/** The agent's offer the caller declined, as the note says it: "Kunden tackade nej till att handläggaren skickar …"; otherwise nothing. */
function declinedOffer(text: string, language: Language): string | undefined {
  const offer = DECLINED_AS[language].exec(text);
  if (!offer) return undefined;
  const rest = text
    .slice(offer[0].length)
    .replace(IF_YOU_LIKE_SAID[language], '')
    .replace(/\s+(?:också|även|nu|too|as well|now)(?=[.!]?$)/iu, '')
    .replace(/(?:,\s*)+(?=[.!]?$)/u, '')
    .trim();
  // (What was offered, not who would have sent it: "tackade nej till en specifikation …", "declined an application".)
  return language === 'sv' ? `Kunden tackade nej till ${rest.replace(/^(?:till )?kunden\s+/iu, '')}` : `The caller declined ${rest.replace(/^(?:to )?the caller\s+/iu, '')}`;
}
const DECLINED_AS: Record<Language, RegExp> = {
  sv: /^(?:[^;]*;\s*)?handläggaren kan (?:också |gärna )?(?:skicka|posta|beställa)\s+/iu,
  en: /^(?:[^;]*;\s*)?the agent (?:can|could) (?:also )?(?:send|post|order)\s+/iu,
};
/** "…, eller så kan handläggaren skicka …", "…, or the agent can send …": an offer beside another way. */
const OR_ELSE: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])eller så(?![\p{L}])/iu,
  en: /,\s*or\s+(?:the agent|they|the caller)(?![\p{L}])/iu,
};
/** The offer's "om hen vill", "if they like" (in the note's third person), and the time said with it. */
const IF_YOU_LIKE_SAID: Record<Language, RegExp> = {
  sv: /,?\s*(?:i dag,?\s*)?om (?:hen|kunden|du|ni) vill/iu,
  en: /,?\s*(?:today,?\s*)?if (?:they|the caller|you) (?:like|want|wish)(?:e?s)?(?![\p{L}])/iu,
};
/** The offer's "…, om kunden vill." said at the end of a sentence ("if they want it"), not "om kunden vill jämföra". */
const IF_LIKED_AT_END: Record<Language, RegExp> = {
  sv: /,?\s*om (?:hen|kunden|du|ni) vill(?:\s+(?:det|ha det))?(?=\s*[.!](?:\s|$)|\s*$)/iu,
  en: /,?\s*if (?:they|the caller|you) (?:like|want|wish)(?:e?s)?(?:\s+(?:it|that|them|one))?(?=\s*[.!](?:\s|$)|\s*$)/iu,
};
/** "…, om du vill", "… if you like": what the agent offers to do. */
const IF_YOU_LIKE: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:om (?:du|ni) vill|om det önskas)\s*[.!?]?$/iu,
  en: /(?<![\p{L}])(?:if you (?:like|want|wish)|if you'd like)\s*[.!?]?$/iu,
};
/** The note's sentence of an offer, and the task it becomes once taken. */
const OFFERED_AS_TASK: Record<Language, { pattern: RegExp; task: string }> = {
  sv: { pattern: /^Handläggaren kan (?:också )?skicka(?![\p{L}])/u, task: 'Handläggaren skickar' },
  en: { pattern: /^The agent can (?:also )?(send|post)(?![\p{L}])/u, task: 'The agent will $1' },
};
/** The first sentence `speaker` says after `s`: the reply to it. */
const nextSaidBy = (speaker: 'agent' | 'caller', s: { position: number }, all: Sentence[]): Sentence | undefined =>
  all.find((x) => x.position > s.position && x.speaker === speaker);
/** "Har du beställt det?", "Have you ordered one?": the agent asks whether the step just named is done. */
const HAVE_YOU_DONE: Record<Language, RegExp> = {
  // (The step said as a pronoun after a participle: not "Har ni hyreskontraktet?", which asks for a paper.)
  sv: /^(?:(?:och|men)\s+)?har (?:du|ni) (?:redan\s+)?\p{L}+(?:t|tt|it|at)(?:\s+(?:in|ut|iväg))?\s+(?:det|den|dem|något|ett nytt|en ny)(?:\s+redan)?\s*\?$/iu,
  en: /^(?:(?:and|but)\s+)?(?:have|did) you (?:already\s+)?\p{L}+(?:\s+(?:in|off|away))?\s+(?:it|that|one|them|a new one)(?:\s+already)?\s*\?$/iu,
};
/** "Ja, det gjorde jag i går", "Yes, I did that last week": the step was done before the call. */
const DONE_ALREADY: Record<Language, RegExp> = {
  sv: /^(?:ja|jo|japp)(?![\p{L}])(?![,\s]+(?:men\s+)?(?:inte|nej))/iu,
  en: /^(?:yes|yeah|yep|i have|i did)(?![\p{L}])(?![,\s]+(?:but\s+)?not)/iu,
};
/**
 * "Då behöver du ett nytt BankID från din bank. Har du beställt det?" "Ja, det gjorde jag i går …": a step the agent names
 * and at once asks whether the caller has taken, answered yes, was done before the call; it is no task for after it
 * (round 58: "Kunden behöver ett nytt BankID" stood as a follow-up).
 */
function doneBeforeAsked(f: { position: number }, all: Sentence[], language: Language): boolean {
  const said = all.find((x) => x.position === f.position);
  if (!said || said.speaker !== 'agent') return false;
  const asked = all.find((x) => x.position > said.position && x.segmentIndex === said.segmentIndex && x.isQuestion);
  if (!asked || !HAVE_YOU_DONE[language].test(asked.text.trim())) return false;
  const reply = nextSaidBy('caller', asked, all);
  return reply !== undefined && reply.segmentIndex === asked.segmentIndex + 1 && DONE_ALREADY[language].test(reply.text.trim());
}

/** The caller's next sentence after the offer in `f` takes it ("Ja, gör det", "Yes, send it"). */
function offerTaken(f: { text: string; position: number }, all: Sentence[], language: Language): boolean {
  return OFFERED_AS_TASK[language].pattern.test(f.text) && callerTakes(f, all, language);
}
/** The caller's next sentence says yes to what was said: "Ja, gör det", "Yes, please". */
function callerTakes(f: { position: number }, all: Sentence[], language: Language): boolean {
  const reply = nextSaidBy('caller', f, all);
  // ("Gör det.", "Skicka det då.": a yes said as the act itself, round 50.)
  return reply !== undefined && (WRITING[language].accepts.test(reply.text.trim()) || TAKES_UP[language].test(reply.text.trim())) && !DECLINES_OFFER[language].test(reply.text);
}

/** The agent settles what it sends after the caller narrowed the offer: "Då skickar jag beräkningen", "Then I'll send the form". */
const SETTLED: Record<Language, RegExp> = {
  sv: /^(?:då|så)\s+(?:skickar|postar)\s+(?:jag|vi)\s/iu,
  en: /^(?:then|okay,?\s+then|in that case)\s+(?:i|we)(?:'ll|\s+will)\s+(?:just\s+)?(?:send|post)\s/iu,
};
/** A death told of "han"/"hon": "Han dog i december", "She passed away". */
const DIED: Record<Language, RegExp> = {
  sv: /^(?:han|hon)\s+(?:dog|gick bort|avled|har dött|har gått bort|somnade in)(?![\p{L}])/iu,
  en: /^(?:he|she)\s+(?:died|passed away|passed|has died|has passed away)(?![\p{L}])/iu,
};
/** The words of a death said of a relative ("min fru gick bort"). */
const DIED_WORDS: Record<Language, string> = {
  sv: 'dog|gick bort|avled|har dött|har gått bort|somnade in|har avlidit',
  en: 'died|passed away|has died|has passed',
};
/**
 * "… något har ändrats med barnen. [husband:] they have still got both of them at home.": the errand line is the caller's
 * errand; what a relative on the line says after their mark (a greeting, a guess, often the version the caller then
 * contradicts) is not, and written there it reads as the caller's fact (round 66). The relative's sentence goes.
 */
function withoutRelativesWords(line: string): string {
  const kept = line.replace(/\s*\[\p{L}+:\][^.!?]*(?:[.!?]+|$)/gu, '').trim();
  return kept === '' ? line : kept;
}
/** A sentence a relative on the line says inside the caller's turn: "[mamma:] Ja, det går bra." */
const RELATIVE_MARK = /^\[\p{L}+:\]/u;
/** "Han skriver under själv", "She's ten", "He lives …": the pronoun's person is or does it now. */
const PRESENT_TENSE: Record<Language, RegExp> = {
  sv: /^(?:han|hon)\s+(?:\p{L}+(?:ar|er|ir|or|år|ör)|är|har|kan|ska|vill|måste|får|går|bor)(?![\p{L}])/iu,
  en: /^(?:he|she)(?:\s+(?:(?!was(?![\p{L}]))\p{L}+s|is|has|can|will|must)|['’]s)(?![\p{L}])/iu,
};
/** What a living person does now: "Han går tredje året", "He lives with me". */
const PRESENT_DOING: Record<Language, RegExp> = {
  sv: /^(?:han|hon)\s+(?:går|är|bor|har|får|studerar|pluggar|jobbar|fyller|läser|vill|behöver|kan|ska)(?![\p{L}])/iu,
  en: /^(?:he|she)(?:\s+(?:goes|is|lives|has|studies|works|turns|wants|needs|can|will)|['’]s)(?![\p{L}])/iu,
};

/** The kin word of a relative on the line ("[mamma:] …") who says this sentence of the caller's turn, if one does. */
function relativeSpeaking(s: Sentence, all: Sentence[]): string | undefined {
  if (s.speaker !== 'caller') return undefined;
  const turn = all.filter((x) => x.segmentIndex === s.segmentIndex && x.position <= s.position).sort((a, b) => b.position - a.position);
  for (const x of turn) {
    const mark = /^\[(\p{L}+):\]/u.exec(x.text);
    if (mark) return mark[1]!.toLowerCase();
  }
  return undefined;
}
/** Her, him or neither: the relative's pronouns by the kin word ("mamma" → hon, henne, hennes). */
const KIN_PRONOUNS: Record<Language, { she: RegExp; he: RegExp; pronouns: Record<'she' | 'he' | 'they', [string, string, string]> }> = {
  sv: {
    she: /^(?:mamma|mor|mormor|farmor|fru|hustru|maka|dotter|syster|moster|faster|svärmor)$/u,
    he: /^(?:pappa|far|morfar|farfar|man|make|son|bror|morbror|farbror|svärfar)$/u,
    pronouns: { she: ['hon', 'henne', 'hennes'], he: ['han', 'honom', 'hans'], they: ['hen', 'hen', 'hens'] },
  },
  en: {
    she: /^(?:mum|mom|mother|wife|daughter|sister|aunt|gran|grandma|grandmother)$/u,
    he: /^(?:dad|father|husband|son|brother|uncle|grandad|grandpa|grandfather)$/u,
    pronouns: { she: ['she', 'her', 'her'], he: ['he', 'him', 'his'], they: ['they', 'them', 'their'] },
  },
};
function asRelative(text: string, kin: string, language: Language): string {
  text = customerNamedByKin(text, kin, 'mine', language) ?? text;
  const kinds = KIN_PRONOUNS[language];
  const [subject, object, owner] = kinds.pronouns[kinds.she.test(kin) ? 'she' : kinds.he.test(kin) ? 'he' : 'they'];
  const my = language === 'sv' ? 'Min' : 'My';
  // ("Right, I did my own account change": an answer word before the subject, round 98.)
  const opening = language === 'sv' ? /^(?:(?:ja|nej|jo|okej|så|nå)[,\s]+)?jag(?![\p{L}])/iu : /^(?:(?:[Yy]es|[Nn]o|[Oo]kay|[Rr]ight|[Oo]h|[Ss]o|[Ww]ell)[,\s]+)?I(?:'m|’m)?(?![\p{L}])/u;
  // (Round 98: "I'll hand back", "I've got the letter": the contraction said out, so that the subject can be the relative's;
  // "The caller's neighbour'll hand back" stood in the note.)
  const said = language === 'en' ? text.replace(/(?<![\p{L}])I['’](ll|ve|d)(?![\p{L}])/gu, (_m, c: string) => `I ${({ ll: 'will', ve: 'have', d: 'would' })[c as 'll' | 've' | 'd']}`) : text;
  const first = opening.exec(said);
  let rest = first ? said.slice(first[0].length) : said;
  // ("I want …, but I have …" → "My mum wants …, but she has …": the verb after the subject agrees, in English.)
  // (Round 99: the kin word opening the sentence is singular whatever the pronoun after it: "My spouse wants", not "want".)
  const agrees = (after: string, kinSubject = false) =>
    language === 'en' && (subject !== 'they' || kinSubject)
      ? after.replace(/^(\s+(?:just |only |also |really |still )?)(?:(am)|(have)|(do)|(go)|(want|need|live|get|think|know|wish|hope|like|feel|sign|send|call|pay|own|rent|work|earn|sell|plan))(?![\p{L}'’])/u, (_m, space: string, am, have, doo, go, verb: string | undefined) =>
          `${space}${am ? 'is' : have ? 'has' : doo ? 'does' : go ? 'goes' : `${verb}s`}`,
        )
      : after;
  // ("could mine start in August?": the relative's own, "theirs", round 98.)
  const mine = subject === 'they' ? 'theirs' : subject === 'she' ? 'hers' : 'his';
  const words = language === 'sv' ? { jag: subject, mig: object, min: owner, mitt: owner, mina: owner } : { I: subject, me: object, my: owner, mine };
  for (const [word, said] of Object.entries(words)) {
    const pattern = new RegExp(`(?<![\\p{L}\\[])${word}(?![\\p{L}\\]'’])(?!\\s+sidor)(.*)$`, language === 'sv' ? 'iu' : 'u');
    for (let m = pattern.exec(rest); m; m = pattern.exec(rest)) {
      const after = word === 'I' || word === 'jag' ? agrees(m[1]!) : m[1]!;
      rest = `${rest.slice(0, m.index)}${m.index === 0 && !first ? capitalise(said) : said}${after}`;
    }
  }
  return first ? `${my} ${kin}${/['’]m$/u.test(first[0]) ? ' is' : agrees(rest, true)}${/['’]m$/u.test(first[0]) ? rest : ''}` : rest;
}

/** In the order they were said, without the working fields. */
function ordered(placed: Placed[]): DraftSentence[] {
  return [...placed]
    .sort((a, b) => a.position - b.position)
    .map(({ position: _p, score: _s, section: _k, byDeadline: _d, ...sentence }) => ({ ...sentence, text: settledQuestion(sentence.text) }));
}
/**
 * "The caller does not have to do anything about SINK? That follows from the registration.": the caller's question joined
 * with the agent's answer that settles it is told as a statement, not left asking in the note (round 51). (Not a question
 * that still asks, "Hur länge gäller det? Det beror på …".)
 */
function settledQuestion(text: string): string {
  // (Only a statement of the caller's own, "The caller does not have to …?": not "The caller wondered, does that work …?".)
  const asked = /^((?:kunden|the caller)\s[^?]+)\?\s+(?=\p{Lu})/iu.exec(text);
  const questionWord = /(?:^(?:kunden|the caller)\s+(?:undrar|undrade|frågar|frågade|vill veta|wonders|wondered|asks|asked|wants to know)|,\s*(?:vad|hur|när|var|vem|varför|kan|kommer|är|har|får|blir|what|how|when|where|who|why|can|will|is|are|does|do|did|has))(?![\p{L}])/iu;
  if (!asked || questionWord.test(asked[1] ?? '')) return text;
  return `${asked[1]}. ${text.slice(asked[0].length)}`;
}

/**
 * A sentence in the third person of the register, with "han"/"hon" at its start resolved to
 * the relative the caller last named, and a caller's "vi" reported ("Kunden uppger att de …").
 */
function write(s: Sentence, all: Sentence[], language: Language): string {
  let text = withoutSpokenStyle(s.text, language);
  // "[mamma:] Ja, det går bra. Jag vill ha pension från december, men jag har ingen dator.": what a relative on the line
  // says is told as theirs, "Min mamma vill ha pension …, men hon har ingen dator", never as the caller's (round 59: the
  // marker stood in the note, and the sentences after it in the turn were written as the caller's own).
  const speaking = relativeSpeaking(s, all);
  // ("[sonen:]": the kin word without its article, "Min son".)
  const kinWord = (word: string) => (language === 'sv' ? (({ sonen: 'son', dottern: 'dotter', mamman: 'mamma', pappan: 'pappa', frun: 'fru', mannen: 'man', barnet: 'barn', maken: 'make', makan: 'maka' }) as Record<string, string>)[word] ?? word : word);
  if (speaking) text = asRelative(text.replace(/^\[\p{L}+:\]\s*/u, ''), kinWord(speaking), language);
  // The caller's own words so far: a relative on the line ("[mamma:] … min dotter får prata för mig") names their own
  // kin, the caller among them, never the caller's relative (round 57: "Hon fyller 67" was written as the caller's daughter).
  const callersOwn = all.filter((x) => x.speaker === 'caller' && x.position <= s.position && !RELATIVE_MARK.test(x.text));
  const relatives = relativeAt(
    callersOwn.map((x) => x.text),
    language,
  );
  // "min sons pappa … Han dog i december." … "Han går tredje året på gymnasiet.": the one named in the genitive
  // ("sons pappa") has died; what "he" does now is the son's, the genitive's owner.
  const livingOwner = (relative: string | undefined, word: string): string | undefined => {
    const owned = relative?.split(' ');
    if (!owned || owned.length !== 2) return relative;
    const died = all.some((x) => x.speaker === 'caller' && x.position < s.position && DIED[language].test(x.text) && RELATIVES[language].pronoun.exec(x.text)?.[1]?.toLowerCase() === word.toLowerCase());
    return died ? owned[0]!.replace(/(?:s|'s|’s)$/u, '') : relative;
  };
  /** The caller has said this relative died ("min fru gick bort i juni", "my wife passed away"). */
  const hasDied = (relative: string) => {
    // ("My son's father died": the son has not.)
    const died = new RegExp(`(?<![\\p{L}])(?:min|mitt|vår|my|our)\\s+${relative.split(' ').at(-1)}\\s+(?:[\\p{L}']+\\s+){0,2}?(?:${DIED_WORDS[language]})(?![\\p{L}])`, 'iu');
    return all.some((x) => x.speaker === 'caller' && x.position < s.position && died.test(x.text));
  };
  // "Mamma sökte ålderspension i augusti", "Mum's hearing is getting bad": a parent the caller names by the bare kin word
  // is the caller's ("Min mamma …"), written as the customer's relative, never a name of its own (round 57).
  if (s.speaker === 'caller' && !RELATIVE_MARK.test(s.text)) {
    const parent = (language === 'sv' ? /^(mamma|pappa|mormor|morfar|farmor|farfar)(s)?(?=\s+\p{L})/u : /^(Mum|Mom|Dad|Mother|Father)(['’]s)?(?=\s+\p{L})/u).exec(text.replace(/^\p{Lu}/u, (c) => (language === 'sv' ? c.toLowerCase() : c)));
    if (parent) text = `${language === 'sv' ? 'Min' : 'My'} ${parent[1]!.toLowerCase()}${parent[2] ?? ''}${text.slice(parent[0].length)}`;
  }
  // "Han …" (or the agent's "Då ska han …") is the relative the caller last named, if any.
  const inverted = language === 'sv' ? /^(?:då|så|sedan|nu)\s+(\p{L}+)\s+(han|hon)(?![\p{L}])/iu : /^(?:then)\s+(he|she)(?![\p{L}])/iu;
  const pronoun = RELATIVES[language].pronoun.exec(text);
  const turned = inverted.exec(text);
  const owner = s.speaker === 'caller' ? (language === 'sv' ? 'Min' : 'My') : language === 'sv' ? 'Kundens' : "The caller's";
  // "Hon jobbar deltid", "His rent goes up": with no relative of that gender named, the person a caller in a role
  // speaks for (round 7d: "klienten", "huvudmannen", "the client"), never the caller.
  const represented = relatives.he || relatives.she ? undefined : representedAt(callersOwn.map((x) => x.text), language);
  // The first "han"/"hon"/"hans"/"henne" of the sentence (after "Nej, …", "Hyran är 9 200 och hon …"); in English
  // "he"/"she", and "his"/"her" only opening the sentence ("her" may be an object).
  const possessive = represented
    ? (language === 'sv'
        ? /(?<![\p{L}])(han|hon|hans|hennes|honom|henne)(?![\p{L}])/iu
        : /(?<![\p{L}'’])(he|she)(?![\p{L}'’])|^(his|her)(?![\p{L}])/iu
      ).exec(text)
    : null;
  if (pronoun) {
    let relative = /^(?:han|he)$/iu.test(pronoun[1] ?? '') ? relatives.he : relatives.she;
    // "min sons pappa … Han dog i december." … "Han går tredje året på gymnasiet.": the one named in the genitive
    // ("sons pappa") has died; what "he" does now is the son's, the genitive's owner.
    if (PRESENT_DOING[language].test(text) && !DIED[language].test(text)) relative = livingOwner(relative, pronoun[1] ?? '');
    // "Min fru gick bort i juni." … "How old are the children?" "She's ten.": what "she" is or does now is no dead one's;
    // the pronoun stays as said.
    if (relative && PRESENT_TENSE[language].test(text) && !DIED[language].test(text) && hasDied(relative)) relative = undefined;
    // "My husband died in April." … "My son went with me." "He had about 16 400 in pension.": with one of that gender dead and
    // another named since, what "he" had or was is either's; the pronoun stays rather than name the wrong one (round 38).
    const gender = /^(?:han|he)$/iu.test(pronoun[1] ?? '') ? 'he' : 'she';
    const named = new Set(callersOwn.map((x) => relativeAt([x.text], language)[gender]).filter((r): r is string => r !== undefined));
    if (relative && !PRESENT_TENSE[language].test(text) && [...named].some((r) => r !== relative && hasDied(r))) relative = undefined;
    if (relative) text = `${owner} ${relative}${text.slice(pronoun[0].length)}`;
    else if (represented) text = `${capitalise(represented)}${text.slice(pronoun[0].length)}`;
  } else if (turned) {
    const word = language === 'sv' ? turned[2] : turned[1];
    let relative = /^(?:han|he)$/iu.test(word ?? '') ? relatives.he : relatives.she;
    // ("Då får han ett beslut": what "he" is to do or get now, the living one's.)
    if (language === 'sv' && PRESENT_DOING.sv.test(`${word} ${turned[1]}`)) relative = livingOwner(relative, word ?? '');
    if (relative) text = `${owner} ${relative}${language === 'sv' ? ` ${turned[1]?.toLowerCase()}` : ''}${text.slice(turned[0].length)}`;
    else if (represented) text = `${text.slice(0, turned.index + turned[0].length - (turned[language === 'sv' ? 2 : 1] ?? '').length)}${represented}${text.slice(turned[0].length)}`;
  } else if (possessive && represented) {
    const word = possessive[0].toLowerCase();
    const genitive = /^(?:hans|hennes|his|her)$/u.test(word);
    const name = `${represented}${genitive ? (language === 'sv' ? 's' : "'s") : ''}`;
    text = `${text.slice(0, possessive.index)}${possessive.index === 0 ? capitalise(name) : name}${text.slice(possessive.index + possessive[0].length)}`;
  }
  if (s.speaker === 'caller') {
    const writing = WRITING[language];
    if (writing.we.some(([pattern]) => new RegExp(pattern.source, 'iu').test(text))) {
      for (const [pattern, replacement] of writing.we) text = text.replace(pattern, replacement);
      const rewritten = toThirdPerson(text, s.speaker, language).replace(/\.$/, '');
      // (Round 99: "[barnbarn:] Vi pratade om september": a relative on the line who says "vi" reports it, not the customer;
      // "Kunden uppger att de pratade om september" stood in the note for the grandchild's words.)
      const reports = speaking ? (language === 'sv' ? `Kundens ${kinWord(speaking)} uppger att` : `The caller's ${kinWord(speaking)} says that`) : writing.reports;
      return `${reports} ${rewritten.charAt(0).toLowerCase()}${rewritten.slice(1)}.`;
    }
  }
  const household = s.speaker === 'agent' && language === 'sv' && /(?<![\p{L}])ni(?![\p{L}])/iu.test(text) ? householdOf(all) : undefined;
  const written = toThirdPerson(text, s.speaker, language, household);
  // ("… innan kunden och makan åker": the redaction guard reads a word after "makan" as a surname; without the partner
  // the sentence keeps its verb.)
  if (household?.partner && written.includes(` ${household.partner} `) && guardText(written, { lang: language }).text.split('[NAMN]').length > guardText(text, { lang: language }).text.split('[NAMN]').length)
    return toThirdPerson(text, s.speaker, language, { ...household, partner: undefined });
  return written;
}

const SV_PARTNER: Record<string, string> = { man: 'maken', make: 'maken', fru: 'makan', maka: 'makan', sambo: 'sambon', partner: 'partnern' };

/**
 * The caller's partner, as the caller ("min man", "min sambo") or the agent ("din fru") names them, and whether the
 * caller said the partner died: whom the agent's plural "ni" takes in with the caller (round 32).
 */
function householdOf(all: Sentence[]): Household | undefined {
  const named = all
    .map((x) => (x.speaker === 'caller' ? /(?<![\p{L}])min\s+(man|make|fru|maka|sambo|partner)(?![\p{L}])/iu : /(?<![\p{L}])din\s+(man|make|fru|maka|sambo|partner)(?![\p{L}])/iu).exec(x.text)?.[1]?.toLowerCase())
    .filter((w): w is string => w !== undefined);
  const partners = new Set(named.map((w) => SV_PARTNER[w]));
  // (Two partners named, a former and a new one, say no single one.)
  if (partners.size !== 1) return undefined;
  const died = new RegExp(`(?<![\\p{L}])(?:min|din)\\s+(?:${named.join('|')})\\s+(?:[\\p{L}']+\\s+){0,2}?(?:${DIED_WORDS.sv})(?![\\p{L}])`, 'iu');
  const partnerDied = all.some((x) => died.test(x.text)) || all.some((x) => x.speaker === 'caller' && /(?<![\p{L}])(?:änka|änkling|änkepension|omställningspension|efterlevande\p{L}*)(?![\p{L}])/iu.test(x.text));
  return { partner: [...partners][0], partnerDied };
}

/** A question answered yes or no, its verb first: "Har vi ditt förordnande?", "Do you have power of attorney?" */
const YES_NO_QUESTION: Record<Language, RegExp> = {
  sv: /^(?:(?:okej|ja|och|men),?\s+)?(?:har|hade|är|var|kan|finns|fanns|vet|får|fick|ska|vill|bor|gäller|stämmer|brukar)\s/iu,
  en: /^(?:(?:okay|ok|right|and|but),?\s+)?(?:do|does|did|have|has|had|is|are|was|were|can|could|would|will|shall)\s/iu,
};
/** "Hur gammal är du?" "Sextioett.": the caller's age, said as a fact ("Kunden är 61 år."). */
function ownAge(question: string, answer: string, language: Language): string | undefined {
  const asked = language === 'sv' ? /hur gammal (?:är du|du är)(?:\s+(?:själv|nu))?\s*\?*$/iu : /how old (?:are you|you are)(?:\s+(?:yourself|now))?\s*\?*$/iu;
  const age = /^(?:(?:jag är|i'm|i am)\s+)?(\d{2,3})(?:\s+(?:år|years(?: old)?))?[.!]?$/iu.exec(inDigits(answer.trim(), language));
  if (!asked.test(question.trim()) || !age) return undefined;
  return language === 'sv' ? `Kunden är ${age[1]} år.` : `The caller is ${age[1]}.`;
}

/** Words that judge: "det är sjukt", "världens sämsta", "a disgrace", "ridiculous". */
const JUDGING: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:sjukt|uselt|usel|sämst\p{L}*|skandal\p{L}*|otroligt|bedrövligt|löjligt|fruktansvärt|orimligt|orättvist|typiskt|hopplöst|inkompetent\p{L}*|pinsamt|under all kritik)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:worst|useless|ridiculous|a joke|disgrace\p{L}*|outrageous|unfair|typical|hopeless|incompetent|pathetic|shambles|absurd)(?![\p{L}])/iu,
};
/**
 * The caller's charge that the agency does too much or too little ("ni drar ju för mycket skatt!" → "Skatten, myndigheten
 * drar för mycket skatt", "you pay me far too little"): the caller's view, not a finding (round 71). From the agency as
 * subject, a verb or two, to "för mycket/lite"/"too much/little"; not a question, and only where the sentence opens with
 * it (after "men"/"but" or a thing named first: "Skatten, …"), never a clause inside a longer account.
 */
const OVERDOES: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])myndigheten\s+(?:[\p{L}]+\s+){1,3}?(?:alldeles\s+|på tok\s+|ju\s+)?för\s+(?:mycket|lite|hög\p{L}*|låg\p{L}*)(?![\p{L}])(?![^?]*\?)/iu,
  en: /(?<![\p{L}])the agency\s+(?:[\p{L}']+\s+){1,3}?(?:far\s+|way\s+|much\s+)?too\s+(?:much|little|high|low)(?![\p{L}])(?![^?]*\?)/iu,
};
/**
 * "Det är sjukt, hon har betalat skatt i 50 år och så ska myndigheten ha tillbaka det", "Myndigheten har världens sämsta
 * hemsida": a complaint is the caller's view, written as theirs; stated plainly it reads as the agency's finding (round 15).
 */
function asOpinion(text: string, language: Language): string {
  if (text.startsWith(WRITING[language].reports)) return text;
  // ("Skatten, myndigheten drar för mycket skatt": the thing said first and again after the comma goes.)
  const accused = OVERDOES[language].exec(text);
  if (accused && /^(?:(?:men|och|så|but|and|so)\s+)?(?:(?:\p{L}+\s+){0,2}\p{L}+,\s*)?$/iu.test(text.slice(0, accused.index))) text = text.slice(accused.index);
  else if (!JUDGING[language].test(text)) return text;
  const rest = text.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
  return language === 'sv' ? `Kunden anser att ${rest}` : `The caller feels that ${rest}`;
}

/** The caller asks when, and only that: "När då?", "Vilken dag?", "When?", "What day would that be?". */
const ASKS_WHEN: Record<Language, RegExp> = {
  sv: /^(?:(?:och|okej|jaha|ja),?\s+)?(?:när(?:\s+då|\s+blir\s+det|\s+ringer\s+\p{L}+)?|vilken\s+dag(?:\s+då|\s+blir\s+det)?)\s*\?$/iu,
  en: /^(?:(?:and|okay|ok|right|so),?\s+)?(?:when(?:\s+(?:then|would that be|will that be|is that|will they call))?|(?:what|which)\s+day(?:\s+(?:then|would that be|will that be|is that))?)\s*\?$/iu,
};
/** The caller asks whether to do it on a day: "Gör jag det i dag?", "Ska jag göra det i morgon?", "Should I do it today?" (round 72). */
const ASKS_IF_ON: Record<Language, RegExp> = {
  sv: /^(?:(?:och|okej|jaha|ja),?\s+)?(?:gör|ska|skall|måste|bör)\s+jag\s+(?:göra\s+)?det\s+(?:redan\s+)?(?:i dag|i morgon|i kväll|nu)\s*\?$/iu,
  en: /^(?:(?:and|okay|ok|right|so),?\s+)?(?:do|should|shall|must)\s+I\s+do\s+(?:it|that)\s+(?:today|tomorrow|tonight|now)\s*\?$/iu,
};
/** A bare word of assent before the caller's question: "Okej.", "Ja.", "Right." */
const ASSENT: Record<Language, RegExp> = {
  sv: /^(?:okej|ok|ja|jaha|bra|toppen|absolut)[.!]*$/iu,
  en: /^(?:okay|ok|right|yes|fine|great|all right)[.!]*$/iu,
};
/** The agency decides or reviews: "fatta beslut", "gör en ny prövning", "make a decision", "review it". */
const DECIDES: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:beslut\p{L}*|pröv\p{L}*|ompröv\p{L}*)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:decision|decide|review|reassess)(?![\p{L}])/iu,
};
/** The caller's sending back as a condition: "Om du fyller i den och skickar tillbaka …", "If you sign it and send it back …". */
const RETURN_CONDITION: Record<Language, RegExp> = {
  // (Or said as the agency's receiving it: "Om vi har den tillbaka senast …", "If we have it back by …", "If it reaches us by …".)
  sv: /^(?:(?:och|men|så|då)\s+)?om (?:(?:du|ni) (?:bara )?(?:fyller i|skriver under|skickar (?:tillbaka|in)|returnerar|postar)|vi (?:har|får) (?:den|det|dem|blanketten|intyget) (?:tillbaka |in )?(?:senast|före|innan)|(?:den|det|blanketten|intyget) (?:är|finns) (?:hos oss|här|tillbaka|inne) (?:senast|före|innan))(?![\p{L}])/iu,
  en: /^(?:(?:and|so|then)\s+)?if (?:you (?:just )?(?:fill (?:it |them |that )?in|sign|send (?:it |them |that )?back|return|post (?:it |them )?back)|we (?:have|get|receive) (?:it|them|the form|the certificate)(?: back)? by|(?:it|the form|the certificate) (?:reaches us|arrives|is (?:back|here|with us)) by)(?![\p{L}])/iu,
};

/** A question whose answer is a number: an age, a year, a sum, a count. */
const ASKED_VALUE: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:hur (?:gammal|gamla|mycket|många|länge)|vilket år|vilken månad|när)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:how (?:old|much|many|long)|what year|which year|when)(?![\p{L}])/iu,
};
const YES_OR_NO = /^(?:ja|jo|nej|japp|yes|yeah|yep|no|nope)(?![\p{L}])/iu;
const CONSEQUENCE: Record<Language, RegExp> = {
  sv: /(?:,\s*|\s)(?:så|då)\s+(?:blir|får|kan|ska|är|har|kommer|måste|betalas|räknas|gäller|behöver|hinner)(?![\p{L}])/iu,
  en: /,?\s+then\s+\p{L}|,\s*(?:you|it|the|they|we|that)\s+(?:will|can|get|gets|is|are|would|must|need)(?![\p{L}])/iu,
};
/**
 * "What if it had already gone out?" → "If it had already gone out?", "Och vad händer om den kommer för sent?" → "Om den
 * kommer för sent?": a condition asked as "what if" is the condition (round 74: "Then we'd have to claim it back." had been
 * joined to the statement before it as a fact, "The payment is stopped, the agency would have to claim it back.").
 */
const asIfClause = (text: string) =>
  text.replace(/^(?:(?:and|but|so),?\s+)?what\s+(?:happens\s+)?if\s+/iu, 'If ').replace(/^(?:(?:och|men),?\s+)?vad händer (?:då )?om\s+/iu, 'Om ');
/** "Om du väntar till 67, då?" → "Om du väntar till 67": a condition's closing "då"/"then" and stop taken off. */
const withoutTrailingThen = (text: string) => asIfClause(text).replace(/[,\s]*(?:då|then)?\s*[?.!]*$/iu, '');
/** A sentence that is a condition and nothing else: "Om du väntar till 67.", "If you wait until then?" */
function isBareCondition(text: string, language: Language): boolean {
  const condition = withoutTrailingThen(text);
  // (A consequence in the same sentence, "Om du väntar till 67 så blir det 22 000", makes it no bare condition;
  // "Om du väntar ett år, till 67." and "så mycket som nu" are still one.)
  return WRITING[language].conditionFirst.test(condition) && !CONSEQUENCE[language].test(condition);
}

/** An answer that says yes: "Ja, …", "Of course, …". */
const AGREES: Record<Language, RegExp> = {
  sv: /^(?:ja|jo|absolut|självklart|visst|javisst|det går bra|gärna)(?![\p{L}])/iu,
  en: /^(?:yes|yeah|of course|absolutely|sure|certainly|definitely)(?![\p{L}])/iu,
};
/**
 * "Och om det inte fungerar, kan ni hjälpa mig då?" "Ja, ring oss så hjälper vi dig.": the agent's answer holds only under
 * the condition the caller asked it with; the condition, as a sentence of its own, or nothing (round 36).
 */
function conditionAsked(s: Sentence, all: Sentence[], language: Language): Sentence | undefined {
  const question = all[s.position - 1];
  // (Answered yes: "Nej, om underlaget kommer in senast …" answers with a condition of its own.)
  if (s.speaker !== 'agent' || !question || question.speaker !== 'caller' || !question.isQuestion || question.segmentIndex !== s.segmentIndex - 1 || !AGREES[language].test(s.text)) return undefined;
  const clause = /^([^,]+),\s*\p{L}/u.exec(question.text)?.[1];
  return clause && isBareCondition(clause, language) ? { ...question, text: `${clause}.`, isQuestion: false } : undefined;
}

/**
 * English writes months and weekdays with a capital wherever they stand; a sentence rewritten from speech may have
 * put one in lower case ("The caller says that october was …"). ("may" is left alone: it is a verb as often.)
 */
const EN_CALENDAR_WORD = /(?<![\p{L}])(january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\p{L}])/gu;
function withCapitals(text: string, language: Language): string {
  return language === 'en' ? text.replace(EN_CALENDAR_WORD, (word) => capitalise(word)) : text;
}

/** "Om jag väntar till 67?" + "Då blir det 22 000 kronor." → "Om kunden väntar till 67 blir det 22 000 kronor." */
function conditionalText(condition: Sentence, consequence: Sentence, all: Sentence[], language: Language, callDate: string): string {
  const writing = WRITING[language];
  const said = withoutTrailingThen(condition.text).replace(/^(?:och|men|and|but),?\s+/iu, '');
  // (The caller's "om vi inte hinner" is a condition, not something the caller reports.)
  const written = write({ ...condition, text: withDeadline(said, condition, all, language, callDate) }, all, language).replace(/[.?!]$/, '');
  const clause = capitalise(written.startsWith(`${writing.reports} `) ? written.slice(writing.reports.length + 1) : written);
  const rest = write({ ...consequence, text: consequence.text.replace(writing.thenClause, '') }, all, language);
  if (!writing.condition.test(`${condition.text} `) && !writing.conditionFirst.test(said)) return `${clause}. ${rest}`;
  const joined = language === 'sv' ? `${clause} ${rest.charAt(0).toLowerCase()}${rest.slice(1)}` : `${clause}, ${rest.charAt(0).toLowerCase()}${rest.slice(1)}`;
  return joined;
}

/** The deadline a condition leaves unsaid: "Och om den kommer efter?" after the agent's "… senast den elfte december"
 * is "om den kommer efter den elfte december"; a consequence without it would state what holds only past the deadline. */
function withDeadline(condition: string, said: Sentence, all: Sentence[], language: Language, callDate: string): string {
  const bare = language === 'sv' ? /\s(efter|senare|för sent)$/iu : /\s(after|later|too late)$/iu;
  const elliptical = bare.exec(condition);
  if (!elliptical) return condition;
  const deadline = language === 'sv' ? /(?<![\p{L}])(?:senast|före|innan)\s+((?:den\s+)?[^,.;]*?)(?=\s+(?:så|då|hinner|kan|blir|om|när|och|eller)(?![\p{L}])|[,.;]|$)/iu : /(?<![\p{L}])(?:by|before)\s+((?:the\s+)?[^,.;]*?)(?=\s+(?:so|then|we|you|it|if|when|and|or)(?![\p{L}])|[,.;]|$)/iu;
  const earlier = all.slice(Math.max(0, said.position - 3), said.position).reverse();
  for (const s of earlier) {
    const date = deadline.exec(s.text)?.[1];
    if (!date || findDates(date, language, callDate).length === 0) continue;
    const word = (elliptical[1] ?? '').toLowerCase();
    const joined = language === 'sv' ? (word === 'efter' ? `efter ${date}` : `${word} än ${date}`) : word === 'after' ? `after ${date}` : `${word} than ${date}`;
    return `${condition.slice(0, elliptical.index)} ${joined}`;
  }
  return condition;
}

/** The verb of a caller's promise ("Jag anmäler det i veckan", "I'll report it this week"), as a stem. */
function promisedVerb(text: string, language: Language): string | undefined {
  const match =
    language === 'sv'
      ? /(?<![\p{L}])(?:jag|vi)\s+(?:ska\s+|kan\s+)?(?:nog\s+)?(\p{L}{4,})/iu.exec(text) ??
        // "Då skickar jag …": the verb before its subject; "Beskedet skickar jag i dag": after a fronted object.
        /^(?:(?:nej|ja|jo|okej|då|så|sen|sedan|nu),?\s+){0,2}(\p{L}{4,})\s+(?:jag|vi)(?![\p{L}])/iu.exec(text) ??
        /^\p{L}{3,}(?:et|en|na)\s+(\p{L}{4,}(?:ar|er))\s+(?:jag|vi)(?![\p{L}])/iu.exec(text)
      : /(?<![\p{L}])(?:i|we)(?:'ll|’ll| will| can| am going to|'m|’m| am)\s+(\p{L}{4,})/iu.exec(text);
  return match?.[1]?.toLowerCase().slice(0, 5);
}

/** A sentence's first word in lower case to follow a colon, unless it is a name ("February 2027", "I"). */

/**
 * The caller's part in a document the agent sends: "Handläggaren skickar ett nytt livsintyg till kunden" →
 * "Kunden skickar tillbaka livsintyget."; "The agent sends a form to the caller" → "The caller returns the form.".
 */
function returnTask(agentTask: string, language: Language): string | undefined {
  if (language === 'sv') {
    const m = /(?:skickar|postar)\s+(?:\p{L}+\s+)?(?:hem\s+)?(ett|en)\s+(?:(?:nya|nytt|ny)\s+)?(\p{L}+)/iu.exec(agentTask);
    if (!m) return undefined;
    const [, article = '', noun = ''] = m;
    // ("en sida" → "sidan", "ett intyg" → "intyget", "en blankett" → "blanketten".)
    const definite = /[ae]$/u.test(noun) ? `${noun}${article.toLowerCase() === 'ett' ? 't' : 'n'}` : `${noun}${article.toLowerCase() === 'ett' ? 'et' : 'en'}`;
    return `Kunden skickar tillbaka ${definite.toLowerCase()}.`;
  }
  const m = /(?:sends?|posts?|mails?)\s+(?:\p{L}+\s+)?(?:an?)\s+(?:new\s+)?((?:\p{L}+\s+)?(?:form|certificate|application|statement|document))(?![\p{L}])/iu.exec(agentTask);
  return m ? `The caller returns the ${m[1]?.toLowerCase()}.` : undefined;
}

/** "Torsdag eftermiddag" said alone, written into a sentence: "på torsdag eftermiddag", "on Thursday afternoon". */
/**
 * "Då ringer jag på fredag klockan tio.": the time of day said right after a call-back's day ("klockan tio", "efter lunch",
 * "before half past eight"), with its space; empty where none is (round 59: the time the caller asked for was lost).
 */
const TIME_OF_DAY: Record<Language, RegExp> = {
  sv: /^,?\s+((?:(?:före|efter|innan|kring|runt)\s+)?(?:klockan|kl\.)\s+(?:halv\s+)?\p{L}+|(?:före|efter)\s+lunch|på\s+(?:för|efter)middagen)(?![\p{L}])/iu,
  en: /^,?\s+((?:before|after|around|at)\s+(?:(?:half|quarter)\s+(?:past|to)\s+)?(?:noon|lunch|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+o'clock)?|in\s+the\s+(?:morning|afternoon))(?![\p{L}])/iu,
};
function timeOfDayAfter(said: string | undefined, dateText: string, language: Language): string {
  const at = said ? said.toLowerCase().indexOf(dateText.toLowerCase()) : -1;
  const time = at >= 0 ? TIME_OF_DAY[language].exec(said!.slice(at + dateText.length)) : null;
  return time ? ` ${time[1]}` : '';
}

function onTheDay(dateText: string, language: Language): string {
  const weekday = language === 'sv' ? /^(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)/iu : /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)/iu;
  if (!weekday.test(dateText)) return dateText;
  return language === 'sv' ? `på ${dateText.charAt(0).toLowerCase()}${dateText.slice(1)}` : `on ${dateText}`;
}

/** The agent's guess: "förmodligen", "probably". */
const PROBABLY: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:förmodligen|troligen|troligtvis|antagligen)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:probably|most likely)(?![\p{L}])/iu,
};
/** The caller's "maybe", "I don't know": no step decided. */
const MAYBE: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:kanske|vet inte|får se|vet inte riktigt)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:maybe|perhaps|i don't know|not sure|we'll see)(?![\p{L}])/iu,
};
/**
 * "Kunden ramlade från en stege i augusti …, och sen blev det operation …, och hens chef har varit jättebra, men nu har hen
 * inte fått någon sjukpenning alls.": a long story told in one breath that turns on "men nu" comes to its point there; the
 * errand line is the point, "Kunden har inte fått någon sjukpenning alls" (round 59: the line was the whole story).
 */
const STORY_POINT: Record<Language, RegExp> = {
  sv: /,\s+men\s+nu\s+(har|är|får|kan|vill|behöver|blir|vet|fick|kom|har)\s+(?:hen|kunden)\s+([^.!?]+)[.!]?$/iu,
  en: /,\s+but\s+now\s+the caller\s+([^.!?]+)[.!]?$/iu,
};
function pointOfStory(line: string, language: Language): string {
  const point = STORY_POINT[language].exec(line);
  if (!point || wordsOf(line).length < 25 || (line.slice(0, point.index).match(/,/gu) ?? []).length < 2) return line;
  const said = language === 'sv' ? `Kunden ${point[1]!.toLowerCase()} ${point[2]}` : `The caller ${point[1]}`;
  return wordsOf(said).length >= 4 ? `${said}.` : line;
}
/** "… är en söndag", "… is a Saturday", "… är en helgdag": the day named before it is no working day. */
const NOT_A_WORKDAY: Record<Language, RegExp> = {
  sv: /\s(?:är|blir|infaller på)\s+en\s+(?:lördag|söndag|helgdag|röd dag)(?![\p{L}])/iu,
  en: /\s(?:is|falls on)\s+a\s+(?:saturday|sunday|bank holiday|public holiday|holiday)(?![\p{L}])/iu,
};
/** "Kan jag ringa dig på måndag?" as the promise it becomes: "Jag ringer dig på måndag." */
function offerAsPromise(text: string, language: Language): string {
  const promise =
    language === 'sv'
      ? text
          .replace(/^(?:(?:okej|då|så),?\s+)?(?:kan|får|ska) jag ringa/iu, 'Jag ringer')
          // "Vill du att vi tar bort det extra avdraget?" → "Vi tar bort det extra avdraget."; "Ska jag skicka …?" → "Jag ska skicka …".
          .replace(/^(?:(?:okej|då|så|ja),?\s+)?vill du att (jag|vi) /iu, (_m, who: string) => `${capitalise(who)} `)
          .replace(/^(?:(?:okej|då|så|ja),?\s+)?ska (jag|vi) /iu, (_m, who: string) => `${capitalise(who)} ska `)
      : text
          .replace(/^(?:(?:okay|so|then),?\s+)?(?:can|may|shall|should) i (call|ring|phone)/iu, 'I will $1')
          .replace(/^(?:(?:okay|so|then|right),?\s+)?(?:would you like|do you want) (me|us) to /iu, (_m, who: string) => (who.toLowerCase() === 'me' ? 'I will ' : 'We will '))
          .replace(/^(?:(?:okay|so|then|right),?\s+)?(?:shall|should) (i|we) /iu, (_m, who: string) => (who.toLowerCase() === 'i' ? 'I will ' : 'We will '));
  return promise.replace(/\?$/u, '.');
}

/** "Den fyller du i och skickar tillbaka": the fronted object, the verb, "du", and the rest. */
const YOU_AFTER_FRONTED: Record<Language, RegExp> = {
  sv: /^(den|det|dem|dom)\s+(\p{L}+)\s+(du|ni)((?:\s+[^.!?]*)?)[.!]?$/iu,
  en: /^(that|this|it)\s+(\p{L}+)\s+(you)((?:\s+[^.!?]*)?)[.!]?$/iu,
};

/** An outburst at the end of the errand line ("…, och jag vill bara säga att det här är rena stölden!", "… and this is a joke"). */
const OUTBURST: Record<Language, RegExp> = {
  sv: /,?\s+(?:och|men)\s+(?:kunden vill (?:bara )?säga att\s+)?(?:det här|det|detta) är (?:ju )?(?:\p{L}+\s+){0,2}(?:stölden?|skämt|skandal\p{L}*|fel|orimligt|oacceptabelt|vansinnigt|upprörande)[^.!?]*[.!?]*$/iu,
  en: /,?\s+(?:and|but)\s+(?:the caller (?:just )?wants? to say (?:that\s+)?)?(?:this|it|that) is (?:\p{L}+\s+){0,2}(?:theft|a joke|a scandal|ridiculous|outrageous|unacceptable|wrong)[^.!?]*[.!?]*$/iu,
};
/**
 * The sentence that says the errand's last clause again with more ("… och jag kommer inte in. Jag kommer inte
 * in på er sida."): the errand with that clause in its fuller form, or undefined.
 */
function saidAgainWithMore(said: Sentence, again: Sentence): string | undefined {
  for (let n = Math.min(said.words.length, again.words.length - 1); n >= 3; n--) {
    const clause = said.words.slice(-n);
    if (!clause.every((w, i) => again.words[i] === w)) continue;
    const at = new RegExp(`(?<![\\p{L}])${clause.map(escapeRegExp).join('[\\s,.…]+')}[.!?…]*$`, 'iu').exec(said.text)?.index;
    if (at === undefined) return undefined;
    const head = said.text.slice(0, at);
    return head ? `${head}${again.text.charAt(0).toLowerCase()}${again.text.slice(1)}` : again.text;
  }
  return undefined;
}
/**
 * The caller's own feeling added at the end of the errand ("… och kunden är så orolig", "… and the caller is
 * very scared"); a feeling about something ("worried about their pension") is the errand and stays.
 */
const FEELING: Record<Language, RegExp> = {
  sv: /,?\s+(?:och|men)\s+kunden (?:är|blir|känner sig) (?:så |väldigt |jätte|mycket |helt |lite )?(?:orolig|rädd|ledsen|arg|upprörd|förtvivlad|stressad|förvirrad|nervös|irriterad|frustrerad)(?:\s+(?:nu|för allt|över allt|för allt det här|för det här))?[.!?]*$/iu,
  en: /,?\s+(?:and|but)\s+the caller (?:is|feels|gets) (?:so |very |really |quite |a bit |a little )?(?:scared|worried|afraid|upset|angry|frightened|anxious|stressed|confused|nervous|annoyed|irritated|frustrated)(?:\s+(?:now|about (?:it all|all this|everything)))?[.!?]*$/iu,
};
/**
 * The errand line without an outburst or the caller's feeling at its end, and as a statement, not an
 * exclamation ("Pensionen har inte kommit!"): the errand stays, the emotion is for sentiment, not the note.
 */
function withoutOutburst(line: string, language: Language): string {
  let cut = line;
  for (const emotion of [OUTBURST[language], FEELING[language]]) {
    const shorter = cut.replace(emotion, '');
    if (shorter !== cut && wordsOf(shorter).length >= 4) cut = `${shorter.replace(/[,\s]+$/u, '')}.`;
  }
  return cut.replace(/!+$/u, '.');
}
/** A document's arrival with how long it takes ("Det kommer inom en vecka", "It should reach you in a couple of weeks"). */
// ("… in two or three days", "inom två, tre dagar": a span said as two numbers is the same estimate, round 47.)
const ARRIVES_WITHIN: Record<Language, RegExp> = {
  sv: /^(?:\p{L}+\s+){0,3}(?:kommer|är|brukar (?:komma|vara)|ska (?:komma|vara))(?:\s+(?:fram|hem|hemma|framme|hos (?:dig|er)))?\s+(?:inom|om|på)\s+(?:en|ett|två|tre|fyra|fem|några|ett par|\d+)\s+(?:(?:eller|till|,)\s*(?:två|tre|fyra|fem|sex|\d+)\s+)?(?:\p{L}+\s+)?(?:dag(?:ar)?|bankdagar|vecka|veckor|arbetsdagar)[.!]?$/iu,
  en: /^(?:[\p{L}']+\s+){0,3}(?:will|should|usually|normally)?\s*(?:arrive|arrives|reach you|come|comes|get to you|be there|be with you)\s+(?:within|in)\s+(?:a|an|one|two|three|four|five|a few|a couple of|\d+)\s+(?:(?:or|to|,)\s*(?:two|three|four|five|six|\d+)\s+)?(?:\p{L}+\s+)?(?:days?|weeks?|working days|banking days)[.!]?$/iu,
};
/** A question dropped before it was asked ("Min första fråga skulle vara …, men det läste jag på nätet"): neither errand nor fact. */
const DROPPED_QUESTION: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:(?:min|den) första fråga(?:n)? (?:skulle (?:ha )?vara|var tänkt)|jag tänkte (?:först )?fråga (?:om )?[^.!?]*,\s*men (?:det|jag) (?:läste|har läst|hittade|såg|vet|fick))(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:my first question was going to be|i was going to ask (?:about )?[^.!?]*,\s*but i (?:read|found|saw|checked|know))(?![\p{L}])/iu,
};
/** "Blankett, tack.", "The form, please.": the caller names the choice, with thanks. */
const CHOSEN_WITH_THANKS: Record<Language, RegExp> = {
  sv: /^(?:(?:ja|jo)[,\s]+)?(?:en |ett |den |det )?\p{L}+[,\s]+(?:tack|gärna)[.!]?$/iu,
  en: /^(?:(?:yes|yeah)[,\s]+)?(?:the |a |an )?\p{L}+[,\s]+(?:please|thanks|thank you)[.!]?$/iu,
};
/** "Myndigheten behöver dem senast …", "The agency needs it back by …": the agency's need written at the start of a task. */
const AGENCY_NEEDS_BACK: Record<Language, RegExp> = {
  sv: /^myndigheten\s+(?:behöver|vill ha|måste ha)\s+(den|det|dem|dom)(?:\s+(?:tillbaka|in))?(?=\s+(?:senast|före|innan)\s)/iu,
  en: /^the agency\s+(?:needs|wants|would like|must have)\s+(it|them)(?:\s+back)?(?=\s+(?:by|before|no later than)\s)/iu,
};
/**
 * A document the agency wants back by a day, said of the document ("It should be with the agency by 31 May"): the caller
 * sends it, the agency awaits it; the note says who acts before the deadline ("The caller needs to send in the form. It …").
 */
function wantedBackByCaller<F extends { text: string; position: number; followUp?: { kind: string; preposition?: string } }>(f: F, all: Sentence[], language: Language): F {
  const said = all[f.position];
  const writing = WRITING[language];
  if (f.followUp?.kind !== 'awaitDocument' || f.followUp.preposition !== 'by' || !said || said.speaker !== 'agent' || !WANTED_BACK_BY[language].test(said.text)) return f;
  // "Vi behöver den senast måndag den 16 oktober", "We need it back by Friday": what the agency needs back by a day is
  // the caller's to send, so the note says it of the caller (round 39).
  const needed = AGENCY_NEEDS_BACK[language].exec(f.text);
  if (needed) {
    const object = needed[1]!;
    const singular = /^(?:den|det|it)$/iu.test(object);
    const document = singular ? lastDocument(all.slice(Math.max(0, f.position - 8), f.position + 1).map((x) => x.text), language, object) : undefined;
    const rest = f.text.slice(needed[0].length);
    return { ...f, text: `${language === 'sv' ? 'Kunden behöver skicka in' : 'The caller needs to send'} ${document ?? object.toLowerCase()}${/\sback$/iu.test(needed[0]) ? ' back' : ''}${rest}` };
  }
  if (writing.callerFirst.test(f.text) || AGENT_TASK.test(f.text) || !/^(?:den|det|de|dom|it|they|the|this|that|\p{L}*blankett\p{L}*|\p{L}*intyg\p{L}*|ansökan|papperen)(?![\p{L}])/iu.test(f.text)) return f;
  const pronoun = /^(?:den|det)(?![\p{L}])/iu.exec(f.text)?.[0];
  const document = lastDocument(all.slice(Math.max(0, f.position - 8), f.position + 1).map((x) => x.text), language, pronoun);
  if (!document) return f;
  return { ...f, text: language === 'sv' ? `Kunden behöver skicka in ${document}. ${f.text}` : `The caller needs to send in ${document}. ${f.text}` };
}

/** A later time said with no day: "nästa år", "i höst", "längre fram", "next year", "later on" (round 81). */
const LATER_TIME: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:(?:nästa|kommande)\s+(?:år|månad|höst|vår|sommar|vinter)|om\s+ett\s+år|i\s+(?:höst|vår|vinter|sommar)|längre fram|senare|varje år|en gång om året)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:(?:next|the coming)\s+(?:year|month|spring|summer|autumn|fall|winter)|in a year|later(?: on)?|every year|once a year|this (?:autumn|fall|winter|spring|summer))(?![\p{L}])/iu,
};
/** The agent or agency sends, as a promise: "Handläggaren skickar …", "The agent will post …" (not "kan"/"can"/"or"). */
const AGENT_FIRST_SENDS: Record<Language, RegExp> = {
  sv: /^(?:handläggaren|myndigheten)\s+(?:(?:ska|kommer att)\s+)?(?:också\s+)?(?:skickar|skicka|postar|posta)(?![\p{L}])(?!.*(?:,\s*eller|\beller så\b))/iu,
  en: /^(?:the agent|the agency)\s+(?:(?:will|is going to|is)\s+)?(?:also\s+)?(?:send|sends|sending|post|posts|posting|mail|mails)(?![\p{L}])(?!.*(?:,\s*or\b|\bor the agent\b))/iu,
};
/** The agent sends something itself: "jag skickar", "jag kan skicka", "då postar vi", "I'll send", "we can post". */
const AGENT_OWN_SENDING: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:(?:jag|vi)\s+(?:kan\s+|ska\s+)?(?:också\s+)?(?:skicka|skickar|posta|postar)|(?:skickar|postar)\s+(?:jag|vi))(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:I|we)(?:'ll| will| can| could)?\s+(?:also\s+)?(?:send|post|mail)(?![\p{L}])/iu,
};
const SENDS_AGAIN = /(?<![\p{L}])(?:skick\p{L}*|post\p{L}*|send\p{L}*|mail\p{L}*)(?![\p{L}])/iu;
/** "…, eller så skickar jag en blankett till dig i dag", "…, or I can post you a form today": the agent's sending beside another way. */
const OR_I_SEND: Record<Language, RegExp> = {
  sv: /,?\s*eller så (?:kan (?:jag|vi) (?:skicka|posta)|(?:skickar|postar) (?:jag|vi)|(?:jag|vi) (?:skickar|postar)) (?<rest>.+)$/iu,
  en: /,?\s*or (?:i|we)(?: can| could| will|'ll)? (?:send|post) (?<rest>.+)$/iu,
};
/** "Ja, till en mindre lägenhet …", "Yes, to Spain …": an answer that goes on from a place or a time, no verb of its own. */
const COMPLETES: Record<Language, RegExp> = {
  sv: /^(?:(?:ja|jo|japp|precis|mm)[,.\s]+)?((?:till|från|i|på|efter) (?!(?:jag|vi|du|det)\s)[^,.]*)/iu,
  en: /^(?:(?:yes|yeah|yep|right|mm)[,.\s]+)?((?:to|from|into|after) (?!(?:i|we|you|it)\s)[^,.]*)/iu,
};
/** "Eller jo, den kom, jag tittade fel", "Oh wait, it did come, I misread": the sentence before is taken back. */
const TAKEN_BACK: Record<Language, RegExp> = {
  sv: /^(?:eller jo|nej förresten|nä förresten)[,\s]+(?:den|det|han|hon|de) (?:kom|har kommit|kom ju)|(?<![\p{L}])(?:jag (?:tittade|såg|läste) fel)(?![\p{L}])/iu,
  en: /^(?:(?:oh|no)[,\s]+)?(?:wait|actually)[,\s]+(?:it|he|she|they) (?:did|has|have) (?:come|arrived)|(?<![\p{L}])(?:i (?:misread|looked wrong|read it wrong|was looking at the wrong))(?![\p{L}])/iu,
};
/** "So I'm moving to Canada.", "Så nu ska jag flytta": what the story before comes to. */
const CONCLUSION: Record<Language, RegExp> = {
  sv: /^(?:så|och så)[,\s]+(?:nu\s+)?(?:jag|vi)\s+(?:ska|tänker|vill|har bestämt|flyttar)(?![\p{L}])/iu,
  en: /^so,?\s+(?:now\s+)?(?:i'm|i am|we're|we are|i|we)\s+(?:going to|moving|want|need|have decided|decided|will)(?![\p{L}])/iu,
};
/** "Men …", "But …": a sentence said against the one before it. */
const TURNS_TO: Record<Language, RegExp> = { sv: /^men\s/iu, en: /^but\s/iu };
/** "Men jo, …", "Anyway, …": back to the errand after a side remark; the words go. */
const BACK_TO_IT: Record<Language, RegExp> = {
  sv: /^(?:men jo|(?:men\s+)?(?:i alla fall|hur som helst))[,.\s]+(?=\p{L})/iu,
  en: /^(?:but\s+)?(?:anyway|anyhow)[,.\s]+(?=\p{L})/iu,
};
/** An errand taken back: "Eller nej, det är inte det egentligen", "Well, not the payment exactly", "it's not about that". */
const WITHDRAWN: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:det är inte det(?:\s+egentligen)?|det gäller inte det|inte det jag ringer om)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:it(?:'s| is) not about that|that(?:'s| is) not (?:it|what i(?:'m| am) calling about|why i(?:'m| am) calling)|not the [\p{L}\s]{1,30}exactly)(?![\p{L}])/iu,
};
/** "Ring gärna igen", "Du är välkommen att höra av dig", "Feel free to call again": a courtesy. */
/** The caller will call, write to or contact someone other than the agency: "I'll ring them on Monday", "jag ringer banken", "jag skickar ett mejl till dem". */
const CALLS_ELSEWHERE: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:(?:ringer|kontaktar|mejlar)\s+(?:jag|vi)|(?:jag|vi)\s+(?:ska\s+|får\s+|kan\s+|måste\s+)?(?:\p{L}+\s+)?(?:ringer|ringa|kontaktar|kontakta|mejlar|mejla|pratar med|prata med|skickar ett (?:mejl|mail) till|skicka ett (?:mejl|mail) till|skriver till|skriva till))\s+(?:(?:nog|väl|då|också|bara)\s+)?(dem|dom|honom|henne|banken|kommunen|läkaren|vårdcentralen|arbetsgivaren|chefen|min\s+\p{L}+|mitt\s+\p{L}+|\p{L}+)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:i|we)(?:'ll|\s+will|\s+am going to|\s+are going to|\s+shall|\s+can)?\s+(?:\p{L}+\s+)?(?:call|ring|phone|contact|email|get in touch with|speak to|talk to|send an (?:email|e-mail) to|write to)\s+(them|him|her|the\s+(?:bank|council|doctor|clinic|employer|insurer|company|home)|my\s+\p{L}+|\p{L}+)(?![\p{L}])/iu,
};
const EN_CALENDAR_WORD_ONE = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)$/iu;
/** Whom the caller will call is someone else: a pronoun or a word listed, or a name (a capital; not this agency's own). */
function callsElsewhere(text: string, language: Language): boolean {
  const whom = CALLS_ELSEWHERE[language].exec(text)?.[1];
  if (!whom) return false;
  if (/^(?:dig|er|hit|tillbaka|igen|upp|in|myndigheten|handläggaren|och|you|back|again|us|the agency|it|today|tomorrow|tonight)$/iu.test(whom) || EN_CALENDAR_WORD_ONE.test(whom)) return false;
  return /^(?:dem|dom|honom|henne|banken|kommunen|läkaren|vårdcentralen|arbetsgivaren|chefen|min\s|mitt\s|them|him|her|the\s|my\s)/iu.test(whom) || (/^\p{Lu}/u.test(whom) && !WRITING[language].toThisAgency.test(whom));
}
/** "nu", "direkt", "now", "right away": said of an act, the day of the call. */
const NOW: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:nu|direkt|genast|med en gång)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:now|right away|straight away|at once)(?![\p{L}])/iu,
};
/** The agent says the matter is not this agency's: "det handlägger vi inte", "paid by Försäkringskassan, not by us". */
const REFERRED: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:inte (?:av|hos|från) oss|(?:inte något|inget|inte nåt) (?:som )?vi (?:handlägger|hanterar|har hand om|beslutar om)|(?:det|den|dem) (?:handlägger|hanterar|beslutar) vi inte|\p{L}+ beslutar vi inte om)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:not (?:by|from|with) us|(?:isn't|is not|not) something we (?:handle|deal with|decide)|we don't (?:handle|deal with|decide on))(?![\p{L}])/iu,
};
/** Whom the agent tells the caller to contact: "du ber vårdcentralen …", "Ring banken …", "you need to ask Skatteverket …". */
const TOLD_TO_CONTACT: Record<Language, RegExp> = {
  sv: /(?:(?<![\p{L}])(?:du|ni)\s+(?:\p{L}+\s+){0,2}?|^(?:\p{L}+,?\s+)?)(?:ber|be|ringer|ringa|ring|kontaktar|kontakta|vänder dig till|vänd dig till|hör av dig till|höra av dig till)\s+(\p{L}+)(?![\p{L}])/iu,
  en: /(?:(?<![\p{L}])you\s+(?:\p{L}+\s+){0,3}?|^(?:\p{L}+,?\s+)?)(?:ask|call|ring|phone|contact|get in touch with|speak to|talk to)\s+((?:the\s+|your\s+)?\p{L}+)(?![\p{L}])/iu,
};
/** A party to contact: a name (a capital) or one of these. */
const PARTY = /^(?:vårdcentralen|banken|kommunen|läkaren|arbetsgivaren|försäkringsbolaget|(?:the|your)\s+(?:bank|council|doctor|clinic|hospital|employer|insurer))$/iu;
/**
 * The party the caller's call elsewhere goes to, where the agent told the caller to contact it in the few sentences
 * before ("You need to ask Skatteverket …" … "I'll call them tomorrow."): a task the call gave, not the caller's own plan.
 */
function toldToContact(s: Sentence, all: Sentence[], language: Language): string | undefined {
  const whom = CALLS_ELSEWHERE[language].exec(s.text)?.[1]?.toLowerCase();
  // ("Sick pay isn't something we handle. Talk to Försäkringskassan.": a referral, the matter is the other party's alone.)
  if (!whom || all.some((a) => a.speaker === 'agent' && REFERRED[language].test(a.text))) return undefined;
  for (const a of all.slice(Math.max(0, s.position - 8), s.position).reverse()) {
    const party = a.speaker === 'agent' && !a.isQuestion ? TOLD_TO_CONTACT[language].exec(a.text)?.[1] : undefined;
    const named = party !== undefined && (PARTY.test(party) || /^\p{Lu}/u.test(party));
    if (party && named && (/^(?:dem|dom|them)$/u.test(whom) || whom === party.toLowerCase())) return party;
  }
  return undefined;
}
/** Someone other than the caller and the agency who acts in the errand, and the act, said first in the sentence. */
const THIRD_PARTY_SV = '(?:(?:den\\s+nya\\s+)?banken|arbetsgivaren|din\\s+arbetsgivare|min\\s+arbetsgivare|(?:min|mitt|din|ditt|vår|er|kundens)\\s+(?:fru|man|make|maka|sambo|partner|dotter|son|mamma|pappa|bror|syster|granne|god man))(?:\\s+\\[[^\\]]+\\])?';
const THIRD_PARTY_EN = "(?:the\\s+(?:new\\s+)?bank|your\\s+(?:new\\s+)?bank|your\\s+employer|my\\s+employer|the\\s+employer|(?:my|your|our|the caller's)\\s+(?:wife|husband|partner|daughter|son|mother|mum|mom|father|dad|brother|sister|neighbour|neighbor))(?:\\s+\\[[^\\]]+\\])?";
const SV_ACTS = 'anmäler|anmäla|registrerar|registrera|skickar|skicka|postar|posta|ansöker|ansöka|stämplar|stämpla|lägger\\s+in|lägga\\s+in|fyller\\s+i|fylla\\s+i|skriver\\s+under|skriva\\s+under';
const EN_ACTS = 'register|registers|report|reports|send|sends|post|posts|sign|signs|apply|applies|stamp|stamps|fill\\s+in|fills\\s+in';
const THIRD_PARTY_ACTS: Record<Language, RegExp> = {
  sv: new RegExp(`^(?:(?:och|så|då|men|för)\\s+)?(?:${THIRD_PARTY_SV}\\s+(?:ska\\s+|kommer\\s+att\\s+|får\\s+|måste\\s+)?(?:${SV_ACTS})|(?:[\\p{L}\\s]{0,20}\\s)?(?:ska|får|måste)\\s+${THIRD_PARTY_SV}\\s+(?:${SV_ACTS}))(?![\\p{L}])`, 'iu'),
  en: new RegExp(`^(?:(?:and|so|then|but)\\s+)?${THIRD_PARTY_EN}\\s+(?:will\\s+|'ll\\s+|is\\s+going\\s+to\\s+|has\\s+to\\s+|needs\\s+to\\s+)?(?:${EN_ACTS})(?![\\p{L}])`, 'iu'),
};
/** What someone usually does: no step of this errand. */
const HABIT: Record<Language, RegExp> = { sv: /(?<![\p{L}])(?:brukar|alltid|ibland|oftast)(?![\p{L}])/iu, en: /(?<![\p{L}])(?:usually|always|normally|sometimes|often)(?![\p{L}])/iu };
const WELCOME_AGAIN: Record<Language, RegExp> = {
  sv: /^(?:(?:och|men|så|ja|okej)[,\s]+)?(?:ring (?:gärna|bara) (?:igen|tillbaka|oss|hit)|hör (?:gärna|bara) av dig|(?:du|ni) är (?:alltid |varmt )?välkomn?\p{L}* att (?:ringa|höra av))(?![\p{L}])/iu,
  en: /^(?:(?:and|but|so|yes|okay)[,\s]+)?(?:feel free to (?:call|ring|get in touch)|(?:don't|do not) hesitate to (?:call|ring|get in touch)|you(?:'re| are) (?:always )?welcome to (?:call|ring|get in touch)|(?:just )?call (?:us )?again (?:if|any ?time|whenever))(?![\p{L}])/iu,
};
/** The agency's decision within a time: "du får ett beslut inom fyra veckor", "we decide within about eight weeks". */
// ("Beslutet från oss kommer inom några veckor", "We usually decide within about six weeks": the same decision, round 47.)
const DECISION_WITHIN: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:(?:du|ni|hon|han|hen|dödsboet) (?:får|kommer att få) (?:ett |sitt |ert |beskedet |)beslut(?:et)?|(?:vi|myndigheten) (?:fattar|tar|skickar) (?:ett |)beslut(?:et)?|(?:vi|myndigheten) (?:beslutar|bestämmer)|beslutet(?: från (?:oss|myndigheten))? (?:kommer|ska komma|skickas))\s+(?:\p{L}+\s+){0,2}(?:inom|om|senast)\s/iu,
  en: /(?<![\p{L}'])(?:(?:you|she|he|they)(?:'ll| will)? (?:get|have|receive) (?:a|the|our|her|his|their) decision(?: letter)?|we(?:'ll| will)?(?: usually| normally)? (?:decide|make (?:a|the) decision|send (?:a|the|our) decision)|the decision(?: from us)? (?:will come|comes|will be sent|is sent))\s+(?:[\p{L}']+\s+){0,2}(?:within|in|by)\s/iu,
};
/**
 * The caller will get a decision, or the agency will make one: "ni får ett nytt beslut", "we'll send you a new decision".
 * (Also the decision that comes next, with no one named: "Först kommer ett beslut", "Sen kommer beslutet", "Beslutet
 * kommer när kontraktet är inne", "A decision on the guarantee pension will come", "then a decision comes", "A decision
 * comes by post": round 68, an application or change taken in the call leads to the agency's decision, and the note
 * told it as information, or not at all. Only "kommer"/"come" itself, not "kan komma", "brukar komma", "should come"; not
 * the reason a decision already sent came, "därför kommer beslutet nu", nor a time told by it, "until the decision comes".)
 * (And the decision the case waits for, found in the records: "Ansökan väntar på beslut", "It's waiting for a decision",
 * "Du får ett meddelande på Mina sidor när beslutet är klart", "You'll get a message when the decision is made": round 77,
 * a call about an earlier application, where the pending decision is what the agency still owes; it stood as information.)
 */
const DECISION_ANNOUNCED: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:(?:(?:du|ni|hon|han|hen) (?:får|kommer att få)|(?:får|kommer) (?:du|ni|hon|han|hen)(?: att få)?) (?:ett |sitt |ert |)(?:nytt |nya )?beslut(?:et)?|(?:vi|myndigheten) (?:fattar|tar|skickar) (?:ett |)(?:nytt |)beslut(?:et)?|(?:fattar|tar|skickar) (?:vi|myndigheten) (?:ett |)(?:nytt |)beslut(?:et)?|(?<!därför |därav )kommer (?:ett |)(?:nytt |)beslut(?:et)?|(?:^|(?<=[.!]\s))(?:ett |)(?:nytt |)beslut(?:et)? (?:\p{L}+ ){0,3}kommer(?! att)|(?:sen|sedan|då|därefter) kommer (?:ett |)(?:nytt |)beslut(?:et)?|(?:väntar|ligger och väntar) på (?:ett |)beslut|(?:du|ni) får (?:ett |)(?:meddelande|besked|brev)(?: \p{L}+){0,4} när beslutet (?:är (?:klart|fattat)|har fattats))(?![\p{L}])/iu,
  en: /(?<![\p{L}'])(?:(?:you|she|he|they)(?:'ll| will) (?:get|receive) (?:a|the|our|her|his|their) (?:new )?decision|we(?:'ll| will) (?:decide|make (?:a|the) (?:new )?decision|send (?:you )?(?:a|the|our) (?:new )?decision)|(?<!(?:until|till|before|that['’]s why) )(?:a|the) (?:new )?decision (?:(?:on|about) (?:the |your )?[\p{L}-]+(?: [\p{L}-]+)? )?(?:will come|comes)|then (?:a|the) (?:new )?decision comes|(?:is|it['’]s) (?:still )?(?:waiting for|awaiting) (?:a|the) decision|you(?:'ll| will) (?:get|receive) (?:a )?(?:message|letter|notice)(?: [\p{L}']+){0,4} when the decision (?:is|has been) (?:made|ready))(?![\p{L}])/iu,
};
/**
 * "Send the Tax Agency email …", "Skicka in intyget från Skatteverket …": the other agency named as where a document comes
 * from, in a sending to this one, not as where the step goes (round 83).
 */
const SENT_FROM_ELSEWHERE: Record<Language, RegExp> = {
  sv: /^(?:(?:då|och|så)\s+)?(?:skicka|mejla|ladda upp)(?:\s+in)?\s+(?:\p{L}+\s+){0,2}\p{L}+(?:et|en|na)\s+från\s+(?:skatteverket|kommunen|migrationsverket|csn|kronofogden|arbetsförmedlingen|socialtjänsten)(?![\p{L}])/iu,
  en: /^(?:(?:then|and|so|please),?\s+)?(?:send|email|upload|post)(?:\s+(?:us|in))?\s+(?:the|that|your)\s+(?:(?:tax agency|municipality|council|migration agency)(?:'s)?\s+(?:email|e-mail|letter|statement|certificate|decision|document)|(?:email|e-mail|letter|statement|certificate|decision|document)\s+from\s+(?:the tax agency|the swedish tax agency|the municipality|the council|the migration agency|social services))(?![\p{L}])/iu,
};
/** "När ska första betalningen in?", "When do I pay the first instalment?": a question about a payment's day. */
const PAYMENT_ASKED: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:(?:in|del|av)?betalning\p{L}*|betala[rs]?)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:payments?|pay|paying|instalments?|installments?)(?![\p{L}])/iu,
};
/** A decision denied: "det är inget vi fattar beslut om", "you won't get a new decision". */
const NO_DECISION = /(?<![\p{L}])(?:inte|inget|ingen|aldrig|not|no|never|won't|don't|doesn't)(?![\p{L}])/iu;
/** The caller's part of a task, said before the decision it leads to: filling in, sending, applying. */
const CALLERS_PART = /(?<![\p{L}])(?:fyll\p{L}*|skick\p{L}*|ansök\p{L}*|komplettera\p{L}*|skriv\p{L}* under|fill\p{L}*|send\p{L}*|return\p{L}*|post\p{L}*|apply|applies|sign\p{L}*)(?![\p{L}])/iu;
/** A decision named ("beslutet", "the decision"). */
const DECISION: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])beslut(?:et|en)?(?![\p{L}])/iu,
  en: /(?<![\p{L}])decisions?(?![\p{L}])/iu,
};
/** The caller will have or get something ("du ska ha det", "du får det", "you should have it", "you'll get it"). */
const RECEIVED: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:du|ni)\s+(?:ska|bör|borde|kommer att|lär)\s+(?:ha|få)\s+(?:det|den|beslutet|ett beslut|besked)|(?:du|ni)\s+får\s+(?:det|den|beslutet|ett beslut|besked)(?![\p{L}])/iu,
  en: /(?<![\p{L}])you(?:'ll|\s+will|\s+should|\s+ought to)\s+(?:have|get|receive)\s+(?:it|the decision|a decision|them)(?![\p{L}])/iu,
};
/** The agency wants a document back by a day: "den vill jag ha senast …", "we need it back by …". */
const WANTED_BACK_BY: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:(?:den|det|dem|dom|\p{L}{3,}(?:en|et|na))\s+(?:vill|behöver|måste)\s+(?:jag|vi)(?:\s+(?:ha|få))?(?:\s+(?:tillbaka|in))?|(?:(?:vill|behöver|måste)\s+(?:jag|vi)|(?:jag|vi)\s+(?:vill|behöver|måste))(?:\s+(?:ha|få))?\s+(?:den|det|dem|dom)(?:\s+(?:tillbaka|in))?|(?:den|det|de|dom|blanketten|intyget|ansökan|papperen|livsintyget)(?:\s+\p{L}+){0,3}\s+(?:måste|ska|behöver|bör)\s+vara\s+(?:inne|tillbaka|här|hos oss)(?:\s+hos oss)?)\s+(?:senast|före|innan)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:(?:we|i)\s+(?:need|must have|want|would like|have to have)\s+(?:it|them|that|this)(?:\s+(?:back|returned|in))?|(?:it|they|the (?:one|form|certificate|papers?|documents?|application)(?:\s+\p{L}+){0,3})\s+(?:must|has to|have to|needs? to|should)\s+be\s+(?:back|returned|in|here|with us)(?:\s+(?:with|to)\s+us)?)\s+(?:by|before|no later than)(?![\p{L}])/iu,
};
/** The day said first: "Senast fredag nästa vecka behöver vi dem", "By Friday we need them back" (round 81). */
const WANTED_BY_FIRST: Record<Language, RegExp> = {
  sv: /^(?:(?:och|men|så)\s+)?(?:senast|före|innan)\s+[^.!?]*?\s(?:vill|behöver|måste)\s+(?:jag|vi)(?:\s+(?:ha|få))?\s+(?:den|det|dem|dom)(?:\s+(?:tillbaka|in))?[.!]?$/iu,
  en: /^(?:(?:and|but|so)\s+)?(?:by|before|no later than)\s+[^.!?]*?,?\s(?:we|i)\s+(?:need|must have|want|would like)\s+(?:it|them|that|this)(?:\s+(?:back|returned|in))?[.!]?$/iu,
};
/** "Det är inte därför jag ringer", "that's not why I'm calling": what came before was not the errand. */
const NOT_WHY: Record<Language, RegExp> = {
  // ("… omställningspensionen, den kom i september, den är inte problemet": what the caller sets aside, round 26.)
  sv: /(?<![\p{L}])(?:(?:det är|det var) (?:ju |nu )?inte (?:därför|det) jag ringer|inte därför jag ringer|men det var inte det jag ville|(?:den|det) är inte problemet|(?:det|den) var (?:egentligen |ju )?inte (?:det|därför) jag ringde(?: om| för)?|det här (?:är|gäller) (?:en annan sak|något annat))(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:(?:that's|that is|it's|it is) not (?:why|what) i(?:'m| am) (?:calling|ringing)(?: (?:about|for))?|but that's not why i called|(?:that's|that is|it's|it is|that isn't|it isn't) (?:not )?the problem|this is (?:something else|a different (?:thing|matter|question))|that's not what i (?:called|rang) about)(?![\p{L}])/iu,
};
/** A line that already says what the caller wants to know ("Kunden undrar om …", "they want to know why"). */
const ALREADY_ASKS: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:undrar|undrade|vill veta|frågar)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:wonder(?:ing|ed)?|want(?:s|ed)? to know|ask(?:ing|s)?)(?![\p{L}])/iu,
};
/**
 * A line that says what the caller wants or fears: "jag vill …", "behöver", "vet inte om …", "I'd like", "worried". (Not a want
 * denied, "det vill jag inte vara med om igen", "I don't want that again": a feeling, and the wish may follow, round 36.)
 */
const WANTS: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:(?:vill|ville)(?!\s+(?:(?:jag|vi|hon|han|de)\s+)?inte)|skulle vilja|behöver|önskar|varför|orolig|rädd|vet inte (?:om|hur|vad|när|varför|vart))(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:(?<!(?:don't|do not|didn't|did not)\s+)want(?:s|ed)?|would like|I'd like|need(?:s|ed)?|why|worried|afraid|(?:don't|do not) know (?:if|whether|how|what|when|why|where))(?![\p{L}])/iu,
};
/** The caller's own wish or question, said as a statement: "vi undrar om …", "jag ville se …", "I need the statement". */
const OWN_WISH: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:(?:jag|vi)\s+(?:(?:\p{L}+\s+){0,2})(?:vill|ville|skulle vilja|behöver|undrar|undrade|önskar)|(?:vill|behöver|undrar|undrade) (?:jag|vi))(?![\p{L}])(?!\s+inte)/iu,
  en: /(?<![\p{L}])(?:I|we)(?:'d|'m)?\s+(?:(?:\p{L}+\s+){0,2})(?:want|wanted|like|need|needed|wonder|wondering|wondered)(?![\p{L}])/iu,
};
/** "Och så …", "So …": a connective that opens a wish said after the event. */
const LEADING_SO: Record<Language, RegExp> = {
  sv: /^(?:(?:och|men)\s+)?(?:så\s+)?(?=\p{L})/iu,
  en: /^(?:(?:and|but)\s+)?(?:so\s+)?(?=\p{L})/iu,
};
/** What someone said: "X sa att …", "the funeral home said I'd get nothing". */
const REPORTED_SPEECH: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:sa|sade|säger|påstod|påstår|skrev|skriver)(?:\s+(?:ju|också|att))?(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:said|says|told me|claimed|claims|wrote)(?![\p{L}])/iu,
};
/** A question that only checks what was said before it: "Is that true?", "Stämmer det?". */
const CHECK_ONLY: Record<Language, RegExp> = {
  sv: /^(?:(?:men|och|så|eller)[,\s]+)*(?:stämmer (?:det|verkligen det)|är det (?:så|sant|verkligen så|rätt)|har (?:han|hon|de) rätt)\b/iu,
  en: /^(?:(?:but|and|so|or)[,\s]+)*(?:is (?:that|it|this) (?:right|true|correct|so)|is he right|is she right|are they right|really)\b/iu,
};
/** A sentence that opens with what it is for: "För att …", "In order to …", "So that …". */
const PURPOSE_FIRST = /^(?:(?:och|men|så|and|but|so)[,\s]+)?(?:för att|in order to|so that|for (?:the|your) \p{L}+ to)\s/iu;
/**
 * The date of a sentence's task: its first, unless a clause that follows from the one before ("…, så handläggaren
 * skickar beräkningen på onsdag", "…, so I'll send it on Friday") names its own ("I morgon är det nationaldagen, så …").
 */
function taskDate(text: string, dates: DatePhrase[]): DatePhrase | undefined {
  if (dates.length < 2) return dates[0];
  // "För att pensionen ska hinna börja 1 september behöver vi ansökan senast sista juni": the date of a leading purpose
  // is what the task is for; its deadline is the task's date (round 29).
  if (PURPOSE_FIRST.test(text)) {
    const deadline = dates.find((d) => /^(?:senast|by|before|före)\s/iu.test(d.text) || /(?:senast|by|before|före)\s+$/iu.test(text.slice(0, text.indexOf(d.text))));
    if (deadline) return deadline;
  }
  // "The July payment on Monday the 18th is already prepared, but I'll check on Tuesday the 12th": the agent's own
  // promise after "but"/"men" is the task; the date before it belongs to what the first clause tells (round 36).
  const promise = /,\s+(?:men|but)\s+(?:jag|vi|I|we)(?:'ll|'d| will| would)?\s/u.exec(text);
  const promised = promise && text.indexOf(dates[0]?.text ?? '') < promise.index ? dates.find((d) => text.indexOf(d.text, promise.index) >= 0) : undefined;
  if (promised) return promised;
  // "Jag fyller i det med honom i helgen och postar det på måndag": the sending is the task the agency waits for; its own
  // day, said after the verb, dates it (round 46).
  const sending = /(?<![\p{L}])(?:och|and)\s+(?:\p{L}+\s+)?(?:skickar|postar|lämnar in|sends?|posts?)(?![\p{L}])/iu.exec(text);
  const sentOn = sending && text.indexOf(dates[0]?.text ?? '') < sending.index ? dates.find((d) => text.indexOf(d.text, sending.index) >= 0) : undefined;
  if (sentOn) return sentOn;
  const consequence = /,\s+(?:så|och då|so|and then)\s/iu.exec(text);
  // (Only where the first date is what the first clause is about: "I morgon är det …", "Den 18 april är en söndag".)
  const first = text.indexOf(dates[0]!.text);
  if (!consequence || first < 0 || first > consequence.index || !/^\s+(?:är|var|is|was)(?![\p{L}])/iu.test(text.slice(first + dates[0]!.text.length))) return dates[0];
  const after = text.slice(consequence.index);
  return dates.find((d) => after.includes(d.text)) ?? dates[0];
}
/** Help asked for with something: "hjälpa mig att byta", "help me with the form" (not "help me with this"). */
const HELP_WITH: Record<Language, RegExp> = {
  sv: /\bhjälpa (?:mig|oss) (?:att \p{L}|med (?!(?:det|detta|det här|allt)\b)\p{L})/iu,
  en: /\bhelp (?:me|us) (?:to \p{L}|with (?!(?:this|that|it|everything)\b)\p{L}|(?:change|apply|fill|find|sort|move|switch|get|understand)\b)/iu,
};
/** "The actual reason I'm calling, …", "Det jag egentligen ringer om är …": the errand named as the real one. */
const REAL_ERRAND: Record<Language, RegExp> = {
  sv: /^(?:(?:så|men|och|nej|okej|bra)[,\s]+)*(?:det (?:jag |vi )?egentligen ringer om|(?:det )?(?:jag|vi) egentligen ringer om|anledningen (?:till )?att jag ringer|det riktiga skälet|det (?:jag|vi) (?:egentligen|faktiskt) vill (?:veta|fråga(?: om)?)|(?:så )?det jag (?:egentligen |faktiskt )?behöver(?: hjälp med)? är|(?:så )?det jag (?:egentligen |faktiskt )?(?:vill|skulle vilja)(?: göra)? är|det (?:jag|vi) (?:egentligen )?ringde om|det jag (?:egentligen |faktiskt |nu )?undrar(?: över)?(?:,\s*det)?(?: är)?(?: väl| ju)?|(?:min|den) (?:egentliga )?fråga(?:n)? är(?: väl| ju)?|grejen är(?: ju| den)?)(?:\s+(?:är|egentligen))?\s*(?:,\s*|:\s*|\s+att\s+|\s+(?=\p{L}))/iu,
  en: /^(?:(?:so|but|and|no|okay|ok|right|anyway|sorry|actually)[,\s]+)*(?:the (?:actual|real|main) reason (?:i(?:'m| am) calling|i called|for my call)(?: is)?|what i (?:really|actually) (?:want|wanted|need|needed) to (?:know|ask)(?: about)? is|(?:the thing|what) (?:i(?:'m| am)|we(?:'re| are)) (?:really|actually) calling about(?: is)?|my (?:main |real |actual )?question is|what i(?:'d| would) (?:really )?like to know is|what i (?:really |actually )?(?:want|wanted|need) to know is|what i (?:really |actually )?need is|what i (?:really |actually )?(?:want|wanted) is|what i(?:'d| would) (?:really )?like is|the (?:real|actual|main) (?:thing|question|issue)(?: is)?|the thing is)\s*(?:,\s*|:\s*|\s+that\s+|\s+(?=\p{L}))/iu,
};
/**
 * "So, the actual thing.", "Så, till själva ärendet.": the marker said as a sentence of its own; the caller's next
 * sentence is the errand named as the real one (round 34), and what came before ("quick one first, …") was not.
 */
const REAL_ERRAND_ALONE: Record<Language, RegExp> = {
  // ("Men det var en sak till, och det är nog det viktigaste.": after a side question the caller names the next thing the
  // one that matters; what follows is the errand, round 63.)
  sv: /^(?:(?:så|men|och|okej|bra|nu|alltså|jo)[,\s]+)*(?:(?:nu\s+)?till\s+)?(?:själva (?:ärendet|saken|frågan|grejen)|det egentliga(?: ärendet)?|(?:den |min )?egentliga (?:frågan|saken|grejen))[.!:]?$|^(?:(?:så|men|och|okej|jo)[,\s]+)*(?:det (?:var|är) |jag har )?en (?:sak|grej|fråga) till,?\s+(?:och\s+)?(?:det|den) är (?:nog |väl |faktiskt |egentligen )?(?:det viktigaste|den viktigaste|det som är viktigast)[.!:]?$|^(?:(?:och|så|men|sen|ja)[,\s]+)*(?:det andra|den andra (?:saken|frågan|grejen)|en (?:sak|grej|fråga) till|något annat)[,\s]+(?:och\s+)?(?:det|den) (?:är|var) (?:ju |nog |faktiskt |egentligen )*(?:därför (?:jag|vi) ring(?:er|de)|det (?:jag|vi) (?:egentligen )?ring(?:er|de) om|(?:det|den) (?:som är )?viktig(?:are|aste))[.!:]?$/iu,
  // (Round 94: "Och så det andra, det är egentligen därför jag ringer.", "But there's something else, actually more
  // important.": the caller names the next thing the real errand in a sentence that says nothing else; the errand is the
  // caller's next sentence, not "Dessutom: Det är egentligen därför kunden ringer".)
  en: /^(?:(?:so|but|and|okay|ok|right|anyway|now|well)[,\s]+)*(?:(?:on|back|now)\s+to\s+)?the (?:actual|real|main) (?:thing|question|reason|issue|business)(?: (?:i|we)(?:'m| am|'re| are) calling about)?[.!:]?$|^(?:(?:so|but|and|okay|well)[,\s]+)*(?:there's|there is|i have|i've got) (?:one more|another) (?:thing|question)(?:,?\s+(?:and\s+)?(?:it's|that's|that is|it is) (?:probably |really |actually )?the (?:most important|important|main|real) one)[.!:]?$|^(?:(?:so|but|and|okay|well)[,\s]+)*(?:(?:there's|there is|i have|i've got) (?:something else|one more thing|another thing)|the other thing)(?:,?\s+(?:and\s+)?(?:(?:it's|that's|this is|that is|it is)\s+)?(?:probably |really |actually )*(?:more important|the most important one|the important one|the one (?:i(?:'m| am)|we(?:'re| are)) (?:really |actually )?calling about|(?:the reason|why) (?:i(?:'m| am)|we(?:'re| are)) calling))[.!:]?$/iu,
};
/** "Det är kallt va, minus arton här i morse.", "It's freezing today, isn't it": a remark on the weather is small talk (round 37). */
const WEATHER_TALK: Record<Language, RegExp> = {
  // ("Det har regnat i tre dagar här uppe.", "Här öser det ner": rain, snow or sun told of the place, round 38.)
  sv: /^(?:(?:oj|åh|usch|ja|men|nej)[,\s]+)*(?:det är|vilket|vad det är|så)\s+(?:så\s+|väldigt\s+|ruskigt\s+|jätte)?(?:kallt|varmt|halkigt|blött|fint väder|väder)(?:\s+ute)?(?:\s*,?\s*(?:va|eller hur|tycker du inte))?(?=\s*[,.!?]|$)|^(?:(?:oj|åh|usch|ja|men|och)[,\s]+)*(?:här\s+)?(?:(?:det\s+)?(?:har\s+)?(?:regnat|snöat|blåst)|öser det|det öser|det regnar|det snöar|solen skiner|(?:vilket|så)\s+(?:regn|snöoväder|solsken))(?![\p{L}])/iu,
  en: /^(?:(?:oh|well|gosh|ooh)[,\s]+)*(?:it's|it is|what)\s+(?:so\s+|very\s+|a\s+|such\s+a\s+)?(?:cold|warm|hot|freezing|icy|lovely day|lovely weather|weather)(?:\s+(?:out|today|here))?(?:\s*,?\s*(?:isn't it|eh|right))?(?=\s*[,.!?]|$)|^(?:(?:oh|well|and)[,\s]+)*(?:(?:lovely|beautiful|glorious|terrible|awful)\s+(?:sunshine|weather|rain)|it's been (?:raining|snowing|pouring)|it's (?:raining|snowing|pouring))(?![\p{L}])/iu,
};
/** "That's really why I'm trying to log in.", "Det är egentligen därför jag ringer.": the sentence before is the errand. */
const THAT_IS_WHY: Record<Language, RegExp> = {
  sv: /^(?:(?:och|men|så)[,\s]+)?det är (?:ju |egentligen |faktiskt )*(?:därför|det) (?:jag|vi) (?:ringer|ringde|försöker [\p{L} -]+)(?: om)?[.!]?$/iu,
  en: /^(?:(?:and|but|so)[,\s]+)?(?:that's|that is) (?:really |actually )*(?:why|the reason) (?:i|we)(?:'m| am|'re| are) (?:calling|ringing|trying to [\p{L} -]+)[.!]?$/iu,
};
/** "The guarantee pension.", "Garantipensionen.": a noun said alone, as an answer. */
/** A thing "it" may stand for: a benefit, a payment, a letter or a decision ("The guarantee pension.", "Bostadstillägget."). */
const FRAGMENT_THING =
  /(?:pension|supplement|allowance|benefit|payment|letter|decision|fee|tax|rent|invoice|bill|refund|claim|application|tillägg|bidrag|ersättning|stöd|utbetalning|brev|beslut|avgift|skatt|hyra|hyran|faktura|återbetalning|ansökan|återkrav)\p{L}*[.!]?\s*$/iu;
const NOUN_FRAGMENT: Record<Language, RegExp> = {
  sv: /^(?:min |mitt |mina )?\p{L}+(?:n|en|et|an)(?:\s+\p{L}+)?[.!]?$/iu,
  en: /^(?:the|my) (?:\p{L}+\s+){0,2}\p{L}+[.!]?$/iu,
};
/** "Anyway.", "Hur som helst.": said alone after small talk, what the caller says next is the errand. */
const BACK_TO_BUSINESS: Record<Language, RegExp> = {
  sv: /^(?:(?:men|så|och|nåväl)[,\s]+)*(?:i alla fall|hur som helst|hursomhelst|i vilket fall(?: som helst)?)[.!:]?$/iu,
  en: /^(?:(?:but|so|and|well)[,\s]+)*(?:anyway|anyhow|anyways|in any case)[.!:]?$/iu,
};
/** The text after the real-errand marker, as a sentence ("I want to take parental leave over Christmas."). */
function withoutRealErrandMarker(text: string, language: Language): string {
  const m = REAL_ERRAND[language].exec(text);
  if (!m) return text;
  // ("What I need is to know if …", "det jag behöver är att veta om …": what the caller wants to know.)
  const rest = text.slice(m[0].length).replace(/^(?:to know|att veta)\s+(?=(?:whether|if|how|when|what|why|om|när|hur|vad|varför)\s)/iu, '');
  if (wordsOf(rest).length < 3) return text;
  // ("Men grejen är att jag inte kan logga in": the clause after "att" takes a main clause's word order, round 63.)
  const main = language === 'sv' && /att\s*$/iu.test(m[0]) ? rest.replace(/^(jag|vi|han|hon|hen)\s+(inte|aldrig)\s+(\p{L}+)/iu, '$1 $3 $2') : rest;
  if (main !== rest) return capitalise(main);
  // "What I really want to know is whether my years count": the question, said as the caller's wish.
  // ("Det jag undrar är när jag kan börja ta ut pensionen": a question word opens it too.)
  const asked = /^(?:whether|if|how|when|what|why|which|om|när|hur|vad|varför|vilken|vilket|vilka)\s/iu.test(rest) ? `${language === 'sv' ? 'Jag undrar' : 'I want to know'} ${rest.replace(/\?$/u, '.')}` : rest;
  // "Så det jag behöver är att byta till hans nya konto", "what I need is to change the account": what the caller needs.
  const needed = asked === rest && /(?:behöver(?: hjälp med)? är|need is)/iu.test(m[0]) && !/^(?:jag|i)\s/iu.test(rest) ? `${language === 'sv' ? 'Jag behöver' : 'I need'} ${rest.replace(/^(?:att|to)\s+/iu, '')}` : asked;
  // "So what I actually want is to take a quarter of the pension", "det jag vill är att ta ut halva": what the caller wants.
  // ("what I'd like is just to see …", "what I want is for someone to look at it again": "I want someone to look …".)
  const wish = /(?:vill(?: göra)? är|vilja(?: göra)? är|want(?:ed)? is|like is)/iu.test(m[0]);
  const someone = wish && language === 'en' ? /^for (\p{L}+) to\s+/iu.exec(rest) : null;
  const wanted =
    // (The marker may have taken the "att" already: "det jag vill är att ta ut halva"; not before a subject of its own,
    // "det jag vill är att ni räknar om".)
    needed === rest && wish && (/^(?:(?:just|only|bara) )?(?:att|to)\s/iu.test(rest) || (/\satt\s+$/iu.test(m[0]) && !/^(?:ni|du|de|dom|någon|han|hon|hen|man|myndigheten|handläggaren)\s/iu.test(rest)))
      ? `${language === 'sv' ? 'Jag vill' : 'I want to'} ${rest.replace(/^(?:(?:just|only|bara) )?(?:att|to)\s+/iu, '')}`
      : someone
        ? `I want ${someone[1]} to ${rest.slice(someone[0].length)}`
        : needed;
  return capitalise(wanted);
}
/** "Det är tredje gången jag ringer om …", "This is the third time I'm calling about …": the errand after it. */
const CALLING_AGAIN_ABOUT: Record<Language, RegExp> = {
  sv: /^(?:(?:ja|hej|nu|men)[,\s]+)*(?:det är|nu är det|detta är)\s+(?:andra|tredje|fjärde|femte|\p{L}+ )?\s*gången\s+(?:jag|vi)\s+ringer\s+(?:om|angående)\s+(?=\p{L})/iu,
  en: /^(?:(?:yes|hi|hello|so|well)[,\s]+)*(?:this is|it's|it is)\s+(?:the\s+)?(?:second|third|fourth|fifth|\p{L}+)\s+time\s+(?:i(?:'m| am|'ve| have)|we(?:'re| are))\s+(?:been\s+)?(?:calling|ringing|phoning|called)\s+(?:about|regarding)\s+(?=\p{L})/iu,
};
/** "Min mamma har bostadstillägg", "My wife gets housing supplement": a relative's benefit. */
const RELATIVE_HAS: Record<Language, RegExp> = {
  sv: /^(?:(?:jo|ja|nej|men|och|alltså)[,\s]+)*(?:min|mitt|mina|vår|våra)\s+(?:fru|man|make|maka|sambo|dotter|son|mamma|pappa|mor|far|syster|bror|granne|kollega|väninna|vän)(?:,?\s+(?:hon|han))?\s+(?:har|får|fick|hade)\s/iu,
  en: /^(?:(?:yes|no|well|but|and|so)[,\s]+)*(?:my|our)\s+(?:wife|husband|partner|daughter|son|mother|mum|mom|father|dad|sister|brother|neighbour|neighbor|colleague|friend)(?:,?\s+(?:she|he))?\s+(?:has|gets|got|had|receives)\s/iu,
};
/** The caller's standing to call ("Jag har fullmakt", "I have a power of attorney"): no errand. */
const STANDING: Record<Language, RegExp> = {
  sv: /^(?:ja,?\s+)?(?:jag|vi) har (?:en |hans |hennes )?fullmakt(?![\p{L}])/iu,
  en: /^(?:yes,?\s+)?(?:i|we) (?:have|hold) (?:a |his |her )?power of attorney(?![\p{L}])/iu,
};
/** "Två saker, egentligen.", "Two things about my premium pension.": the caller announces the errands, says none of them. */
const SEVERAL_THINGS: Record<Language, RegExp> = {
  sv: /^(?:(?:ja|jo|hej|okej|alltså|nä|så)(?:[,.!]|\.\.\.|…)?\s+)*(?:det är |det gäller |jag har )?(?:(?:två|tre|ett par|några) (?:snabba |korta |små )?(?:saker|frågor|grejer|ärenden)|(?:två|tre|ett par|några) snabba)(?:[,\s]+(?:egentligen|faktiskt|bara|förhoppningsvis)|\s+(?:om|angående|kring) (?:\p{L}+\s+){0,2}\p{L}+|\s+(?:som )?(?:jag|vi) (?:undrar(?: över)?|vill (?:ha hjälp med|fråga(?: om)?|veta)|ringer om|behöver hjälp med))?[.!:]?$/iu,
  en: /^(?:(?:yes|yeah|hi|hello|okay|well|so|um|uh)(?:[,.!]|\.\.\.|…)?\s+)*(?:it's |it is |i have |i've got |there are )?(?:(?:um|uh),?\s+)?(?:(?:two|three|a couple of|a few) (?:quick |short |small )?(?:things|questions)|(?:(?:two|three|a couple of|a few) )?(?:quick|short) ones)(?:[,\s]+(?:actually|really|hopefully)|\s+(?:about|regarding) (?:[\p{L}']+\s+){0,2}[\p{L}']+|\s+(?:that )?(?:i|we) (?:want to (?:ask|know)(?: about)?|(?:need|want) help with|(?:'m|am) calling about|wanted to ask(?: about)?))?[.!:]?$/iu,
};
/** "Först, kan jag …", "Det första är …", "The first thing is …": the first of the errands the caller announced. */
const FIRST_THING: Record<Language, RegExp> = {
  sv: /^(?:(?:och|så|ja|jo|men)[,\s]+)?(?:alltså[,\s]+)?(?:(?:först(?: och främst)?|för det första)\s*[,:]\s*|(?:det första|(?:den )?första (?:saken|frågan))(?:\s+(?:är|gäller)(?:\s+(?:att|om))?\s+|\s*[,:]\s*))/iu,
  en: /^(?:(?:and|so|well|okay|but)[,\s]+)?(?:(?:first(?:ly| of all)?)\s*[,:]\s*|the first (?:thing|question)(?:\s+is(?:\s+that)?\s+|\s*[,:]\s*))/iu,
};
/** "Och det andra är att …", "The second thing is …": the second of the errands the caller announced. */
const SECOND_THING: Record<Language, RegExp> = {
  sv: /^(?:(?:och|sen|sedan|så|ja)[,\s]+)*(?:(?:för )?det (?:andra|tredje)|(?:den )?(?:andra|tredje) (?:saken|frågan|grejen)|två|tre)(?:\s+(?:är|gäller|var)(?:\s+(?:att|om))?\s+|\s*[,:]\s*)/iu,
  en: /^(?:(?:and|so|then|okay)[,\s]+)*(?:the (?:second|third|other|last) (?:thing|question)|second(?:ly)?|third(?:ly)?|two|three)(?:\s+(?:is|was)(?:\s+that)?\s+|\s*[,:]\s*)/iu,
};
/** "Jag måste förklara lite först", "I have to explain a bit first": the story comes before the errand. */
const STORY_FIRST: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:(?:måste|får|ska|behöver) (?:nog |bara )?(?:förklara|berätta) (?:lite |en sak |bakgrunden )?först|(?:det (?:blir|är) en (?:lång|lite lång) (?:historia|bakgrund))|(?:ta|börja) (?:det )?från början|det är (?:lite )?(?:krångligt|komplicerat))(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:(?:have to|need to|must|let me) (?:explain|give you) (?:a bit of |some )?(?:background|a bit|something) first|(?:it's|it is) a (?:long|bit of a long) story|start (?:from|at) the beginning|(?:it's|it is) (?:a bit |rather |quite )?complicated)(?![\p{L}])/iu,
};
/** "Nu vet jag inte hur vi gör med det", "I don't know what to do about it": what the caller wants to know, as a problem. */
/**
 * The agent registers something in the call: "jag registrerar ändringen i dag", "I'm registering that now" (round 32), or
 * has just done it: "Då har jag registrerat att du tar ut halva", "I've removed it now" (round 47; only the agent's own
 * "jag"/"I": "vi har registrerat" is as often the agency's record of an earlier call).
 * (Also a form or copy sent or ordered while the caller listens, "Jag har skickat en ny blankett nu", "Då har jag beställt
 * en ansökningsblankett", "I've sent a copy by post": done in the call like a registration, round 65; the note kept it as
 * information, and the step done was missing among the follow-ups. Not with a bare "det"/"it", "I've ordered it now": that
 * is the offer just before, already a task of its own, and was noted twice.)
 */
const REGISTERS_NOW: Record<Language, RegExp> = {
  // ("Jag lägger upp planen nu", "I'm setting up the plan now": a payment plan made in the call is registered too, round 48.)
  sv: /(?<![\p{L}])(?:(?:jag|vi) (?:registrerar|lägger in|lägger upp)|(?:registrerar|lägger) (?:jag|vi)|(?:jag har|har jag) (?:nu |just )?(?:registrerat|lagt in|lagt upp|tagit bort)|(?:jag har|har jag) (?:nu |just )?(?:skickat|beställt)(?!\s+(?:det|den|dem)(?![\p{L}])))(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:i['’]m registering|i am registering|i['’]ll register|i will register|i['’]m recording|i['’]ll record|i will record|i['’]m setting up|i am setting up|i['’]ve (?:now |just )?(?:registered|removed)|i have (?:now |just )?(?:registered|removed)|i(?:['’]ve| have) (?:now |just )?(?:sent|posted|ordered)(?!\s+(?:it|that|them)(?![\p{L}])))(?![\p{L}])/iu,
};
/**
 * A withdrawal paused or changed while the caller listens (round 88): "Då pausar jag uttaget från september", "Då ändrar jag
 * uttaget till tre fjärdedelar från oktober", "Then I pause the income pension from October", "I'll change it to the whole
 * income pension from September". Done in the call, as a registration is (the note kept it as information, and the
 * references list the step done); not where the agent registers it later in the call ("Jag registrerar pausen nu", that
 * line is the step), nor "så ändrar jag …" (what follows a condition), "…, if you give me the account number now", "jag
 * ändrar inget"; in English only a pause or "change it to"/"I'm changing": "I'll change the postal address as well" is
 * told done by the agent's next words, read elsewhere.
 */
const CHANGES_NOW: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:(?:jag|vi) pausar|(?:pausar|ändrar) (?:jag|vi))(?! inte| inget| ingenting)(?![\p{L}])/iu,
  en: /(?<![\p{L}'’])(?:(?:then|so) i pause|i['’]ll pause|i['’]m pausing|i['’]ll change it to|i['’]m changing (?:it|your|the))(?![\p{L}])/iu,
};
/**
 * A mark the agent sets on the case in the call: "Jag sätter en prioritetsmarkering på ansökan nu", "jag lägger en
 * markering så att intyget prioriteras", "jag lägger en bevakning på ärendet", "I'll put a priority flag on it", "I'm
 * setting a priority flag on it now". Done while the caller listens, like a registration (round 67: the note kept it
 * as information, and the promised step was missing among the follow-ups).
 * So is what the agent notes on the case, said with what is noted: "Jag antecknar ditt klagomål", "Jag antecknar också att du
 * har fått ett sådant samtal", "I'll note that you called and disagree with the decision", "I've also noted that you called
 * about it", "I'll also mark the case as urgent" (round 79: kept as information, where the references list the step done
 * in the call). Only as the sentence's own opening: not a bare "Jag noterar det.", "I'll note that." or a value noted
 * ("I've noted thirty hours a week"), nor the offer asked ("Vill du att jag noterar …?"), nor a note added to another
 * clause ("Beslutet kommer före det, och jag noterar att du har ringt": the decision's line would take the call's day).
 */
const MARKS_NOW: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:(?:jag|vi) (?:sätter|lägger)|(?:sätter|lägger) (?:jag|vi)|(?:jag har|har jag) (?:nu |just )?(?:satt|lagt)) (?:en |ett )?(?:\p{L}*markering|\p{L}*bevakning|\p{L}*flagga)(?![\p{L}])|^(?:(?:ja|okej|ok|bra|tack|och)[,\s]+)*(?:(?:jag|vi) (?:antecknar|noterar)|(?:jag|vi) har (?:också |även |nu )?(?:antecknat|noterat))(?: också| även| nu)?(?: i (?:ärendet|ditt ärende))?(?: nu)? (?:att|ditt|din|dina|ert|er|era)(?![\p{L}])/iu,
  en: /(?<![\p{L}'’])(?:i(?:['’]ll| will|['’]m| am| have|['’]ve)?(?: now| just)? (?:put|putting|set|setting|place|placing|add|adding)) (?:a |an )?(?:priority |high-priority |urgent )?(?:flag|marker)(?![\p{L}])|(?<![\p{L}'’])i(?:['’]ll| will|['’]m| am|['’]ve| have)? (?:now |just )?(?:flag|flagging|flagged) (?:it|the case|the application|your case|your application)(?![\p{L}])|^(?:(?:yes|okay|ok|good|right|thanks|and)[,\s]+)*(?:i(?:['’]ll| will|['’]ve| have)(?: also| now| just)? (?:note|noted)(?: (?:on|in) (?:the|your) case)? (?:your\s|that\s+(?:you|your|the|it|there|he|she|they)(?![\p{L}'’]))|i(?:['’]ll| will)(?: also| now| just)? mark (?:the case|your case|the application|your application|it) as (?:urgent|a priority|priority)(?![\p{L}]))/iu,
};
/** The caller's return of what was sent: "skicka tillbaka det", "skickar in blanketten", "send it back", "return it". */
const SENDS_IT_BACK: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:skicka\p{L}* (?:tillbaka|in)|returnera\p{L}*)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:send\p{L}* (?:it|them|the \p{L}+) back|send\p{L}* back|return\p{L}*)(?![\p{L}])/iu,
};
/** A letter or form the caller will get: "Du får ett brev", "du kommer att få en blankett", "You'll get a letter". */
const LETTER_COMING: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:du|ni) (?:får|kommer att få) (?:också )?(?:ett |en )?(?:brev|blankett|papper)(?![\p{L}])/iu,
  en: /(?<![\p{L}'’])you(?:['’]ll| will)? (?:get|receive) (?:also )?(?:a |an )?(?:letter|form|paper)(?![\p{L}])/iu,
};
/**
 * The act with a time clause right after its object: "Vi registrerar dem när de kommer in", "We'll register it once it
 * arrives". Not a mark set now for later, "lägger in en notering så att ärendet prioriteras när intyget kommer", nor an
 * act beside another, "lägger in en påminnelse och ringer kunden när …".
 */
const TIME_CLAUSE_AFTER: Record<Language, RegExp> = {
  sv: /^(?:(?:och|så|då)\s+)?(?:jag|vi)\s+\p{L}+(?:\s+(?:in|upp))?(?:\s+(?:den|det|dem|\p{L}+(?:en|et|na|an)))?\s+(?:när|så fort|så snart|efter att)\s+\p{L}/iu,
  en: /^(?:(?:and|so|then)\s+)?(?:i|we)(?:['’]ll| will)?\s+\p{L}+(?:\s+(?:it|them|the\s+\p{L}+))?\s+(?:when|once|as soon as|after)\s+(?:it|they|we|you|the)\s/iu,
};
/**
 * The agent registers it in the call, not once something has come in ("När den har kommit in registrerar vi kontot"), nor
 * what was registered on a day before the call ("I've registered it on the third of May" told of an earlier call).
 */
function registersNow(s: Sentence, language: Language, callDate: string, all: Sentence[]): boolean {
  const writing = WRITING[language];
  // ("Jag har registrerat din sjukanmälan från den åttonde juni", "I've registered that you live apart from the twenty-third
  // of May": a day before the call said with "från"/"from" is from when the registered thing counts, not the day it was
  // registered; the registration is still the call's, round 65.)
  const fromDay = (d: DatePhrase) => new RegExp(`(?:från(?:\\s+och\\s+med)?|fr\\.o\\.m\\.|from)\\s+(?:den\\s+|the\\s+)?${escapeRegExp(d.text)}`, 'iu').test(s.text) || /^(?:från|from)\s/iu.test(d.text);
  return s.speaker === 'agent' && !s.isQuestion && (REGISTERS_NOW[language].test(s.text) || MARKS_NOW[language].test(s.text) || (CHANGES_NOW[language].test(s.text) && !CONDITION_AFTER[language].test(s.text) && !all.some((x) => x.position > s.position && x.speaker === 'agent' && AGENT_DOING[language].test(x.text)))) && !writing.timeClauseFirst.test(s.text) && !writing.conditionFirst.test(s.text) && !/(?<![\p{L}])så\s+(?:registrerar|lägger|pausar|ändrar)\s+(?:jag|vi)(?![\p{L}])/iu.test(s.text) && !findDates(s.text, language, callDate).some((d) => d.date < callDate && !fromDay(d));
}
/**
 * The caller reading out the e-service's receipt: "Det står att kontot är registrerat", 'Det står "Ditt fondbyte är
 * registrerat"', "It says application sent" (round 47). Not an error or a letter read out ("Det står att BankID inte
 * fungerar", "it says it must be received by …"): only a receipt's words, with nothing after them.
 */
const SCREEN_CONFIRMS: Record<Language, RegExp> = {
  // ("Så... nu står det att bytet är registrerat": after a pause, and with the verb first, round 51.)
  sv: /^(?:(?:och|nu|så)(?:\s*(?:\.\.\.|…))?\s+)*(?:(?:det|där) står(?: det)?|står det)\s+(?:att\s+)?(?<said>["”“]?[^"”“.!?]*?(?:är|har)\s+(?:nu\s+)?(?:registrerad|registrerat|registrerade|skickad|skickat|skickats|sparad|sparat|sparats|mottagen|mottaget|tagits emot)["”“]?)[.!]?$/iu,
  en: /^(?:(?:and|now|so)\s+)?it says\s+(?<said>["“”]?(?:[^"“”.!?]*?\s)?(?:registered|sent|submitted|received|saved)["“”]?)[.!]?$/iu,
};
/** "Okej... klart.", "Skickat.", "Okay... done.", "Sent.": the caller's bare word that the step on the screen is done. */
const BARE_DONE: Record<Language, RegExp> = {
  sv: /^(?:(?:okej|ok|så|där|nu|ja|vänta)[,.!\s]+)*(?:klart|skickat|sparat|färdigt)[.!]*$/iu,
  en: /^(?:(?:okay|ok|so|there|now|right|yes|wait|hold on)[,.!\s]+)*(?:done|sent|saved|submitted)[.!]*$/iu,
};
/**
 * The agent's word that what it offered is done: "Klart.", "Done.", or with what it did, "Sexhundra kronor i månaden,
 * registrerat." (round 50).
 */
// (Also with only a pronoun for what was done, "Då har jag registrerat det.", "Tack, nu är kontot ändrat.", "I've
// registered it.", "Thanks, it's changed.": the offer or the words beside it say what, round 51.)
const AGENT_DONE: Record<Language, RegExp> = {
  sv: /^(?:(?:ja|okej|så|då|bra|tack|nu)[,.!\s]+)*(?:(?<what>[^.!?,]*\d[^.!?,]*|[^.!?,]*(?:kronor|procent)[^.!?,]*),\s*)?(?:klart|fixat|ordnat|registrerat|inlagt|det är (?:klart|registrerat|ordnat|gjort)|har jag (?:registrerat|ändrat|lagt in|ordnat) (?:det|den|dem)(?: nu)?|(?:\p{L}+ är|är \p{L}+) (?:nu )?(?:ändrat|ändrad|registrerat|registrerad|inlagt|inlagd|bokat|bokad)|bokat)[.!]*$/iu,
  en: /^(?:(?:okay|ok|right|there|fine|good|thanks|thank you)[,.!\s]+)*(?:(?<what>[^.!?,]*\d[^.!?,]*|[^.!?,]*(?:kronor|per cent|percent)[^.!?,]*),\s*)?(?:done|all done|that's done|sorted|registered|booked|i['’]ve (?:registered|changed|set up|put in|booked) (?:it|that|them)(?: now)?|(?:it|that)['’]s (?:now )?(?:changed|registered|set up|booked))[.!]*$/iu,
};
/**
 * The agent's act told as it is done, with "nu/now" (round 52): "Då registrerar jag ansökan nu.", "Jag lägger in det nu.",
 * "I'm ordering the annual statement for last year now.", "The application is registered now.", "I've ticked that you want …".
 */
const AGENT_DOING: Record<Language, RegExp> = {
  sv: /^(?:(?:ja|okej|så|då|bra|tack|men)[,.!\s]+)*(?:jag (?<verb>registrerar|lägger in|beställer|ändrar) (?:nu (?<object5>att [^.!?]+)|(?<object>[^.!?]+?) nu)|(?:nu )?(?<verb2>registrerar|beställer|ändrar) jag (?<object2>[^.!?]+?) nu|jag har (?:bockat i|kryssat i|markerat) (?<object3>att [^.!?]+)|(?<object4>(?:ansökan|begäran|anmälan|ändringen|omprövningen|överlåtelsen|beställningen)) är (?:i alla fall |också )?(?:nu )?registrerad(?:e)? nu)[.!]*$/iu,
  en: /^(?:(?:okay|ok|right|so|then|thanks|thank you|good|yes)[,.!\s]+)*(?:i['’]m (?<verb>registering|ordering|changing|setting up|putting in) (?<object>[^.!?]+?) now|i['’]ve (?:ticked|marked|checked) (?<object3>that [^.!?]+)|(?<object4>the (?:application|request|change|claim|review|reconsideration|order)) is (?:also )?(?:now )?registered(?: now)?)[.!]*$/iu,
};
/**
 * The agent's act told as done during the call (round 72): "Jag har ändrat det nu", "Då har jag rättat det", "Så, nu är
 * ansökan återkallad", "Den är skickad nu", "I've changed it to … now", "I've just sent a new form", "There, it's registered
 * today", and bare, "There, that's done.", "Så, den är skickad." (`bare`: what was done is in the sentence before it).
 */
const DONE_NOW: Record<Language, RegExp> = {
  sv: /^(?:(?:ja|okej|så|då|bra|tack|nu|där|klart)[,.!\s]+)*(?:(?:jag|vi) har|har (?:jag|vi))\s+(?:nu\s+|just\s+|också\s+)*(?:ändrat|registrerat|rättat|skickat|beställt|återkallat|tagit bort|lagt in|lagt till|bokat|makulerat|stoppat|kopplat|markerat)(?![\p{L}])|^(?:(?:ja|okej|så|då|bra|tack|där)[,.!\s]+)*(?:nu\s+)?(?:är|har)\s+(?:det|den|dem|\p{L}+(?:en|et|na|an))\s+(?:nu\s+)?(?:registrerad|registrerat|registrerade|ändrad|ändrat|rättad|rättat|återkallad|återkallat|borttagen|borttaget|makulerad|makulerat|stoppad|stoppat|inlagd|inlagt)(?![\p{L}])|^(?:(?:ja|okej|så|då|bra|tack|där)[,.!\s]+)*(?<bare>(?:den|det|dem|(?<noun>\p{L}+(?:en|et|na|an))) är (?:nu )?(?:skickad|skickat|skickade|beställd|beställt|beställda|gjort|klart)(?: nu)?(?: till [^.!?,]+)?(?:,\s+(?:den|det|de|dom) kommer [^.!?]*)?[.!]*$)/iu,
  en: /^(?:(?:okay|ok|right|there|done|yes|thanks|thank you|so)[,.!\s]+)*(?:i['’]ve|we['’]ve|i have|we have)\s+(?:now\s+|just\s+|also\s+)*(?:changed|registered|corrected|sent|posted|ordered|cancelled|canceled|withdrawn|removed|put in|added|booked|stopped|linked|marked)(?![\p{L}])|^(?:(?:okay|ok|right|there|done|yes|thanks|thank you|so)[,.!\s]+)*(?:it['’]s|that['’]s|it is|it has been|that has been)\s+(?:now\s+)?(?:changed|registered|corrected|cancelled|canceled|withdrawn|removed|stopped)(?![\p{L}])|^(?:(?:okay|ok|right|there|yes|so)[,.!\s]+)*(?<bare>(?:it['’]s|that['’]s|it is|that is|the (?<noun>\p{L}+) (?:is|has been)) (?:now )?(?:done|sent|posted|ordered)(?: now)?(?: to [^.!?,]+)?(?:,\s+(?:it|they) (?:will|should) (?:come|arrive) [^.!?]*)?[.!]*$)/iu,
};
/** Any act the agent offers: "Jag kan beställa en kopia", "I can order a pension certificate for you by post" (round 72). */
const OFFER_NAMED: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:jag|vi) kan (?:också |gärna )?(?<verb>ta bort|lägga in|\p{L}+) (?<object>[^.!?,]+)/iu,
  en: /(?<![\p{L}])(?:I|we) can (?:also )?(?<verb>put in|\p{L}+) (?<object>[^.!?,]+)/iu,
};
/** A done act told as a state: "nu är ansökan återkallad", "It is stopped from 1 April" (`rest`: what follows). */
const PASSIVE_DONE: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:är|blir)\s+(?:\p{L}+\s+)?(?:nu\s+)?(?:registrerad|registrerat|registrerade|ändrad|ändrat|rättad|rättat|återkallad|återkallat|borttagen|borttaget|makulerad|makulerat|stoppad|stoppat|inlagd|inlagt)(?![\p{L}])(?<rest>[^.!?]*)/iu,
  en: /(?:['’]s|\bis|\bhas been)\s+(?:now\s+)?(?:changed|registered|corrected|cancelled|canceled|withdrawn|removed|stopped)(?![\p{L}])(?<rest>[^.!?]*)/iu,
};
/**
 * The act's thing only a pronoun: "Då har jag registrerat det", "Nu är den ändrad", "It's registered now", "I've sent it".
 * Not PRONOUN_DONE on purpose: this tests only how the sentence opens (anything may follow, "Nu är det registrerat, och
 * du får ett brev."; "Nu är det." too), to drop an act already noted that is told again; PRONOUN_DONE parses the whole
 * sentence (no comma) to rebuild it with the offered thing. Neither is a subset ("I have now also sent it." is only
 * PRONOUN_DONE's): one list would change which sentences each use takes.
 */
const PRONOUN_ACT: Record<Language, RegExp> = {
  sv: /^(?:(?:ja|okej|så|då|bra|tack|nu|där|klart)[,.!\s]+)*(?:(?:(?:jag|vi) har|har (?:jag|vi))\s+(?:\p{L}+\s+){1,2}(?:det|den|dem)|(?:nu\s+)?är (?:det|den|dem)|(?:det|den|dem) är)(?![\p{L}])/iu,
  en: /^(?:(?:okay|ok|right|there|done|yes|thanks|thank you|so)[,.!\s]+)*(?:(?:i['’]ve|we['’]ve|i have|we have)\s+(?:\p{L}+\s+){1,2}(?:it|that|them)|(?:it|that)(?:['’]s| is| has been))(?![\p{L}])/iu,
};
/** A word of thanks or assent alone: "Tack.", "Okej.", "Thank you.", "Good." (round 72). */
const COURTESY_ONLY = /^(?:tack|tack så mycket|okej|ok|bra|ja|thanks|thank you|okay|good|fine|yes|right)[.!]*$/iu;
/** Said now: "nu", "just", "i dag", "Så, …"; "now", "just", "today", "There, …", "Done." (round 72). */
const NOW_SAID: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:nu|just|i dag)(?![\p{L}])|^(?:så|där|klart)[,.!]/iu,
  en: /(?<![\p{L}])(?:now|just|today)(?![\p{L}])|^(?:there|done)[,.!]/iu,
};
/** Denied or not yet: "inte", "not", "hasn't". */
const NOT_DONE: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:inte|ej|aldrig|ännu inte)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:not|never|hasn['’]t|haven['’]t|isn['’]t|wasn['’]t|yet)(?![\p{L}])/iu,
};
/** Told of a time before the call: "i januari", "förra veckan", "i går", "last week", "in January", "yesterday". */
const DONE_BEFORE: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:i går|förra (?:veckan|månaden|året)|i (?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)|tidigare|redan)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:yesterday|last (?:week|month|year)|in (?:january|february|march|april|may|june|july|august|september|october|november|december)|earlier|already|before)(?![\p{L}])/iu,
};
/** The agent's act said as it is done, just before "There, it's done." (round 72): "I'll register that …", "Jag skickar X nu". */
const ACT_NOW: Record<Language, RegExp> = {
  sv: /^(?:(?:ja|okej|då|bra|tack)[,.!\s]+)*(?:jag|vi) (?<verb>registrerar|skickar|ändrar|rättar|beställer|återkallar|bokar|stoppar|makulerar|lägger in) (?<object>[^.!?]+?)(?:\s+nu)?[.!]*$/iu,
  en: /^(?:(?:okay|ok|right|then|so|yes)[,.!\s]+)*(?:i['’]ll|i will|i['’]m going to|we['’]ll) (?<verb>register|send|post|change|correct|order|cancel|book|stop|put in) (?<object>[^.!?]+?)(?:\s+now)?[.!]*$/iu,
};
/** The same act said inside a longer sentence, "Då skickar jag en pappersblankett för ålderspension.", "I'll send it." (round 73). */
const ACT_NOW_INSIDE: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:(?:jag|vi) (?<verb>registrerar|skickar|beställer|bokar)|(?<verb2>skickar|beställer|bokar) (?:jag|vi)) (?<object>[^.!?,]+?)(?:\s+nu)?(?=[.!?,]|$)/iu,
  en: /(?<![\p{L}])(?:i['’]ll|i will|i['’]m going to|we['’]ll) (?<verb>send|post|order|book) (?<object>[^.!?,]+?)(?:\s+now)?(?=[.!?,]|$)/iu,
};
/** A call booked during the call: "I've booked a call …", "Jag har bokat en telefontid …" (round 73). */
const BOOKED_CALL: Record<Language, RegExp> = {
  sv: /^(?:(?:ja|okej|så|då|bra|tack|nu|där)[,.!\s]+)*(?:jag|vi) har (?:nu |just )?bokat (?<thing>ett (?:telefon)?samtal|en (?:telefon)?tid|ett telefonmöte)(?![\p{L}])/iu,
  en: /^(?:(?:okay|ok|right|there|done|yes|so|fine)[,.!\s]+)*(?:i['’]ve|i have|we['’]ve|we have) (?:now |just )?booked (?<thing>(?:a|the) (?:phone )?(?:call|time|appointment)|a phone meeting)(?![\p{L}])/iu,
};
/** A day taken back after it is said: "… nej, det är nationaldagen", "… no, sorry", "förlåt", "I mean". */
const DAY_TAKEN_BACK: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:nej|förlåt|jag menar|förresten)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:no|sorry|i mean|actually)(?![\p{L}])/iu,
};
/** A weekday named before a day of the month. */
const WEEKDAY: Record<Language, string> = {
  sv: String.raw`(?:måndag|tisdag|onsdag|torsdag|fredag)(?:en)?`,
  en: String.raw`(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday)`,
};
/** A call booked in the present, its day told after: "Jag bokar en telefontid med din handläggare.", "I'll book a fixed time …" (round 77). */
const BOOKS_CALL: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:jag|vi) bokar (?:nu |in )?(?<thing>(?:ett (?:telefon)?samtal|en (?:ny |fast )?(?:telefon)?tid|ett telefonmöte)(?: (?:med|hos) (?:din|er|en|ditt|kundens) [\p{L}-]+)?)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:i['’]ll|i will|i['’]m going to|we['’]ll|i can) book (?<thing>(?:(?:a|the) (?:new |fixed )?(?:phone )?(?:call|time|appointment)|a phone meeting)(?: with (?:your|a|the) [\p{L}-]+(?: [\p{L}-]+)?)?)(?![\p{L}])/iu,
};
/** The act above told as done. */
const PAST_OF: Record<Language, Record<string, string>> = {
  sv: { registrerar: 'registrerade', skickar: 'skickade', ändrar: 'ändrade', rättar: 'rättade', beställer: 'beställde', återkallar: 'återkallade', bokar: 'bokade', stoppar: 'stoppade', makulerar: 'makulerade', 'lägger in': 'lade in', skicka: 'skickade', rätta: 'rättade', beställa: 'beställde', återkalla: 'återkallade', makulera: 'makulerade', 'ta bort': 'tog bort', posta: 'postade' },
  en: { register: 'registered', send: 'sent', post: 'posted', change: 'changed', correct: 'corrected', order: 'ordered', cancel: 'cancelled', book: 'booked', stop: 'stopped', 'put in': 'put in', withdraw: 'withdrew', remove: 'removed' },
};
/** The agent's offer asked: "Ska jag återkalla ansökan nu?", "Shall I cancel the application now?", "Do you want me to send the form?". */
const OFFER_ASKED: Record<Language, RegExp> = {
  sv: /(?:(?:ska|skall) jag|vill du att jag) (?<verb>ta bort|lägga in|\p{L}+)(?: (?<object>[^.!?,]+?))?\?/iu,
  en: /(?:(?:shall|should) I|(?:do you want|would you like) me to) (?<verb>put in|\p{L}+)(?: (?<object>[^.!?,]+?))?\?/iu,
};
/**
 * A done act told of a pronoun, "Då har jag rättat det.", "Nu är den borttagen.", "I've cancelled it.", "It's changed to
 * June.": what it is, is in the offer before it; `rest`, what the sentence adds ("to June"). Not PRONOUN_ACT on purpose:
 * the whole sentence, read for its verb (`done`) and `rest`, as it is rewritten with the offered thing; PRONOUN_ACT only
 * tests the opening, to drop a repeated act (see there).
 */
const PRONOUN_DONE: Record<Language, RegExp> = {
  sv: /^(?:(?:ja|okej|så|då|bra|tack|nu|där|klart)[,.!\s]+)*(?:(?:(?:jag|vi) har|har (?:jag|vi))\s+(?:nu\s+|just\s+|också\s+)*(?<done>\p{L}+(?: bort| in| till)?) (?:det|den|dem)|(?:nu\s+)?är (?:det|den|dem) (?:nu\s+)?\p{L}+|(?:det|den|dem) är (?:nu\s+)?\p{L}+)(?<rest>[^.!?,]*)[.!]*$/iu,
  en: /^(?:(?:okay|ok|right|there|done|yes|thanks|thank you|so)[,.!\s]+)*(?:(?:i['’]ve|we['’]ve|i have|we have)\s+(?:now\s+|just\s+|also\s+)*(?<done>\p{L}+(?: in)?) (?:it|that|them)|(?:it['’]s|that['’]s|it is|that is|it has been)\s+(?:now\s+)?\p{L}+)(?<rest>[^.!?,]*)[.!]*$/iu,
};
/** The caller's word that it works now: "Nu kom det upp!", "Nu är jag inne.", "It works now!", "I'm in." (round 52). */
const WORKS_NOW: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:kom det upp|kom jag in|är jag inne|funkar det|fungerar det)(?! inte)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:it works|it['’]s working|i['’]m in|it worked|i got in)(?![\p{L}])/iu,
};
/** The agent's step that updates an app: "Står det 'Uppdatera' där?", "Tap Update." */
const UPDATE_STEP: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:uppdatera|uppdateringen)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:update|updating)(?![\p{L}])/iu,
};
const LOGIN_STEP: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])logga in(?![\p{L}])/iu,
  en: /(?<![\p{L}])log in(?![\p{L}])/iu,
};
/** The app the agent named: "BankID-appen", "the BankID app". */
const APP_NAMED: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])\p{Lu}[\p{L}]*-appen(?![\p{L}])/u,
  en: /(?<![\p{L}])the \p{Lu}[\p{L}]* app(?![\p{L}])/u,
};
/** The agent asks for a power of attorney or consent: "Har du fullmakt för din mamma?", "Do you have a power of attorney for …?". */
const POWER_OF_ATTORNEY: Record<Language, RegExp> = {
  sv: /(?:har du|finns det) (?:en )?(?:fullmakt|samtycke)(?: (?:för|från) (?<whom>(?:din|ditt|dina|hans|hennes) [^,.?]+?))?(?:,|\?| eller)/iu,
  en: /(?:do you have|is there) (?:a )?(?:power of attorney|consent)(?: (?:for|from) (?<whom>(?:your|his|her) [^,.?]+?))?(?:,|\?| or)/iu,
};
/** The interpreter's introduction as discourse writes it: "Jag ringer via tolk på arabiska.", "I'm calling through a Polish interpreter." */
const VIA_INTERPRETER: Record<Language, RegExp> = {
  sv: /^Jag ringer via tolk(?: på \p{L}+)?\.$/u,
  en: /^I'm calling through an? (?:\p{L}+ )?interpreter\.$/u,
};
/** The agent asks for consent to speak of the case: with the interpreter on the line, or with the person it concerns. */
const CONSENT_ASKED: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:samtycke|samtycker|tolken (?:med )?på linjen|(?:okej|ok|bra) (?:att|om) tolken)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:consent|consents|(?:okay|ok|all right|fine) (?:that|if|for) the interpreter)(?![\p{L}])/iu,
};
/** The agent asks whether the person called for agrees to the caller speaking: "Kan han säga att det är okej …?", "Can she tell me that's all right?" (round 75). */
// ("… är det okej att jag pratar med ditt barn?", "Can she tell me, through you, that she's happy with this?", "Får jag
// höra henne säga ja?": asked the other way round or with "happy", round 82.)
const CUSTOMER_OK_ASKED: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:(?:är|att det är|är det) (?:okej|ok)|okej med att|går det bra (?:att|för)|vill (?:kunden|hen|han|hon) att jag pratar|samtycke|samtycker|höra (?:henne|honom|hen|kunden|klienten) (?:själv )?säga|får jag (?:prata|tala) med (?:henne|honom|hen|kunden|klienten))(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:(?:that's|that it's|it's|is it) (?:all right|okay|ok|fine)|agree|agrees|consent|consents|happy (?:with|for)|may i (?:speak|talk) (?:to|with) (?:her|him|them|the client|the customer))(?![\p{L}])/iu,
};
/** The yes relayed from them: "Han säger ja", "Sambon säger ja", "säger att det är okej", "She says yes", "She's saying yes". */
// ("Han säger: ja.", "He says: yes, that's fine", "The client says: hi, it's …, and yes, you can talk to …": the yes after the
// colon, in the relayed words, round 82; not past a full stop, and not "säger: nej".)
const CUSTOMER_SAYS_YES: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:säger:? (?:[^.?!]*?,\s*(?:och )?)?ja|nickar|säger att det (?:är okej|går bra))(?![\p{L}])/iu,
  en: /(?:(?<![\p{L}])(?:says:? (?:[^.?!]*?,\s*(?:and )?)?yes|is saying yes|says:? (?:it's|that's) (?:fine|all right|okay))|['’]s saying yes)(?![\p{L}])/iu,
};
/** A yes to it, at the start of the answer or of a relative's part of it: "Ja, det går bra", "[mum:] Yes, …", "Of course." */
const CONSENT_GIVEN: Record<Language, RegExp> = {
  sv: /(?:^|\]\s*)(?:ja|javisst|absolut|självklart|visst|det går bra|det är (?:okej|ok|bra|fint))(?![\p{L}])/iu,
  en: /(?:^|\]\s*)(?:yes|yeah|of course|sure|certainly|that's fine|that's all right|it's fine|okay|ok)(?![\p{L}])/iu,
};
/** Only general information can be given: "Jag kan ge allmän information.", "I can only give general information." */
const GENERAL_ONLY: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:allmän information|allmänna uppgifter|generellt)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:general information|in general terms|generally)(?![\p{L}])/iu,
};
/** A done act already in the note: "Handläggaren registrerade …", "The agent registered …". */
const DONE_NOTED: Record<Language, RegExp> = {
  sv: /^Handläggaren (?:registrerade|lade in|beställde|ändrade|har registrerat)(?![\p{L}])/u,
  en: /^The agent (?:registered|ordered|changed|set up|put in|has registered)(?![\p{L}])/u,
};
/** The agent's offer asked as a question: "Vill du att vi drar extra skatt?", "Do you want us to take extra tax?". */
const AGENT_ASKS_ACT: Record<Language, RegExp> = {
  sv: /(?:^|,\s*)(?:vill du|ska) (?:att )?vi (?<act>(?:drar|tar|registrerar|ändrar|stoppar|lägger in|skickar)\s[^.!?,]+)\?$/iu,
  en: /(?:^|,\s*)(?:do you want|would you like|shall) (?:us to |we )(?<act>(?:take|deduct|register|change|stop|put in|send)\s[^.!?,]+)\?$/iu,
};
const SV_INFINITIVE: Record<string, string> = { drar: 'dra', tar: 'ta', registrerar: 'registrera', ändrar: 'ändra', stoppar: 'stoppa', lägger: 'lägga', skickar: 'skicka' };
/** The act being done told as done: "registrerar" → "registrerade", "ordering" → "ordered". */
const DOING_DONE: Record<Language, Record<string, string>> = {
  sv: { registrerar: 'registrerade', 'lägger in': 'lade in', beställer: 'beställde', ändrar: 'ändrade' },
  en: { registering: 'registered', ordering: 'ordered', changing: 'changed', 'setting up': 'set up', 'putting in': 'put in' },
};
/** The caller's own words in a request ("min adress", "my account"): told by the agent, they would be the agent's. */
const OWN_WORDS = /(?<![\p{L}])(?:jag|mig|min|mitt|mina|i|me|my|mine)(?![\p{L}])/iu;
/**
 * The caller's own request for an act the agent then does: "Can you take more tax each month?", "Kan ni dra mer skatt?"
 * (round 51; what the caller asks for is the act, "I've registered that now" only says it is done).
 */
const CALLER_ASKS_ACT: Record<Language, RegExp> = {
  sv: /(?:^|,\s*)(?:kan|skulle|går det att) (?:ni|du) (?<asked>(?:dra|ta|registrera|ändra|stoppa|lägga in|byta)\s[^.!?,]+)\?$/iu,
  en: /(?:^|,\s*)(?:can|could) you (?<asked>(?:take|deduct|register|change|stop|set up|put in|switch)\s[^.!?,]+)\?$/iu,
};
/** The agent's offer to act on the caller's case itself: "Jag kan registrera ansökan nu", "you can ask us to take extra tax". */
const AGENT_CAN_DO: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:(?:jag|vi) kan (?:också |gärna )?(?<verb>registrera|ändra|lägga in|ordna|begära|stoppa|spärra|boka)\s+(?<object>[^.!?,]+)|du kan be (?:oss|mig) (?:att )?(?<asked>[^.!?,]+))/iu,
  en: /(?<![\p{L}])(?:(?:I|we) can (?:also )?(?<verb>register|change|set up|put in|arrange|request|stop|block|book)\s+(?<object>[^.!?,]+)|you can ask (?:us|me) to\s+(?<asked>[^.!?,]+))/iu,
};
/**
 * What a booking offered with no noun was for: "Vi har personliga möten på servicekontoren. Jag kan boka ett åt dig.",
 * "We have phone meetings with a pension adviser. I can book one now.", "…you want a home visit. I can book it now." The
 * meeting or visit named in the lines before the offer (round 68).
 */
const BOOKED_THING: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?<noun>\p{L}*(?:möte|besök))(?:t|et|n|na|en)?(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?<noun>(?:(?:phone|video|home|personal) )?(?:meeting|visit|appointment))s?(?![\p{L}])/iu,
};
/** A booking's object that names nothing: "ett", "one", "it", "tiden", "a time". */
const BARE_BOOKING = /^(?:ett|en|det|den|tiden|en tid|one|it|a time|a slot|the time)(?:\s+(?:nu|now))?$/iu;
/** The offered act told as done: "registrera" → "registrerade", "set up" → "set up". */
const DONE_FORM: Record<Language, Record<string, string>> = {
  sv: { registrera: 'registrerade', ändra: 'ändrade', 'lägga in': 'lade in', ordna: 'ordnade', begära: 'begärde', stoppa: 'stoppade', spärra: 'spärrade', boka: 'bokade' },
  en: { register: 'registered', change: 'changed', 'set up': 'set up', 'put in': 'put in', arrange: 'arranged', request: 'requested', stop: 'stopped', block: 'blocked', book: 'booked' },
};
/** An agent's step in the e-service, told to the caller: "Logga in och välj …", "Go to premium pension and choose …". */
const E_SERVICE_STEP: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:logga in|loggar in|e-tjänsten|appen|webbplats\p{L}*|välj|gå in på)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:log in|logs in|e-service|website|choose|go to)(?![\p{L}])/iu,
};
/** A death told: "min man dog", "my wife passed away" (round 32). */
const DEATH: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:dog|gick bort|avled|har dött|har gått bort|somnade in|har avlidit)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:died|passed away|has died|has passed)(?![\p{L}])/iu,
};
/** "Jag förstår inte vad jag ska göra", "vad jag har rätt till": what the caller does not know (round 32). */
const UNSURE: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:(?:förstår|vet) (?:jag |vi )?inte (?:riktigt |alls |heller )?(?:vad|hur|om|vart)|vad (?:jag|vi) (?:har|kan ha) rätt till)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:(?:don't|do not) (?:really )?(?:understand|know) (?:what|how|whether|if)|what (?:i'm|i am|we're|we are) entitled to)(?![\p{L}])/iu,
};
const DOES_NOT_KNOW: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:vet (?:jag|vi) inte|jag vet inte|vi vet inte) (?:hur|vad|om|vart|vem|när)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:i|we) (?:don't|do not) know (?:how|what|whether|if|where|who|when)(?![\p{L}])/iu,
};
/** "Det är så här att …": a sentence that opens a story. */
const STORY_OPENS: Record<Language, RegExp> = {
  sv: /^(?:(?:ja|jo|men|alltså|hej)[,.!]?\s+)*det är så här att\s/iu,
  en: /^(?:(?:yes|well|so|hi)[,.!]?\s+)*(?:so basically|here's the (?:thing|story)),?\s/iu,
};
/** What opens the second errand in the line. */
const ALSO: Record<Language, string> = { sv: 'Dessutom', en: 'Also' };
/** How the errand was brought, as the line tells it: "Samtalet fördes via tolk på arabiska." (round 53). */
const CALL_MADE: Record<Language, string> = { sv: 'Samtalet fördes', en: 'The call was made' };
/** How the errand was brought, the errand line's last sentence. */
const CALL_MADE_TAIL: Record<Language, RegExp> = {
  sv: new RegExp(`\\s(?:${CALL_MADE.sv}|${CALL_MADE.en})\\s[^]*$`, 'u'),
  en: new RegExp(`\\s(?:${CALL_MADE.sv}|${CALL_MADE.en})\\s[^]*$`, 'u'),
};
/** The errand line's last sentences after the first errand: a second errand, "Dessutom: …", and how it was brought. */
const LINE_TAIL: Record<Language, RegExp> = {
  sv: new RegExp(`\\s(?:${ALSO.sv}:|${CALL_MADE.sv}|${CALL_MADE.en})\\s[^]*$`, 'u'),
  en: new RegExp(`\\s(?:${ALSO.en}:|${CALL_MADE.sv}|${CALL_MADE.en})\\s[^]*$`, 'u'),
};
/**
 * The act told as done in the call, as the note writes it: "Handläggaren har registrerat …", "The agent has sent …", or the
 * caller's own step in the e-service with the agent's guidance, "Kunden ordnade det själv i e-tjänsten under samtalet: …"
 * (round 65).
 */
const OUTCOME_DONE: Record<Language, RegExp> = {
  sv: /^(?:Handläggaren (?:har (?:nu )?(?:registrerat|skickat|beställt|lagt in|ändrat|bokat)|registrerade|skickade|beställde|lade in|ändrade|bokade)|Kunden ordnade det själv i e-tjänsten under samtalet)(?![\p{L}])/u,
  en: /^(?:The agent (?:has (?:now )?(?:registered|sent|ordered|posted|changed|booked)|registered|sent|ordered|posted|changed|booked)|The caller did it themselves in the e-service during the call)(?![\p{L}])/u,
};
/** The agent's act said in the present while the caller waits ("Handläggaren lägger in … nu", "The agent is posting … now"). */
const OUTCOME_NOW: Record<Language, RegExp> = {
  sv: /^Handläggaren (?:lägger (?:in|upp)|registrerar|skickar|beställer|ändrar|bokar|postar)(?![\p{L}])/u,
  en: /^The agent (?:is (?:registering|sending|posting|ordering|changing|booking)|will (?:register|send|post|order|change|book))(?![\p{L}])/u,
};
const NO_ERRAND_AFTER_MARKER = /^(?:me|mig|jag|I|us|oss),|därför (?:jag|vi) ring|why (?:I|we)(?:'m| am)? call/iu;
/** A done act that names only a pronoun, "The agent has posted it now.": no outcome for the errand line (round 72). */
const BARE_DONE_ACT = /^\S+\s+(?:\S+\s+){0,3}(?:it|them|det|den|dem)(?:\s+(?:nu|now|just))?[.!]*$/iu;
/** "The agent will order it for the caller": an act on a bare "it", with no figure, says too little to stand in the line. */
const BARE_ACT = /^\S+\s+(?:\S+\s+){0,3}(?:it|them|det|den|dem)(?![\p{L}])/iu;
const NOW_WORD = /(?<![\p{L}])(?:nu|now)(?![\p{L}])/iu;
/**
 * (Round 97) "The agent has sent that request now": an act on a thing named only by pointing back ("that request", "den där
 * begäran") says nothing in the errand line, read before the sentence it points back to ("… almost gone; the agent has sent
 * that request").
 */
const POINTS_BACK: Record<Language, RegExp> = {
  sv: /^Handläggaren(?:\s+\p{L}+){1,3}?\s+(?:(?:den|det|de)\s+(?:där|här)|denna|detta|dessa)(?:\s+\p{L}+)?(?:\s+(?:nu|just))?\s*(?:[,.!]|$)/iu,
  en: /^The agent(?:\s+\p{L}+){1,3}?\s+(?:that|this|those|these)\s+\p{L}+(?:\s+(?:now|just))?\s*(?:[,.!]|$)/iu,
};
/** (Round 97) "…, but cannot promise it", "men kan inte lova något": an act the agent does not promise the end of is no outcome. */
const NOT_PROMISED: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])kan inte lova(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:can ?not|can't|cannot) promise(?![\p{L}])/iu,
};
/** An act offered "if the caller wants" is not yet the errand's outcome. */
const IF_LIKED: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])om (?:kunden|hen|du) (?:vill|önskar|ger)(?![\p{L}])/iu,
  en: /(?<![\p{L}])if (?:the caller|they|you) (?:want|wants|like|likes|give|gives)(?![\p{L}])/iu,
};
/** "Det är två saker.", "I've got two questions, one's quick.": the errands announced, none said in the sentence. */
const SEVERAL_THINGS_ALONE: Record<Language, RegExp> = {
  sv: /(?:(?:två|tre|ett par) (?:snabba |korta |små )?(?:saker|frågor|grejer|ärenden)|(?:två|tre|ett par|några) snabba)(?:[,\s]+(?:egentligen|faktiskt|bara))?[.!:]?$/iu,
  en: /(?:(?:two|three|a couple of) (?:quick |short |small )?(?:things|questions)|(?:quick|short) ones)(?:,\s+(?:one'?s|one is|both) (?:quick|short|easy))?[.!:]?$/iu,
};
/** "Och så …", "And also …": a next errand said on from the first. */
const AND_THEN: Record<Language, RegExp> = {
  sv: /^(?:och|sen|sedan)(?:\s+(?:så|sen|också|dessutom))?[,\s]+/iu,
  en: /^(?:and|also)(?:\s+(?:also|then))?[,\s]+/iu,
};
/** "Det är två saker jag undrar", "I have two questions": errands announced in a longer sentence too. */
const ANNOUNCES_THINGS = /(?<![\p{L}])(?:(?:två|tre|ett par) (?:snabba |korta |små )?(?:saker|frågor|grejer|ärenden)|(?:två|tre|ett par|några) snabba|(?:two|three|a couple of) (?:quick |short |small )?(?:things|questions)|(?:quick|short) ones)(?![\p{L}])/iu;
/**
 * A thing of several announced, without its marker: "Det första är min premiepension, jag vill byta fond." → "Jag vill
 * byta fond." (the benefit is named by the line); "Först, kan jag ta ut …" → "Kan jag ta ut …?" (a question still).
 */
/** "Och en sak till", "medan jag har dig", "när du ändå ringer", "while I have you", "can I ask something else?": the caller adds an errand. */
const ONE_MORE_THING: Record<Language, RegExp> = {
  sv: /^(?:(?:och|men|ja|jo|okej|bra|jaha|så|du)[,\s]+)*(?:(?:en (?:sak|fråga|grej) till|(?:medan|när|om) (?:jag )?(?:ändå )?(?:har dig|har er|du ändå ringer|ni ändå ringer))[,\s]*)+[,.!?:\s]*/iu,
  en: /^(?:(?:and|oh|okay|great|right|but|so|then|sorry|good)[,\s]+)*(?:(?:(?:just )?one more (?:thing|question)|while I(?:'ve| have) got you|while I have you|since you(?:'re| are) (?:calling|on the line)|since I have you|can I (?:also )?ask (?:you )?(?:something|one thing|about something) else|and also|also(?=,))[,\s]*)+[,.!?:\s]*/iu,
};
/** The agent's first turn in a call the agency makes: the agent names themself and the agency, not "Pensionsmyndigheten, [NAMN]." */
const OUTBOUND_OPENING: Record<Language, RegExp> = {
  sv: /(?:[Dd]et är|[Hh]är är|[Mm]itt namn är|[Jj]ag heter) (?:\[NAMN\]|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?),? (?:från|på) \p{Lu}|[Jj]ag ringer från \p{Lu}/u,
  en: /(?:[Tt]his is|[Ii]t's|[Ii]t is|[Mm]y name is) (?:\[NAMN\]|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?),? (?:from|at|calling from) \p{Lu}|calling from \p{Lu}/u,
};
/** What the agent called about, and how the line says it ("ringde om …", "called back as promised about …"). */
const CALLED_ABOUT: Record<Language, [RegExp, string][]> = {
  sv: [
    [/(?:^|,\s*|\.\s*)jag lovade att ringa (?:dig )?tillbaka (?:om|angående) (.+?)[.!]?$/iu, 'ringde tillbaka som utlovat om'],
    [/(?:^|,\s*)jag ringer (?:om|angående|gällande) (.+?)[.!]?$/iu, 'ringde om'],
    [/^det gäller (din|ditt|dina) (.+?)[.!]?$/iu, 'ringde om'],
    [/(?:^|,\s*)jag handlägger (.+?) och har en fråga[.!]?$/iu, 'ringde med en fråga om'],
    [/(?:\[NAMN\]|\p{Lu}\p{Ll}+),? (?:från|på) \p{Lu}\p{L}+,\s*(?:om|angående) ((?:din|ditt|dina) .+?)[.!]?$/u, 'ringde om'],
  ],
  en: [
    [/(?:^|,\s*)I promised to call (?:you )?back (?:about|regarding) (.+?)[.!]?$/iu, 'called back as promised about'],
    [/(?:^|,\s*)I(?:'m| am) calling (?:about|regarding) (.+?)[.!]?$/iu, 'called about'],
    [/(?:^|,\s*)I(?:'m| am) handling (.+?) and I have a question[.!]?$/iu, 'called with a question about'],
    [/^(?:last week |yesterday )?I said I(?:'d| would) (check .+?)[.!]?$/iu, 'called back as promised to'],
    [/(?:\[NAMN\]|\p{Lu}\p{Ll}+),? (?:from|at) \p{Lu}\p{L}+,\s*(?:about|regarding) (your .+?)[.!]?$/u, 'called about'],
  ],
};
interface Outbound {
  about: Sentence;
  called: string;
  then?: Sentence;
}
/**
 * A call the agency makes: the agent's opening names the agent and the agency (no "hjälpa dig", "help you"), and one of the
 * agent's sentences before the caller's second turn says what the call is about. Anything less is no outbound errand.
 */
function outboundErrand(all: Sentence[], transcript: Transcript, language: Language): Outbound | undefined {
  const first = transcript.segments[0];
  if (!first || first.speaker !== 'agent' || !OUTBOUND_OPENING[language].test(first.text) || /hjälpa (?:dig|er)|help you/iu.test(first.text)) return undefined;
  const callerTurns = transcript.segments.filter((seg) => seg.speaker !== 'agent').map((seg) => seg.index);
  const until = callerTurns[1] ?? Infinity;
  for (const s of all) {
    if (s.segmentIndex >= until) break;
    if (s.speaker !== 'agent' || s.isQuestion) continue;
    for (const [pattern, verb] of CALLED_ABOUT[language]) {
      const m = pattern.exec(s.text);
      if (!m) continue;
      const what = third((m.length > 2 ? `${m[1]} ${m[2]}` : m[1] ?? '').trim(), language);
      if (wordsOf(what).length < 2) continue;
      // (The agent's next sentence in the same turn, a statement, says what is missing or asked: "Vi saknar hyresavtalet.")
      const next = all[s.position + 1];
      const then = next && next.segmentIndex === s.segmentIndex && next.speaker === 'agent' && !next.isQuestion && next.content >= 2 && !/\?/u.test(next.text) ? next : undefined;
      return { about: s, called: `${verb} ${what}`, then };
    }
  }
  return undefined;
}
/** The agent's "din ansökan", "your application" as the note says it: "kundens ansökan", "the caller's application". */
function third(text: string, language: Language): string {
  return language === 'sv'
    ? text.replace(/(?<![\p{L}])(?:din|ditt|dina)(?![\p{L}])/giu, 'kundens').replace(/(?<![\p{L}])dig(?![\p{L}])/giu, 'kunden').replace(/(?<![\p{L}])du(?![\p{L}])/giu, 'kunden')
    : text.replace(/(?<![\p{L}])your(?![\p{L}])/giu, "the caller's").replace(/(?<![\p{L}])you(?![\p{L}])/giu, 'the caller').replace(/(?<![\p{L}])I(?![\p{L}])/gu, 'the agent');
}
function outboundLine(outbound: Outbound, rewrite: (s: Sentence) => string, language: Language): string {
  const head = `${language === 'sv' ? 'Utgående samtal: handläggaren' : 'Outbound call: the agent'} ${outbound.called}`;
  const then = outbound.then ? rewrite(outbound.then).replace(/[.!]+$/u, '') : '';
  return `${head}${then ? `; ${lowerFirst(then, language)}` : ''}.`;
}
function withoutThingMarker(s: Sentence, marker: RegExp, language: Language, cues: Cues): Sentence | undefined {
  const m = marker.exec(s.text);
  if (!m) return undefined;
  let rest = s.text.slice(m[0].length);
  const subject = /^(?:min|mitt|mina|my)\s+[^,]+,\s+(?=(?:jag|vi|i|we)\s)/iu.exec(rest);
  if (subject) rest = rest.slice(subject[0].length);
  if (wordsOf(rest).length < 3) return undefined;
  const asks = ASKS_BY_WORD_ORDER[language].test(rest);
  // (The question ends where a clause of its own begins: "När kommer pengarna i december, jag ska köpa julklappar" asks when.)
  const [clause = rest] = rest.split(/,\s+(?=(?:jag|vi|han|hon|hen|de|i|we|he|she|they)\s)/iu);
  const text = capitalise(asks ? `${(wordsOf(clause).length >= 3 ? clause : rest).replace(/[.!?]+$/u, '')}?` : rest);
  return { ...s, text, words: wordsOf(text), content: contentWords(text, cues), isQuestion: s.isQuestion || asks };
}
/** "Kan jag ta ut …", "Can I take …": a question said by word order, however Whisper ended it. */
const ASKS_BY_WORD_ORDER: Record<Language, RegExp> = {
  sv: /^(?:(?:kan|får|måste|ska|skulle|är|har|blir|går|behöver)\s+(?:jag|man|vi|hen|han|hon|det|min|mitt|mina)|(?:när|hur|vad|varför|vilken|vilket|vilka|var)\s+(?:kommer|är|blir|ska|kan|får|gör|har|går|betalas))(?![\p{L}])/iu,
  en: /^(?:(?:can|could|do|does|did|is|are|will|would|should|must|may)\s+(?:i|we|you|my|it|he|she|they)|(?:when|how|what|why|which|where)\s+(?:is|are|does|do|will|can|should|would|did))(?![\p{L}])/iu,
};
/**
 * An aside said first, before the errand ("Först bara snabbt, …", "Just quickly first, …", "Before I forget, …"): a fact, not
 * the errand. (Round 98: "Before my real question, can I send …?", "Innan min egentliga fråga, …": the caller says the
 * question is a side one; the errand line wrote it, "Before the caller's real question, can the caller send a medical
 * certificate by email?".)
 */
const ASIDE_FIRST: Record<Language, RegExp> = {
  sv: /^(?:(?:men|och|så|ja)[,\s]+)?(?:först (?:bara )?(?:snabbt|kort|en liten sak)|bara snabbt (?:först|innan)|innan jag glömmer|(?:innan|före) (?:min|den) (?:egentliga|riktiga|verkliga) fråga(?:n)?)(?![\p{L}])/iu,
  en: /^(?:(?:but|and|so|yes)[,\s]+)?(?:(?:just )?(?:quickly|briefly) first|first,? (?:just )?(?:quickly|briefly|a quick one)|a quick one first|before i forget|before (?:my|the) (?:real|actual|main) question)(?![\p{L}])/iu,
};
/** "den är inte så bra", "it's not very good": a clause that goes on about what was just said (the caller's Swedish, the line). */
const STILL_ABOUT_IT: Record<Language, RegExp> = {
  sv: /^(?:den|det) (?:är|var) (?:inte|så|lite|ganska|väldigt|rätt)(?![\p{L}])/iu,
  en: /^(?:it|that)(?:'s| is| was) (?:not|a bit|quite|very|so|pretty)(?![\p{L}])/iu,
};
/** "som vanligt", "as usual": what happens every month anyway. */
// ("den artonde oktober betalas till det gamla kontot", "it still goes to the old account": the payment the change has not
// reached yet stays as it was, round 48; not "har redan gått till det gamla kontot", told beside the change.)
const AS_USUAL: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:som (?:vanligt|alltid)|(?:betalas|går|kommer)(?: ut| in)?\s+(?:till|på|in på) (?:det|ditt|ert) gamla kontot)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:as (?:usual|always)|(?:is paid|goes|will go|still goes|comes)\s+(?:in)?to (?:the|your) old account)(?![\p{L}])/iu,
};
/** A deadline's word: "senast", "by", "before". */
const DEADLINE_WORD: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:senast|före|innan|måste|behöver)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:by|before|must|need|needs|have to|has to)(?![\p{L}])/iu,
};
/** An aside announced before it is asked: "Jag undrar först bara, …", "Jag undrar först en sak.", "First, can I ask, …". */
const ASIDE_ANNOUNCED: Record<Language, RegExp> = {
  sv: /^(?:(?:ja|hej|men|och|så)[,\s]+)*(?:jag (?:undrar|ska fråga|vill fråga|tänkte fråga) (?:bara )?först|först (?:bara )?(?:en sak|en fråga|undrar jag)|jag (?:undrar|har) en sak först)(?![\p{L}])/iu,
  en: /^(?:(?:yes|hello|hi|but|and|so)[,\s]+)*(?:first,? (?:can|could|may) i (?:just )?ask|first,? (?:a|one) (?:quick |small )?question|i(?:'ve| have) (?:a|one) (?:quick )?question first|first of all,? (?:can|could) i ask)(?![\p{L}])/iu,
};
/** A question about the agency's own service, not a case: its office, its postal address, the queue, the call's cost, who answered before. */
const SERVICE_QUESTION: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:servicekontor(?:et)?|öppettider(?:na)?|har ni öppet|er postadress|adressen till er|kostar (?:det|samtalet)|kötid(?:en)?|ringa upp|återuppringning|var det du (?:som )?jag pratade med)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:service (?:office|centre|center)|opening hours|are you open|(?:your|the) postal address|postal address for you|(?:does|will) (?:this|the) call cost|call-?back (?:function|option|service)|was it you i (?:spoke|talked) (?:to|with))(?![\p{L}])/iu,
};
/** The standing said with nothing else than where the paper is ("Jag har fullmakt, det ska finnas hos er sedan i våras."). */
const STANDING_ONLY: Record<Language, RegExp> = {
  sv: /^(?:ja,?\s+)?(?:jag|vi) har (?:en |hans |hennes )?fullmakt(?:,?\s+(?:den|det) (?:ska|borde|bör) (?:finnas|ligga) (?:hos (?:er|dig|myndigheten)|där)[^,.]*)?[.!]?$/iu,
  en: /^(?:yes,?\s+)?(?:i|we) (?:have|hold) (?:a |his |her )?power of attorney(?:,?\s+(?:it|which) should be (?:there|with you)[^,.]*)?[.!]?$/iu,
};
/**
 * "… och hans dotter säger att jag har rätt till hans pension, att jag ska ringa er", "my friend from church said I should
 * ask about help with the rent": what someone told the caller they might get or should ask about is what the caller
 * wants to know, not a fact ("jag undrar om jag har rätt till hans pension", "I want to ask about help with the rent").
 */
const TOLD_MIGHT_GET: Record<Language, RegExp> = {
  sv: /(,?\s+och\s+|^(?:och\s+)?)(?:min|mitt|mina|hans|hennes|hens|vår|en)\s+\p{L}+(?:\s+(?:på|i|från)\s+\p{L}+)?\s+(?:säger|sa|sade|tycker|tyckte)(?:\s+ju)?\s+att\s+(jag|man|vi)\s+(har rätt till|kan få|skulle kunna få|borde fråga om|ska fråga om|skulle fråga om|kan ta ut|måste söka|behöver söka)\s+([^,.!?]+)[^]*$/iu,
  en: /(,?\s+and\s+|^(?:and\s+)?)(?:my|his|her|their|our|a)\s+\p{L}+(?:\s+(?:from|at)\s+\p{L}+)?\s+(?:said|says|told me)\s+(?:that\s+)?(I|we|you)\s+(should ask about|ought to ask about|could get|might get|can get|am entitled to|have a right to|could take out|can take out|have to apply for|need to apply for|must apply for)\s+([^,.!?]+)[^]*$/iu,
};
function toldMightGet(text: string, language: Language): string {
  const m = TOLD_MIGHT_GET[language].exec(text);
  if (!m) return text;
  const [, , who = '', what = '', thing = ''] = m;
  const asksAbout = /fråga om|ask about/iu.test(what);
  const subject = who === 'I' ? 'I' : who.toLowerCase();
  const clause =
    language === 'sv'
      ? asksAbout ? `vill fråga om ${thing}` : `undrar om ${subject} ${what} ${thing}`
      : asksAbout ? `want to ask about ${thing}` : `want to know whether ${subject} ${what} ${thing}`;
  // At the start the sentence is the wish; after a clause of its own it joins it ("…, och jag undrar om …").
  if (m.index === 0) return `${language === 'sv' ? 'Jag' : 'I'} ${clause}.`;
  return `${text.slice(0, m.index)}${language === 'sv' ? ' och jag' : ', and I'} ${clause}.`;
}
/** Someone else's words opening the sentence: "He says just …", "Min bror säger att …", "My friend from church said …". */
const OTHERS_SAY: Record<Language, RegExp> = {
  sv: /^(?:(?:och|men|jo|ja|så)[,\s]+)*(?:han|hon|de|dom|(?:min|mitt|mina|hans|hennes|hens|vår)\s+\p{L}+(?:\s+(?:på|i|från)\s+\p{L}+)?)\s+(?:\p{L}+\s+)?(?:säger|sa|sade|tycker|tyckte|menar|påstår)(?![\p{L}])/iu,
  en: /^(?:(?:and|but|well|so)[,\s]+)*(?:he|she|they|(?:my|his|her|their|our)\s+\p{L}+(?:\s+(?:from|at|in)\s+\p{L}+)?)\s+(?:\p{L}+\s+)?(?:says|said|thinks|reckons|told me)(?![\p{L}])/iu,
};
/** The caller's own kin opening the sentence: "Min sambo dog i april", "My husband passed away …". */
const OWN_KIN = /^.{0,30}?(?<![\p{L}])(?:min|mitt|vår|my|our)\s+\p{L}+/iu;
/** "I suppose...", "Jag antar…": a hedge that trails off before the answer. */
const TRAILING_HEDGE = /^(?:i suppose|i guess|jag antar|jag tror)\s*(?:\.{2,}|…)\s*(?=\p{L})/iu;
/**
 * The interpreter speaking for themselves: "Tolken här: …", "Interpreter here: …", "This is the interpreter speaking: …"
 * (with the word redacted as a name, "[NAMN] här: …", someone else on the caller's side breaking in).
 */
const INTERPRETER_ASIDE =
  /^(?:(?:(?:tolken|the interpreter|interpreter)(?:\s+(?:här|here|speaking))?|this is the interpreter(?:\s+speaking)?|det är tolken(?:\s+som pratar)?)\s*[:,]|\[NAMN\]\s+(?:här|here|speaking)\s*:)/iu;
/** What someone promised before the call ("a man said someone would call me back", "de sa att nån skulle ringa upp mig"). */
const PROMISED_BEFORE: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:sa|sade|lovade)\s+(?:att\s+)?(?:någon|nån|de|ni|han|hon|hen|dom)\s+skulle(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:said|told me|promised)\s+(?:that\s+)?(?:someone|somebody|they|you|he|she)\s+would(?![\p{L}])/iu,
};
/** An answer that is only a "whether"/"om" clause, "Whether there's anything for me now.", "Om jag kan ta hela." */
const BARE_WHETHER: Record<Language, RegExp> = {
  sv: /^(?:(?:ja|jo|nja|alltså|men|well)[,.…\s]+)*om\s+(?=(?:jag|vi|det|man|hon|han|hen|de|min|mitt|mina|pensionen)\s)/iu,
  en: /^(?:(?:well|so|yes|just|erm|um)[,.…\s]+)*(?:whether|if)\s+(?=(?:there|i|we|it|my|she|he|they|you|the)(?![\p{L}]))/iu,
};
/** A wish that ends on "all of it" ("om jag kan ta hela", "if I can take all of it"): the thing named before is what. */
const WHOLE_OF_IT: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:hela|allt)(?=[.!]?$)/iu,
  en: /(?<![\p{L}])(?:the whole|all of)(?=[.!]?$)/iu,
};
/** "Well, whether there's anything for me now." → "I want to know whether there's anything for me now." */
function wantsToKnow(text: string, language: Language): string {
  const m = BARE_WHETHER[language].exec(text);
  if (!m) return text;
  return `${language === 'sv' ? 'Jag undrar om' : 'I want to know whether'} ${text.slice(m[0].length)}`;
}

/** "Det är att jag inte kan logga in" → "Jag kan inte logga in": the errand as a main clause. */
function asMainClause(text: string, language: Language): string {
  if (language !== 'sv') return text;
  const m = /^(?:och\s+)?det är (?:så )?att\s+(jag|vi|han|hon|min \p{L}+|mitt \p{L}+)\s+(inte|aldrig)\s+(\p{L}+)\s+/iu.exec(text);
  if (!m) return text;
  const clause = `${m[1]} ${m[3]} ${m[2]} ${text.slice(m[0].length)}`;
  return capitalise(clause);
}
/** A complaint said as a question ("What are you people doing?", "Vad håller ni på med?"): no question to report. */
const RHETORICAL: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:vad håller ni på med|vad sysslar ni med|vad gör ni egentligen|är det här ett skämt|hur svårt kan det vara|hur kan ni)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:what (?:are|is) you(?: people| guys| lot)? doing|is this a joke|how hard can it be|how can you)(?![\p{L}])/iu,
};
/** A wish or question that is only "why" ("I want to know why.", "Jag förstår inte varför?"). */
/** A question about what was just said: "hur det påverkar min pension", "how that works with my pension". */
const REFERS_BACK: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:(?:hur|om)\s+(?:det där|detta|det)\s+(?:fungerar|funkar|påverkar|går till)|vad\s+(?:det där|detta)\s+(?:betyder|innebär))(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:how|whether|if|what)\s+(?:that|this)\s+(?:works|affects|means|would work|will work|would affect|will affect)(?![\p{L}])/iu,
};
/** "Varför det?", "Why?", "How come?": a why that says nothing else; the line says the caller wants to know why. */
const BARE_WHY = /^(?:(?:och|men|and|but|so)\s+)?(?:varför(?:\s+(?:då|det|det då))?|why(?:\s+is that|\s+so|'s that)?|how come)\s*[?!.]*$/iu;
const WANTS_TO_KNOW_WHY: Record<Language, string> = { sv: 'kunden undrar varför.', en: 'the caller wants to know why.' };
const WHY_ONLY: Record<Language, RegExp> = {
  sv: /^(?:(?:och|men|så)\s+)?(?:jag\s+(?:undrar|förstår inte|begriper inte|vill (?:veta|förstå))|hon\s+undrar|han\s+undrar)\s+varför\s*[.!?]*$|^(?:(?:och|men)\s+)?varför(?:\s+(?:då|det|det då|blev det så))?\s*[?!.]*$/iu,
  en: /^(?:(?:and|but|so)\s+)?i\s+(?:want to know|would like to know|wonder|don't understand|do not understand|don’t understand)\s+why\s*[.!?]*$|^(?:(?:and|but|so)\s+)?(?:why(?:\s+is that|\s+so|'s that)?|how come)\s*[?!.]*$/iu,
};

/** The caller's background told before the errand: where they come from, how long they have lived here. */
const BACKGROUND: Record<Language, RegExp> = {
  sv: /^(?:jag (?:kommer|är) (?:ursprungligen )?från|jag är född i|jag har bott (?:här|i sverige))(?![\p{L}])/iu,
  en: /^(?:i(?:'m|’m| am) (?:originally )?from|i come from|i was born in|i(?:'ve|’ve| have) (?:been|lived) here)(?![\p{L}])/iu,
};
/** "Jag är åttiotre år och jag kommer inte in", "I'm sixty-four and I'm thinking …": the age before the errand is no part of it. */
const AGE_FIRST: Record<Language, RegExp> = {
  sv: /^(?:(?:det är|ja)(?![\p{L}])[.…,\s]*)?jag är (\p{L}+|\d+)(?: år)?(?: gammal)?(?:,\s*|\s+och\s+)(?=jag\s)/iu,
  en: /^(?:i(?:'m|’m| am)) (\p{L}+(?:-\p{L}+)?|\d+)(?: years old)?(?:,\s*|\s+and\s+)(?=i(?:'m|’m|'ve|’ve)?\s)/iu,
};
/** The age clause itself, as a sentence: "Jag är åttiotre år." */
function ageClause(text: string, language: Language): string {
  const m = AGE_FIRST[language].exec(text);
  const clause = (m?.[0] ?? '').replace(/^(?:(?:det är|ja)(?![\p{L}])[.…,\s]*)/iu, '').replace(/(?:,\s*|\s+(?:och|and)\s+)$/iu, '');
  return `${capitalise(clause)}.`;
}
function withoutAge(text: string, language: Language): string {
  const m = AGE_FIRST[language].exec(text);
  if (!m || !/\d/u.test(inDigits(m[1] ?? '', language))) return text;
  const rest = text.slice(m[0].length);
  return capitalise(rest);
}

/** "Att …", "That …" opening a sentence: the answer to a question, as its clause. */
const THAT_CLAUSE: Record<Language, RegExp> = { sv: /^att\s+/iu, en: /^that\s+(?=(?:i|we|they|he|she|it|my|the)\s)/iu };

/** A short sentence that says what comes next ("Sen upphör den.", "After that it stops."). */
const THEN_SHORT: Record<Language, RegExp> = {
  sv: /^(?:sen|sedan|därefter|efter det)\s+\p{L}+/iu,
  en: /^(?:then|after that|afterwards)\s+\p{L}+/iu,
};

/** A task of the agent's or the agency's, as written ("Handläggaren kan skicka …", "Det kan handläggaren skicka …"). */
const AGENT_TASK = /^(?:\p{L}+\s+){0,2}(?:handläggaren|myndigheten|the agent|the agency)(?![\p{L}])/iu;
/**
 * "Jag skriver omprövningen i kväll", "I'll write it tonight": the caller's own act tonight is done on the call's day (round 48).
 * (Only the caller's: the parser leaves "i kväll" alone, since in the agent's sentences it dates an option, not a task.)
 */
// (Not "Jag gör det i kväll": what "det" is comes from the agent's sentences before, and is read there.)
function callersTonight(s: Sentence, language: Language, callDate: string): DatePhrase | undefined {
  const tonight = s.speaker === 'caller' && !WRITING[language].doIt.test(s.text) && !PLAN_GIVEN_UP[language].test(s.text) ? TONIGHT[language].exec(s.text) : null;
  return tonight ? { text: tonight[0], date: callDate } : undefined;
}
/** "Jag tänkte logga in i kväll … men nej", "I was going to do it tonight": a plan thought of or given up, no act. */
const PLAN_GIVEN_UP: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:tänkte|skulle|men nej)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:was going to|thought|but no)(?![\p{L}])/iu,
};
/** "i kväll", "tonight": a day said as the evening of the call's day. */
const TONIGHT: Record<Language, RegExp> = { sv: /(?<![\p{L}])(?:i ?kväll|i eftermiddag)(?![\p{L}])/iu, en: /(?<![\p{L}])(?:tonight|this (?:evening|afternoon))(?![\p{L}])/iu };
/** What the agent said the caller can do (an instruction is a task already): "Du kan anmäla det nya kontot på Mina sidor", "You can report it online". */
// (What it is for, ", so the next payment goes right", is no part of the task, round 48.)
const YOU_CAN_DO: Record<Language, RegExp> = {
  sv: /^(?:(?:men|och|så)\s+)?(?:du|ni) (?:kan|får) (?:också )?(\p{L}{4,}a) ((?:\p{L}+\s+){1,8}\p{L}+)(?:\s+eller (?:på|via|med) [^.!?]+)?(?:,\s+så(?: att)?\s+[^.!?]+)?[.!]?$/iu,
  en: /^(?:(?:but|and|so)\s+)?you (?:can|could) (?:also )?(\p{L}{3,}) ((?:[\p{L}']+\s+){1,8}[\p{L}']+)(?:\s+or (?:on|by|via|with) [^.!?]+)?(?:,\s+so(?: that)?\s+[^.!?]+)?[.!]?$/iu,
};
/**
 * "Och tjänstepensionen, den söker jag hos Alecta, va? Det gör jag i morgon.": the caller's own question just before, in the
 * same turn, is what "det" takes up, no step the agent told (round 48).
 */
const ownQuestionBefore = (all: Sentence[], s: Sentence) => all.some((a) => a.position < s.position && a.segmentIndex === s.segmentIndex && a.isQuestion);
/** The agent's last sentence, within a few before the caller's, that says what the caller can do, as the caller's task. */
function agentOption(all: Sentence[], s: Sentence, language: Language): string | undefined {
  if (ownQuestionBefore(all, s)) return undefined;
  for (let k = s.position - 1; k >= 0 && k >= s.position - 6; k--) {
    const option = all[k]!;
    if (option.speaker !== 'agent' || option.isQuestion) continue;
    const m = YOU_CAN_DO[language].exec(option.text);
    if (!m) continue;
    const what = m[2]!.replace(/\b(?:din|ditt|dina)\b/giu, (w) => ({ din: 'sin', ditt: 'sitt', dina: 'sina' })[w.toLowerCase()] ?? w).replace(/\byourself\b/giu, 'themselves').replace(/\byour\b/giu, 'their')
      // ("… online now": the option's "now" is the call's; the caller's own day says when, round 48.)
      .replace(/\s+(?:right now|now|nu)$/iu, '');
    return language === 'sv' ? `Kunden ska ${m[1]!.toLowerCase()} ${what}.` : `The caller will ${m[1]!.toLowerCase()} ${what}.`;
  }
  return undefined;
}
const PRONOUN_OBJECT: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:den|det|dem|dom)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:it|them|that one)(?![\p{L}])/iu,
};
const SENDING = ['send', 'post', 'mail', 'retur', 'submi', 'skick', 'posta', 'lämna'];
/** "När kommer nästa utbetalning?", "When do I get the January money?", "When is the first deduction?": the caller asks the day of a payment (round 76). */
const WHEN_PAID: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])när\s+(?:kommer|betalas|får jag|dras|sker)(?![\p{L}])/iu,
  en: /(?<![\p{L}])when\s+(?:(?:does|do|will|is|are)\s+(?:\p{L}+\s+){0,4}(?:come|arrive|paid|get|deducted)|is the (?:first |next )?(?:payment|deduction))(?![\p{L}])/iu,
};
/** What may stand before the day in the answer: nothing, "On", "Together with your pension on", "If nothing else is missing, on". */
const PAID_ANSWER: Record<Language, RegExp> = {
  sv: /^(?:(?:den|de|det|pengarna|beloppet)\s+(?:betalas ut|kommer)\s*|(?:tillsammans )?med \p{L}+(?:\s\p{L}+)?,?\s*|om [^,]+,\s*)?$/iu,
  en: /^(?:(?:it|they|the money)(?:'s|'re|\s+is|\s+are)\s+paid\s*|the next(?: one)? is\s*|(?:together )?with (?:your |the )?\p{L}+(?:\s\p{L}+)?,?\s*(?:on\s*)?|if [^,]+,\s*(?:on\s*)?|on\s*)?$/iu,
};
/** A pronoun or a word with no benefit in it, "den första", "the first one", "pengarna": the payment asked about is named otherwise. */
const UNNAMED_PAYMENT = /^(?:it|they|that|the (?:first|next) one|the (?:next )?(?:money|payment)|den|det|de|dom|den första|det första|pengarna|nästa|den nästa|(?:nästa )?utbetalning(?:en)?)$/iu;
/** Money asked about by what it is: "februaripengarna", "de tretusen nittio", "the January money", "the first deduction". */
const PAID_THING = /(?:pengar|pension|utbetalning|avdrag|belopp|kronor|tusen|hundra|money|payment|deduction|amount|\d)/iu;
/** The benefit named in a sentence ("garantipension", "child pension", "temporary parental benefit"). */
const BENEFIT_NAMED: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])\p{L}*(?:pension|tillägg|bidrag|stöd|ersättning|penning|vab)(?:en|et|er|erna)?(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:(?:temporary|quarter|full|child|old-age|income|guarantee|premium|sickness|parental|housing|care|activity|survivor's)\s+)*(?:pension|supplement|allowance|benefit|compensation)(?![\p{L}])/iu,
};
/**
 * What the caller asked the payment day of, as the subject of "… betalas ut"/"… is paid": "nästa utbetalning", "the January
 * money", "the first deduction"; a pronoun ("When does it come?") is named by the benefit said last before the question.
 */
function paidThing(question: Sentence, all: Sentence[], language: Language): string | undefined {
  const m = language === 'sv'
    ? /(?<![\p{L}])när\s+(?:kommer|betalas|dras|sker)\s+(?:ut\s+)?(.+?)(?:,.*)?[?.!]*$/iu.exec(question.text) ?? /när\s+får jag\s+(.+?)(?:,.*)?[?.!]*$/iu.exec(question.text)
    : /when is (the (?:first |next )?(?:payment|deduction))/iu.exec(question.text) ?? /when\s+(?:does|do|will|is|are)\s+(.+?)\s+(?:come|arrive|paid|get|deducted)(?![\p{L}])/iu.exec(question.text) ?? /when\s+do i get\s+(.+?)[?.!]*$/iu.exec(question.text);
  let thing = (m?.[1] ?? '').trim().replace(/^(?:i|we)\s+get\s+/iu, '').replace(/\s+ut$/iu, '');
  if (language === 'en' && /^(?:i|we)$/iu.test(thing)) {
    const got = /when\s+do (?:i|we) get\s+(.+?)[?.!]*$/iu.exec(question.text);
    thing = got?.[1] ?? '';
  }
  thing = thing.replace(/^(?:min|mitt|mina|my)\s+/iu, '');
  // (Only money: "När får jag svar?", "When will the form come?" ask no payment day.)
  if (thing && !UNNAMED_PAYMENT.test(thing)) return wordsOf(thing).length <= 4 && (PAID_THING.test(thing) || BENEFIT_NAMED[language].test(thing)) ? thing : undefined;
  // ("I'll post you a form." "When does it come?": "it" is the letter, no payment.)
  const said = all[question.position - 1];
  if (!thing || (said && said.speaker !== question.speaker && WRITING[language].document.test(said.text) && !BENEFIT_NAMED[language].test(said.text) && !/pension|payment|utbetalning|pengar|money|amount|belopp|kronor|tusen|thousand/iu.test(said.text))) return undefined;
  const named = all.slice(0, question.position + 1).reverse().map((x) => BENEFIT_NAMED[language].exec(x.text)?.[0]).find((x) => x !== undefined);
  const head = thing && /^(?:den första|det första|the first one)$/iu.test(thing) ? (language === 'sv' ? 'första utbetalningen av ' : 'the first payment of ') : '';
  if (named) return `${head}${named.toLowerCase()}`;
  return language === 'sv' ? 'utbetalningen' : 'the payment';
}
/** The agency's payment named ("the first payment", "utbetalningen", "betalas ut"). */
/** "Yes, today is the payment day", "I dag är det utbetalningsdag": what day the call is on. */
const TODAY_IS: Record<Language, RegExp> = {
  sv: /^(?:(?:ja|jo|precis),?\s+)?(?:i dag|idag)\s+är\s+(?:det\s+)?\p{L}*dag(?:en)?[.!]?$/iu,
  en: /^(?:(?:yes|yeah|that's right),?\s+)?today\s+is\s+(?:the\s+|a\s+)?[\p{L}\s-]*day[.!]?$/iu,
};
const AGENCY_PAYMENT = /(?<![\p{L}])(?:(?:first |next )?payment|paid out|\p{L}*utbetalning\p{L}*|betalas ut|betalar (?:vi|myndigheten) ut)(?![\p{L}])/iu;
/** A day said roughly. */
const ROUGHLY = /(?<![\p{L}])(?:runt|ungefär|omkring|kring|cirka|around|about|roughly)\s+$/iu;
/** How long the post or the handling takes: an estimate, not a deadline. */
const POSTAL_ESTIMATE = /(?<![\p{L}])(?:kommer (?:fram )?inom|brukar|usually|normally|takes|should arrive|arrives within)(?![\p{L}])/iu;
/** The caller says they called the wrong number or agency. */
const CALLED_WRONG: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:jag|vi) (?:har |hade )?ringt (?:till )?fel(?: (nummer|myndighet|ställe))?(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:i|we)(?:'ve| have)? (?:called|rung|phoned|dialled|dialed) the wrong (number|agency|place|office)(?![\p{L}])/iu,
};
/** The caller asks whether something is needed of them ("Och jag behöver inte skicka in något papper?"). */
const NEED_QUESTION: Record<Language, RegExp> = {
  sv: /^(?:(?:och|men|så),?\s+)?(?:jag behöver inte|behöver jag inte|behöver jag)\s+(\p{L}[^?]*)\?$/iu,
  en: /^(?:(?:and|but|so),?\s+)?(?:do i (?:need|have) to|i don't (?:need|have) to|don't i (?:need|have) to)\s+(\p{L}[^?]*)\?$/iu,
};
/** The agent's bare "no, not needed" ("Nej, det behövs inte.", "No, you don't."). */
const NOT_NEEDED: Record<Language, RegExp> = {
  sv: /^nej,?\s+(?:det )?(?:behövs inte|behöver du inte|är inte nödvändigt)[.!]?$/iu,
  en: /^no,?\s+(?:you don't|you do not|that's not needed|it's not needed|there's no need|not needed)[.!]?$/iu,
};
/** The caller's own things, said in the first person: no person to rewrite safely. */
const FIRST_PERSON_THINGS: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:jag|mig|min|mitt|mina)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:i|me|my|mine)(?![\p{L}])/iu,
};
/** The agent names the reconsideration of a decision the caller may ask for. */
/** A caller's task that is the request for reconsideration: it asks, explains, writes or appeals. */
const RECONSIDERATION_REQUEST = /(?:ompröv|begär|förklar|överklag|skriv|motiver|reconsider|request|explain|appeal|writ|letter|brev)/iu;
const RECONSIDERATION = /(?<![\p{L}])(?:omprövning|ompröva|(?:review|reconsideration) of the decision|reconsider the decision)(?![\p{L}])/iu;
/** The agent's turn before the caller's turn that comes just before this sentence's turn, if the caller asked in it. */
function agentTurnBefore(all: Sentence[], s: Sentence): number | undefined {
  const callerTurn = all.filter((x) => x.position < s.position && x.segmentIndex !== s.segmentIndex).at(-1);
  if (!callerTurn || callerTurn.speaker !== 'caller' || !all.some((x) => x.segmentIndex === callerTurn.segmentIndex && x.isQuestion)) return undefined;
  return all.filter((x) => x.position < callerTurn.position && x.segmentIndex !== callerTurn.segmentIndex).at(-1)?.segmentIndex;
}
/** ", annars kan ansökan avgöras på de uppgifter vi har": what follows a missed deadline, not a task of the agent's. */
const OTHERWISE = /,\s*(?:annars|otherwise)(?![\p{L}]).*$/u;
/** "Kollegan hör av sig …", "A colleague will call you …": someone else at the agency promising a step of their own (round 87). */
const COLLEAGUE_PROMISES: Record<Language, RegExp> = {
  sv: /^(?:(?:och|men|så|då)\s+)?(?:(?:min|en)\s+kollega|kollegan|kollegorna|specialisten|teamet)\s+(?:(?:ska|kommer\s+att|kan)\s+)?(?:hör(?:a)?\s+av\s+sig|ringer|ringa|kontaktar|kontakta|återkommer|återkomma|svarar|svara|skickar|skicka)(?![\p{L}])/iu,
  en: /^(?:(?:and|but|so|then)\s+)?(?:(?:my|a|the)\s+colleague|the team|the specialist|my colleagues)\s+(?:(?:will|is going to|can|'ll)\s+)?(?:gets?\s+back|get\s+in\s+touch|calls?|rings?|contacts?|phones?|replies|reply|sends?|writes?)(?![\p{L}])/iu,
};
/** What the agency decides or pays: its own outcome, not a deadline for the caller. */
const AGENCY_OUTCOME = /(?<![\p{L}])(?:beslut\p{L}*|betalas|utbetal\p{L}*|decision|decide|paid|payment|pay out)(?![\p{L}])/iu;
/** The agency's decision awaited, with how long it takes ("beslutet brukar komma inom fyra veckor", "a decision takes ten weeks"). */
const DECISION_AWAITED: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:beslut(?:et)?\s+(?:brukar\s+|kan\s+)?(?:ta|tar|komma|kommer)|tar\s+(?:ett\s+)?beslut(?:et)?|(?:fattar|tar)\s+(?:vi|myndigheten)\s+(?:ett\s+)?beslut)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:(?:a|the) decision (?:usually |normally |should |will |can )?(?:takes?|comes?|arrives?)|you(?:'ll| will) (?:get|receive) (?:a|the|our) decision|we(?:'ll| will)? (?:usually |normally )?(?:make|take) (?:a|the) decision)(?![\p{L}])/iu,
};
/** "ring oss", "call us": what the caller is told to do after a condition ("If it hasn't come by Friday, call us"). */
const CALL_US = /^(?:(?:så|då|then)\s+)?(?:ring|kontakta|hör av dig|call|phone|contact|get in touch)(?![\p{L}])/iu;
/** "Inte förrän ni …", "först när du …", "not until you …": what follows waits for the caller's own step or decision. */
const NOT_UNTIL: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:inte förrän|först när|inte innan)\s+(?:du|ni)\s/iu,
  en: /(?<![\p{L}])(?:not until|not before|only (?:once|when))\s+you\s/iu,
};
/** ", från" / ", from" right before a date set off by commas: the span the sentence's subject covers (round 93). */
const SUBJECT_SPAN: Record<Language, RegExp> = {
  sv: /,\s*(?:från(?:\s+och\s+med)?|fr\.o\.m\.)\s+(?:den\s+)?$/iu,
  en: /,\s*(?:from|starting)\s+(?:the\s+)?$/iu,
};
/** The day a document shows ("the balance on", "saldot den", "as of"): what the document holds, no day of a task. */
const AS_OF: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:saldo(?:t|n)?|behållning(?:en)?|tillgångar(?:na)?|ställning(?:en)?)\s+(?:per|den|vid|på)\s+(?:den\s+)?$/iu,
  en: /(?<![\p{L}])(?:balances?|holdings|assets|value)\s+(?:on|as of|at)\s+(?:the\s+)?$/iu,
};
/** A day of the week or a day counted from today ("på onsdag", "i morgon", "on Wednesday", "tomorrow", "today"). */
const NAMES_A_WEEKDAY = /(?<![\p{L}])(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|morgon|tomorrow|today|i dag|idag|tonight|i kväll)(?![\p{L}])/iu;
/** A length of time from now ("inom två veckor", "within a week", "in a few days"), not a day. */
const LENGTH = /(?<![\p{L}])(?:dagar?|vecka|veckor|månad(?:er)?|days?|weeks?|months?)(?![\p{L}])/iu;
/** A length said vaguely: "några veckor", "ett par dagar", "ungefär två veckor", "en vecka ungefär", "tre till fyra veckor", "a week or two". */
const VAGUE_LENGTH: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:(?:några|ett par|(?:ungefär|cirka|omkring|runt)\s+[\p{L}\d]+|[\p{L}\d]+\s+(?:till|eller)\s+[\p{L}\d]+)\s+(?:dagar?|veckor|vecka|månader|månad)|(?:en|ett)\s+(?:dag|vecka|månad)\s+(?:ungefär|eller\s+två))(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:(?:a few|a couple of|(?:about|around|roughly)\s+[\p{L}\d]+|[\p{L}\d]+\s+(?:to|or)\s+[\p{L}\d]+)\s+(?:days?|weeks?|months?)|(?:a|one)\s+(?:day|week|month)\s+or\s+two)(?![\p{L}])/iu,
};
/** How long it takes, as said ("ungefär åtta veckor", "around ten weeks"). */
const SPAN = /(?<![\p{L}])(?:(?:ungefär|cirka|omkring|runt|around|about|roughly)\s+)?(?:\d+|\p{L}+)\s+(?:veckor|månader|dagar|weeks|months|days)(?![\p{L}])/iu;
/** "Myndigheten fattar beslut när ansökan har kommit in, vanligtvis inom ungefär åtta veckor." */
function decisionText(said: string, awaited: string, language: Language): string {
  const span = SPAN.exec(said)?.[0];
  if (language === 'sv') {
    const what = /ansökan|ansökning/iu.test(awaited) ? 'ansökan' : 'handlingarna';
    return `Myndigheten fattar beslut när ${what} har kommit in${span ? `, vanligtvis inom ${span.toLowerCase()}` : ''}.`;
  }
  const what = /application/iu.test(awaited) ? 'the application has' : 'the documents have';
  return `The agency decides once ${what} arrived${span ? `, usually within ${span.toLowerCase()}` : ''}.`;
}
/** A benefit named ("bostadstillägget", "garantipension", "housing supplement", "the pension"). */
const BENEFIT = /pension|tillägg|bidrag|stöd|ersättning|supplement|allowance|benefit|compensation/iu;
/** A benefit named by its own name: the bare "pensionen", "my pension" names none ("Kunden undrar när hen kan ta ut pensionen"). */
const namesABenefit = (line: string) => (line.match(/[\p{L}-]+/gu) ?? []).some((w) => BENEFIT.test(w) && !/^(?:pension|pensionen|pensionerna|pensions|pensioner)$/iu.test(w));
/** The errand line already says whom or what the call is about. */
const CALLING_ABOUT: Record<Language, RegExp> = {
  sv: /^(?:kunden|\p{L}+)\s+(?:ringer|ringde)\s+(?:om|för|angående)\s/iu,
  en: /^(?:the caller|\p{L}+)\s+(?:is calling|calls|called)\s+(?:about|for|on behalf)\s/iu,
};
/**
 * The errand line names the benefit the call is about: "Kunden kan inte logga in." under inloggning stays, but
 * "Kunden fyller 64 i maj och undrar vad kunden får …" becomes "Kunden ringer om ålderspension: kunden fyller 64 …".
 * Only the detected topic's own name is added (never for "other"), so nothing is said that the call did not hold.
 */
function withBenefit<S extends Statement>(reason: S, line: string, topic: DraftTopic, language: Language, taxonomy: Taxonomy, all: readonly Statement[]): string {
  // A benefit's topic only (not a way of doing things: payments, logging in, forms, moving), and a line that names no
  // benefit at all: "Kunden undrar när pensionen betalas ut" says what it is about already.
  if (topic.key === 'other' || !BENEFIT.test(topic.label) || namesABenefit(line) || CALLING_ABOUT[language].test(line)) return line;
  if (onlyUnderCondition(all, topic, language, taxonomy)) return line;
  if (mentionsTopic({ ...reason, text: line, words: wordsOf(line) }, topic.key, language, taxonomy)) return line;
  const label = topic.label.charAt(0).toLowerCase() + topic.label.slice(1);
  const rest = lowerFirst(line, language);
  return language === 'sv' ? `Kunden ringer om ${label}: ${rest}` : `The caller is calling about ${label}: ${rest}`;
}
/** "om du får garantipension", "if you get guarantee pension": the agent's condition that the benefit is granted at all. */
const IF_GRANTED: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:om|ifall)\s+(?:du|ni|man|kunden|hen|han|hon)\s+(?:någon gång\s+|senare\s+)?(?:får|skulle få|beviljas)\s/giu,
  en: /(?<![\p{L}])(?:if|in case)\s+(?:you|they|he|she|the caller)\s+(?:ever\s+|later\s+)?(?:get|receive|are granted|would get)\s/giu,
};
/**
 * The benefit is named in the call only by the agent, each time as the condition that the caller gets it at all ("Men om
 * du får garantipension räknas den tyska pensionen in där", "If you get guarantee pension, …"): the caller did not call
 * about it, and the errand line must not say so (round 89: "Kunden ringer om garantipension: …" for a caller who asked how
 * to apply for a pension from Germany). A condition about something else ("if you worked in Sweden you have earned income
 * pension") leaves the benefit the errand's.
 */
function onlyUnderCondition(all: readonly Statement[], topic: DraftTopic, language: Language, taxonomy: Taxonomy): boolean {
  // (By the benefit's own name: a topic found by its cues alone is left as before.)
  const names = (taxonomy.topics.find((t) => t.key === topic.key)?.names[language] ?? []).map(wordsOf);
  const naming = all.filter((u) => names.some((n) => containsPhrase(u.words, n)));
  return (
    naming.length > 0 &&
    naming.every(
      (u) =>
        u.speaker === 'agent' &&
        [...u.text.matchAll(IF_GRANTED[language])].some((m) => {
          const after = wordsOf(u.text.slice(m.index + m[0].length)).slice(0, 3);
          return names.some((n) => phraseAt(after, n));
        }),
    )
  );
}
const phraseAt = (words: string[], phrase: string[]) => phrase.every((w, i) => words[i] === w);
/** "så snart du kan", "så fort ni kan", "as soon as you can": a time, not a possibility. */
const AS_SOON_AS_ABLE = /(?<![\p{L}])(?:(?:så snart|så fort|snarast)\s+(?:du|ni)\s+kan|as soon as\s+you\s+can)(?![\p{L}])/giu;
/** Whether a task's text sends something (a form, a letter, the document back). */
const sends = (text: string) => wordsOf(text).some((w) => SENDING.some((v) => w.startsWith(v)));
/**
 * Follow-ups that repeat the sending of the agent's task just before with a pronoun for its object ("Handläggaren skickar
 * den till …", "The agent will send it to …"): the same task, not a second one. Dated ones stay (they may date the first).
 */
function sameSendingAgain(tasks: Placed[], language: Language): Placed[] {
  const byPosition = [...tasks].sort((a, b) => a.position - b.position);
  return byPosition.filter((t, i) => {
    const before = byPosition[i - 1];
    return (
      before !== undefined &&
      t.position - before.position <= 3 &&
      !t.followUp?.dueDate &&
      t.followUp?.kind === before.followUp?.kind &&
      AGENT_TASK.test(t.text) &&
      AGENT_TASK.test(before.text) &&
      sends(t.text) &&
      sends(before.text) &&
      PRONOUN_OBJECT[language].test(t.text)
    );
  });
}
/** Where what was sent arrives or when the caller has it: "Utdraget kommer med posten.", "The caller will have it within a week." */
// ("Blanketten kommer nog inte fram förrän måndag", "It will probably not arrive before Monday": hedged, the same arrival,
// round 47.)
const ARRIVAL =
  /^(?:(?:utdraget|förslaget|blanketten|blanketterna|beräkningen|prognosen|kopian|kopiorna|informationen|informationsbladet|den|det|de|dom)\s+(?:kommer|ska vara|bör vara|är)\s+(?:(?:nog|troligen|förmodligen|inte)\s+)*(?:med posten|hem|fram|hos (?:kunden|hen|henne|honom))|(?:kunden|hen) (?:får|ska få|kommer att få|har) (?:den|det|dem|dom|utdraget|förslaget|blanketten|beräkningen|prognosen|kopian)\s+(?:inom|om|med|på|i|nästa|till)\s|(?:it|they|the (?:statement|form|forms|calculation|forecast|copy|proposal|leaflet|sheet|extract|information))\s+(?:will (?:(?:probably|likely|not)\s+)*(?:go out|arrive|come|be (?:there|with))|goes out|should (?:arrive|be (?:there|with))|comes)|the caller (?:will|should) (?:have|get|receive) (?:it|them|the (?:statement|form|forms|calculation|forecast|copy|proposal|leaflet|sheet|extract))\s+(?:within|in|by|next|on|before|through)\s)/iu;
/** The follow-ups that only say when what was sent arrives (each goes with the sending before it). */
const arrivalsOfSent = (tasks: Placed[]) => tasks.filter((t) => ARRIVAL.test(t.text) && wordsOf(t.text).length <= 14);
/** Whether a task's text and a sentence share a word of five letters or more by its stem ("ansöker" ~ "Ansök gärna"). */
const sharesWord = (task: string, sentence: string) => {
  const stems = new Set(wordsOf(task).filter((w) => w.length >= 5 && !/^(?:kunden|kundens|handläggaren|myndigheten|caller|agent|agency)$/u.test(w)).map((w) => w.slice(0, 5)));
  return wordsOf(sentence).some((w) => w.length >= 5 && stems.has(w.slice(0, 5)));
};
/** Whether a task's text has a word with the verb's stem ("anmäla flytten" ~ "anmäler"), or both send a document ("send it" ~ "post it"). */
const sharesVerb = (text: string, stem: string) =>
  wordsOf(text).some((w) => w.startsWith(stem) || (SENDING.some((v) => stem.startsWith(v)) && SENDING.some((v) => w.startsWith(v))));

/**
 * The agent's own promise to call the caller: "Jag ringer dig på fredag", "Då ringer jag dig", "I'll check on Tuesday and call
 * you then". (Not "jag ringer er": the plural "er" reads as the caller's own in the note's register.)
 */
const CALL_PROMISE: Record<Language, RegExp> = {
  sv: /^(?:(?:ja|okej|absolut|visst|självklart)[,\s]+)*(?:(?:jag|vi)\s+(?:ska\s+|kan\s+)?(?:[^.?!,]*?\s)?(?:ringer|ringa)|(?:då|så)\s+ringer\s+(?:jag|vi))\s+(?:upp\s+)?dig(?![\p{L}])/iu,
  en: /^(?:(?:yes|okay|of course|sure|absolutely|certainly)[,\s]+)*(?:I|we)(?:'ll| will| can| shall)\s+(?:[^.?!]*?\s)?(?:call|ring|phone)\s+you(?![\p{L}])/iu,
};
/** The caller asked to be called back: a task for the agent. */
function callBackText(s: Sentence, dateText: string | undefined, language: Language): string {
  const when = dateText ? ` ${dateText.replace(/[,;:]+$/u, '')}` : '';
  return language === 'sv' ? `Handläggaren ringer upp kunden${when}.` : `The agent calls the caller back${when}.`;
}

function followUpKind(s: Sentence, all: Sentence[], cues: Cues, language: Language, callDate: string): FollowUpKind | undefined {
  // "Då registrerar jag hundra procent från första mars", "I'm registering that now": what the agent registers in the
  // call is the agent's task, done on the day of the call, where the sentence is no other task (round 32).
  return taskKind(s, all, cues, language, callDate) ?? (registersNow(s, language, callDate, all) ? 'other' : undefined);
}

/** The caller's promise to get in touch: "jag hör av mig", "jag återkommer", "I'll get back to you", "I'll let you know". */
const CALLER_GETS_IN_TOUCH: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:hör av (?:mig|oss)|återkommer|ringer (?:er|dig|till er) igen)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:get back to you|be in touch|let you know|get in touch|ring you again|call you again)(?![\p{L}])/iu,
};
/** A condition after the main clause: "… om jag stannar längre", "… if anything changes" (round 47). */
const CONDITION_AFTER: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:om|ifall)\s+(?:jag|vi|han|hon|hen|de|dom|du|ni|något|nåt|det\s+(?:blir|händer|ändras|behövs))(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:if|in case)\s+(?:i|we|he|she|they|you|anything|something|it|there)(?![\p{L}'’])/iu,
};
/** A caller's plan under a decision not made: "jag söker väl i så fall …", "I'll apply in October if I do" (round 43). */
const HEDGED_PLAN: Record<Language, RegExp> = {
  // ("… så ringer jag igen, kanske.", "… I'll call again, maybe.": the hedge said after the plan, round 64.)
  sv: /(?<![\p{L}])(?:(?:jag|vi)\s+\p{L}+\s+(?:väl|nog|kanske)\s+i så fall|i så fall\s+\p{L}+\s+(?:jag|vi)\s+(?:väl|nog|kanske))(?![\p{L}])|(?<![\p{L}])(?:jag|vi)\s+[^.!?]*,\s*kanske\s*[.!]?$/iu,
  en: /(?<![\p{L}'])(?:(?:i|we)(?:'ll| will| would|'d)\s+(?:probably|maybe|perhaps)\s+\p{L}+[^.]*?(?:in that case|if i do|if we do)|(?:in that case|if i do|if so),?\s+(?:i|we)(?:'ll| will|'d| would)\s+(?:probably|maybe|perhaps))(?![\p{L}])|(?<![\p{L}'])(?:i|we)(?:'ll| will)\s+[^.!?]*,\s*(?:maybe|perhaps)\s*[.!]?$/iu,
};
/** A time told from the day the caller chooses: "innan du vill ha första utbetalningen", "before you want it to start". */
const BEFORE_CALLER_CHOOSES: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:innan|före)\s+(?:du|ni)\s+(?:vill|önskar|tänker)(?![\p{L}])/iu,
  en: /(?<![\p{L}])before\s+you\s+(?:want|wish|would like|'d like|plan)(?![\p{L}])/iu,
};

/** "The first payment would be on the eighteenth of December", "Då skulle första utbetalningen bli i december": what would
 * follow under a condition, not a promise (round 74). */
const WOULD_BE: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])skulle\s+(?:(?:\p{L}+\s+){0,3})?(?:bli|vara|komma|börja|betalas|gälla|räknas)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:would|(?<=\p{L})'d)\s+(?:(?:\p{L}+\s+){0,2})?(?:be|start|come|begin|arrive|apply|get paid|be paid)(?![\p{L}])/iu,
};
/** "Begäran ska ha kommit in inom två månader från att du fick beslutet", "It must reach us within two months of when you
 * received it": the term of a right, counted from the decision, told as information; no task and no date (round 74). */
const RIGHT_TERM: Record<Language, RegExp> = {
  sv: /^(?:den|det|begäran|överklagandet|ansökan|omprövningen)\s+(?:ska|måste|behöver)\s+(?:ha\s+)?(?:kommit|komma|vara)\s+in\b[^.]*?\binom\s+\p{L}+\s+(?:månader|veckor|dagar)\s+från\s+(?:att|det att|den dag)/iu,
  en: /^(?:it|the request(?: for reconsideration)?|the appeal|your request)\s+(?:must|has to|needs to|should)\s+(?:reach|arrive|be (?:with|in))[^.]*?\bwithin\s+\p{L}+\s+(?:months|weeks|days)\s+of\s+(?:when\s+)?(?:you|they|the caller)?\s*(?:received|receive|receiving|got|get|getting)(?![\p{L}])/iu,
};

/** A step that ends on a condition that only points back: "… om det gör det", "… om det behövs", "… if it does", "… if so". */
const ONLY_IF_SO: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:om|ifall) (?:det|så) (?:gör det|skulle behövas|behövs|blir så|är så)[.!]*$/iu,
  en: /(?<![\p{L}])(?:if (?:it does|it is|so|that happens|needed|necessary))[.!]*$/iu,
};
/** "Jag kan inte lova det, men …", "I can't promise anything, but …": the agent's word that nothing is promised. */
const NO_PROMISE: Record<Language, RegExp> = {
  sv: /^(?:(?:men|och|nej)[,\s]+)?(?:jag|vi) kan inte lova(?![\p{L}])/iu,
  en: /^(?:(?:but|and|no)[,\s]+)?(?:i|we) (?:can['’]t|cannot|can not) promise(?![\p{L}])/iu,
};

/** "Skicka inte en ny", "Don't send a new one", "Du behöver inte göra något", "Då slipper jag skicka den igen", "So I don't
 * need to send it again": a step the caller is told not to take, or is spared, is nothing to follow up (round 81). (Not
 * "Glöm inte att …", "Tveka inte att ringa", "Don't forget to …": a reminder to act; nor a step told with what it spares,
 * "Jag kan ringa dig på torsdag i stället, så slipper du köa".) */
const NO_STEP: Record<Language, RegExp> = {
  sv: /^(?:(?:ja|nej|nä|och|men|så|då|okej)[,\s]+)*(?:(?!glöm|tveka|vänta|missa)\p{L}+\s+(?:inte|aldrig)|(?:du|ni|jag|vi)\s+(?:behöver|måste|ska)\s+inte|(?:det\s+)?behövs\s+inte)(?![\p{L}])|^(?:(?:tack|bra|skönt|vad bra|okej|ja)[,!\s]+)*(?:då\s+|så\s+)?slipper\s+(?:jag|vi|kunden)(?![\p{L}])/iu,
  en: /^(?:(?:yes|no|and|but|so|then|okay|ok|please)[,\s]+)*(?:(?:don['’]t|do not|never)\s+(?!forget|hesitate|wait|miss)|(?:you|i|we)\s+(?:don['’]t|do not|won['’]t|will not)\s+(?:need|have)\s+to|(?:there['’]s\s+)?no need\s+to)(?![\p{L}])/iu,
};
/** Another doer's step after a comma: ", vi skickar beslutet", ", but we will send …". */
const ANOTHER_STEP = /,\s*(?:(?:men|but|utan|och|and|så|so|then|då)\s+)?(?:vi|jag|we|i|handläggaren|myndigheten|the agency|the agent)\s/iu;

function taskKind(s: Sentence, all: Sentence[], cues: Cues, language: Language, callDate: string): FollowUpKind | undefined {
  const writing = WRITING[language];
  if (s.identifier) return undefined;
  // "Skicka inte en ny", "då slipper jag skicka den igen": no step to follow up (round 81).
  // (Not where another doer's step follows, "Du behöver inte göra något, vi skickar beslutet".)
  if (!s.isQuestion && NO_STEP[language].test(s.text) && !ANOTHER_STEP.test(s.text)) return undefined;
  // "Yes, and the first payment would be on the eighteenth of December": a day that holds only if something else does
  // is no task (not the agent's own "I would send …", an offer read elsewhere); "Det ska ha kommit in till oss inom två
  // månader från att du fick beslutet": a right's term is information (round 74).
  // (Not a sentence that also announces a decision, "You'll get a decision and the first payment would be in January".)
  if (s.speaker === 'agent' && !s.isQuestion && WOULD_BE[language].test(s.text) && !cues.firstPerson.test(s.text) && !DECISION_ANNOUNCED[language].test(s.text)) return undefined;
  if (s.speaker === 'agent' && RIGHT_TERM[language].test(s.text)) return undefined;
  // "Inom EU behövs det oftast inte, men vi hör av oss om det gör det.", "I'll write to you if so.": the agency's step only if
  // something turns out so is no task; "Jag kan inte lova det, men medan vi prövar anståndet skickas inga påminnelser.": what
  // the agent says it cannot promise, and what holds meanwhile, neither (round 74).
  // (Not where a day is set after it, "I can't promise when, but the caseworker will tell you on Tuesday.")
  if (s.speaker === 'agent' && !s.isQuestion && (ONLY_IF_SO[language].test(s.text) || (NO_PROMISE[language].test(s.text) && !findDates(s.text, language, callDate).some((d) => d.date >= callDate)))) return undefined;
  // "Bara om du slutar betala. Då skickar vi först en påminnelse.", "Only if you stop paying. Then we send a reminder
  // first.": the agency's step under the condition the agent has just named is no task (round 83).
  // (Not where a day ahead is set in it: the agent plans for the condition, as round 43 reads.)
  const conditionBefore = all[s.position - 1];
  if (s.speaker === 'agent' && !s.isQuestion && writing.thenClause.test(s.text) && conditionBefore?.speaker === 'agent' && ONLY_IF[language].test(conditionBefore.text) && !findDates(s.text, language, callDate).some((d) => d.date >= callDate)) return undefined;
  // "Ring gärna igen", "Feel free to call again": a courtesy, no task (round 8).
  if (s.speaker === 'agent' && WELCOME_AGAIN[language].test(s.text)) return undefined;
  // "And if it doesn't work, can you help me then?" "Yes, call us and we'll help you.": an offer under a condition, no task.
  if (conditionAsked(s, all, language)) return undefined;
  // "And if it isn't there by Wednesday?" "Then call us and we can trace it.", "Och om ingen ringer då?" "Då ringer du oss
  // igen.": the answer holds only under the condition asked; the line keeps the condition among what was said, no plain
  // task (round 43). (Not an answer that sets a day, "Då ringer jag dig senast på fredag", "Then call us before the
  // thirtieth": the agent plans for the condition, and that is the task.)
  const askedBefore = all[s.position - 1];
  if (s.speaker === 'agent' && writing.thenClause.test(s.text) && askedBefore?.speaker === 'caller' && askedBefore.isQuestion && isBareCondition(askedBefore.text, language) && !findDates(s.text, language, callDate).some((d) => d.date >= callDate)) return undefined;
  // "Ansök gärna minst en månad innan du vill ha första utbetalningen", "Apply a couple of months before you want it to
  // start": a time told from the day the caller chooses is advice for when the caller decides, no task (round 43).
  if (s.speaker === 'agent' && BEFORE_CALLER_CHOOSES[language].test(s.text)) return undefined;
  // "Banken anmäler det nya kontot till kontoregistret", "My neighbour will post it for me on Wednesday", "För i dag får din
  // sambo ansöka själv": a step someone else takes in the errand, that it waits for, is a task to watch (round 38).
  // (Not what someone usually does, "My son usually does my post", nor under a condition.)
  // (Nor "Banken anmäler inte det", nor a step told against the caller's own, "The employer reports it, but from day eight you
  // need …": that is how it works, no step awaited.)
  const thirdParty = THIRD_PARTY_ACTS[language].exec(s.text);
  const denied = thirdParty && /^\s*(?:inte|ej|aldrig|not|never)(?![\p{L}])/iu.test(s.text.slice(thirdParty[0].length));
  const against = /,\s+(?:men|but)\s/iu.test(s.text);
  if (!s.isQuestion && thirdParty && !denied && !against && !writing.conditionFirst.test(s.text) && !writing.recurring.test(s.text) && !HABIT[language].test(s.text) && !cues.negation.test(s.text))
    return writing.document.test(s.text) ? 'awaitDocument' : 'other';
  // "…, och du får ett beslut inom fyra veckor", "Once it is complete, we decide within about eight weeks": the agency's
  // decision within a time is a task to watch, whatever the sentence told before it; not after "om"/"if" (round 8).
  if (s.speaker === 'agent' && !s.isQuestion && DECISION_WITHIN[language].test(s.text) && !writing.conditionFirst.test(s.text) && !writing.recurring.test(s.text)) return 'decision';
  // "Ni får ett nytt beslut hem", "När omprövningen har kommit in får du ett nytt beslut", "You'll get a new decision": the
  // agency's decision announced to the caller is its task to watch, with no time said too; not after "om"/"if" (round 35).
  // (Not after the caller's part in the same sentence, "Fyll i blanketten och skicka in den, sen får du ett beslut": that
  // is the caller's task, and the decision rides on it.)
  const announced = s.speaker === 'agent' && !s.isQuestion ? DECISION_ANNOUNCED[language].exec(s.text) : null;
  if (announced && !CALLERS_PART.test(s.text.slice(0, announced.index)) && !writing.conditionFirst.test(s.text) && !writing.recurring.test(s.text) && !NO_DECISION.test(s.text)) return 'decision';
  // "Du anmäler flytten till Skatteverket", "I'll call Försäkringskassan tomorrow": a step at another agency is a
  // referral, told as information, not a task for this one (unless the sentence sends something here too).
  // ("Jag kan skicka ett utdrag till dig, som du kan ge till kommunen": what the agent sends is its own task, round 36.)
  // ("Send the Tax Agency email by the fourth", "Skicka mejlet från Skatteverket": a document from another agency sent here is
  // the caller's step towards this one, round 83.)
  if (writing.otherAgency.test(s.text) && !writing.toThisAgency.test(s.text) && !(s.speaker === 'agent' && AGENT_OWN_SENDING[language].test(s.text)) && !SENT_FROM_ELSEWHERE[language].test(s.text)) return undefined;
  // "Den kommer den 18 april, som vanligt", "The June payment comes on the eighteenth as usual": a payment as usual is no
  // task of this call, unless a deadline rides on it (round 28).
  if (s.speaker === 'agent' && AS_USUAL[language].test(s.text) && !DEADLINE_WORD[language].test(s.text)) return undefined;
  // "Det kommer inom en vecka", "Blanketten kommer inom några dagar", "The statement will arrive within a week":
  // how long the post takes is no task of its own (it may date the task before it).
  if (s.speaker === 'agent' && ARRIVES_WITHIN[language].test(s.text) && !cues.firstPerson.test(s.text)) return undefined;
  // "Jag kan skicka en blankett." "Nej, jag skriver ut den själv.": an offer the caller declines is no task (round 23).
  if (s.speaker === 'agent' && !s.isQuestion && AGENT_OFFERS[language].test(s.text) && offerDeclined(s, all, language)) return undefined;
  if (s.speaker === 'caller') {
    // The caller asks to be called back ("Kan du ringa mig på torsdag förmiddag?"), unless the agent declines.
    // ("Last time a man said someone would call me back, and nobody did": a call-back promised before is a complaint.)
    if (writing.callBackRequest.test(s.text) && !PROMISED_BEFORE[language].test(s.text)) {
      const reply = nextSaidBy('agent', s, all);
      return reply && writing.declines.test(reply.text) ? undefined : 'callBack';
    }
    if (s.isQuestion) return undefined;
    // What the caller does not understand or know is a question, not a promise.
    if (cues.problem.test(s.text)) return undefined;
    // Only what the caller will do towards the agency is a task: "jag har sjukgymnastik i
    // eftermiddag" and "han kommer på söndag" are not.
    if (!writing.callerAction.test(s.text) || cues.past.test(s.text.replace(writing.callerAction, ''))) return undefined;
    // "Jag ska anmäla er till JO": a complaint about the agency is no task towards it.
    if (writing.complaint.test(s.text)) return undefined;
    // "I'll ring the bank on Monday", "Då ringer jag KPA i morgon": the caller's own call to someone else is the caller's
    // plan, no task towards this agency (round 35).
    // ("Ring vårdcentralen så snart du kan." "Jag ringer dem nu.": the call the agent told the caller to make is a task, round 54.)
    if (callsElsewhere(s.text, language)) return toldToContact(s, all, language) ? 'other' : undefined;
    // "Jag hör av mig om jag stannar längre", "I'll let you know if it changes": getting in touch only if something happens
    // is no task (round 47).
    if (CALLER_GETS_IN_TOUCH[language].test(s.text) && CONDITION_AFTER[language].test(s.text)) return undefined;
    // "If it's not there tomorrow, I'll call again, maybe.": a plan the caller hedges is no task (round 64).
    if (HEDGED_PLAN[language].test(s.text)) return undefined;
  } else if (s.isQuestion) {
    // "Kan jag ringa dig på måndag när jag har undersökt det?": an offer the caller takes, unless declined.
    const reply = nextSaidBy('caller', s, all);
    // "Vill du att vi tar bort det extra avdraget?" "Ja, gärna.": a task offered and taken is the agency's task.
    if (writing.offerTask.test(s.text)) return reply && writing.accepts.test(reply.text) ? (/skick|post|send|beställ|order/iu.test(s.text) ? 'sendDocument' : 'other') : undefined;
    if (!writing.offerAsked.test(s.text)) return undefined;
    return reply && /^(?:nej|no)\b/iu.test(reply.text) ? undefined : 'callBack';
  }
  // "Om du ansöker den här veckan får du beslut inom fyra veckor", "Så fort intyget är här betalas
  // sjukpenningen ut", "If that doesn't work, you can call us": what follows an event, not a task.
  if (s.speaker === 'agent' && writing.conditionFirst.test(s.text)) return undefined;
  // "Så fort intyget är här betalas den ut", "Once it arrives, it is paid": what follows an event,
  // unless the agent promises it ("När blanketten har kommit in ringer jag dig").
  // But what the agency does once it has come in ("När kompletteringen har kommit in fattar vi beslut", "Once the new
  // account is registered, we pay it out again") is the agency's task: a decision or a payment awaited.
  const actsAfter = s.speaker === 'agent' && writing.timeClauseFirst.test(s.text) && !writing.recurring.test(s.text) && writing.agencyActsAfter.test(s.text);
  const awaited: FollowUpKind = /beslut|pröva|decision|decide|reconsider/iu.test(s.text) ? 'decision' : 'other';
  if (s.speaker === 'agent' && writing.timeClauseFirst.test(s.text) && !cues.firstPerson.test(s.text)) return actsAfter ? awaited : undefined;
  // "Du behöver skicka ett livsintyg en gång om året", "räknas om varje år": a standing rule.
  if (writing.recurring.test(s.text)) return undefined;
  // "Once a year we'll send you a life certificate, and you need to return it": the caller's part of a standing rule.
  const before = all[s.position - 1];
  if (before && before.segmentIndex === s.segmentIndex && writing.recurring.test(before.text) && /(?<![\p{L}])(?:it|them|den|det|dem)(?![\p{L}])/iu.test(s.text)) return undefined;
  // The agent tells of a right or a possibility ("du kan begära omprövning inom två månader"): information, not a deadline.
  // (Not what the agent offers to send and the caller takes, "Då kan jag skicka ett utdrag, som du kan ge till kommunen." "Ja,
  // gör det.", round 36.)
  // ("Please send it as soon as you can, preferably by Friday the twenty-second": when, with the day it is due, not a
  // possibility, round 89. Without a day the sentence stays what the agent told, as before.)
  const possible = findDates(s.text, language, callDate).some((d) => d.date >= callDate) ? s.text.replace(AS_SOON_AS_ABLE, ' ') : s.text;
  if (s.speaker === 'agent' && writing.possibility.test(possible) && !writing.obligation.test(s.text) && !(AGENT_OWN_SENDING[language].test(s.text) && callerTakes(s, all, language))) return undefined;
  // "Det finns en blankett, den vill jag ha senast i december", "we need it back by the end of December": a document
  // the agency wants back by a day ahead is the caller's to send, by that day (round 8); so is "The one you got now
  // must be back with us by 15 December", "Intyget måste vara inne senast …" (round 12).
  const dateAhead = () => findDates(s.text, language, callDate).some((d) => d.date >= callDate);
  if (s.speaker === 'agent' && (WANTED_BACK_BY[language].test(s.text) || WANTED_BY_FIRST[language].test(s.text)) && dateAhead()) return 'awaitDocument';
  // "När kommer beslutet?" – "Du ska ha det senast i slutet av januari", "You should have it by the end of January":
  // the decision the caller will receive by a day ahead is the agency's task (round 12).
  const asked = all[s.position - 1];
  const aboutDecision = DECISION[language].test(s.text) || (asked !== undefined && asked.speaker !== 'agent' && DECISION[language].test(asked.text));
  if (s.speaker === 'agent' && RECEIVED[language].test(s.text) && aboutDecision && dateAhead()) return 'decision';
  // The caller is the one to act: told so by the agent, or promising it themself.
  const callerActs =
    s.speaker === 'agent' ? cues.callerTask.test(s.text) || isInstruction(s.text, language) : cues.firstPerson.test(s.text) && !cues.past.test(s.text);
  for (const [kind, pattern] of cues.followUp) {
    const match = pattern.exec(s.text);
    if (!match || cues.negation.test(s.text.slice(0, match.index))) continue;
    if (kind === 'awaitDocument' && !callerActs) continue;
    // "Jag hör av mig då", "I'll get back to you": the caller's own contact is the caller's task, not the agent calling back
    // (round 47; the caller asking to be called back is handled above).
    if (kind === 'callBack' && s.speaker === 'caller') return 'other';
    // What the caller sends ("då skickar vi in hyresavin"), the agency awaits.
    return kind === 'sendDocument' && s.speaker === 'caller' ? 'awaitDocument' : kind;
  }
  // "Gärna en kopia av slutskattebeskedet om du har det kvar": a document the agent asks for is the caller's to send.
  if (s.speaker === 'agent' && writing.documentWanted.test(s.text) && writing.document.test(s.text)) return 'awaitDocument';
  // "Då behöver vi en kopia på hyresavin", "We need statements for his account abroad": the caller's to send.
  if (s.speaker === 'agent' && writing.agencyNeeds.test(s.text) && writing.document.test(s.text)) return 'awaitDocument';
  // The agent tells the caller what to do after the call ("Prova att uppdatera appen och starta om
  // telefonen", "Try updating the app"): the caller's task, with or without a date.
  // So is "Du bifogar hyresavtalet" / "You attach the lease": the agent's present tense tells the caller.
  if (s.speaker === 'agent' && !writing.inCall.test(s.text)) {
    if (isInstruction(s.text, language)) return 'other';
    if (writing.toldInPresent.test(s.text)) return writing.document.test(s.text) ? 'awaitDocument' : 'other';
  }
  // A date ahead with a future verb ("Pengarna betalas ut på torsdag"), an instruction ("Gör
  // det inom två veckor") or the caller's own promise ("Det gör jag i dag") is something to watch for.
  // "Din pappa avled den tjugosjätte september": a date said of the past is not ahead, whatever its year.
  const ofThePast = (dateText: string) => {
    const at = s.text.indexOf(dateText);
    const before = s.text.slice(Math.max(0, at - 30), at).split(/[,;]/u).at(-1) ?? '';
    return at >= 0 && cues.past.test(before) && !cues.future.test(before);
  };
  // Not a day said roughly ("runt den tjugonde", "around the 20th"): no day to put in a calendar.
  const roughly = (dateText: string) => ROUGHLY.test(s.text.slice(Math.max(0, s.text.indexOf(dateText) - 12), s.text.indexOf(dateText)));
  const ahead = findDates(s.text, language, callDate).some((d) => d.date >= callDate && !ofThePast(d.text) && !roughly(d.text)) || callersTonight(s, language, callDate) !== undefined;
  if (!ahead) return actsAfter ? awaited : undefined;
  // "The first payment is on the seventeenth of December", "från utbetalningen den 19 januari dras bara …": the
  // agency's payment on a day named is a task to watch; "The next payment date is 27 February" is the calendar.
  // ("Yes, today is the payment day", "I dag är det utbetalningsdag": the calendar of the call's day, no task, round 39.)
  if (s.speaker === 'agent' && TODAY_IS[language].test(s.text)) return undefined;
  if (s.speaker === 'agent' && AGENCY_PAYMENT.test(s.text) && !/(?<![\p{L}])(?:next|nästa)\s+(?:payment|utbetalning)/iu.test(s.text)) return 'other';
  const promised = s.speaker === 'caller';
  return (s.speaker === 'agent' && (cues.future.test(s.text) || isInstruction(s.text, language))) || promised ? 'other' : undefined;
}

/** The age words that say a child is grown ("mitt vuxna barn", "my adult child"): a person called for (round 90). */
const ADULT_WORD: Record<Language, string> = { sv: 'vuxna', en: 'adult|grown-up' };
/** An age word between "min/my" and the relation: "mitt vuxna barn", "my adult son" (round 90). */
const AGE_WORD: Record<Language, string> = {
  sv: String.raw`(?:(?:${ADULT_WORD.sv}|äldre|gamla|sjuka|unga|lilla|yngsta|äldsta)\s+)?`,
  en: String.raw`(?:(?:${ADULT_WORD.en}|elderly|old|young|disabled|eldest|youngest)\s+)?`,
};
// (A kin or role word before "till [NAMN]"/"of [NAMN]", "jag är barnbarn till [NAMN]", "I'm the neighbour of [NAMN]", names the
// person called for too, round 62. "för mitt vuxna barn", "for my adult son": the relation after an age word, round 90, where
// "vuxna" was read as the relation, no person, and the caller was written as the customer.)
/** The caller's words that name whom they call for: a relation after "min/my", a role before "[NAMN]" (`callingFor`). */
const CALLS_FOR: Record<Language, RegExp> = {
  sv: new RegExp(String.raw`(?<![\p{L}])(?:(?:ringer|ringde) (?:för|åt|med|om) (?:min|mitt) ${AGE_WORD.sv}(?<relation>\p{L}+)|(?:har|med) (?:en )?fullmakt för (?:min|mitt) ${AGE_WORD.sv}(?<relation2>\p{L}+)|(?:jag är |, )(?:god man|förvaltare|granne|barnbarn|barn|son|dotter|syster|bror) (?:för|till) \[NAMN\])(?![\p{L}])`, 'iu'),
  en: new RegExp(String.raw`(?<![\p{L}])(?:calling (?:for|with|on behalf of|about) my ${AGE_WORD.en}(?<relation>\p{L}+)|(?:have|with) (?:a |the )?power of attorney for my ${AGE_WORD.en}(?<relation2>\p{L}+)|i'm (?:the |a )?(?:god man|trustee|guardian|förvaltare) for \[NAMN\]|i'm \[NAMN\]'s (?:neighbou?r|grandchild|grandson|granddaughter)|i'm (?:the |a )?(?:neighbou?r|grandchild|grandson|granddaughter|son|daughter) of \[NAMN\])(?![\p{L}])`, 'iu'),
};
/**
 * Someone calls for the person the errand concerns: a relative ("jag ringer för min pappa", "I have a power of attorney for
 * my daughter"), a god man or förvaltare, a neighbour with a power of attorney. Told in the caller's first turn, up to the
 * identity number read; an interpreter speaks as the customer and is none. Returns the relation ("pappa") or "" for a role.
 */
function callingFor(transcript: Transcript, language: Language): CallerFor | undefined {
  const first = transcript.segments.find((seg) => seg.speaker !== 'agent');
  if (!first || INTERPRETER_TURN[language].test(first.text)) return undefined;
  const number = first.text.indexOf('[PERSONNUMMER]');
  const upTo = number < 0 ? first.text : first.text.slice(0, number + '[PERSONNUMMER]'.length);
  const m = CALLS_FOR[language].exec(upTo);
  // A caller in a role of their own, "jag är socialsekreterare … jag ringer om en klient", "jag är boendestödjare. Jag sitter
  // hos [NAMN]", "I'm the appointed guardian": the errand is the client's; a spouse who speaks for the one it is "really
  // about" ("My wife is here too; it's really about her") calls for them (round 75).
  const role = ROLE_CALLER[language].exec(upTo);
  const about = ABOUT_THEM[language].exec(first.text);
  // "Min sambo ligger på sjukhus …" "Är din sambo med i samtalet?", "Is your dad with you?": the agent's first question
  // names whom the call is for where the caller's opening did not say "jag ringer för" (round 82).
  const asked = m || role || about ? null : transcript.segments.filter((seg) => seg.speaker === 'agent' && seg.index <= first.index + 3).map((seg) => ON_THE_LINE_ASKED[language].exec(seg.text)).find((x) => x !== null) ?? null;
  if (!m && !role && !about && !asked) return undefined;
  if (!m && !about && !asked) return { relation: '', role: role?.groups?.role?.toLowerCase() };
  // ("min sons assistansersättning": the relation without its genitive s.)
  const said = (m?.groups?.relation ?? m?.groups?.relation2 ?? about?.groups?.relation ?? asked?.groups?.relation ?? '').toLowerCase();
  const people = [...RELATIVES[language].he, ...RELATIVES[language].she, ...(language === 'sv' ? ['farmor', 'farfar', 'mormor', 'morfar', 'moster', 'faster', 'morbror', 'farbror', 'partner'] : ['mother', 'mum', 'mom', 'daughter', 'wife', 'grandmother', 'grandma', 'grandad', 'aunt', 'uncle', 'spouse'])];
  const relation = language === 'sv' && !people.includes(said) && people.includes(said.replace(/s$/u, '')) ? said.replace(/s$/u, '') : said;
  const roleWord = m ? ROLE_WORD[language].exec(m[0])?.[0]?.toLowerCase() : undefined;
  // ("Jag ringer om min pension": only a person is called for. A relation with no gender, "min förälder", "my parent", is a
  // person too, and "mitt vuxna barn", "my adult child" — not a child of the caller's own benefit, "jag ringer om mitt barn"
  // about the caller's omvårdnadsbidrag; round 90, where the parent was written as the customer.)
  const adult = new RegExp(`(?<![\\p{L}])(?:${ADULT_WORD[language]})\\s`, 'iu').test(m?.[0] ?? '');
  const neutral = language === 'sv' ? ['förälder', ...(adult ? ['barn'] : [])] : ['parent', ...(adult ? ['child'] : [])];
  if (relation && !people.includes(relation) && !neutral.includes(relation)) return undefined;
  // A relative who died ("jag ringer om min pappa, han dog i mars") is no customer on whose behalf the caller speaks:
  // the caller is still "den som ringer", and the dead relative stays the caller's.
  const died = new RegExp(`(?<![\\p{L}])${relation}\\p{L}{0,3},?\\s+(?:[\\p{L}']+\\s+){0,2}?(?:${DIED_WORDS[language]})(?![\\p{L}])`, 'iu');
  if (relation && transcript.segments.some((seg) => died.test(seg.text) || (seg.speaker !== 'agent' && ESTATE.test(seg.text)))) return { relation: '' };
  return { relation, ...(roleWord ? { role: roleWord } : {}) };
}
/** Who calls for whom: the customer's relation to the caller ("pappa"), or "" for a role; the caller's role word if said. */
type CallerFor = { relation: string; role?: string };
/** A caller in a role of their own who speaks for a client (round 75). */
// ("jag är god man för en person", "jag är socialsekreterare i kommunen. Jag har en klient som …", "jag är granne och ringer
// med en äldre dam", "jag arbetar på en gruppbostad och ringer tillsammans med en av de boende": the same, round 82.)
const ROLE_CALLER: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:(?:jag är|och är) (?:en )?(?<role>socialsekreterare|boendestödjare|kontaktperson|biståndshandläggare|god man|förvaltare|granne)|jag arbetar (?:på|i) (?:en|ett) (?:gruppbostad|boende|äldreboende|hemtjänst))(?![\p{L}])[^.?!]*[.?!]?\s*(?:jag ringer (?:om|för|angående) (?:en|min) (?:klient|huvudman|brukare)|jag har en (?:klient|huvudman|brukare)|för en person|ringer (?:med|tillsammans med) (?:en|min)|för \[NAMN\])/iu,
  en: /(?<![\p{L}])i'm (?:a |an |the )?(?:appointed )?(?<role>social worker|support worker|guardian|trustee|care worker)(?![\p{L}])[^.?!]*[.?!]?\s*(?:i'm calling (?:about|for) (?:a|my) client|i have a client|for \[NAMN\]|i'm (?:with|at) \[NAMN\])|(?<![\p{L}])i'm (?:a |an |the )?(?:appointed )?(?<role2>social worker|support worker|guardian|trustee|care worker)(?![\p{L}])[^.?!]*(?:, god man,)? for \[NAMN\]/iu,
};
/** The agent asks whether the one the call is for is on the line: "Är din sambo med i samtalet?", "Is your dad with you?" (round 82). */
const ON_THE_LINE_ASKED: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])är din (?<relation>\p{L}+) med (?:i samtalet|dig|på linjen|i luren|här)(?![\p{L}])/iu,
  en: /(?<![\p{L}])is your (?<relation>\p{L}+) (?:with you|on the line|there with you|able to join)(?![\p{L}])/iu,
};
/** "My wife is here too; it's really about her": the one on the speaker is the one the errand concerns. */
const ABOUT_THEM: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])min (?<relation>\p{L}+) är (?:också )?(?:med|här)[^.?!]*?(?:det gäller egentligen|det handlar egentligen om) (?:henne|honom)(?![\p{L}])/iu,
  en: /(?<![\p{L}])my (?<relation>\p{L}+) is (?:here|with me|on the (?:line|speaker))(?: too)?[;,.]\s*it'?s (?:really )?about (?:her|him)(?![\p{L}])/iu,
};
/** The caller's role word in a "jag är god man för [NAMN]" or "I'm the neighbour of [NAMN]". */
const ROLE_WORD: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:god man|förvaltare|granne|barnbarn)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:trustee|guardian|neighbou?r|grandchild|grandson|granddaughter)(?![\p{L}])/iu,
};
/** The caller's relation to the customer, without a gender: "min pappa" makes the caller "kundens barn" (round 75). */
const INVERSE: Record<Language, [RegExp, string][]> = {
  sv: [
    [/^(?:pappa|mamma|far|mor|förälder)$/u, 'barn'],
    [/^(?:farfar|farmor|morfar|mormor)$/u, 'barnbarn'],
    [/^sambo$/u, 'sambo'],
    [/^(?:man|make|fru|maka|partner|pojkvän|flickvän)$/u, 'partner'],
    [/^(?:son|dotter|barn)$/u, 'förälder'],
    [/^(?:bror|syster)$/u, 'syskon'],
    [/^(?:moster|faster|morbror|farbror)$/u, 'syskonbarn'],
    [/^god man$/u, 'gode man'],
    [/^(?:förvaltare|granne|barnbarn|socialsekreterare|boendestödjare|kontaktperson|biståndshandläggare)$/u, '$&'],
  ],
  en: [
    [/^(?:father|mother|dad|mum|mom|parent)$/u, 'child'],
    [/^(?:grandfather|grandmother|grandma|grandad|grandpa)$/u, 'grandchild'],
    [/^(?:husband|wife|partner|spouse)$/u, 'spouse'],
    [/^(?:son|daughter|child)$/u, 'parent'],
    [/^(?:brother|sister)$/u, 'sibling'],
    [/^(?:aunt|uncle)$/u, 'niece or nephew'],
    [/^(?:grandson|granddaughter)$/u, 'grandchild'],
    [/^(?:trustee|guardian|neighbou?r|grandchild|social worker|support worker|care worker)$/u, '$&'],
  ],
};
function callerIs(callerFor: CallerFor, language: Language): string | undefined {
  const word = callerFor.relation || callerFor.role || '';
  for (const [pattern, inverse] of INVERSE[language]) if (pattern.test(word)) return word.replace(pattern, inverse);
  return undefined;
}
/** The definite form of a relation the caller uses of the customer: "sambon säger ja" is the customer's word. */
const DEFINITE_SV: Record<string, string> = { sambo: 'sambon', man: 'maken', make: 'maken', fru: 'frun', maka: 'makan', bror: 'brodern', syster: 'systern', partner: 'partnern' };
/** The caller speaks of a dead person's estate: "dödsboet", "the estate". */
const ESTATE = /(?<![\p{L}])(?:dödsbo|estate)/iu;
/** An interpreter speaks for the customer in the first person: "Tolken här, jag tolkar för …", "I'm interpreting for …". */
const INTERPRETER_TURN: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:tolk(?:en)? här|jag tolkar|ringer via tolk)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:interpreter here|i'm interpreting|i am interpreting|through an? (?:\p{L}+ )?interpreter)(?![\p{L}])/iu,
};
/** "Den som ringer ringer …", "Den som ringer, som är socialsekreterare, ringer …": the errand line opened by the caller calling. */
const CALLER_CALLS_SV = /^Den som ringer(?:, som är [^,]+,)? ringer (?=\p{L})/u;
/**
 * The note's "kunden" is the person the errand concerns (round 61): where someone calls for them, the caller's own words
 * are "den som ringer"'s, and "kundens pappa" (the person called for) is "kunden"; in English "the caller's mother" is
 * "the customer".
 */
function asCallerFor(text: string, callerFor: CallerFor | undefined, language: Language, reason: boolean): string {
  if (!callerFor) return text;
  // The errand line says once who calls, by their relation to the customer and without a gender: "Kundens partner ringer
  // för kunden", "The customer's child is calling for the customer" (round 75: "Kunden (den uppringandes man)" named the
  // customer by the caller's gendered word and the caller not at all).
  const inverse = reason ? callerIs(callerFor, language) : undefined;
  if (inverse) {
    const body = asCallerFor(text, callerFor, language, false);
    const who = language === 'sv' ? `Kundens ${inverse} ringer` : `The customer's ${inverse} is calling`;
    // "Den som ringer ringer för sin pappa: …", "The caller is calling about their father: …": the line's own opening says it.
    const forWhom = language === 'sv'
      ? /^(?:(?:Den som ringer|Kunden) ringer (?:för|om|med|åt) (?:sin|hens|den uppringandes|kunden) ?(?:\p{L}+)?(?:,\s*kunden)?|Samtalet gäller den uppringandes \p{L}+ \(kunden\))(?=[:.,])/u
      : /^The (?:caller|customer) is calling (?:for|about|with|on behalf of) (?:their|the customer) ?(?:\p{L}+)?(?:,\s*the customer)?(?=[:.,])/u;
    // ("… ringer om sin sons assistansersättning": the one called for is the customer, round 82.)
    const opened = forWhom.exec(body);
    if (!opened && language === 'sv' && callerFor.relation) {
      const own = body.replace(new RegExp(`(?<![\\p{L}])sin ${callerFor.relation}s(?![\\p{L}])`, 'u'), 'kundens');
      if (own !== body && CALLER_CALLS_SV.test(own)) return own.replace(CALLER_CALLS_SV, `${who} `);
    }
    if (opened) {
      const rest = body.slice(opened[0].length);
      return `${who}${language === 'sv' ? '' : ' for the customer'}${rest.startsWith(',') ? `:${rest.slice(1)}` : rest}`;
    }
    // "Den som ringer ringer om efterlevandepension: …", "The caller, a social worker, is calling about …": the same subject.
    const subject = language === 'sv' ? CALLER_CALLS_SV : /^The caller(?:, an? [^,]+,)? is calling (?=\p{L})/u;
    if (subject.test(body)) return body.replace(subject, `${who} `);
    // (Not "Kundens partner ringer för kunden": the register would make the second "kunden" a pronoun.)
    return `${who}${language === 'sv' ? '' : ' for the customer'}. ${body}`;
  }
  // A caller in a role ("huvudmannen", "klienten", "the client") speaks for the customer (round 75).
  if (!callerFor.relation)
    text = language === 'sv'
      ? text.replace(/(?<![\p{L}])(?:(?:[Hh]ens|[Dd]en uppringandes|[Kk]undens|[Mm]in|[Ss]in) huvudman|(?:[Ee]n|[Mm]in|[Ss]in|[Hh]ens) klient)(?![\p{L}])/gu, (w: string) => `\uE000${/^\p{Lu}/u.test(w) ? 'K' : 'k'}unden`).replace(/(?<![\p{L}])(H|h)uvudmannen(s?)(?![\p{L}])|(?<![\p{L}])(K|k)lienten(s?)(?![\p{L}])/gu, (_, h?: string, hs?: string, k?: string, ks?: string) => `\uE000${h === 'H' || k === 'K' ? 'K' : 'k'}unden${hs ?? ks ?? ''}`)
      : text.replace(/(?<![\p{L}])(T|t)he client(?![\p{L}])/gu, '$1he customer').replace(/(?<![\p{L}])a client['’]s(?![\p{L}])/gu, "the customer's");
  else if (language === 'sv' && DEFINITE_SV[callerFor.relation]) {
    const definite = DEFINITE_SV[callerFor.relation] ?? '';
    text = text.replace(new RegExp(`(?<![\\p{L}])([${definite.slice(0, 1)}${definite.slice(0, 1).toUpperCase()}])${definite.slice(1)}(s?)(?![\\p{L}])`, 'gu'), (_, f: string, s: string) => `\uE000${f === f.toUpperCase() ? 'K' : 'k'}unden${s}`);
  }
  // A relative on the line speaks after their mark ("… [mamman:] Ja, jag är här"): their words are not the caller's.
  const onLine = /\s\[\p{L}+:\]/u.exec(text);
  if (onLine) return `${asCallerFor(text.slice(0, onLine.index), callerFor, language, reason)}${text.slice(onLine.index).replaceAll('\uE000', '')}`;
  if (language === 'en') {
    // English notes already write "the caller"; the person called for is "the customer".
    if (!callerFor.relation) return text;
    let namedEn = !reason;
    return text.replace(new RegExp(`(?<![\\p{L}])(?:(T|t)he caller['’]s|(T|t)heir) ${AGE_WORD.en}${callerFor.relation}(['’](?:s|ll|d))?(?![\\p{L}])(?=(\\s+\\S+)?)`, 'gu'), (_, t1: string | undefined, t2: string | undefined, s: string | undefined, next: string | undefined) => {
      const t = t1 ?? t2 ?? 't';
      // "their dad's lived there", "her mum's 84": a contraction after the relation is written out, a possessive kept.
      const after = (next ?? '').trim().replace(/[^\p{L}\p{N}]+$/u, '');
      // ("their husband'd like": "would", round 62.)
      const verb = !s ? '' : /ll$/u.test(s) ? ' will' : /d$/u.test(s) ? ' would' : HAS_AFTER.test(after) ? ' has' : IS_AFTER.test(after) ? ' is' : "'s";
      const who = `${t}he customer${verb}`;
      if (namedEn || s) return who;
      namedEn = true;
      return `${who} (the caller's ${callerFor.relation})`;
    });
  }
  const mark = '\uE000';
  // The errand line says once who the customer is to the caller: "kunden (den uppringandes pappa)".
  let named = !reason;
  // "Kunden ringer för sin pappa: …" would read "Den som ringer ringer för …": the line says whom the call is about.
  text = text.replace(/^Kunden ringer (?:för|om|åt) sin (\p{L}+)(:\s+|\.$)/u, (_, whom: string, end: string) => {
    if (whom !== callerFor.relation) return `Samtalet gäller den uppringandes ${whom}${end}`;
    named = true;
    return `Samtalet gäller den uppringandes ${whom} (${mark}kunden)${end}`;
  });
  // "Han säger: jag vill inte byta alls": the first person quoted after the relative's "säger:" is the relative's (round 75).
  if (callerFor.relation)
    text = text.replace(new RegExp(`(?<![\\p{L}])([Kk]undens ${callerFor.relation} säger: )(.*)$`, 'u'), (_, head: string, quoted: string) =>
      `${head}${quoted.replace(/(?<![\p{L}\uE000])([Kk])unden(s?)(?![\p{L}])/gu, `${mark}$1unden$2`)}`);
  let out = callerFor.relation
    ? text.replace(new RegExp(`(?<![\\p{L}])(K|k)undens ${AGE_WORD.sv}${callerFor.relation}(s?)(?![\\p{L}])`, 'gu'), (_, k: string, s: string) => {
        const who = `${mark}${k}unden${s}`;
        if (named || s) return who;
        named = true;
        return `${who} (den uppringandes ${callerFor.relation})`;
      })
    : text;
  out = out
    .replace(/(?<![\p{L}\uE000])Kundens(?![\p{L}])/gu, 'Den uppringandes')
    .replace(/(?<![\p{L}\uE000])kundens(?![\p{L}])/gu, 'den uppringandes')
    .replace(/(?<![\p{L}\uE000])Kunden(?![\p{L}])/gu, 'Den som ringer')
    .replace(/(?<![\p{L}\uE000])kunden(?![\p{L}])/gu, 'den som ringer');
  return out.replaceAll(mark, '');
}
/** After "'s", a participle says "has" ("she's lived", "he's been"); an adjective, a number, a place or an -ing says "is". */
const HAS_AFTER = /^(?:been|got|gotten|had|lived|moved|passed|gone|done|sent|applied|started|never|always|just|already|worked|told)$/iu;
// (Not any "-ing": "their father's housing supplement" is a possessive.)
const IS_AFTER = /^(?:\p{Lu}\p{L}*|going|getting|living|staying|moving|coming|waiting|having|being|doing|feeling|trying|planning|asking|working|turning|\d.*|a|an|the|in|on|at|not|very|still|also|worried|sick|ill|old|over|under|here|there|away|back|upset|dead|alive|fine|unwell|Swedish)$/u;
