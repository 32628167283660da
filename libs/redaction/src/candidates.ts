import type { EntityType } from './entities.js';

/** How sure a rule is: when findings overlap, the surer one names the merged span. */
export const Confidence = {
  /** Matched a format and its check digit (personnummer, card, IBAN) or a full e-mail. */
  validated: 3,
  /** Named by the words around it ("mitt kontonummer är ..."). */
  cued: 2,
  /** Has the shape of one (a number starting 07 with ten digits). */
  shaped: 1,
  /** Found by the learned recogniser alone: any rule names a span it shares. */
  learned: 0.5,
} as const;

export interface Candidate {
  type: EntityType;
  start: number;
  end: number;
  confidence: number;
}
