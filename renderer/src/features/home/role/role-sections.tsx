import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import type { Role } from '../../../../../shared/roles';
import { useSessionStore } from '../../../stores/session';

/**
 * Home by role: the cards each role sees first, each its own lazily loaded chunk. Of these,
 * the counsellor's week and the social worker's visits are fed by the same core queries as
 * My week and My visits; the caseload of both is the "My residents" card above them.
 */
export const HOME_SECTIONS: Record<Role, LazyExoticComponent<ComponentType>[]> = {
  manager: [lazy(() => import('./ManagerChartsCard'))],
  counsellor: [lazy(() => import('./CounsellorWeekCard'))],
  social_worker: [lazy(() => import('./SocialWorkerVisitsCard'))],
  reporting: [lazy(() => import('./ReportingHomeCard'))],
};

export function RoleSections() {
  const role = useSessionStore((s) => s.user?.role);
  if (!role) return null;
  return (
    <>
      {HOME_SECTIONS[role].map((Section, i) => (
        <Suspense key={i} fallback={null}>
          <Section />
        </Suspense>
      ))}
    </>
  );
}
