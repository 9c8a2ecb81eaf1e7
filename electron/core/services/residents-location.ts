import provinces from 'rwanda/data/provinces/index.js';
import { AppError, type FieldError } from '../../../shared/errors';
import { RESIDENT_VALIDATION, type Origin } from '../../../shared/domain/resident';
import { placeFromName, provinceFromName } from '../../../shared/places/provinces';

const LEVELS = ['province', 'district', 'sector', 'cell', 'village'] as const;
type Level = (typeof LEVELS)[number];
type Tree = Record<string, unknown> | string[];

function childrenOf(node: Tree): string[] {
  return Array.isArray(node) ? node : Object.keys(node);
}

type Found = { name: string; node: Tree | null } | null;

/**
 * A province is found by any of its names (Iburengerazuba, Western Province, Ouest …); lower
 * levels accent- and case-insensitively, with resident search's near-spelling tolerance.
 */
function find(node: Tree, name: string, level: Level): Found {
  const hit = level === 'province' ? provinceFromName(name) : placeFromName(childrenOf(node), name);
  if (hit === null || (level === 'province' && !childrenOf(node).includes(hit))) return null;
  return { name: hit, node: Array.isArray(node) ? null : (node[hit] as Tree) };
}

/**
 * Checks a Rwandan origin against the administrative data of the `rwanda` package and
 * returns it with the official spelling. Levels may stop early (only the district known)
 * but may not skip one: a village means nothing without its cell.
 */
export function canonicalRwandaOrigin(origin: Origin, pathPrefix = 'origin'): Origin {
  if (origin.country !== 'RW') return origin;
  const out: Origin = { ...origin };
  let node: Tree | null = provinces;
  let ended = false;
  const errors: FieldError[] = [];
  for (const level of LEVELS) {
    const value = origin[level];
    if (!value) {
      ended = true;
      continue;
    }
    const found: Found = !ended && node ? find(node, value, level) : null;
    if (!found) {
      errors.push({ path: `${pathPrefix}.${level}`, code: RESIDENT_VALIDATION.placeUnknown, message: RESIDENT_VALIDATION.placeUnknown });
      break;
    }
    out[level] = found.name;
    node = found.node;
  }
  if (errors.length) throw new AppError('VALIDATION', 'unknown place in Rwanda', { fields: errors });
  return out;
}

/** The names one level below a path (provinces for an empty path), for the searchable pickers. */
export function placesUnder(path: Partial<Record<Level, string>>): string[] {
  let node: Tree | null = provinces;
  for (const level of LEVELS) {
    const value = path[level];
    if (!value) break;
    const found: Found = node ? find(node, value, level) : null;
    if (!found) return [];
    node = found.node;
  }
  return node ? [...childrenOf(node)].sort((a, b) => a.localeCompare(b)) : [];
}
