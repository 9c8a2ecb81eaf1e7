/**
 * How a resident's name is written. Files and headings say it as she is addressed, given
 * names first ("Claudine Uwimana"); lists write it as Rwandans do on paper and as the list
 * sorts, family name first ("Uwimana Claudine"), so a list in family-name order looks
 * sorted (issue 16). Someone known only by an alias is shown by it; nothing at all is "?".
 */
export interface NameParts {
  givenNames?: string | null;
  familyName?: string | null;
  otherNames: readonly string[];
}

const joined = (parts: (string | null | undefined)[]) => parts.filter((p) => p && p.trim()).join(' ');

export function givenFirstName(n: NameParts): string {
  return joined([n.givenNames, n.familyName]) || n.otherNames[0] || '?';
}

export function familyFirstName(n: NameParts): string {
  return joined([n.familyName, n.givenNames]) || n.otherNames[0] || '?';
}
