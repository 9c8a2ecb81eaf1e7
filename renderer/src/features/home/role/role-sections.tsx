import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import type { Role } from '../../../../../shared/roles';
import { useSessionStore } from '../../../stores/session';

/**
 * Home by role: the cards each role sees first, each its own lazily loaded chunk. This is
 * the hook the other parts of the app fill: Rehabilitation adds the counsellor's week,
 * Reintegration the social worker's visits due and overdue and her caseload, each with one
 * line here (their card fed by their own core channel).
 */
export const HOME_SECTIONS: Record<Role, LazyExoticComponent<ComponentType>[]> = {
  manager: [lazy(() => import('./ManagerChartsCard'))],
  counsellor: [],
  social_worker: [],
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
