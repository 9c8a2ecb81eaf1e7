import { describe, expect, it } from 'vitest';
import { LATEST_MIGRATION, MIGRATION_NAMES, migrations, staticMigrationProvider } from './index';

describe('static migration index', () => {
  it('lists migrations as NNNN_name, numbered 0001 upwards without gaps', () => {
    MIGRATION_NAMES.forEach((name, i) => {
      expect(name).toMatch(/^\d{4}_[a-z0-9_]+$/);
      expect(Number(name.slice(0, 4))).toBe(i + 1);
    });
    expect(LATEST_MIGRATION).toBe(MIGRATION_NAMES.at(-1));
  });

  it('gives every migration an up step, through the provider the app uses', async () => {
    const provided = await staticMigrationProvider.getMigrations();
    expect(Object.keys(provided)).toEqual(MIGRATION_NAMES);
    for (const name of MIGRATION_NAMES) expect(typeof migrations[name]!.up).toBe('function');
  });
});
