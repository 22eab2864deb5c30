/**
 * Imported first by main.ts: zod probes `new Function` for its JIT, which the panel's CSP forbids
 * and reports as a violation even though zod catches the error. Jitless mode never probes.
 */
import * as z from 'zod';

z.config({ jitless: true });

/** Marker export so the import is kept for its effect. */
export const zodConfigured = true;
