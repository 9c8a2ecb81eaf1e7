import { basename } from 'node:path';
import { AppError } from '../../../../shared/errors';
import type { ChainFileHead } from './read';

type LinkHead = Extract<ChainFileHead, { kind: 'link' }>;
type FullHead = Extract<ChainFileHead, { kind: 'full' }>;

export interface ChainPlan {
  base: FullHead;
  /** In the order they apply: sequence 1, 2, … */
  links: LinkHead[];
}

export interface PlanOptions {
  /** The file to restore to; by default the link with the highest sequence. */
  target?: string;
  /**
   * Files that are not needed are refused (an explicit list, as the CLI takes); otherwise
   * ignored (a folder the person picked may hold older chains too).
   */
  strict?: boolean;
}

/** The English message for logs and the CLI; the window shows the translated one from the params. */
function refuse(code: ConstructorParameters<typeof AppError>[0], message: string, params: Record<string, string | number>): AppError {
  return new AppError(code, message, { params });
}

/**
 * Which files rebuild the newest point, in which order: named from the target link's own
 * list of every earlier file of its chain, so a missing one is named by its number and
 * date. Only the manifests are compared here; the rebuild checks every image hash.
 */
export function planChain(heads: ChainFileHead[], o: PlanOptions = {}): ChainPlan {
  const links = heads.filter((h): h is LinkHead => h.kind === 'link');
  const target = o.target
    ? links.find((h) => h.file === o.target)
    : [...links].sort((a, b) => b.manifest.chain.sequence - a.manifest.chain.sequence || b.createdAt.localeCompare(a.createdAt))[0];
  if (!target) throw new AppError('BACKUP_NOT_A_BACKUP', 'no incremental link among the files');
  const m = target.manifest;
  for (const h of heads)
    if (h.vaultId !== target.vaultId)
      throw refuse('BACKUP_CHAIN_FOREIGN', `${basename(h.file)} belongs to another vault`, { file: basename(h.file) });
  const entries = [...m.chain.before, { id: m.chain.id, sequence: m.chain.sequence, createdAt: m.createdAt }];
  const of = m.chain.sequence;
  const seen = new Map<string, ChainFileHead>();
  for (const h of heads) {
    if (!h.id) continue;
    const twin = seen.get(h.id);
    if (twin) {
      const sequence = h.kind === 'link' ? h.manifest.chain.sequence : 0;
      throw refuse('BACKUP_CHAIN_DUPLICATE', `link ${sequence} was given twice (${basename(twin.file)}, ${basename(h.file)})`, {
        link: sequence,
        file: basename(h.file),
      });
    }
    seen.set(h.id, h);
  }
  const needed = new Set(entries.map((e) => e.id));
  if (o.strict)
    for (const h of heads)
      if (!h.id || !needed.has(h.id))
        throw refuse('BACKUP_CHAIN_FOREIGN', `${basename(h.file)} is not part of this chain`, { file: basename(h.file) });
  const chosen: ChainFileHead[] = [];
  for (const e of entries) {
    const h = seen.get(e.id);
    if (!h) {
      if (e.sequence === 0)
        throw refuse('BACKUP_CHAIN_BASE_MISSING', `the full backup this chain starts from is missing: made ${e.createdAt}`, {
          made: e.createdAt,
        });
      throw refuse('BACKUP_CHAIN_LINK_MISSING', `link ${e.sequence} of ${of} is missing: made ${e.createdAt}`, {
        link: e.sequence,
        of,
        made: e.createdAt,
      });
    }
    const sequence = h.kind === 'link' ? h.manifest.chain.sequence : 0;
    const previous = chosen.at(-1);
    // Ids are random, so a match with another number or date, or a file older than the one it builds on, is out of order.
    if (sequence !== e.sequence || h.createdAt !== e.createdAt || (previous && previous.createdAt > h.createdAt))
      throw refuse('BACKUP_CHAIN_ORDER', `link ${e.sequence} (${basename(h.file)}) does not follow the file before it`, {
        link: e.sequence,
        file: basename(h.file),
        made: h.createdAt,
      });
    if ((e.sequence === 0) !== (h.kind === 'full'))
      throw refuse('BACKUP_CHAIN_ORDER', `${basename(h.file)} is not the kind of file the chain names at ${e.sequence}`, {
        link: e.sequence,
        file: basename(h.file),
        made: h.createdAt,
      });
    chosen.push(h);
  }
  return { base: chosen[0] as FullHead, links: chosen.slice(1) as LinkHead[] };
}
