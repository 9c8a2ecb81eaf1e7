import { z } from 'zod';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MIN_SCORE = 2;

/** A few passwords seen again and again in breach lists, lowercased, plus local favourites. */
const COMMON = new Set([
  'password',
  'password1',
  'password123',
  '1234567890',
  '123456789',
  '12345678',
  'qwertyuiop',
  'qwerty123',
  'iloveyou',
  'admin12345',
  'welcome123',
  'letmein123',
  'amizero',
  'amizero123',
  'rwanda123',
  'kigali123',
  'murakoze',
  'muraho123',
  'abcdefghij',
  'changeme123',
]);

export interface PasswordStrength {
  /** 0 (very weak) to 4 (strong). */
  score: 0 | 1 | 2 | 3 | 4;
  /** i18n keys under `password.hint.*` explaining what would make it stronger. */
  hints: ('tooShort' | 'common' | 'repeated' | 'sequence' | 'addVariety' | 'longer')[];
}

/**
 * A small, dependency-free strength estimate shared by the meter in the UI and the
 * check in core, so both always agree. It rewards length and variety and punishes
 * the patterns people actually use (repeats, keyboard runs, common words).
 */
export function passwordStrength(password: string): PasswordStrength {
  const hints: PasswordStrength['hints'] = [];
  const lower = password.toLowerCase();
  if (password.length < PASSWORD_MIN_LENGTH) hints.push('tooShort');
  if (COMMON.has(lower)) hints.push('common');
  if (/(.)\1{3,}/.test(password)) hints.push('repeated');
  if (hasRun(lower, 4)) hints.push('sequence');

  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(password)).length;
  const unique = new Set(password).size;
  // Rough bits: log2(alphabet) per distinct-ish character.
  const alphabet = [26, 26, 10, 33].reduce(
    (sum, size, i) => ([/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/][i]!.test(password) ? sum + size : sum),
    0,
  );
  // A run (abcd, 4321, qwer) is guessed as a whole: count each four run characters as one.
  const runChars = runCoverage(lower, 4);
  const effectiveLength = password.length - runChars + Math.ceil(runChars / 4);
  let bits = Math.log2(Math.max(alphabet, 1)) * Math.min(effectiveLength, unique * 2);
  if (hints.includes('repeated')) bits *= 0.7;
  if (hints.includes('common')) bits = 0;
  if (classes < 2 && password.length < 16) hints.push('addVariety');

  let score: PasswordStrength['score'] = bits < 28 ? 0 : bits < 40 ? 1 : bits < 55 ? 2 : bits < 70 ? 3 : 4;
  if (password.length < PASSWORD_MIN_LENGTH && score > 1) score = 1;
  if (score < 3 && !hints.includes('tooShort')) hints.push('longer');
  return { score, hints };
}

const RUN_ROWS = ['abcdefghijklmnopqrstuvwxyz', '0123456789', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

function isRun(part: string): boolean {
  return RUN_ROWS.some((r) => r.includes(part) || r.split('').reverse().join('').includes(part));
}

function hasRun(s: string, len: number): boolean {
  return runCoverage(s, len) > 0;
}

/** How many characters belong to a run of at least `len` characters. */
function runCoverage(s: string, len: number): number {
  const covered = new Array<boolean>(s.length).fill(false);
  for (let i = 0; i + len <= s.length; i++) {
    if (isRun(s.slice(i, i + len))) covered.fill(true, i, i + len);
  }
  return covered.filter(Boolean).length;
}

export function isAcceptablePassword(password: string): boolean {
  return password.length >= PASSWORD_MIN_LENGTH && passwordStrength(password).score >= PASSWORD_MIN_SCORE;
}

/** Structural limits only; strength is checked separately so the message can say why. */
export const passwordSchema = z.string().min(1).max(256);
