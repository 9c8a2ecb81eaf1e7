import { Button, Group } from '@mantine/core';
import { IconBed, IconDoorEnter, IconDoorExit } from '@tabler/icons-react';
import { useState } from 'react';
import type { ResidentFile } from '../../../../../shared/domain/resident';
import { useT } from '../../../i18n/useT';
import { useCanOnFile } from './useCanOnFile';
import { AssignBedDialog } from '../stay/AssignBedDialog';
import { DischargeDialog } from '../stay/DischargeDialog';
import { ReadmitDialog } from '../stay/ReadmitDialog';
import { currentBed } from './file-facts';
import { useResidentFileStore } from './file-store';
import { AccessExportButton } from '../../rights/AccessExportButton';

type Dialog = 'bed' | 'discharge' | 'readmit' | null;

/** What can be done to the stay from the file; each button only for a role core allows. */
export function FileActions({ file }: { file: ResidentFile }) {
  const t = useT();
  const [open, setOpen] = useState<Dialog>(null);
  const canAssign = useCanOnFile('residents.assignBed');
  const canDischarge = useCanOnFile('residents.discharge');
  const canReadmit = useCanOnFile('residents.readmit');
  const canExport = useCanOnFile('residents.accessExport');
  const admitted = file.status === 'admitted';
  const close = () => setOpen(null);
  const replace = (next: ResidentFile) => {
    close();
    useResidentFileStore.getState().replace(next);
  };

  if (!(admitted ? canAssign || canDischarge : canReadmit) && !canExport) return null;

  return (
    <Group gap="sm" role="group" aria-label={t('residentFile.actions.label')} wrap="nowrap" style={{ flexShrink: 0 }}>
      {canExport && <AccessExportButton file={file} />}
      {admitted && canAssign && (
        <Button variant="default" leftSection={<IconBed size={18} aria-hidden />} onClick={() => setOpen('bed')}>
          {currentBed(file) ? t('residentFile.actions.moveBed') : t('residentFile.actions.assignBed')}
        </Button>
      )}
      {admitted && canDischarge && (
        <Button variant="default" leftSection={<IconDoorExit size={18} aria-hidden />} onClick={() => setOpen('discharge')}>
          {t('residentFile.actions.discharge')}
        </Button>
      )}
      {!admitted && canReadmit && (
        <Button leftSection={<IconDoorEnter size={18} aria-hidden />} onClick={() => setOpen('readmit')}>
          {t('residentFile.actions.readmit')}
        </Button>
      )}
      {open === 'bed' && (
        <AssignBedDialog
          resident={file}
          onClose={close}
          onDone={(beds) => {
            close();
            useResidentFileStore.getState().replace({ ...file, beds });
          }}
        />
      )}
      {open === 'discharge' && <DischargeDialog resident={file} onClose={close} onDone={replace} />}
      {open === 'readmit' && <ReadmitDialog resident={file} onClose={close} onDone={replace} />}
    </Group>
  );
}
