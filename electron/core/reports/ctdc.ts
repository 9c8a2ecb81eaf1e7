import {
  CTDC_LABOUR_SECTORS,
  CTDC_MEANS_OF_CONTROL,
  CTDC_RECRUITER_RELATIONSHIPS,
  type CtdcCategories,
  type CtdcExploitationCategory,
} from '../../../shared/enums/trafficking';
import ExcelJS from 'exceljs';
import { cell, csvLine } from './formats';
import { ctdcAgeBand, type CtdcAgeBand } from '../../../shared/enums/reports';

/**
 * The CTDC global dataset layout (one row per person): its field names and its values. No
 * names, contacts, exact dates, places below the country or free text have a column here.
 */
const pascal = (id: string) => id.replace(/(^|_)([a-z])/g, (_m, _s, c: string) => c.toUpperCase());

const EXPLOITATION_FLAGS: Record<CtdcExploitationCategory, string> = {
  forced_labour: 'isForcedLabour',
  sexual_exploitation: 'isSexualExploit',
  other_exploitation: 'isOtherExploit',
  forced_marriage: 'isForcedMarriage',
  forced_military: 'isForcedMilitary',
  organ_removal: 'isOrganRemoval',
  slavery_and_practices: 'isSlaveryAndPractices',
};

const CONTROL_FLAGS = CTDC_MEANS_OF_CONTROL.map((m) => [m, `meansOfControl${pascal(m)}`] as const);
const LABOUR_FLAGS = CTDC_LABOUR_SECTORS.map((s) => [s, `typeOfLabour${pascal(s)}`] as const);
const RECRUITER_FLAGS = CTDC_RECRUITER_RELATIONSHIPS.map((r) => [r, `recruiterRelation${pascal(r)}`] as const);

const AGE_BROAD: Record<CtdcAgeBand, string> = {
  '0_8': '0--8',
  '9_17': '9--17',
  '18_20': '18--20',
  '21_23': '21--23',
  '24_26': '24--26',
  '27_29': '27--29',
  '30_38': '30--38',
  '39_47': '39--47',
  '48_plus': '48+',
};

const GENDER: Record<string, string> = { female: 'Female', male: 'Male', intersex: 'Transgender/NonConforming' };

/** Quasi-identifiers, most identifying first: the order suppression takes them in. */
export const CTDC_QUASI_IDENTIFIERS = ['citizenship', 'CountryOfExploitation', 'yearOfRegistration', 'ageBroad', 'gender'] as const;

export const CTDC_COLUMNS = [
  'yearOfRegistration',
  'Datasource',
  'gender',
  'ageBroad',
  'majorityStatus',
  'citizenship',
  'CountryOfExploitation',
  ...CONTROL_FLAGS.map(([, c]) => c),
  ...Object.values(EXPLOITATION_FLAGS),
  ...LABOUR_FLAGS.map(([, c]) => c),
  ...RECRUITER_FLAGS.map(([, c]) => c),
] as const;

export type CtdcRow = Record<string, string>;

export interface CtdcSource {
  admittedOn: string;
  sex: string | null;
  age: number | null;
  nationalities: string[];
  /** From the trafficking profile; null when none was recorded. */
  categories: CtdcCategories | null;
  exploitationCountries: string[];
}

const flag = (on: boolean) => (on ? '1' : '0');

export function ctdcRow(s: CtdcSource): CtdcRow {
  const band = ctdcAgeBand(s.age);
  const cats = s.categories ?? {
    exploitation: [],
    labourSectors: [],
    sexualExploitation: [],
    meansOfControl: [],
    recruitment: [],
    recruiterRelationships: [],
  };
  const row: CtdcRow = {
    yearOfRegistration: s.admittedOn.slice(0, 4),
    Datasource: 'Case Management',
    gender: GENDER[s.sex ?? ''] ?? '',
    ageBroad: band === 'unknown' ? '' : AGE_BROAD[band],
    majorityStatus: s.age === null ? '' : s.age >= 18 ? 'Adult' : 'Minor',
    citizenship: s.nationalities[0] ?? '',
    // CTDC has one country per row: the first one recorded.
    CountryOfExploitation: s.exploitationCountries[0] ?? '',
  };
  for (const [m, c] of CONTROL_FLAGS) row[c] = flag(cats.meansOfControl.includes(m));
  for (const [e, c] of Object.entries(EXPLOITATION_FLAGS)) row[c] = flag(cats.exploitation.includes(e as CtdcExploitationCategory));
  for (const [l, c] of LABOUR_FLAGS) row[c] = flag(cats.labourSectors.includes(l));
  for (const [r, c] of RECRUITER_FLAGS) row[c] = flag(cats.recruiterRelationships.includes(r));
  return row;
}

/** RFC 4180, every field quoted, CTDC's column order. */
export function csvOf(rows: CtdcRow[]): Uint8Array {
  return Buffer.from(
    `${[csvLine(CTDC_COLUMNS), ...rows.map((r) => csvLine(CTDC_COLUMNS.map((c) => r[c] ?? '')))].join('\r\n')}\r\n`,
    'utf8',
  );
}

/** The same rows as one sheet, CTDC's column order; years and flags as numbers so they sum. */
export async function xlsxOf(rows: CtdcRow[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Amizero';
  const sheet = book.addWorksheet('CTDC');
  sheet.addRow([...CTDC_COLUMNS]).font = { bold: true };
  for (const r of rows) sheet.addRow(CTDC_COLUMNS.map((c) => cell(r[c] ?? '')));
  return new Uint8Array(await book.xlsx.writeBuffer());
}
