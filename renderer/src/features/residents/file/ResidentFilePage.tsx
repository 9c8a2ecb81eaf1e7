import { Anchor, Stack, Tabs } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { useT } from '../../../i18n/useT';
import { canCall, canOnResident } from '../../../permissions/can';
import { useSessionStore } from '../../../stores/session';
import { useResidentFileStore } from './file-store';
import { FILE_TAB_INFO, FILE_TABS, tabFromParam, type FileTab } from './file-tabs';
import { FileHeader } from './FileHeader';
import { FileTabPanel } from './FileTabPanel';
import { BreakGlassBanner, BreakGlassPanel } from './BreakGlass';

/**
 * One resident's file: a header with who she is and what can be done, and a tab per part of
 * the record. The tab lives in the address (`?tab=identity`) so Back returns to the last one.
 */
export default function ResidentFilePage() {
  const t = useT();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const role = useSessionStore((s) => s.user?.role);
  const { file, error, relation } = useResidentFileStore();
  const visible = FILE_TABS.filter((tab) => canOnResident(role, relation ?? 'assigned', FILE_TAB_INFO[tab].channel));
  const asked = tabFromParam(params.get('tab'));
  const tab: FileTab = visible.includes(asked) ? asked : 'overview';

  useEffect(() => {
    useResidentFileStore.getState().open(id);
    return () => useResidentFileStore.getState().close();
  }, [id]);

  // A confirmation belongs to the tab it was shown on (as AppLayout does for pages).
  useEffect(() => notifications.clean(), [tab]);

  const back = (
    <Anchor component={Link} to="/residents" size="sm">
      {t('residentFile.backToList')}
    </Anchor>
  );

  if (error?.code === 'RESIDENT_NOT_ASSIGNED' && canCall(role, 'residents.breakGlass')) {
    return (
      <Stack gap="md" align="flex-start">
        {back}
        <BreakGlassPanel residentId={id} onOpened={() => useResidentFileStore.getState().open(id)} />
      </Stack>
    );
  }
  if (error) {
    return (
      <Stack gap="md" maw={720} align="flex-start">
        {back}
        <ErrorAlert error={error} message={error.code === 'NOT_FOUND' ? t('residentFile.notFound') : undefined} />
      </Stack>
    );
  }
  if (!file || file.id !== id) return <PageLoader />;

  return (
    <Stack gap="md">
      {back}
      <BreakGlassBanner residentId={file.id} />
      <FileHeader file={file} />
      <Tabs
        value={tab}
        // Each tab is a history entry, so Back walks back through the tabs visited.
        onChange={(next) => next && setParams({ tab: next })}
        keepMounted={false}
        variant="outline"
      >
        <Tabs.List aria-label={t('residentFile.tabsLabel')}>
          {visible.map((key) => (
            <Tabs.Tab key={key} value={key}>
              {t(FILE_TAB_INFO[key].label)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {visible.map((key) => (
          <Tabs.Panel key={key} value={key} pt="md">
            <FileTabPanel tab={key} file={file} onOpenTab={(next) => setParams({ tab: next })} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
