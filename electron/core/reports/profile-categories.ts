import {
  ctdcCategories,
  type CtdcCategories,
  type ExploitationType,
  type LabourSector,
  type MeansOfControl,
  type RecruiterRelationship,
  type RecruitmentMethod,
} from '../../../shared/enums/trafficking';
import type { ReportProfileRow } from './repository';

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
