import { Button, Group } from '@mantine/core';
import { IconBed, IconDoorEnter, IconDoorExit, IconEraser } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useState } from 'react';
import type { ResidentFile } from '../../../../../shared/domain/resident';
import { useT } from '../../../i18n/useT';
import { useCanOnFile } from './useCanOnFile';
import { AssignBedDialog } from '../stay/AssignBedDialog';
import { DischargeDialog } from '../stay/DischargeDialog';
import { ReadmitDialog } from '../stay/ReadmitDialog';
import { currentBed } from './file-facts';
import { useResidentFileStore } from './file-store';
import { EraseDialog } from '../../erasure/EraseDialog';
import { AccessExportButton } from '../../rights/AccessExportButton';

type Dialog = 'bed' | 'discharge' | 'readmit' | 'erase' | null;

/** What can be done to the stay from the file; each button only for a role core allows. */
export function FileActions({ file }: { file: ResidentFile }) {
  const t = useT();
  const [open, setOpen] = useState<Dialog>(null);
  const canAssign = useCanOnFile('residents.assignBed');
  const canDischarge = useCanOnFile('residents.discharge');
  const canReadmit = useCanOnFile('residents.readmit');
  // Erasure is for a file with no open stay (core refuses one by name).
  const canErase = useCanOnFile('erasure.erase');
  const navigate = useNavigate();
  const canExport = useCanOnFile('residents.accessExport');
  const admitted = file.status === 'admitted';
  const close = () => setOpen(null);
  const replace = (next: ResidentFile) => {
    close();
    useResidentFileStore.getState().replace(next);
  };

  if (!(admitted ? canAssign || canDischarge : canReadmit || canErase) && !canExport) return null;

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
      {!admitted && canErase && (
        <Button variant="subtle" color="red" leftSection={<IconEraser size={18} aria-hidden />} onClick={() => setOpen('erase')}>
          {t('erasure.open')}
        </Button>
      )}
      {open === 'erase' && <EraseDialog residentId={file.id} onClose={close} onErased={() => navigate('/residents')} />}
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
      {open === 'discharge' && (
        // The dialog stays open after the discharge to offer the follow-up year; it closes itself.
        <DischargeDialog resident={file} onClose={close} onDone={(next) => useResidentFileStore.getState().replace(next)} />
      )}
      {open === 'readmit' && <ReadmitDialog resident={file} onClose={close} onDone={replace} />}
    </Group>
  );
}
