/**
 * Text normalisation shared by indexing and querying, so both sides agree: lowercase,
 * accents folded (é→e, ñ→n), apostrophes and punctuation dropped. Kinyarwanda names are
 * written with and without apostrophes and hyphens (Nyira-, Nyiraneza), so those join.
 */
export function foldText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’`ʼ-]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether a query has anything to search for: symbols and emoji alone find nobody. */
export function hasLettersOrDigits(s: string): boolean {
  return foldText(s) !== '';
}

/** Name words, folded; words shorter than two letters carry no signal for search. */
export function nameTokens(...names: (string | undefined | null)[]): string[] {
  const out = new Set<string>();
  for (const n of names) {
    if (!n) continue;
    for (const t of foldText(n).split(' ')) if (t.length >= 2) out.add(t);
  }
  return [...out];
}

/** Digits only, keeping the last nine: +250 788 123 456 and 0788123456 are the same phone. */
export function normalisePhone(phone: string | undefined | null): string | null {
  if (!phone) return null;
  const digits = phone.replace(/\D/g, '');
  return digits.length >= 6 ? digits.slice(-9) : null;
}

export function normaliseIdNumber(n: string | undefined | null): string | null {
  if (!n) return null;
  const s = n.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
  return s.length >= 3 ? s : null;
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transposition), stopping
 * early once it exceeds `max`: typing slips are usually one letter doubled, dropped,
 * swapped or replaced.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}

/** How far a name word may be from what was typed and still count as the same name. */
export function fuzzyBudget(word: string): number {
  if (word.length < 4) return 0;
  return word.length < 9 ? 1 : 2;
}
