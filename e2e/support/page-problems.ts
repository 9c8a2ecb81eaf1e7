import type { Page } from '@playwright/test';

export interface PageProblems {
  /** Uncaught exceptions in the page. */
  errors: string[];
  /** Everything the strict CSP refused, with the directive and where it came from. */
  cspRefusals: string[];
}

/**
 * Collects what a person would never see but a reviewer must. A CSP refusal means the
 * packaged app (same policy) behaves differently from what the screenshots suggest, so
 * each one is recorded from the page's own `securitypolicyviolation` event, which, unlike
 * console text, reports every refusal with its directive and source position.
 * Call before the first navigation.
 */
export async function collectPageProblems(page: Page): Promise<PageProblems> {
  const problems: PageProblems = { errors: [], cspRefusals: [] };
  page.on('pageerror', (e) => problems.errors.push(e.message));
  await page.exposeBinding('__reportCspRefusal', ({ frame }, text: string) => {
    problems.cspRefusals.push(`${new URL(frame.url()).hash || '/'}: ${text}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const target = e.target instanceof Element ? `<${e.target.tagName.toLowerCase()}>` : 'document';
      const where = `${e.sourceFile.replace(location.origin, '')}:${e.lineNumber}:${e.columnNumber}`;
      const report = (window as unknown as { __reportCspRefusal?: (t: string) => void }).__reportCspRefusal;
      report?.(`${e.effectiveDirective} refused for ${target} at ${where}`);
    });
  });
  return problems;
}
