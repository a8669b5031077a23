// Every number in an answer (days, fees, counts, codes, legal numbers) must appear in the cited records.
// Used by tests on every composed answer and by the LLM verifier before a rephrased answer is shown.
import type { Procedure } from '../../contracts/procedure';

/** "4.500.000" -> "4500000", "01" -> "1"; codes and legal numbers split into their digit runs. */
function numbersIn(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(/\d+(?:[.,]\d{3})+(?!\d)|\d+/gu)) {
    const value = match[0].replace(/[.,]/gu, '').replace(/^0+(?=\d)/u, '');
    out.push(value);
  }
  return out;
}

export interface GroundingCheck {
  ok: boolean;
  unknownNumbers: string[];
}

export function verifyGrounding(answer: string, procedures: readonly Procedure[], allowedText = ''): GroundingCheck {
  const known = new Set<string>();
  for (const procedure of procedures) {
    const text = JSON.stringify(procedure);
    for (const value of numbersIn(text)) known.add(value);
  }
  for (const value of numbersIn(allowedText)) known.add(value);
  // Step and list numbering is the assistant's own layout, not a fact.
  const facts = answer.replace(/Bước\s*\d+/gu, '').replace(/^\d+\.\s/gmu, '');
  const unknownNumbers = [...new Set(numbersIn(facts).filter((value) => !known.has(value)))];
  return { ok: unknownNumbers.length === 0, unknownNumbers };
}
