import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import type { Role } from '../../../shared/roles';
import { rolesFor } from '../../../shared/access/table';
import { expectError, openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';

const suite = useVaultTemplate({ staff: ['counsellor', 'social_worker', 'reporting'], ownPasswords: true });

let core: Core;
const PHONE = '0788123456';
const CONTACT = 'Contact-Person-Marker';

async function as(role: Role): Promise<void> {
  if (core.state.session?.user.role === role) return;
  await core.lock('manual');
  await signIn(core, role === 'manager' ? suite.template.manager : suite.template.staff[role]!);
}

beforeAll(async () => {
  core = openCore(suite.fresh('pickers'));
  await signIn(core, suite.template.manager);
  await core.call('partners.save', {
    type: 'health',
    name: 'Kibagabaga Hospital',
    district: 'Gasabo',
    contactPerson: CONTACT,
    phone: PHONE,
  });
  const gone = await core.call('partners.save', { type: 'legal_aid', name: 'Closed Legal Aid' });
  await core.call('partners.remove', { id: gone.id });
}, 120_000);
afterAll(() => core.close());

describe('directory names for the conference and outreach pickers', () => {
  it('gives a counsellor and a social worker the names of active staff and partners, without contact details', async () => {
    for (const role of ['counsellor', 'social_worker'] as const) {
      await as(role);
      const p = await core.call('directory.names', {});
      expect(p.staff.map((s) => s.role).sort()).toEqual(['counsellor', 'manager', 'social_worker']);
      expect(p.staff.find((s) => s.id === suite.template.staff.counsellor!.id)?.displayName).toBe(
        suite.template.staff.counsellor!.fullName,
      );
      expect(p.partners.map((x) => x.name)).toContain('Kibagabaga Hospital');
      expect(p.partners.map((x) => x.name)).not.toContain('Closed Legal Aid');
      const text = JSON.stringify(p);
      expect(text).not.toContain(PHONE);
      expect(text).not.toContain(CONTACT);
      expect(text).not.toContain('Gasabo');
    }
  });

  it('is refused to the reporting role, which writes neither conferences nor outreach', async () => {
    expect(rolesFor('rehabilitation', 'change')).not.toContain('reporting');
    await as('reporting');
    expect((await expectError(core, 'directory.names', {})).code).toBe('PERMISSION_DENIED');
  });

  it('leaves out a disabled account', async () => {
    await as('manager');
    await core.call('users.disable', { id: suite.template.staff.reporting!.id });
    const p = await core.call('directory.names', {});
    expect(p.staff.map((s) => s.id)).not.toContain(suite.template.staff.reporting!.id);
  });
});
