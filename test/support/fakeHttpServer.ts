/**
 * A scriptable HTTP server on 127.0.0.1 for provider tests: each test queues responders (one per
 * request; the last one repeats) and reads back the requests it received.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the server saw it. */
export interface RecordedRequest {
  readonly method: string;
  /** Path with query string. */
  readonly url: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly rawBody: string;
  /** Parsed JSON body, or undefined. */
  readonly body: unknown;
}

export type Responder = (req: RecordedRequest, res: http.ServerResponse) => void | Promise<void>;

export class FakeHttpServer {
  readonly requests: RecordedRequest[] = [];
  private queue: Responder[] = [];

  private constructor(private readonly server: http.Server, readonly url: string) {}

  /** Starts a server on a free loopback port. */
  static async start(): Promise<FakeHttpServer> {
    const holder: { self?: FakeHttpServer } = {};
    const server = http.createServer((req, res) => void holder.self?.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    holder.self = new FakeHttpServer(server, `http://127.0.0.1:${port}`);
    return holder.self;
  }

  /** Sends one request from this process, so that Node's lazily loaded fetch is ready before timed tests. */
  async warmUp(): Promise<void> {
    await fetch(this.url).then((r) => r.text()).catch(() => undefined);
  }

  /** Queues responders for the next requests; the last one answers every later request too. */
  respond(...responders: Responder[]): this {
    this.queue = responders;
    this.requests.length = 0;
    return this;
  }

  /** Stops the server and drops every open connection (stalled responses included). */
  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    try {
      body = rawBody ? JSON.parse(rawBody) : undefined;
    } catch {
      body = undefined;
    }
    const recorded: RecordedRequest = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, rawBody, body };
    this.requests.push(recorded);
    const responder = this.queue.length > 1 ? this.queue.shift() : this.queue[0];
    if (!responder) {
      res.writeHead(500).end('no responder queued');
      return;
    }
    await responder(recorded, res);
  }
}

/** A loopback URL where nothing listens (connection refused). */
export async function refusedUrl(): Promise<string> {
  const server = await FakeHttpServer.start();
  const url = server.url;
  await server.close();
  return url;
}

/** Resolves after `ms`. */
export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
