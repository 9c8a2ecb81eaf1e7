import {
  ctdcCategories,
  type TraffickingStatus,
  type CtdcCategories,
  type ExploitationType,
  type LabourSector,
  type MeansOfControl,
  type RecruiterRelationship,
  type RecruitmentMethod,
} from '../../../shared/enums/trafficking';
import type { ReportProfileRow } from './repository';
import type { ProfileValues } from './htcds-rows';

const json = (s: string) => JSON.parse(s) as string[];

/** A stored profile's CTDC/HTCDS categories, for the reports and the anonymised export alike. */
export function profileCategories(p: ReportProfileRow): CtdcCategories {
  return ctdcCategories({
    exploitationTypes: json(p.exploitation_types) as ExploitationType[],
    labourSectors: json(p.labour_sectors) as LabourSector[],
    sexualExploitationTypes: [],
    meansOfControl: json(p.means_of_control) as MeansOfControl[],
    recruitmentMethods: json(p.recruitment_methods) as RecruitmentMethod[],
    recruiterRelationships: json(p.recruiter_relationships) as RecruiterRelationship[],
  });
}

/** A stored profile's values as recorded, for the HTCDS codes of the anonymised export. */
export function profileValues(p: ReportProfileRow): ProfileValues {
  return {
    status: p.trafficking_status as TraffickingStatus | null,
    exploitationTypes: json(p.exploitation_types) as ExploitationType[],
    labourSectors: json(p.labour_sectors) as LabourSector[],
    meansOfControl: json(p.means_of_control) as MeansOfControl[],
    recruitmentMethods: json(p.recruitment_methods) as RecruitmentMethod[],
    recruiterRelationships: json(p.recruiter_relationships) as RecruiterRelationship[],
    exploitationCountries: json(p.exploitation_countries),
  };
}
