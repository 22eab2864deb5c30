/**
 * Long loops on the main thread (a scan's walk, screening and parsing) await a pauser after each
 * step: every few milliseconds it yields to the event loop, so that an extension host stays
 * responsive, a worker's messages arrive and a cancellation is seen.
 */

/** How long a loop may keep the event loop before it lets other work run. */
const SLICE_MS = 12;

/** A function to await after each step of a loop. */
export function pauser(): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < SLICE_MS) return;
    await new Promise((resolve) => setImmediate(resolve));
    sliceStart = performance.now();
  };
}
