import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Review of round 91: the new leaks and over-redactions the review found, in sentences of our own of the same kinds. Each
 * `describe` fixes one mechanism; the guards beside it pass under the round's rules and the fix's.
 */

describe("review 91: a giro read back as \"yours\" with another owner, a person or a change said beside it", () => {
  it('redacts the giro after a bare yes when an owner word stands between', () => {
    expect(call('sv', 'agent: Du kan betala nu.', 'caller: Ska jag sätta in på ditt bankgiro, eller på mitt, 5621-3347?', 'agent: Ja.')[1]).not.toContain('5621-3347');
    expect(call('sv', 'agent: Du kan betala nu.', 'caller: Ditt bankgiro eller mitt egna, 5621-3347?', 'agent: Ja.')[1]).not.toContain('5621-3347');
    expect(call('en', 'agent: You can pay now.', 'caller: Your bankgiro, or my own one, 5621-3347?', 'agent: Yes.')[1]).not.toContain('5621-3347');
  });
  it('redacts it when someone is addressed, or the account is changed, between', () => {
    expect(call('sv', 'agent: Hej.', 'caller: Var det ditt bankgiro, mamma? 5621-3347?', 'agent: Ja.')[1]).not.toContain('5621-3347');
    expect(call('sv', 'agent: Hej.', 'caller: Jag har bytt ditt bankgiro mot mitt nya, 5621-3347?', 'agent: Ja.')[1]).not.toContain('5621-3347');
  });
  it("still keeps the agency's giro read back as \"yours\" and confirmed", () => {
    expect(call('sv', 'agent: Du kan betala in det nu.', 'caller: Till ditt bankgiro, va? 5127-4439?', 'agent: Ja, med ärendenumret.')[1]).toContain('5127-4439');
    expect(call('en', 'agent: You can pay it now.', 'caller: So to your bankgiro, 5127-4439?', 'agent: Yes, that is right.')[1]).toContain('5127-4439');
  });
});

describe('review 91: a person named after "heter" with a firm\'s suffix', () => {
  it('redacts surnames and AS after a person noun, or with no trade in the name', () => {
    expect(one('en', 'My manager at the job is called Lund AS.')).not.toContain('Lund');
    expect(one('sv', 'Chefen på jobbet heter Solberg AS.')).not.toContain('Solberg');
    expect(one('sv', 'Min arbetsgivare heter Johansen AS.')).not.toContain('Johansen');
    expect(one('en', 'My employer is called Nowak Wiśniewski AS.')).not.toContain('Nowak');
  });
  it('redacts it when the turn goes on to say the employer is a man or a woman', () => {
    expect(one('sv', 'Min arbetsgivare heter Lund Bygg AS, hon heter Kari.')).not.toContain('Lund');
  });
  it('still keeps a firm with a trade in its name, named as the employer', () => {
    expect(one('sv', 'Min arbetsgivare heter Vestland Renhold AS sedan i våras.')).toContain('Vestland Renhold AS');
    expect(one('en', 'My employer is called Fjell Bygg AS, in Bergen.')).toContain('Fjell Bygg AS');
  });
});

describe("review 91: a birth date said in words before a person's number whose date it is", () => {
  it('redacts the date with the number', () => {
    const sv = call('sv', 'agent: Och personnumret?', 'caller: Tjugoandra mars, 790322-4412.');
    expect(sv[1]).not.toMatch(/mars|Tjugoandra/u);
    const en = call('en', 'agent: Your personal number?', 'caller: March twenty-second, 790322 4412.');
    expect(en[1]).not.toMatch(/March|twenty-second/u);
    const coordination = call('sv', 'agent: Samordningsnumret?', 'caller: Den 22 mars, 790382-4419.');
    expect(coordination[1]).not.toContain('mars');
  });
  it('still keeps a month that cannot be the number\'s', () => {
    const out = call('en', 'agent: Does she have a coordination number?', 'caller: She got it in October, seven nine oh three eight two, I think.');
    expect(out[1]).toContain('in October');
  });
});

describe('review 91: figures the next turn names as an identifier, said as a time, a sum, a case or a train', () => {
  it('keeps a time, a sum, a case number and a train', () => {
    const clock = call('sv', 'agent: När var det?', 'caller: Klockan 1645 ringde de.', 'agent: Det där är ett personnummer, va?');
    expect(clock[1]).toContain('1645');
    const at = call('en', 'agent: When?', 'caller: The bus left at 1645 and I paid 1389.', "agent: That's a personal number, right?");
    expect(at[1]).toContain('1645');
    expect(at[1]).toContain('1389');
    const caseNumber = call('sv', 'agent: Vilket ärende?', 'caller: Ärendenumret är 7741.', 'agent: Det är ett personnummer som inte är ditt, va?');
    expect(caseNumber[1]).toContain('7741');
    const train = call('en', 'agent: How did you travel?', 'caller: I took the 1645 train.', "agent: That's an ID number, right?");
    expect(train[1]).toContain('1645');
  });
  it('does not type the figures when the next turn only asks', () => {
    expect(call('sv', 'agent: Ja?', 'caller: Det var 4417.', 'agent: Det är ett ID-nummer?')[1]).toContain('4417');
  });
  it('still redacts figures the next turn names as an identifier', () => {
    const out = call('sv', 'agent: Hej.', 'caller: Jag bor i Eslöv, sextioett nittio trettiotvå, eh.', 'agent: Det där är ett personnummer, va?');
    expect(out[1]).not.toContain('sextioett nittio trettiotvå');
  });
});

describe('review 91: a last part named again that is then named as a time', () => {
  it('keeps it', () => {
    expect(one('en', 'Sorry, the last bit again, sixteen forty-five, the time.')).toContain('sixteen forty-five');
  });
  it('still redacts a last part with no time named after it', () => {
    expect(one('en', 'Sorry, the last bit again, sixty-one thirty-two, yes.')).not.toContain('sixty-one thirty-two');
  });
});

describe('review 91 (shared with the rules before): an English "your bankgiro" with another owner before the digits', () => {
  it('redacts the giro given to "mine", "my account"', () => {
    expect(one('en', 'Your bankgiro is not right, mine is 5621-3347.')).not.toContain('5621-3347');
    expect(one('en', 'Your bankgiro, or rather mine, 5621-3347.')).not.toContain('5621-3347');
  });
  it('redacts it when the caller then says it is their own', () => {
    expect(call('en', 'agent: Hello.', 'caller: Your bankgiro, 5621-3347, is that where my refund goes?', 'agent: Yes.')[1]).not.toContain('5621-3347');
  });
  it("still keeps \"your bankgiro\" said to the agency with nothing between", () => {
    expect(one('en', 'I will pay to your bankgiro, 5127-4439.')).toContain('5127-4439');
  });
});
