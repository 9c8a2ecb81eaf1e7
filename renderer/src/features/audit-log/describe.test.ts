import { describe, expect, it } from 'vitest';
import type { AuditEntryView } from '../../../../shared/domain/audit';
import { translate } from '../../../../shared/i18n/translate';
import type { TFunction } from '../../i18n/useT';
import { describeActor, describeDetails, describeTarget } from './describe';

const t: TFunction = (key, vars) => translate('en', key, vars);
const entry = (over: Partial<AuditEntryView>): AuditEntryView => ({
  seq: 1,
  at: '2026-01-01T00:00:00Z',
  actorId: 'a',
  actorName: 'Manager',
  action: 'auth.sign_in',
  targetType: null,
  targetId: null,
  targetLabel: null,
  details: {},
  ...over,
});

describe('audit entry descriptions', () => {
  it('explains role changes and changed settings in words', () => {
    expect(describeDetails(t, entry({ action: 'user.role_changed', details: { from: 'counsellor', to: 'manager' } }))).toBe(
      'Counsellor → Shelter manager',
    );
    expect(
      describeDetails(t, entry({ action: 'settings.changed', details: { changes: [{ key: 'timeZone' }, { key: 'siteCode' }] } })),
    ).toBe('Site code, Time zone');
    expect(describeDetails(t, entry({ action: 'auth.lock', details: { reason: 'idle' } }))).toBe('After inactivity');
  });

  it('shows nothing for details it does not recognise', () => {
    expect(describeDetails(t, entry({ action: 'user.role_changed', details: { from: 'admin', to: 1 } }))).toBe('');
  });

  it('names failed sign-ins without an actor, and omits a target that is the actor', () => {
    expect(describeActor(t, entry({ actorId: null, actorName: null, action: 'auth.sign_in_failed' }))).toBe('Nobody signed in');
    expect(describeTarget(entry({ targetType: 'user', targetId: 'a' }), { a: 'Manager' })).toBe('');
    expect(describeTarget(entry({ targetType: 'user', targetId: 'b' }), { b: 'Counsellor' })).toBe('Counsellor');
    expect(
      describeTarget(entry({ action: 'resident.viewed', targetType: 'resident', targetId: 'r1', targetLabel: 'KGL-2026-0007' }), {}),
    ).toBe('KGL-2026-0007');
  });
});
