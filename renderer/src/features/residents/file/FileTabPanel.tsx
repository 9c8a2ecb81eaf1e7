import type { ResidentFile } from '../../../../../shared/domain/resident';
import { useCanOnFile } from './useCanOnFile';
import { CarePanel } from './CarePanel';
import { ConsentTab } from './ConsentTab';
import { DocumentsTab } from './DocumentsTab';
import type { FileTab } from './file-tabs';
import { HistoryTab } from './HistoryTab';
import { IdentityTab } from './IdentityTab';
import { OverviewTab } from './OverviewTab';
import { ProfileTab } from './ProfileTab';
import { ReferralAdmissionTab } from './ReferralAdmissionTab';
import { ReferralsOutPanel } from './ReferralsOutPanel';
import { RehabilitationTab } from '../../rehabilitation/RehabilitationTab';
import { CounsellingTab } from '../../rehabilitation/CounsellingTab';
import { ReintegrationTab } from '../../reintegration/ReintegrationTab';

interface Props {
  tab: FileTab;
  file: ResidentFile;
  onOpenTab: (tab: FileTab) => void;
}

/** The content of one tab; only the open tab is mounted, so only its data is asked for. */
export function FileTabPanel({ tab, file, onOpenTab }: Props) {
  const canReadCare = useCanOnFile('residents.care.get');
  const canReadReferralsOut = useCanOnFile('residents.referralsOut.list');
  switch (tab) {
    case 'overview':
      return <OverviewTab file={file} onOpenTab={onOpenTab} care={canReadCare ? <CarePanel /> : undefined} />;
    case 'identity':
      return <IdentityTab file={file} />;
    case 'referral':
      return (
        <ReferralAdmissionTab file={file} referralsOut={canReadReferralsOut ? <ReferralsOutPanel residentId={file.id} /> : undefined} />
      );
    case 'profile':
      return <ProfileTab file={file} />;
    case 'consent':
      return <ConsentTab file={file} />;
    case 'documents':
      return <DocumentsTab residentId={file.id} />;
    case 'rehabilitation':
      return <RehabilitationTab residentId={file.id} />;
    case 'counselling':
      return <CounsellingTab residentId={file.id} label={`${file.code} · ${file.displayName}`} />;
    case 'reintegration':
      return <ReintegrationTab file={file} />;
    case 'history':
      return <HistoryTab file={file} />;
  }
}
