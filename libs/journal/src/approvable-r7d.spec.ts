import { describe, expect, it } from 'vitest';
import { draft, texts } from './testing/drafts.js';

/**
 * Issue 14, seventh round, part d: no false statements, the right person, the errand. Each mechanism is
 * shown on calls of our own words (not on a call of a tuning set), with the opposite case.
 */
const interpreted = (language: 'sv' | 'en', lines: string[]) =>
  draft(
    language,
    language === 'sv'
      ? ['agent: Pensionsmyndigheten.', 'caller: Hej, jag är tolk. Jag tolkar för [NAMN], han sitter här.', 'agent: Vad gäller det?', ...lines]
      : ['agent: Swedish Pensions Agency.', 'caller: Hello, I am the interpreter. I interpret for [NAMN], he is here with me.', 'agent: What is it about?', ...lines],
  );

describe('a correction the interpreter reports with the frame said again', () => {
  it('keeps the corrected value when "he says" opens the correction too', () => {
    const en = interpreted('en', ['caller: He says his housing supplement is too low.', 'agent: When did he move in?', 'caller: He says 2019. Sorry, he says 2018.', 'agent: Okay.']);
    expect(texts(en, 'callerSaid').join(' ')).toContain('2018');
    expect(texts(en, 'callerSaid').join(' ')).not.toContain('2019');
    const sv = interpreted('sv', ['caller: Han säger att hans bostadstillägg är för lågt.', 'agent: När flyttade han in?', 'caller: Han säger 2019. Nej förlåt, han säger 2018.', 'agent: Okej.']);
    expect(texts(sv, 'callerSaid').join(' ')).toContain('2018');
    expect(texts(sv, 'callerSaid').join(' ')).not.toContain('2019');
  });

  it('leaves a value the interpreter reports twice without a correction as it is', () => {
    const en = interpreted('en', ['caller: He says his housing supplement is too low.', 'agent: When did he move in?', 'caller: He says 2019.', 'agent: Okay.']);
    expect(texts(en, 'callerSaid').join(' ')).toContain('2019');
  });

  it('makes the verb agree with the customer in English ("she wants" is "the caller wants"), and "undrar varför" takes no "om"', () => {
    const en = interpreted('en', ['caller: He says his pension is very low. He wants to know why.', 'agent: I see.']);
    expect(texts(en, 'reason').join(' ')).not.toMatch(/wantses|wants+es/u);
    expect(texts(en, 'reason').join(' ')).toMatch(/pension is very low and they want to know why/u);
    const sv = interpreted('sv', ['caller: Han säger att hans pension är låg. Han undrar varför.', 'agent: Jag förstår.']);
    expect(texts(sv, 'reason').join(' ')).not.toContain('om varför');
    const svIf = interpreted('sv', ['caller: Han undrar om han kan få bostadstillägg.', 'agent: Jag förstår.']);
    expect(texts(svIf, 'reason').join(' ')).toMatch(/undrar om (?:kunden|hen) kan få bostadstillägg/u);
  });
});

describe('a question asked with a condition is reported, never stated', () => {
  it('reports the question and its condition with the answer, not "Om kunden väljer …, blir det säkrare"', () => {
    const sv = draft('sv', [
      'agent: Pensionsmyndigheten.',
      'caller: Hej, jag vill byta fond i min premiepension.',
      'agent: Det gör du på Mina sidor.',
      'caller: Och om jag byter till en aktiefond, får jag mer då?',
      'agent: Det kan ingen lova, och jag kan inte ge råd om vilken fond du ska välja.',
    ]);
    const line = texts(sv, 'agentActions').join(' ');
    expect(line).toMatch(/På frågan om kunden får mer om (?:kunden|hen) byter till en aktiefond svarade handläggaren/u);
    expect(line).not.toMatch(/aktiefond, (?:får|blir)/u);
  });

  it('keeps the condition with a short answer ("will it be more?" "About 15 000.")', () => {
    const en = draft('en', [
      'agent: Swedish Pensions Agency.',
      'caller: Hi, I have a question about my pension.',
      'agent: Sure.',
      'caller: And if I wait until 68, will it be more?',
      'agent: About sixteen thousand a month.',
    ]);
    expect(texts(en, 'agentActions').join(' ')).toMatch(/whether it will be more if the caller waits until 68/u);
  });

  it('leaves a question that is only a condition with its consequence ("Om jag väntar till 67?" "Då blir det …")', () => {
    const sv = draft('sv', [
      'agent: Pensionsmyndigheten.',
      'caller: Hej, jag har en fråga om min pension.',
      'agent: Ja?',
      'caller: Om jag väntar till 67?',
      'agent: Då blir det ungefär femton tusen i månaden.',
    ]);
    expect(texts(sv, 'agentActions')).toContain('Om kunden väntar till 67 blir det ungefär 15 000 i månaden.');
  });
});

describe('the person a caller in a role speaks for', () => {
  it('writes "klienten"/"huvudmannen"/"the client" for "hon"/"han"/"his" at a sentence start, not the caller', () => {
    const sv = draft('sv', [
      'agent: Pensionsmyndigheten.',
      'caller: Hej, jag ringer från socialtjänsten. Jag har en klient som jag tror kan ha rätt till bostadstillägg.',
      'agent: Hur gammal är klienten?',
      'caller: Hon är fyrtio. Hon jobbar deltid och har tre barn. Hennes hyra är åtta tusen.',
      'agent: Då är det bostadsbidrag från Försäkringskassan.',
    ]);
    expect(texts(sv, 'callerSaid')).toEqual(expect.arrayContaining(['Klienten jobbar deltid och har tre barn.', 'Klientens hyra är 8 000.']));
    const ward = draft('sv', [
      'agent: Pensionsmyndigheten.',
      'caller: Hej, jag är god man för en man som har garantipension.',
      'agent: Vad gäller det?',
      'caller: Han har flyttat till ett nytt boende och hyran är högre.',
      'agent: Då ska han ansöka om bostadstillägg igen.',
    ]);
    expect([...texts(ward, 'reason'), ...texts(ward, 'callerSaid'), ...texts(ward, 'agentActions'), ...texts(ward, 'followUp')].join(' ')).toContain('Huvudmannen');
    const en = draft('en', [
      'agent: Swedish Pensions Agency.',
      "caller: Hi, I'm a social worker. I'm calling for a client of mine.",
      "agent: What's it about?",
      'caller: His rent goes up from January. He is worried about it.',
      'agent: I understand.',
    ]);
    // (Round 75: the client is "the customer".)
    expect(texts(en, 'callerSaid').join(' ')).toContain("The customer's rent goes up from January.");
  });

  it('keeps a relative the caller named ("min mamma … Hon") and a caller with no one to speak for', () => {
    const relative = draft('sv', [
      'agent: Pensionsmyndigheten.',
      'caller: Hej, jag ringer för min mamma, jag är god man för en man också men det gäller inte honom.',
      'agent: Vad gäller det?',
      'caller: Hon har flyttat till ett nytt boende och hyran är högre.',
      'agent: Okej.',
    ]);
    const all = [...texts(relative, 'reason'), ...texts(relative, 'callerSaid')].join(' ');
    expect(all).toContain('mamma');
    expect(all).not.toContain('Huvudmannen');
    const own = draft('en', ['agent: Swedish Pensions Agency.', 'caller: Hi, my rent goes up from January.', 'agent: Okay.', 'caller: His name is on the lease too.', 'agent: I see.']);
    expect([...texts(own, 'reason'), ...texts(own, 'callerSaid')].join(' ')).not.toContain('client');
  });
});

describe('the errand line: a question that is only "why" takes the statement it asks about', () => {
  it('writes the statement and the "why" as one line', () => {
    const en = draft('en', ['agent: Swedish Pensions Agency.', 'caller: Hello. My housing supplement went down in October. I want to know why.', 'agent: Let me look.']);
    expect(texts(en, 'reason')).toEqual(["The caller's housing supplement went down in October and they want to know why."]);
    const sv = draft('sv', ['agent: Pensionsmyndigheten.', 'caller: Hej. Mitt bostadstillägg sänktes i oktober. Jag förstår inte varför.', 'agent: Jag ska titta.']);
    expect(texts(sv, 'reason')[0]).toMatch(/^Kundens bostadstillägg sänktes i oktober och (?:hen|kunden) förstår inte varför\.$/u);
  });

  it('leaves a question that says what it asks ("I want to know why it went down") as it is', () => {
    const en = draft('en', ['agent: Swedish Pensions Agency.', 'caller: Hello. I had a letter last week. I want to know why my housing supplement went down.', 'agent: Let me look.']);
    expect(texts(en, 'reason')[0]).toContain('why their housing supplement went down');
    expect(texts(en, 'reason')[0]).not.toContain('had a letter last week and');
  });
});

describe('the represented person later in the sentence, and a hedge that opens it', () => {
  it('names the client for the first "hon" of a sentence ("Nej, hon jobbar", "… och hon klarar den inte")', () => {
    const sv = draft('sv', [
      'agent: Pensionsmyndigheten.',
      'caller: Hej, jag ringer från socialtjänsten. Jag har en klient som jag tror kan ha rätt till bostadstillägg.',
      'agent: Hur gammal är klienten?',
      'caller: Nej, hon jobbar lite, deltid, och har två barn. Hyran är nio tusen och hon klarar den inte.',
      'agent: Om hon skulle få sjukersättning kan bostadstillägg bli aktuellt.',
    ]);
    expect(texts(sv, 'callerSaid')).toEqual(expect.arrayContaining(['Klienten jobbar lite, deltid, och har två barn.', 'Hyran är 9 000 och klienten klarar den inte.']));
    expect(texts(sv, 'agentActions')).toContain('Om klienten skulle få sjukersättning kan bostadstillägg bli aktuellt.');
  });

  it('drops "rent allmänt då," before the errand and names the huvudman', () => {
    const sv = draft('sv', ['agent: Pensionsmyndigheten.', 'caller: Hej, jag är god man för en man som har garantipension.', 'agent: Vad gäller det?', 'caller: Men rent allmänt då, han får väldigt låg pension och jag förstår inte varför.', 'agent: Okej.']);
    expect(texts(sv, 'reason')).toEqual(['Huvudmannen får väldigt låg pension och kunden förstår inte varför.']);
  });

  it('leaves "han" alone when the caller speaks for no one', () => {
    const sv = draft('sv', ['agent: Pensionsmyndigheten.', 'caller: Hej, jag har fått ett brev om min pension. Min granne sa att han fick samma brev.', 'agent: Okej.']);
    expect(JSON.stringify(sv.sections)).not.toMatch(/klienten|huvudmannen/iu);
  });
});

describe('a question that is only a condition, answered without "då"', () => {
  it('reports "vad som händer om …" instead of making the condition come true', () => {
    const sv = draft('sv', [
      'agent: Pensionsmyndigheten.',
      'caller: Hej, jag har förlorat pengar på mina fonder.',
      'agent: Jag förstår.',
      'caller: Och om jag byter till en räntefond då?',
      'agent: Du kan byta fonder när du vill på Mina sidor, det kostar inget.',
    ]);
    const line = texts(sv, 'agentActions').join(' ');
    expect(line).toMatch(/^På frågan vad som händer om kunden byter till en räntefond svarade handläggaren: kunden kan byta fonder/u);
    const en = draft('en', ['agent: Swedish Pensions Agency.', 'caller: Hi, I lost money on my funds.', 'agent: I see.', 'caller: And if I switch to a bond fund?', 'agent: You can switch funds whenever you like on My Pages.']);
    expect(texts(en, 'agentActions').join(' ')).toMatch(/^Asked what happens if the caller switches to a bond fund[,.] [Tt]he agent said: /u);
  });

  it('keeps the condition with an answer that goes on from it ("Då blir det …")', () => {
    const sv = draft('sv', ['agent: Pensionsmyndigheten.', 'caller: Hej, jag har en fråga om min pension.', 'agent: Ja?', 'caller: Om jag väntar till 68?', 'agent: Då blir det ungefär sexton tusen i månaden.']);
    expect(texts(sv, 'agentActions')).toContain('Om kunden väntar till 68 blir det ungefär 16 000 i månaden.');
  });
});
