import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { oneLine, runCli } from './cli-process.fixtures';

describe('amizero usage', () => {
  it('prints the overview for --help, -h and help', async () => {
    const results = await Promise.all([['--help'], ['-h'], ['help']].map((args) => runCli(args)));
    for (const r of results) {
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Usage: amizero <command>');
      for (const command of ['init', 'doctor', 'users list']) expect(r.stdout).toContain(`  ${command} `);
    }
  });

  it.each([
    [['init', '--help'], 'Usage: amizero init --org NAME'],
    [['doctor', '-h'], 'Usage: amizero doctor --username USER'],
    [['users', 'list', '--help'], 'Usage: amizero users list'],
    [['users', '--help'], 'users list'],
  ])('prints help for %j', async (args, usage) => {
    const r = await runCli(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(usage);
  });

  it.each([
    [[], 'no command given'],
    [['frobnicate'], "unknown command 'frobnicate'"],
    [['--verbose'], 'unknown option --verbose'],
    [['users'], "'users' needs a subcommand"],
    [['users', 'delete'], "unknown command 'users delete'"],
    [['doctor', '--username', 'manager', 'stray'], 'unexpected argument'],
    [['doctor', '--username'], 'option --username needs a value'],
  ])('exits 2 with one line on stderr for %j', async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(oneLine(r.stderr)).toBe(true);
    expect(r.stderr).toContain(message);
  });

  it('runs the same from the npm script entry (node --import tsx)', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', resolve(__dirname, 'index.ts'), '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: amizero <command>');
  });
});
