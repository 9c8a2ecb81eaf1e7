import { z } from 'zod';

/**
 * zod compiles fast object parsers with `new Function` when it can, and probes for that
 * ability on first use. The strict CSP forbids eval, so the probe alone is reported as a
 * violation: the renderer tells zod up front to stay on its interpreted path.
 * Imported first by main.tsx so it runs before any schema parses anything.
 */
z.config({ jitless: true });
