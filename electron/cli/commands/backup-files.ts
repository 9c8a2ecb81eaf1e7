import { resolve } from 'node:path';
import { UsageError } from '../usage-error';

/** `backup verify FILE… [options]`: one or more files first, then options. */
export function splitFiles(argv: string[], command: string): { files: string[]; rest: string[] } {
  const at = argv.findIndex((a) => a.startsWith('-'));
  const files = (at === -1 ? argv : argv.slice(0, at)).map((f) => resolve(f));
  if (files.length === 0) throw new UsageError('missing FILE (the backup files come right after the command)', command);
  return { files, rest: at === -1 ? [] : argv.slice(at) };
}
