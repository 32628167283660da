import { describe, expect, it } from 'vitest';
import { draft, section } from './testing/drafts.js';

// Round 44, from tuning set 37 (the errand line: a possibility someone told the caller of, a story that trails off into
// "anyway", a check of the day before the problem). Sentences written for these tests, not from any eval set.

const errand = (d: ReturnType<typeof draft>) => section(d, 'reason').map((s) => s.text).join(' ');

describe('what someone told the caller they may get is what the caller wants to know', () => {
  it('"Min son sa att jag kanske kan få bostadstillägg nu" becomes the caller asking, not the son saying', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag har flyttat till en mindre lägenhet. Min son sa att jag kanske kan få bostadstillägg nu.',
      'agent: Det kan du ha rätt till. Jag skickar en ansökan till dig i dag.',
      'caller: Tack så mycket.',
    ], '2035-03-07');
    expect(errand(d)).toMatch(/undrar om (?:kunden|hen) kan få bostadstillägg/u);
    expect(errand(d)).not.toMatch(/son sa/u);
  });

  it('in English, "My daughter said I could add survivor\'s cover for my husband" is the errand, over the background before it', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      "caller: Hi. I haven't started drawing my premium pension yet. My daughter said I could add survivor's cover for my husband.",
      'agent: Yes, that has to be done before you start drawing it. I can post you the form today.',
      'caller: Please do.',
    ], '2035-03-07');
    expect(errand(d)).toMatch(/want to know if they could add survivor's cover for their husband/u);
    expect(errand(d)).not.toMatch(/haven't started|have not started/u);
  });
});

// (Guards: these two pass on round 43 too, where the story is short enough for the older rules; they keep the story out.)
describe('a story that trails off into "anyway"', () => {
  it('"… the sale dragged on... anyway. I want to start my pension in October." keeps only the wish', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi. So, bit of a story. I was meant to stop in June, then my boss asked me to stay on for the summer because of a move, and then the house sale dragged on... anyway. I want to start my pension in October.',
      'agent: Okay. Then apply at least a month before.',
      'caller: Thanks.',
    ], '2035-03-07');
    expect(errand(d)).toMatch(/start their pension in October/u);
    expect(errand(d)).not.toMatch(/boss|house sale/u);
  });

  it('in Swedish, "… och sen drog husförsäljningen ut på tiden… men i alla fall." leaves the story out of the line', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jo, det är lite rörigt. Jag skulle sluta i juni, sen bad chefen mig stanna över sommaren på grund av en flytt, och sen drog husförsäljningen ut på tiden… men i alla fall. Jag vill börja ta ut pensionen i oktober.',
      'agent: Då kan du ansöka på webben, gärna en månad innan.',
      'caller: Tack.',
    ], '2035-03-07');
    expect(errand(d)).toMatch(/vill börja ta ut pensionen i oktober/u);
    expect(errand(d)).not.toMatch(/chefen|husförsäljningen/u);
  });
});

describe('a check of the day, said before the problem', () => {
  it('"It\'s payday today, right?" is no errand; the smaller payment told next is', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      "caller: Hi, it's payday today, right? I've just checked and the payment is much smaller than last month.",
      'agent: Let me look. The tax table changed in January.',
      'caller: I see.',
    ], '2035-02-18');
    expect(errand(d)).not.toMatch(/payday/iu);
    expect(errand(d)).toMatch(/smaller than last month/u);
  });
});
