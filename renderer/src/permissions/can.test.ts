import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, permissionMatrix } from '../../../shared/contract';
import { ROLES } from '../../../shared/roles';
import { NAV_ITEMS } from '../features/layout/nav';
import { canCall, canOnResident } from './can';

describe('canCall', () => {
  it('follows the contract permission matrix for every role and channel', () => {
    for (const channel of CHANNEL_NAMES) {
      const access = permissionMatrix[channel];
      for (const role of ROLES) expect(canCall(role, channel), `${role} ${channel}`).toBe(access === 'public' || access.includes(role));
      expect(canCall(null, channel)).toBe(access === 'public');
    }
  });

  const visible = (role: (typeof ROLES)[number]) =>
    NAV_ITEMS.filter((i) => i.channel === null || canCall(role, i.channel)).map((i) => i.path);

  it('shows Staff, Audit log and Backups only to roles that may list users, read the log and back up', () => {
    expect(visible('manager')).toEqual([
      '/',
      '/residents',
      '/my-week',
      '/beds',
      '/visits',
      '/partners',
      '/reports',
      '/outreach',
      '/staff',
      '/settings',
      '/retention',
      '/audit',
      '/rights',
      '/backup',
    ]);
    expect(visible('counsellor')).toEqual(['/', '/residents', '/my-week', '/beds', '/outreach', '/settings']);
    // My week is the counsellor's (and a manager who counsels): not the social worker's.
    expect(visible('social_worker')).not.toContain('/my-week');
    // The partner directory is for those who refer and share: the social worker reads it too.
    expect(visible('social_worker')).toContain('/partners');
    // My visits: for those who make follow-up visits (and the manager who oversees them).
    expect(visible('social_worker')).toContain('/visits');
    expect(visible('reporting')).not.toContain('/visits');
    // The processing register and breach reports are the manager's.
    expect(visible('social_worker')).not.toContain('/rights');
  });

  it('shows Residents to the roles that read resident files, never to the reporting role', () => {
    expect(visible('social_worker')).toContain('/residents');
    expect(visible('reporting')).not.toContain('/residents');
  });

  it('shows the reporting role its reports and the outreach log', () => {
    expect(visible('reporting')).toEqual(expect.arrayContaining(['/reports', '/outreach']));
    expect(visible('counsellor')).not.toContain('/reports');
  });
});

describe('canOnResident', () => {
  it('reads the access table: a file opened by breaking the glass is read, never changed; a file not hers is neither', () => {
    expect(canOnResident('social_worker', 'assigned', 'residents.update')).toBe(true);
    expect(canOnResident('social_worker', 'broken_glass', 'residents.get')).toBe(true);
    expect(canOnResident('social_worker', 'broken_glass', 'residents.update')).toBe(false);
    expect(canOnResident('counsellor', 'not_assigned', 'residents.get')).toBe(false);
    expect(canOnResident('counsellor', 'assigned', 'residents.documents.list')).toBe(false);
    expect(canOnResident('manager', 'not_assigned', 'residents.documents.remove')).toBe(true);
    // Channels that name no resident follow the role alone.
    expect(canOnResident('social_worker', 'not_assigned', 'residents.search')).toBe(true);
  });
});
