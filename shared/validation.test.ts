import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issuesToFieldErrors } from './validation';

describe('issuesToFieldErrors', () => {
  it('keeps an i18n key named by a refinement as the code', () => {
    const schema = z.object({ admittedOn: z.string().refine(() => false, { message: 'date.inFuture' }) });
    const r = schema.safeParse({ admittedOn: '2999-01-01' });
    expect(r.success).toBe(false);
    expect(issuesToFieldErrors(r.error!.issues)).toEqual([{ path: 'admittedOn', code: 'date.inFuture', message: 'date.inFuture' }]);
  });

  it('maps length limits to codes with their parameters', () => {
    const r = z.object({ name: z.string().min(3) }).safeParse({ name: 'ab' });
    expect(issuesToFieldErrors(r.error!.issues)[0]).toMatchObject({ path: 'name', code: 'tooShort' });
  });
});
