/**
 * Decides whether a file is worth reading as source at all: binary files, huge files and minified
 * bundles are skipped with a note rather than parsed (they hold no hand-written calls, and parsing
 * them would dominate a scan's time).
 */

/** Files larger than this are skipped as "huge": generated or vendored code, not hand-written calls. */
export const MAX_SOURCE_BYTES = 512 * 1024;

/** A reason to skip a file, or null to read it. `head` is the start of the file (a few KB). */
export function skipReasonFor(name: string, sizeBytes: number, head: string): string | null {
  if (sizeBytes > MAX_SOURCE_BYTES) return `skipped: ${Math.round(sizeBytes / 1024)} KB is larger than the ${MAX_SOURCE_BYTES / 1024} KB limit for hand-written source`;
  if (head.includes('\u0000')) return 'skipped: binary file';
  if (/\.min\.(js|mjs|cjs)$/i.test(name)) return 'skipped: minified bundle';
  if (looksMinified(head)) return 'skipped: looks minified (very long lines)';
  return null;
}

/** Minified code: a long first chunk with almost no line breaks. */
function looksMinified(head: string): boolean {
  if (head.length < 4096) return false;
  let longest = 0;
  let start = 0;
  let lines = 0;
  for (let i = 0; i <= head.length; i++) {
    if (i === head.length || head.charCodeAt(i) === 10) {
      longest = Math.max(longest, i - start);
      start = i + 1;
      lines++;
    }
  }
  return longest > 2000 && head.length / lines > 500;
}
