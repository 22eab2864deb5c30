/**
 * A `fetch` for the openai client that watches the raw response bytes. The SDK hides two things a
 * careful client needs: SSE keep-alive comments (which must reset the idle watchdog, or a queued
 * DeepSeek request would be killed while waiting) and the `[DONE]` end marker (which tells a
 * complete stream from one cut short).
 */

export interface ByteObserver {
  /** Called for every chunk of body bytes. */
  onBytes(): void;
  /** Called once when a `data: [DONE]` line has been seen. */
  onDoneMarker(): void;
}

const MARKER = /data:\s?\[DONE\]/;

/** Wraps `fetch` so that the response body reports its bytes to `observer`. */
export function observingFetch(observer: ByteObserver, base: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    const response = await base(input, init);
    if (!response.body) return response;
    const decoder = new TextDecoder();
    let tail = '';
    let seen = false;
    const watch = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        observer.onBytes();
        if (!seen) {
          const text = tail + decoder.decode(chunk, { stream: true });
          if (MARKER.test(text)) {
            seen = true;
            observer.onDoneMarker();
          }
          tail = text.slice(-16);
        }
        controller.enqueue(chunk);
      },
    });
    return new Response(response.body.pipeThrough(watch), {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}
