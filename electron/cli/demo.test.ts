import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admissionSchema, ageOn } from '../../shared/domain/resident';
import { Core } from '../core/core';
import { DemoResidents } from '../core/demo/residents-data';
import { DemoProfiles, RESEARCH_SHARE } from '../core/demo/profiles';
import { traffickingProfileSchema } from '../../shared/domain/resident-profile';
import { consentRecordSchema } from '../../shared/domain/resident-consent';
import { REGION_PRESETS } from '../../shared/enums/trafficking';
import { PASSWORD, TempRoot, initVault, runCli } from './cli-process.fixtures';

const root = new TempRoot();
let vault: string;

beforeAll(async () => {
  vault = root.path('vault');
  await initVault(vault);
});
afterAll(() => root.cleanup());

describe('demo residents', () => {
  const today = new Date('2026-06-01T00:00:00Z');
  const people = (() => {
    const g = new DemoResidents(42, today, 2000);
    return Array.from({ length: 2000 }, () => g.next());
  })();

  it('are valid admissions, the same for the same seed', () => {
    for (const p of people) expect(admissionSchema.safeParse(p).success, JSON.stringify(p)).toBe(true);
    expect(new DemoResidents(42, today, 2000).next()).toEqual(people[0]);
    expect(new DemoResidents(43, today, 2000).next()).not.toEqual(people[0]);
    // Oldest first, so codes follow the calendar.
    expect(people.map((p) => p.admittedOn)).toEqual(people.map((p) => p.admittedOn).sort());
  });

  it('follow the IOM Rwanda profile: mostly women, mostly under 30, mostly Rwandan, varied referrals', () => {
    const share = (f: (p: (typeof people)[number]) => boolean) => people.filter(f).length / people.length;
    expect(share((p) => p.identity.sex === 'female')).toBeGreaterThan(0.8);
    const ageAtAdmission = (p: (typeof people)[number]) =>
      p.identity.dateOfBirth ? ageOn(p.identity.dateOfBirth, p.admittedOn) : p.identity.estimatedAgeYears;
    const known = people.filter((p) => ageAtAdmission(p) !== undefined);
    expect(known.filter((p) => ageAtAdmission(p)! < 30).length / known.length).toBeGreaterThan(0.8);
    expect(known.some((p) => ageAtAdmission(p)! < 18)).toBe(true);
    expect(share((p) => p.origin?.country === 'RW')).toBeGreaterThan(0.75);
    expect(new Set(people.map((p) => p.referral?.sourceType)).size).toBeGreaterThanOrEqual(9);
  });
});

describe('demo trafficking profiles and consents', () => {
  const today = new Date('2026-06-01T00:00:00Z');
  const g = new DemoResidents(7, today, 2000);
  const profiles = new DemoProfiles(7);
  const people = Array.from({ length: 2000 }, () => g.next());
  const made = people.map((p) => profiles.profile(p.admittedOn));

  it('are valid, and the residents of a seed do not change because profiles were added', () => {
    for (const p of made) if (p) expect(traffickingProfileSchema.safeParse(p).success, JSON.stringify(p)).toBe(true);
    expect(new DemoResidents(7, today, 2000).next()).toEqual(people[0]);
  });

  it('go where the IOM Rwanda findings say: Gulf and Middle East, East Africa, the DRC, countryside to city', () => {
    const withProfile = made.filter((p) => p !== null);
    expect(withProfile.length / made.length).toBeGreaterThan(0.75);
    const regionOf = (country: string) => REGION_PRESETS.find((r) => (r.countries as readonly string[]).includes(country))!.id;
    const regions = new Set(withProfile.map((p) => regionOf(p.exploitationCountries![0]!)));
    expect([...regions].sort()).toEqual(['domestic_rural_urban', 'drc', 'east_africa', 'middle_east_gulf']);
    const share = (t: string) => withProfile.filter((p) => p.exploitationTypes!.includes(t as never)).length / withProfile.length;
    expect(share('forced_labour') + share('sexual_exploitation')).toBeGreaterThan(0.8);
  });

  it('research consent: most give it, some refuse, some are never asked; given as her other consents were', () => {
    const asked = people.map((p) => {
      const given = profiles.consents('r', p)[0]!;
      const research = profiles.research(given);
      if (research) expect(consentRecordSchema.parse(research)).toMatchObject({ purpose: 'research', givenBy: given.givenBy });
      return research;
    });
    const share = (f: (c: (typeof asked)[number]) => boolean) => asked.filter(f).length / asked.length;
    expect(share((c) => c?.decision === undefined && c !== null)).toBeCloseTo(RESEARCH_SHARE.given, 1);
    expect(share((c) => c?.decision === 'refused')).toBeCloseTo(RESEARCH_SHARE.refused, 1);
    expect(share((c) => c === null)).toBeGreaterThan(0.15);
    // Its own stream: asking about research does not change the next profile a seed makes.
    const a = new DemoProfiles(9);
    const b = new DemoProfiles(9);
    b.research(profiles.consents('r', people[0]!)[0]!);
    expect(a.profile(people[1]!.admittedOn)).toEqual(b.profile(people[1]!.admittedOn));
  });

  it('consent comes from a guardian under 16, from the person herself otherwise', () => {
    for (const p of people.slice(0, 300)) {
      const consents = profiles.consents('r', p).map((c) => consentRecordSchema.parse(c));
      expect(consents.map((c) => c.purpose)).toEqual(['services', 'data_storage']);
      const age = p.identity.estimatedAgeYears ?? (p.identity.dateOfBirth ? ageOn(p.identity.dateOfBirth, p.admittedOn) : null);
      for (const c of consents) expect(c.givenBy).toBe(age !== null && age < 16 ? 'guardian' : 'resident');
    }
  });
});

describe('amizero demo', () => {
  it('admits N residents through core and reports the time taken', async () => {
    const r = await runCli(['demo', '--data-dir', vault, '--username', 'manager', '--residents', '250'], { input: PASSWORD + '\n' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Admitted 250 synthetic residents \(\d+ counselling sessions\) in \d+\.\d s/m);
    const temporary =
      /^Added demo staff demo-counsellor-1, demo-counsellor-2, demo-counsellor-3, demo-social-1, demo-social-2, demo-social-3 with the temporary password (\S+) /m.exec(
        r.stdout,
      )?.[1];
    expect(temporary).toBeDefined();
    expect(r.stdout).toMatch(/^Assigned 250 residents to the demo counsellors and social workers\.$/m);
    const core = new Core({ dataDir: vault, log: () => undefined });
    try {
      await core.call('auth.signIn', { username: 'manager', password: PASSWORD });
      expect((await core.call('residents.search', {})).total).toBe(250);
      // The newest 35 are still in the shelter, each in a bed; everyone before them was discharged.
      expect((await core.call('residents.search', { status: 'admitted' })).total).toBe(35);
      const board = await core.call('residents.bedBoard', {});
      expect(board.flatMap((r) => r.beds).filter((b) => b.occupant).length).toBe(35);
      expect((await core.call('residents.stayLimit', {})).length).toBe(0);
      const newest = (await core.call('residents.search', { status: 'admitted', limit: 35 })).items;
      const withProfiles = await Promise.all(newest.map((r) => core.call('residents.profile.get', { residentId: r.id })));
      expect(withProfiles.filter((v) => v.profile !== null).length).toBeGreaterThan(20);
      const consents = await core.call('residents.consents.list', { residentId: newest[0]!.id });
      expect(consents.map((c) => c.purpose)).toEqual(expect.arrayContaining(['data_storage', 'services']));
      // Every resident has a plan and sessions; WHO-5 rises for most of those who stayed long enough.
      const plan = await core.call('residents.plan.get', { residentId: newest[0]!.id });
      expect(plan.goals.length).toBeGreaterThanOrEqual(2);
      let rising = 0;
      let measured = 0;
      for (const r of (await core.call('residents.search', { limit: 200 })).items) {
        const scores = (await core.call('residents.sessions.list', { residentId: r.id }))
          .map((s) => s.clinical?.who5Score)
          .filter((x): x is number => typeof x === 'number')
          .reverse();
        if (scores.length < 6) continue;
        measured++;
        if (scores.at(-1)! > scores[0]!) rising++;
      }
      expect(measured).toBeGreaterThan(50);
      expect(rising / measured).toBeGreaterThan(0.5);
      expect(rising / measured).toBeLessThan(0.95);
      // The discharged have a plan, a follow-up year (some visits done, some due) and the consent it needs.
      const discharged = (await core.call('residents.search', { status: 'discharged', limit: 200 })).items;
      const years = await Promise.all(discharged.map((r) => core.call('residents.reintegration.get', { residentId: r.id })));
      expect(years.every((y) => y.plan !== null && y.visits.length === 4 && y.followUpConsent)).toBe(true);
      expect(years.some((y) => y.visits.some((v) => v.status === 'done' && v.scores))).toBe(true);
      expect(years.some((y) => y.visits.some((v) => v.status === 'done' && v.reached === false))).toBe(true);
      expect(years.some((y) => y.attention.includes('falling'))).toBe(true);
      const mine = await core.call('reintegration.myVisits', {});
      expect(mine.overdue.total + mine.dueThisWeek.total + mine.later.total).toBeGreaterThan(0);
      expect((await core.call('audit.verify', {})).ok).toBe(true);

      // Demo counsellors and social workers, each with residents of her own (the Access assignment).
      const users = await core.call('users.list', {});
      expect(users.filter((u) => u.username.startsWith('demo-counsellor-')).map((u) => u.role)).toEqual([
        'counsellor',
        'counsellor',
        'counsellor',
      ]);
      expect(users.filter((u) => u.username.startsWith('demo-social-')).map((u) => u.role)).toEqual([
        'social_worker',
        'social_worker',
        'social_worker',
      ]);
      const sqlite = core.state.session!.sqlite;
      expect(sqlite.prepare('SELECT count(*) FROM residents WHERE counsellor_id IS NULL OR social_worker_id IS NULL').pluck().get()).toBe(
        0,
      );
      const perCounsellor = sqlite.prepare('SELECT count(*) FROM residents GROUP BY counsellor_id').pluck().all() as number[];
      expect(perCounsellor).toHaveLength(3);
      expect(Math.min(...perCounsellor)).toBeGreaterThanOrEqual(80);
      // Each session is held by her counsellor, within her stay.
      const heldByOther = `SELECT count(*) FROM counselling_participants p JOIN counselling_sessions s ON s.id = p.session_id
        JOIN residents r ON r.id = p.resident_id WHERE s.counsellor_id <> r.counsellor_id`;
      expect(sqlite.prepare(heldByOther).pluck().get()).toBe(0);
      const outsideStay = `SELECT count(*) FROM counselling_participants p JOIN stays st ON st.resident_id = p.resident_id
        WHERE substr(p.starts_at, 1, 10) < st.admitted_on OR (st.discharged_on IS NOT NULL AND substr(p.starts_at, 1, 10) > st.discharged_on)`;
      expect(sqlite.prepare(outsideStay).pluck().get()).toBe(0);
      await core.lock('manual');
      await core.call('auth.signIn', { username: 'demo-counsellor-1', password: temporary! });
      await core.call('auth.changePassword', { currentPassword: temporary!, newPassword: 'Demo-counsellor-own-pass-61!' });
      const week = await core.call('counselling.myWeek', {});
      expect(week.upcoming.length).toBeGreaterThan(0);
      expect((await core.call('home.myResidents', {})).length).toBeGreaterThan(5);
      await core.lock('manual');
      await core.call('auth.signIn', { username: 'demo-social-1', password: temporary! });
      await core.call('auth.changePassword', { currentPassword: temporary!, newPassword: 'Demo-social-own-pass-62!' });
      const visits = await core.call('reintegration.myVisits', {});
      expect(visits.overdue.total + visits.dueThisWeek.total + visits.later.total).toBeGreaterThan(0);
      expect((await core.call('home.myResidents', {})).length).toBeGreaterThan(5);
    } finally {
      await core.close();
    }
  });

  it('a second run adds residents without adding staff again', async () => {
    const r = await runCli(['demo', '--data-dir', vault, '--username', 'manager', '--residents', '20', '--seed', '2'], {
      input: PASSWORD + '\n',
    });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/Added demo staff/);
    expect(r.stdout).toMatch(/^Assigned 20 residents/m);
  });

  it('exits 2 without --residents or with a silly count', async () => {
    for (const extra of [[], ['--residents', '0'], ['--residents', 'many']]) {
      const r = await runCli(['demo', '--data-dir', vault, '--username', 'manager', ...extra]);
      expect(r.code, extra.join(' ')).toBe(2);
    }
  });
});
