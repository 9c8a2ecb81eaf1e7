import { describe, expect, it } from 'vitest';
import { PRINT_JOB_TTL_MS } from '../../../shared/contract/print';
import { AppError } from '../../../shared/errors';
import { PrintJobs } from './print-jobs';

const audit = { action: 'reintegration.field_sheet_printed', actorId: 'u1' } as const;
const bytes = new Uint8Array([37, 80, 68, 70, 45]);

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return (e as AppError).code;
  }
  throw new Error('expected a refusal');
}

describe('print jobs held for the print dialog', () => {
  it('hands the bytes over once, to the session that made them', () => {
    const jobs = new PrintJobs(() => 0);
    const me = {};
    const token = jobs.add(me, bytes, audit);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(jobs.take(token, me)).toEqual({ bytes, audit });
    expect(refusal(() => jobs.take(token, me))).toBe('PRINT_JOB_UNKNOWN');
    expect(jobs.size).toBe(0);
  });

  it('refuses another sign-in, a locked core and an unknown token, and spends the token when it refuses', () => {
    const jobs = new PrintJobs(() => 0);
    const me = {};
    const token = jobs.add(me, bytes, audit);
    expect(refusal(() => jobs.take(token, {}))).toBe('PRINT_JOB_UNKNOWN');
    expect(refusal(() => jobs.take(token, me))).toBe('PRINT_JOB_UNKNOWN');
    const second = jobs.add(me, bytes, audit);
    expect(refusal(() => jobs.take(second, null))).toBe('PRINT_JOB_UNKNOWN');
    expect(refusal(() => jobs.take('x'.repeat(43), me))).toBe('PRINT_JOB_UNKNOWN');
  });

  it('expires', () => {
    let now = 1_000;
    const jobs = new PrintJobs(() => now);
    const me = {};
    const fresh = jobs.add(me, bytes, audit);
    const stale = jobs.add(me, bytes, audit);
    now += PRINT_JOB_TTL_MS;
    expect(jobs.take(fresh, me).bytes).toBe(bytes);
    now += 1;
    expect(refusal(() => jobs.take(stale, me))).toBe('PRINT_JOB_UNKNOWN');
  });

  it('holds at most eight PDFs, dropping the oldest, and forgets them all when cleared', () => {
    const jobs = new PrintJobs(() => 0);
    const me = {};
    const tokens = Array.from({ length: 12 }, () => jobs.add(me, bytes, audit));
    expect(jobs.size).toBe(8);
    expect(refusal(() => jobs.take(tokens[0]!, me))).toBe('PRINT_JOB_UNKNOWN');
    expect(jobs.take(tokens[11]!, me).bytes).toBe(bytes);
    jobs.clear();
    expect(jobs.size).toBe(0);
    expect(refusal(() => jobs.take(tokens[10]!, me))).toBe('PRINT_JOB_UNKNOWN');
  });
});
