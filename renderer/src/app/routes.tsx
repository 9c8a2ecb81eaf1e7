import { MyWeekPage } from '../features/rehabilitation/MyWeekPage';
import { lazy } from 'react';
import { HashRouter, Link, Route, Routes } from 'react-router';
import { Button, Stack, Text, Title } from '@mantine/core';
import { AppLayout } from '../features/layout/AppLayout';
import { HomePage } from '../features/home/HomePage';
import { ChangePasswordPage } from '../features/password/ChangePasswordPage';
import { RequireChannel } from '../permissions/RequireChannel';
import { useT } from '../i18n/useT';

// Pages beyond Home load on first visit, keeping the first screen's bundle small.
const StaffPage = lazy(() => import('../features/staff/StaffPage'));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage'));
const AuditLogPage = lazy(() => import('../features/audit-log/AuditLogPage'));
const RetentionPage = lazy(() => import('../features/erasure/RetentionPage'));
const ResidentsPage = lazy(() => import('../features/residents/ResidentsPage'));
const AdmitPage = lazy(() => import('../features/residents/admit/AdmitPage'));
const BedBoardPage = lazy(() => import('../features/residents/beds/BedBoardPage'));
const ResidentFilePage = lazy(() => import('../features/residents/file/ResidentFilePage'));
const BackupPage = lazy(() => import('../features/backup/BackupPage'));
const PartnersPage = lazy(() => import('../features/partners/PartnersPage'));
const ReportsPage = lazy(() => import('../features/reports/ReportsPage'));
const AnonymisedExportPage = lazy(() => import('../features/reports/AnonymisedExportPage'));
const OutreachPage = lazy(() => import('../features/outreach/OutreachPage'));
const MyVisitsPage = lazy(() => import('../features/reintegration/MyVisitsPage'));
const RightsPage = lazy(() => import('../features/rights/RightsPage'));

function NotFound() {
  const t = useT();
  return (
    <Stack align="flex-start">
      <Title order={2}>{t('common.notFound')}</Title>
      <Text>{t('common.notFoundBody')}</Text>
      <Button component={Link} to="/">
        {t('common.goHome')}
      </Button>
    </Stack>
  );
}

/** Hash routes: the app is served from a custom protocol with no server to resolve paths. */
export function AppRoutes() {
  return (
    <HashRouter>
      <Routes>
        <Route element={<AppLayout />}>
          <Route index element={<HomePage />} />
          <Route
            path="residents"
            element={
              <RequireChannel channel="residents.search">
                <ResidentsPage />
              </RequireChannel>
            }
          />
          <Route
            path="residents/new"
            element={
              <RequireChannel channel="residents.admit">
                <AdmitPage />
              </RequireChannel>
            }
          />
          <Route
            path="my-week"
            element={
              <RequireChannel channel="counselling.myWeek">
                <MyWeekPage />
              </RequireChannel>
            }
          />
          <Route
            path="beds"
            element={
              <RequireChannel channel="residents.bedBoard">
                <BedBoardPage />
              </RequireChannel>
            }
          />
          <Route
            path="residents/:id"
            element={
              <RequireChannel channel="residents.get">
                <ResidentFilePage />
              </RequireChannel>
            }
          />
          <Route
            path="visits"
            element={
              <RequireChannel channel="reintegration.myVisits">
                <MyVisitsPage />
              </RequireChannel>
            }
          />
          <Route
            path="staff"
            element={
              <RequireChannel channel="users.list">
                <StaffPage />
              </RequireChannel>
            }
          />
          <Route
            path="settings"
            element={
              <RequireChannel channel="settings.get">
                <SettingsPage />
              </RequireChannel>
            }
          />
          <Route
            path="partners"
            element={
              <RequireChannel channel="partners.list">
                <PartnersPage />
              </RequireChannel>
            }
          />
          <Route
            path="retention"
            element={
              <RequireChannel channel="retention.review">
                <RetentionPage />
              </RequireChannel>
            }
          />
          <Route
            path="audit"
            element={
              <RequireChannel channel="audit.list">
                <AuditLogPage />
              </RequireChannel>
            }
          />
          <Route
            path="backup"
            element={
              <RequireChannel channel="backup.create">
                <BackupPage />
              </RequireChannel>
            }
          />
          <Route
            path="reports"
            element={
              <RequireChannel channel="reports.run">
                <ReportsPage />
              </RequireChannel>
            }
          />
          <Route
            path="reports/anonymised"
            element={
              <RequireChannel channel="reports.anonymised">
                <AnonymisedExportPage />
              </RequireChannel>
            }
          />
          <Route
            path="outreach"
            element={
              <RequireChannel channel="outreach.list">
                <OutreachPage />
              </RequireChannel>
            }
          />
          <Route
            path="rights"
            element={
              <RequireChannel channel="rights.register">
                <RightsPage />
              </RequireChannel>
            }
          />
          <Route path="account/password" element={<ChangePasswordPage />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </HashRouter>
  );
}
