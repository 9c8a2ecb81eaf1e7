import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CHANNEL_NAMES, contract, type ChannelName } from '../contract';
import type { ResidentSubject } from '../contract/define';
import { ROLES } from '../roles';
import { ACCESS_CATEGORIES, ACCESS_RELATIONS, ACCESS_TABLE, allows } from './table';

const declared = (name: ChannelName) => contract[name].resident as ResidentSubject | 'list' | 'none' | undefined;

/** Top-level input keys of a channel, when its input is an object. */
function inputKeys(name: ChannelName): string[] {
  const schema = contract[name].input as z.ZodType;
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

describe('who may open what: the access table and the contract', () => {
  it('has a level for every role, relation and category', () => {
    for (const role of ROLES)
      for (const rel of ACCESS_RELATIONS) expect(Object.keys(ACCESS_TABLE[role][rel]).sort()).toEqual([...ACCESS_CATEGORIES].sort());
  });

  it('makes every residents.* channel say which resident it names, or that it lists or names none', () => {
    const missing = CHANNEL_NAMES.filter((n) => n.startsWith('residents.') && declared(n) === undefined);
    expect(missing).toEqual([]);
  });

  it('makes every channel whose input names a resident go through the gate on that field', () => {
    // breakGlass is the way in to a file not hers: its service refuses like the gate does.
    const exempt: ChannelName[] = ['residents.breakGlass'];
    const unguarded = CHANNEL_NAMES.filter((n) => inputKeys(n).includes('residentId') && !exempt.includes(n)).filter((n) => {
      const d = declared(n);
      return typeof d !== 'object' || d.field !== 'residentId' || d.via !== 'resident';
    });
    expect(unguarded).toEqual([]);
  });

  it('names a field the input really has, for every declared channel', () => {
    for (const n of CHANNEL_NAMES) {
      const d = declared(n);
      if (typeof d === 'object') expect(inputKeys(n), n).toContain(d.field);
    }
  });

  it('never lets the contract give a role more than the table gives an assigned member of staff', () => {
    for (const n of CHANNEL_NAMES) {
      const d = declared(n);
      const access = contract[n].access;
      if (typeof d !== 'object' || access === 'public') continue;
      for (const role of access) expect(allows(role, 'assigned', d.category, d.action), `${n} for ${role}`).toBe(true);
    }
  });

  it('gives a counsellor no documents, consents or referrals, and breaking the glass never a change', () => {
    for (const c of ['documents', 'consents', 'referrals'] as const) {
      for (const rel of ACCESS_RELATIONS) expect(allows('counsellor', rel, c, 'read')).toBe(false);
    }
    for (const role of ROLES.filter((r) => r !== 'manager'))
      for (const c of ACCESS_CATEGORIES) expect(allows(role, 'broken_glass', c, 'change')).toBe(false);
    for (const role of ROLES.filter((r) => r !== 'manager'))
      for (const c of ACCESS_CATEGORIES) expect(allows(role, 'not_assigned', c, 'read')).toBe(false);
    for (const c of ACCESS_CATEGORIES) expect(allows('reporting', 'assigned', c, 'read')).toBe(false);
  });

  it('lets the reporting role reach the reports and no channel about residents, single or listed', () => {
    const reach = (n: ChannelName) => contract[n].access !== 'public' && contract[n].access.includes('reporting');
    const aboutResidents = CHANNEL_NAMES.filter((n) => n.startsWith('residents.') || declared(n) !== undefined);
    expect(aboutResidents.length).toBeGreaterThan(20);
    expect(aboutResidents.filter(reach)).toEqual([]);
    const reports = CHANNEL_NAMES.filter((n) => n.startsWith('reports.'));
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.filter((n) => !reach(n))).toEqual([]);
  });
});
