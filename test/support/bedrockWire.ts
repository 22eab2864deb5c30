/**
 * Responders that speak Bedrock ConverseStream: `POST /model/<id>/converse-stream` answered with
 * binary event-stream messages written by the AWS SDK's own codec, and Bedrock's error shapes
 * (`x-amzn-errortype` + JSON `message`, or an exception message inside the stream).
 */
import { EventStreamCodec } from '@smithy/eventstream-codec';
import type { Responder } from './fakeHttpServer';
import { delay } from './fakeHttpServer';

const codec = new EventStreamCodec(
  (bytes) => new TextDecoder().decode(bytes),
  (text) => new TextEncoder().encode(text),
);

/** One event-stream message: an event (`messageStop`, `metadata` …) or an exception. */
export type BedrockFrame =
  | { readonly event: string; readonly body: unknown }
  | { readonly exception: string; readonly message: string };

/** Encodes one frame as the event-stream wire bytes. */
export function encodeFrame(frame: BedrockFrame): Uint8Array {
  const str = (value: string) => ({ type: 'string' as const, value });
  if ('exception' in frame) {
    return codec.encode({
      headers: { ':message-type': str('exception'), ':exception-type': str(frame.exception), ':content-type': str('application/json') },
      body: new TextEncoder().encode(JSON.stringify({ message: frame.message })),
    });
  }
  return codec.encode({
    headers: { ':message-type': str('event'), ':event-type': str(frame.event), ':content-type': str('application/json') },
    body: new TextEncoder().encode(JSON.stringify(frame.body)),
  });
}

export interface ConverseScript {
  readonly reasoning?: readonly string[];
  readonly text?: readonly string[];
  /** null: no messageStop event. */
  readonly stopReason?: string | null;
  /** The metadata usage; null: no metadata event. */
  readonly usage?: Record<string, number> | null;
  /** Frames written after the text (e.g. an exception). */
  readonly extra?: readonly BedrockFrame[];
  readonly end?: 'close' | 'destroy' | 'stall';
  readonly delayMs?: number;
}

/** The frames of a normal ConverseStream answer per `script`. */
export function converseFrames(script: ConverseScript): BedrockFrame[] {
  const frames: BedrockFrame[] = [{ event: 'messageStart', body: { role: 'assistant' } }];
  for (const text of script.reasoning ?? []) frames.push({ event: 'contentBlockDelta', body: { contentBlockIndex: 0, delta: { reasoningContent: { text } } } });
  if (script.reasoning?.length) frames.push({ event: 'contentBlockStop', body: { contentBlockIndex: 0 } });
  const index = script.reasoning?.length ? 1 : 0;
  for (const text of script.text ?? []) frames.push({ event: 'contentBlockDelta', body: { contentBlockIndex: index, delta: { text } } });
  frames.push({ event: 'contentBlockStop', body: { contentBlockIndex: index } });
  frames.push(...(script.extra ?? []));
  const stop = script.stopReason === undefined ? 'end_turn' : script.stopReason;
  if (stop !== null) frames.push({ event: 'messageStop', body: { stopReason: stop } });
  if (script.usage !== null) {
    frames.push({ event: 'metadata', body: { usage: script.usage ?? { inputTokens: 10, outputTokens: 5, totalTokens: 15 }, metrics: { latencyMs: 42 } } });
  }
  return frames;
}

/** Streams a ConverseStream answer. */
export function converseResponder(script: ConverseScript): Responder {
  return async (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/vnd.amazon.eventstream', 'x-amzn-requestid': 'bedrock-req-1' });
    for (const frame of converseFrames(script)) {
      if (script.delayMs) await delay(script.delayMs);
      res.write(encodeFrame(frame));
      // Bedrock ends the stream after an exception message.
      if ('exception' in frame) break;
    }
    const end = script.end ?? 'close';
    if (end === 'close') res.end();
    else if (end === 'destroy') setTimeout(() => res.socket?.destroy(), 20);
  };
}

/** A Bedrock HTTP error: `x-amzn-errortype` names the exception, the body carries the message. */
export function bedrockErrorResponder(status: number, type: string, message: string, headers: Record<string, string> = {}): Responder {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json', 'x-amzn-errortype': `${type}:http://internal.amazon.com/coral/com.amazon.bedrock/`, 'x-amzn-requestid': 'bedrock-err-1', ...headers });
    res.end(JSON.stringify({ message }));
  };
}
