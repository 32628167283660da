import { describe, expect, it } from 'vitest';
import { scoreUtterance } from './utterance.js';

const sv = (text: string) => scoreUtterance(text, 'sv');
const en = (text: string) => scoreUtterance(text, 'en');

describe('scoreUtterance', () => {
  it('labels plain Swedish sentiment words', () => {
    expect(sv('Jag är faktiskt väldigt upprörd.').label).toBe('negative');
    expect(sv('Tack så mycket, nu känns det mycket bättre.').label).toBe('positive');
    expect(sv('Jag flyttade i februari.')).toMatchObject({
      label: 'neutral',
      score: 0,
    });
  });

  it('flips a word after a Swedish negator (inte, ej, aldrig, ingen)', () => {
    expect(sv('Jag är nöjd.').label).toBe('positive');
    expect(sv('Jag är inte nöjd.').label).toBe('negative');
    expect(sv('Det var ej bra.').label).toBe('negative');
    expect(sv('Det är inga problem.').label).toBe('positive');
    expect(sv('Jag har aldrig varit så glad.').score).toBeLessThan(0);
  });

  it('keeps negation inside its clause', () => {
    expect(sv('Nej, inte jag. Det var bra.').label).toBe('positive');
  });

  it('strengthens after intensifiers and weakens after dampeners', () => {
    const plain = sv('Jag är upprörd.').score;
    expect(sv('Jag är väldigt upprörd.').score).toBeLessThan(plain);
    expect(sv('Jag är lite upprörd.').score).toBeGreaterThan(plain);
    expect(sv('Det var jättebra.').score).toBeGreaterThan(sv('Det var bra.').score);
  });

  it('does not strengthen a negated word: "inte så bra" is mildly negative', () => {
    const score = sv('Det är inte så bra.').score;
    expect(score).toBeLessThan(0);
    expect(score).toBeGreaterThan(sv('Det är väldigt dåligt.').score);
  });

  it('weighs what follows "men" over what precedes it', () => {
    expect(sv('Det var jobbigt men nu känns det bra.').label).toBe('positive');
    expect(sv('Det kändes bra först men nu är jag besviken.').label).toBe('negative');
  });

  it('finds inflected forms through their base form', () => {
    expect(sv('Vi är besvikna.').words).toEqual(['besviken']);
    expect(sv('Ni har varit hjälpsamma.').label).toBe('positive');
  });

  it('keeps words that are neutral in calls neutral (Samtal corrections)', () => {
    expect(sv('Det stämmer, jag fyller sextiofem som sagt.').label).toBe('neutral');
    expect(sv('Ja, det är [PERSONNUMMER].').score).toBe(0); // an answer, not approval
    expect(en('Yes, it is.').score).toBe(0);
  });

  it('scores English with its own negators and degree words', () => {
    expect(en('I am happy with that.').label).toBe('positive');
    expect(en("I'm not happy with this at all.").label).toBe('negative');
    expect(en('Your website does not work.').label).toBe('negative'); // an AFINN phrase
    expect(en("Your website doesn't work.").label).toBe('negative'); // a Samtal addition
    expect(en('That is really great.').score).toBeGreaterThan(en('That is great.').score);
  });

  it('keeps scores within -1..1', () => {
    const strong = sv('Fruktansvärt, katastrof, skandal, vidrigt, hemskt, uselt, förfärligt!');
    expect(strong.score).toBeGreaterThanOrEqual(-1);
    expect(strong.score).toBeLessThan(-0.9);
  });

  // Issue 14, error kind 7: an angry repayment call scored positive, a satisfied caller's hedge negative.
  it('does not read a negated negative as praise ("jag har inte gjort något fel")', () => {
    expect(sv('Men jag har inte gjort något fel.').label).toBe('negative');
    expect(en("I've done nothing wrong.").label).toBe('negative');
  });

  it('keeps facts and wants neutral ("det var ett arv", "jag vill")', () => {
    expect(sv('Men det var ju ett arv.').label).not.toBe('positive');
    expect(sv('Jag vill ansöka om bostadstillägg.').label).toBe('neutral');
  });

  it('reads complaint and demand phrasing as negative', () => {
    expect(sv('Jag vill att nån tittar på det här på riktigt.').label).toBe('negative');
    expect(sv('Den är så liten.').label).toBe('negative');
    expect(en('I want someone to actually look at this.').label).toBe('negative');
  });

  it('does not count a hedge ("if that doesn\'t work") as a feeling', () => {
    expect(en("Okay, I'll try it tonight, and if that doesn't work I'll call you back.").label).toBe('neutral');
    expect(sv('Okej, om det inte fungerar så ringer jag igen.').label).toBe('neutral');
    // "om" is "about" before a noun: no hedge, the complaint counts.
    expect(sv('Jag är arg om pensionen.').label).toBe('negative');
  });
});

describe('issue 14, second round: denials, demands and "nobody explains" are complaints', () => {
  it.each([
    ['sv', 'Men jag har ju inte hittat på någonting.'],
    ['sv', 'Jag har inte missat någonting, jag bytte bank i december.'],
    ['sv', 'Jag vill att en riktig människa går igenom mitt ärende.'],
    ['sv', 'Jag fattar ingenting.'],
    ['sv', 'Jag tycker fortfarande att det är ett övergrepp.'],
    ['en', "I didn't hide anything."],
    ['en', 'Nobody ever explains anything.'],
    ['en', 'This is completely unreasonable.'],
  ] as const)('%s: "%s" is negative', (language, text) => {
    expect(scoreUtterance(text, language).label).toBe('negative');
  });

  it('a problem reported is not a denial: "jag har inte fått något besked" is not counted twice', () => {
    expect(scoreUtterance('Jag har inte fått något besked.', 'sv').words).not.toContain('jag har inte fått något');
  });
});

// Issue 14, round 5: on blind calls angry callers rarely use sentiment words; anger shows in how they talk.
describe('issue 14, round 5: anger recognised by how angry callers talk', () => {
  it.each([
    // Accusing the agency and being passed around.
    ['sv', 'Ni har aldrig ringt tillbaka en enda gång.'],
    ['sv', 'Ni bryr er inte om oss pensionärer.'],
    ['sv', 'Jag har blivit bollad fram och tillbaka mellan er och Skatteverket.'],
    ['en', "You people just don't care."],
    ['en', 'You keep losing my papers.'],
    ["en", "I've been bounced around between three departments."],
    // Demands and escalation: a manager, in writing, JO, the press, a lawyer.
    ['sv', 'Jag vill prata med er enhetschef.'],
    ['sv', 'Jag tänker vända mig till Uppdrag granskning.'],
    ['sv', 'Jag vill ha beslutet svart på vitt.'],
    ['sv', 'Då får jag väl skriva till JO.'],
    ['en', 'Let me talk to the person in charge.'],
    ['en', "I'm going to call my lawyer."],
    ['en', 'Put that in writing, please.'],
    // Disbelief and exasperation.
    ['sv', 'Skojar du med mig?'],
    ['sv', 'Herregud, det här är ju inte sant.'],
    ['en', "You've got to be kidding."],
    ['en', 'Oh, for crying out loud.'],
    // The same thing again and again; how often must one ask.
    ['sv', 'Jag har ringt er sex gånger den här månaden.'],
    ['sv', 'Hur många gånger ska jag behöva förklara det här?'],
    ['en', "I've phoned five times this month."],
    ['en', 'How many more times do I have to send it?'],
    // Rhetorical why, "can't you just", being told to put up with it.
    ['sv', 'Varför har ni inte hört av er?'],
    ['sv', 'Så jag ska bara sitta här och vänta?'],
    ['en', "Why didn't anyone tell me?"],
    ['en', "So I'm supposed to live on nothing until March?"],
    // Blaming the agency; nobody knows; the fourth person; the queue; the same promise again.
    ['sv', 'Det är ju ert fel, inte mitt.'],
    ['sv', 'Ni gör ju ingenting åt det.'],
    ['sv', 'Och det här kallar ni service?'],
    ['sv', 'Ingen kan svara på en enkel fråga.'],
    ['sv', 'Jag har suttit i kön i en timme.'],
    ['sv', 'Det lovade ni förra gången också. Det sa ni förra gången.'],
    ['en', "It's your fault, not mine."],
    ['en', 'What are you people doing over there?'],
    ['en', "You're the third person I've talked to today."],
    ['en', 'I was on hold for an hour.'],
    ['en', "That's what they said last time."],
    // Subordinate word order, a promise broken, a figure disbelieved.
    ['sv', 'Det är konstigt att ni aldrig svarar på mejl.'],
    ['sv', 'Ingen har ringt, som ni lovat.'],
    ['sv', 'Nej, det kan väl inte stämma.'],
    ['en', "That can't be right."],
    ['en', 'Nobody rang me back like you promised.'],
    // Treated badly, unreachable, always the same, nothing to live on, "som vanligt".
    ['sv', 'Och så blir man bemött så här.'],
    ['sv', 'Ni är omöjliga att få tag på.'],
    ['sv', 'Det är alltid samma visa.'],
    ['sv', 'Vad ska jag då leva på?'],
    ['sv', 'Ingen har ringt. Som vanligt.'],
    ['sv', 'Det här är inte acceptabelt.'],
    ['en', 'I will not be treated like this.'],
    ['en', "It's always the same with you."],
    ['en', 'Nobody called back. As usual.'],
    // No help at all, no excuses, "don't tell me you understand".
    ['sv', 'Ni har inte varit till någon hjälp.'],
    ['sv', 'Säg inte att du förstår, för det gör du inte.'],
    ['en', 'You have been no help at all.'],
    ["en", "Don't tell me you understand."],
    ['en', 'Is anybody actually going to do something?'],
    // Refusing the decision; resignation that is no relief.
    ['sv', 'Det beslutet godtar jag inte.'],
    ['sv', 'Nej, jag ger upp.'],
    ['en', "I won't accept that."],
    ['en', 'Forget it.'],
  ] as const)('%s: "%s" is negative', (language, text) => {
    expect(scoreUtterance(text, language).label).toBe('negative');
  });

  it.each([
    ['sv', 'Tack för ingenting då.'],
    ['sv', 'Toppen. Bara toppen.'],
    ['en', 'Thanks for nothing.'],
    ['en', 'Brilliant. Just brilliant.'],
    ['en', "Well, that's just wonderful."],
    ['sv', 'Tack för hjälpen, eller vad man nu ska säga.'],
  ] as const)('%s: sarcasm "%s" is negative, its praise counts nothing', (language, text) => {
    const result = scoreUtterance(text, language);
    expect(result.label).toBe('negative');
    expect(result.raw).toBe(-3);
  });

  it('reads praise standing alone beside a complaint as sarcasm, and alone as praise', () => {
    const sarcastic = sv('Toppen. Och ingen har ringt tillbaka.');
    expect(sarcastic.label).toBe('negative');
    expect(sarcastic.complaints).toContain('toppen');
    expect(en("Great. So I'm supposed to wait another month.").label).toBe('negative');
    expect(sv('Toppen. Behöver jag skicka in något mer?').label).toBe('positive');
  });

  it('reads Swedish negation after the verb and before an att-clause', () => {
    expect(sv('Jag gillar inte det här.').label).toBe('negative');
    expect(sv('Det gillar jag inte.').label).toBe('negative');
    expect(sv('Jag tycker inte att det är bra.').label).toBe('negative');
    expect(en("I don't think that it's fair.").label).toBe('negative');
  });

  it('leaves requests, plans and facts that look like these neutral', () => {
    for (const text of [
      'Jag ringer igen i morgon.',
      'Jag är advokat och företräder dödsboet.',
      'Jag måste prata med min chef om ledigheten först.',
      'Kan jag få det på papper?',
      'Dom sa att jag skulle ringa er.',
      'Jag vill ha en blankett, jag är inte så bra på datorer.',
      'Han har en god man sedan förra året.',
    ])
      expect(sv(text).label, text).toBe('neutral');
    for (const text of [
      "I'd like to know when it comes, please.",
      "I'll call you back if it doesn't arrive.",
      'I applied for sickness benefit in May.',
      'My son can help me with the form.',
    ])
      expect(en(text).label, text).toBe('neutral');
  });

  it('leaves the everyday sentences these phrases could catch alone', () => {
    for (const text of [
      'Hur kan man ansöka om bostadstillägg?',
      'Kan jag prata med den ansvariga handläggaren?',
      'Jag får pension två gånger om året från Norge.',
      'Det gick helt otroligt snabbt.',
      'Jag vill ha min pension till ett annat konto.',
      'Det borde ha kommit i förrgår, tror jag.',
      'Toppen, verkligen toppen!',
      'Jag undrar hur man kan ansöka.',
      'Jag vill att ni skickar blanketten hem till mig.',
      'Om ni inte ringer så ringer jag er på måndag.',
      'Varför kan man inte se det på Mina sidor?',
      'Det gick äntligen den här gången, tack!',
    ])
      expect(sv(text).label, text).not.toBe('negative');
    for (const text of [
      'How can you help me with the form?',
      "I'll send whatever you need.",
      "I won't forget it, thanks.",
      'The money was sent between the 18th and the 20th.',
      'It should have arrived by now, I think.',
      'I want you to send me the form, please.',
      'It finally worked this time, thank you!',
      'I attached it to the papers you sent.',
    ])
      expect(en(text).label, text).not.toBe('negative');
  });

  it('reads an apology for one\'s own earlier anger as making peace, not as anger', () => {
    expect(sv('Ja men då så. Förlåt att jag var så irriterad förut.').label).toBe('positive');
    expect(en('Sorry I got so cross with you earlier.').label).toBe('positive');
    // A feeling still felt is no apology.
    expect(en("Sorry, I'm just upset about the money.").label).toBe('negative');
  });

  it('reads being sick as a fact and being sick of something as anger', () => {
    expect(en("I've been sick since March.").score).toBe(0);
    expect(en("I'm sick of this.").label).toBe('negative');
    expect(en("I'm sick and tired of calling you.").label).toBe('negative');
  });

  it('keeps greetings and a death told as facts neutral', () => {
    expect(en('Good morning, I am calling about my pension.').score).toBe(0);
    expect(en('My husband died in May.').score).toBe(0);
    expect(sv('Min fru dog i mars och jag undrar om efterlevandepension.').score).toBe(0);
  });

  it('counts relief ("vilken lättnad", "that\'s a relief")', () => {
    expect(sv('Åh, vilken lättnad.').label).toBe('positive');
    expect(en("Oh, that's a relief.").label).toBe('positive');
  });
});

describe('issue 14, round 5: questions, blame and doubt', () => {
  it('counts a feeling word in a question less: it asks about a state', () => {
    expect(sv('Är det fel?').label).toBe('neutral');
    expect(en('Is that a good fund?').label).toBe('neutral');
    expect(sv('Det är fel.').label).toBe('negative');
  });

  it('reads a denial asked as a question as a worry, not a protest', () => {
    expect(en("So I haven't lost anything?").label).toBe('neutral');
    expect(sv('Så jag har inte missat något?').label).toBe('neutral');
    expect(en("I haven't lost anything.").label).toBe('negative');
  });

  it.each([
    ['sv', 'Ni borde ha skickat ett brev.'],
    ['sv', 'Jag hoppas att det blir gjort på riktigt den här gången.'],
    ['en', 'You should have told me in March.'],
    ['en', "Well, I hope somebody really calls this time."],
  ] as const)('%s: blame and doubtful hope "%s" are negative', (language, text) => {
    expect(scoreUtterance(text, language).label).toBe('negative');
  });

  it('counts understanding as relief and "finns" as no feeling', () => {
    expect(en('Right, that makes sense. Thanks.').score).toBeGreaterThan(en('Right. Thanks.').score);
    expect(sv('Okej, då förstår jag.').label).not.toBe('negative');
    expect(sv('Finns det med i beräkningen?').score).toBe(0);
  });
});

describe('issue 14, round 6: anger with few feeling words', () => {
  it.each([
    // A failure that goes on (an e-service that still does not work).
    ['sv', 'Appen fungerar fortfarande inte.'],
    ['sv', 'Det står bara fel på skärmen hela tiden.'],
    ['en', 'The website still does not work.'],
    ['en', 'It keeps crashing when I press send.'],
    // A fresh wrong decision, and acting behind the caller's back.
    ['sv', 'Och det nya beslutet är lika fel som det förra.'],
    ['sv', 'Ni har ändrat min skatt utan att fråga mig.'],
    ['en', 'Now the decision is just as wrong as last time.'],
    ['en', 'You changed my payment without even telling me.'],
    // Taking it further.
    ['sv', 'Jag tänker klaga på det här.'],
    ['en', "You'll be hearing from me about this."],
    // Telling it again, disbelief, contempt, entitlement.
    ['sv', 'Det har jag redan förklarat för din kollega.'],
    ['en', 'I already told your colleague all of this.'],
    ['sv', 'Seriöst?'],
    ['en', 'Seriously?'],
    ['sv', 'Vad är det här för myndighet?'],
    ['en', 'What kind of agency is this?'],
    ['sv', 'Jag har betalat skatt hela mitt liv.'],
    ['en', "I've worked my whole life."],
    ['sv', 'Hur skulle jag kunna veta det?'],
    ['en', 'How was I supposed to know that?'],
    ['sv', 'Handläggaren gav mig fel information.'],
    ['en', 'Your colleague gave me the wrong information.'],
    ['sv', 'Jag vill ha ett svar nu.'],
    ['en', 'I want an explanation.'],
    ['sv', 'Strunt samma.'],
    // Trying for days, the agency's mistake, lied to, a decision that does not add up either.
    ['sv', 'Jag har provat säkert tio gånger.'],
    ['en', "I've been trying for weeks."],
    ['en', "I've been trying to get through for three days."],
    ['sv', 'Det där var myndighetens misstag.'],
    ['en', 'That was your error, not mine.'],
    ['sv', 'Uträkningen stämmer inte heller.'],
    ['en', 'Your online service is a joke.'],
    // A bitter conclusion.
    ['sv', 'Så jag får inga pengar alls.'],
    ['en', 'So nothing was done.'],
  ] as const)('%s: "%s" is a complaint', (language, text) => {
    const result = scoreUtterance(text, language);
    expect(result.label).toBe('negative');
    expect(result.complaints.length).toBeGreaterThan(0);
  });

  it('reads contempt the sources spell only in the base form ("galet", "befängt")', () => {
    expect(sv('Det är ju helt galet.').label).toBe('negative');
    expect(sv('Det beslutet är befängt.').label).toBe('negative');
    expect(sv('Jag känner mig lurad.').label).toBe('negative');
    expect(en('Honestly, I feel let down.').label).toBe('negative');
  });

  it('reads praise standing alone beside a bitter conclusion as sarcasm', () => {
    expect(en('So nobody called. Perfect.').label).toBe('negative');
    expect(sv('Så ingenting har hänt. Underbart.').label).toBe('negative');
  });

  it('leaves plans, questions and solved problems that look like these alone', () => {
    for (const text of [
      'Om det fortfarande inte fungerar ringer jag igen.',
      'Jag kollar en gång till så att det inte blir fel igen.',
      'Är beslutet fel?',
      'Så jag får inga pengar i december?',
      'Så ingen fara då.',
      'Det var ni som ringde mig i går.',
      'Varför ska man ha BankID?',
      'Stämmer beloppet inte?',
      'Jag har redan skickat in blanketten.',
      'Nu fungerar det, äntligen.',
    ])
      expect(sv(text).label, text).not.toBe('negative');
    for (const text of [
      "If it still doesn't work I'll call you back.",
      'Is the decision wrong?',
      'So nothing else is needed?',
      'I already sent the form last week.',
      'It was you who called me yesterday, right?',
      'It works now, thank you.',
    ])
      expect(en(text).label, text).not.toBe('negative');
  });
});

describe('issue 14, round 6: relief, also when hedged', () => {
  it.each([
    ['sv', 'Då kan jag andas ut, även om det tar en stund.'],
    ['sv', 'Det var inte så krångligt som jag trodde.'],
    ['en', "Well, that puts my mind at rest, I suppose."],
    ['en', "It's not as bad as I feared, then."],
  ] as const)('%s: "%s" is relief', (language, text) => {
    expect(scoreUtterance(text, language).label).toBe('positive');
  });
});

describe('issue 14, round 6: sarcasm and exasperation in few words', () => {
  it.each([
    // Praise closing an utterance after a burden accepted with resignation.
    ['sv', 'Då får jag väl skicka in alltihop en gång till. Underbart.'],
    ['sv', 'Så jag måste alltså åka till banken igen. Toppen.'],
    ['en', "So I have to fill in yet another form. Wonderful."],
    ['en', "I suppose I'll have to wait another month. Perfect."],
    // The decision called theft or a joke; refusing to pay.
    ['sv', 'Det där beslutet är ju rena rånet.'],
    ['sv', 'Vi kommer inte att betala något.'],
    ['en', "That's daylight robbery."],
    // Exasperation standing alone, echoed agreement with bad news, people giving up.
    ['sv', 'Ja, jag skickar det. Igen.'],
    ['en', 'Fine, I will send it. Again.'],
    ['sv', 'Nej. Klart att det inte gjorde.'],
    ['en', 'Of course they did.'],
    ['en', 'No wonder people just give up.'],
    ['sv', 'Det är därför folk ger upp.'],
    ['en', 'Honestly. I have no words.'],
    ['sv', 'Ni borde ju ha koll på det där.'],
    ['en', 'And you can\'t even tell me when?'],
    // Enough; someone else, please.
    ['sv', 'Nej, nu räcker det faktiskt.'],
    ['en', 'Enough is enough.'],
    ['sv', 'Då vill jag tala med någon annan.'],
    ['en', 'Can I talk to somebody else, please?'],
  ] as const)('%s: "%s" is a complaint', (language, text) => {
    const result = scoreUtterance(text, language);
    expect(result.label).toBe('negative');
    expect(result.complaints.length).toBeGreaterThan(0);
  });

  it('keeps praise sincere when it opens the utterance or follows a plan, not a burden', () => {
    expect(sv('Perfekt. Jag får väl vänta till måndag då.').label).toBe('positive');
    expect(sv('Då skickar jag in den i morgon. Perfekt.').label).toBe('positive');
    expect(en("Great. I'll call again on Monday.").label).toBe('positive');
    expect(en('I will send it tomorrow then. Brilliant.').label).toBe('positive');
  });

  it('leaves thanks, questions and everyday "again" alone', () => {
    expect(en('Thank you again.').label).toBe('positive');
    expect(sv('Kan du säga det igen?').label).not.toBe('negative');
    expect(en('Honestly, that was very helpful.').label).toBe('positive');
    expect(en('Of course. I will do that.').label).not.toBe('negative');
    expect(sv('Självklart, det gör jag.').label).not.toBe('negative');
  });
});

describe('issue 14, round 6: mock belief and mock surprise', () => {
  it.each([
    ['sv', 'Ni ringer tillbaka i morgon, säger du. Det tror jag när jag ser det.'],
    ['sv', 'Pengarna har inte kommit. Vilken överraskning.'],
    ['en', "Someone will call me back. Yeah, right."],
    ['en', "The letter went missing. What a surprise."],
    ['en', "I'll believe it when I see it."],
    ['sv', 'Jag får skicka in hela ansökan igen. Snyggt.'],
    ['en', "I'll have to start the whole thing again. Nice."],
  ] as const)('%s: "%s" is sarcasm', (language, text) => {
    const result = scoreUtterance(text, language);
    expect(result.label).toBe('negative');
    expect(result.complaints.length).toBeGreaterThan(0);
  });

  it('leaves sincere agreement and a pleasant surprise alone', () => {
    expect(en('Yeah, right, I will send it today.').label).not.toBe('negative');
    expect(en('Oh, what a nice surprise, thank you!').label).toBe('positive');
    expect(sv('Jag skickar in den i dag. Snyggt att det gick så fort.').label).toBe('positive');
  });
});
