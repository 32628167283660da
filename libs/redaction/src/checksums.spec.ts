import { describe, expect, it } from 'vitest';
import { clearingOfBank } from './checksums.js';

describe("a clearing number said with its bank's name, by Bankgirot's list", () => {
  it("belongs to the bank the list gives it to, whatever the name's spoken form", () => {
    expect(clearingOfBank(3300, 'nordea')).toBe(true);
    expect(clearingOfBank(8214, 'swedbank')).toBe(true);
    expect(clearingOfBank(9272, 'ica-banken')).toBe(true);
    expect(clearingOfBank(1250, 'danske')).toBe(true);
    expect(clearingOfBank(9151, 'skandia')).toBe(true);
  });
  it("is not another bank's (3410 is Länsförsäkringar's, not Nordea's) nor a number no bank clears with", () => {
    expect(clearingOfBank(3410, 'nordea')).toBe(false);
    expect(clearingOfBank(3410, 'länsförsäkringar')).toBe(true);
    expect(clearingOfBank(1000, 'nordea')).toBe(false);
  });
  it('is not checked for a savings bank, which clears through Swedbank or its own numbers', () => {
    expect(clearingOfBank(8214, 'sparbanken')).toBeUndefined();
    expect(clearingOfBank(8214, 'hallandssparbanken')).toBeUndefined();
  });
});
