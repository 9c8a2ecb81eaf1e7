import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CHANNEL_NAMES, contract, permissionMatrix, EVENT_NAMES, events } from './index';
import { ROLES } from '../roles';
import { ERROR_CODES } from '../errors';
import { AUDIT_ACTIONS } from '../domain/audit';
import { en } from '../i18n/locales/en';

describe('contract declarations', () => {
  it('has channels named area.action or area.part.action', () => {
    expect(CHANNEL_NAMES.length).toBeGreaterThan(0);
    for (const name of CHANNEL_NAMES) expect(name).toMatch(/^[a-z]+(\.[a-zA-Z]+){1,2}$/);
  });

  it.each(CHANNEL_NAMES)('%s declares an input schema, an output schema and who may call it', (name) => {
    const def = contract[name];
    expect(def.input).toBeInstanceOf(z.ZodType);
    expect(def.output).toBeInstanceOf(z.ZodType);
    if (def.access !== 'public') {
      expect(Array.isArray(def.access)).toBe(true);
      expect(def.access.length, 'a channel nobody may call is dead code').toBeGreaterThan(0);
      for (const role of def.access) expect(ROLES).toContain(role);
    }
    expect(permissionMatrix[name]).toBe(def.access);
  });

  it('declares a schema for every event', () => {
    for (const name of EVENT_NAMES) expect(events[name]).toBeInstanceOf(z.ZodType);
  });
});

describe('every code and label has English text', () => {
  it.each(ERROR_CODES)('error %s', (code) => {
    expect((en.errors as Record<string, string>)[code]?.trim()).toBeTruthy();
  });

  it.each(AUDIT_ACTIONS)('audit action %s', (action) => {
    expect((en.audit.action as Record<string, string>)[action]?.trim()).toBeTruthy();
  });

  it.each(ROLES)('role %s', (role) => {
    expect((en.roles as Record<string, string>)[role]?.trim()).toBeTruthy();
  });

  it('has no English error text for a code that does not exist', () => {
    expect(Object.keys(en.errors).filter((k) => !(ERROR_CODES as readonly string[]).includes(k))).toEqual([]);
  });
});
