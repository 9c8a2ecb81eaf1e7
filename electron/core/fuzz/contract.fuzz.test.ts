import fc from 'fast-check';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, contract, type ChannelName } from '../../../shared/contract';
import { ROLES, type Role } from '../../../shared/roles';
import type { Core } from '../core';
import { openCore, signIn, TestClock, useVaultTemplate } from '../testing/vault-fixture';

/**
 * Random and malformed payloads at every channel under every role and signed out. Each
 * payload the channel's own schema would refuse must come back as a refusal (validation,
 * permission, sign-in), never an internal error or a hang, and nothing may be written.
 * Payloads the schema happens to accept are skipped: they are ordinary calls, covered by
 * each domain's own tests. New channels are covered without touching this file.
 */
const suite = useVaultTemplate({ staff: ['counsellor', 'social_worker', 'reporting'], ownPasswords: true });

const REFUSALS = new Set(['VALIDATION', 'PERMISSION_DENIED', 'NOT_SIGNED_IN', 'PASSWORD_CHANGE_REQUIRED']);
const RUNS_PER_CHANNEL = Number(process.env.AMIZERO_FUZZ_RUNS ?? 25);
/** A call that has not answered by then counts as a hang. */
const HANG_MS = 15_000;

/** Top-level keys a channel's input object declares, so mutations hit real field names. */
function declaredKeys(schema: unknown): string[] {
  let node = schema as { shape?: Record<string, unknown>; _zod?: { def?: { in?: unknown; innerType?: unknown; schema?: unknown } } };
  for (let depth = 0; depth < 6 && node; depth++) {
    if (node.shape && typeof node.shape === 'object') return Object.keys(node.shape);
    const def = node._zod?.def;
    node = (def?.in ?? def?.innerType ?? def?.schema) as typeof node;
  }
  return [];
}

/** Wrong types, huge strings, odd numbers, prototype keys and deep nesting. */
const nasty = fc.oneof(
  fc.anything(),
  fc.constantFrom(null, undefined, '', ' ', '\u0000', -1, 0, Number.NaN, Number.MAX_SAFE_INTEGER + 2, 1e308, true, [], {}),
  fc.string({ maxLength: 64 }),
  fc.constant('x'.repeat(70_000)),
  fc.constant('../../../../etc/passwd'),
  fc.constant("'; DROP TABLE residents; --"),
  fc.constant({ __proto__: { polluted: true } }),
  fc.constant(JSON.parse('{"constructor":{"prototype":{"polluted":true}}}') as unknown),
);

function payloads(channel: ChannelName): fc.Arbitrary<unknown> {
  const keys = declaredKeys(contract[channel].input);
  const mutated =
    keys.length === 0
      ? fc.dictionary(fc.string({ maxLength: 12 }), nasty, { maxKeys: 4 })
      : fc.dictionary(fc.constantFrom(...keys), nasty, { minKeys: 1, maxKeys: keys.length });
  return fc.oneof(nasty, mutated);
}

function acceptedBySchema(channel: ChannelName, payload: unknown): boolean {
  return (contract[channel].input as z.ZodType).safeParse(payload ?? {}).success;
}

function withDeadline<T>(p: Promise<T>, what: string): Promise<T> {
  return Promise.race([
    p,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} hung for ${HANG_MS} ms`)), HANG_MS).unref()),
  ]);
}

/** Row counts and the newest row of every table: any write shows up here. */
function fingerprint(core: Core): string {
  const db = core.state.session?.sqlite;
  if (!db) throw new Error('fingerprint needs a signed-in session');
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name",
    )
    .all() as { name: string }[];
  return tables
    .map(({ name }) => {
      const row = db.prepare(`SELECT count(*) AS n FROM "${name.replaceAll('"', '""')}"`).get() as { n: number };
      return `${name}:${row.n}`;
    })
    .join(',');
}

let core: Core;
const clock = new TestClock();

beforeAll(() => {
  core = openCore(suite.fresh('fuzz'), { now: clock.now });
});
afterAll(() => core.close());

async function become(role: Role | null): Promise<void> {
  if (core.state.session) await core.call('auth.lock', { reason: 'manual' });
  if (role === null) return;
  const account = role === 'manager' ? suite.template.manager : suite.template.staff[role]!;
  await signIn(core, account);
}

async function fuzzChannel(channel: ChannelName): Promise<string[]> {
  const surprises: string[] = [];
  let sent = 0;
  await fc.assert(
    fc.asyncProperty(payloads(channel), async (payload) => {
      fc.pre(!acceptedBySchema(channel, payload));
      sent++;
      const r = await withDeadline(core.dispatch(channel, payload), channel);
      if (r.ok) surprises.push(`${channel}: accepted a payload its schema refuses`);
      else if (!REFUSALS.has(r.error.code)) surprises.push(`${channel}: ${r.error.code}`);
      return true;
    }),
    { numRuns: RUNS_PER_CHANNEL, seed: Number(process.env.AMIZERO_FUZZ_SEED ?? 20261124), endOnFailure: true },
  );
  if (sent === 0) surprises.push(`${channel}: no malformed payload was generated`);
  return surprises;
}

describe('every channel refuses malformed input, under every role', () => {
  it.each([...ROLES])(
    'as %s',
    async (role) => {
      await become(role);
      const before = fingerprint(core);
      const surprises: string[] = [];
      for (const channel of CHANNEL_NAMES) {
        // The session may end (a lock is a refusal of nothing); sign in again for the next channel.
        if (!core.state.session) await become(role);
        surprises.push(...(await fuzzChannel(channel)));
      }
      if (!core.state.session) await become(role);
      expect(surprises).toEqual([]);
      // Sign-ins of this test write audit entries; malformed calls must write nothing at all.
      expect(fingerprint(core)).toBe(before);
    },
    300_000,
  );

  it('signed out', async () => {
    await become(null);
    const surprises: string[] = [];
    for (const channel of CHANNEL_NAMES) surprises.push(...(await fuzzChannel(channel)));
    expect(surprises).toEqual([]);
    await become('manager');
  }, 300_000);
});
