import { closeSync, openSync, writeSync, fsyncSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { generateIdentity } from '../../core/backup/age';
import { parseCommandArgs } from '../args';
import { print } from '../output';
import { EXIT_OK, UsageError } from '../usage-error';
import type { Command } from './command';

export const backupKeygenCommand: Command = {
  words: ['backup', 'keygen'],
  summary: 'make an age key file for a head office; prints its public key',
  help: `Usage: amizero backup keygen --out KEYFILE

Writes a new age identity (X25519) to KEYFILE, readable only by you, and prints its
public key (age1…). Sites back up to the public key with 'backup create --recipient';
only the holder of KEYFILE can open those backups ('backup verify/restore --identity',
or the stock tool: age -d -i KEYFILE). Keep KEYFILE safe and away from the sites.`,

  async run(argv) {
    const args = parseCommandArgs(
      argv,
      { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      z.object({ out: z.string().min(1), help: z.boolean().optional() }),
      'backup keygen',
    );
    const { identity, recipient } = generateIdentity();
    const text = `# created: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}\n# public key: ${recipient}\n${identity}\n`;
    let fd: number;
    try {
      fd = openSync(resolve(args.out), 'wx', 0o600);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST')
        throw new UsageError('KEYFILE already exists; key files are never overwritten', 'backup keygen');
      throw e;
    }
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    print(recipient);
    return EXIT_OK;
  },
};
