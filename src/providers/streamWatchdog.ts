/**
 * Time limits the SDKs do not give: the openai package's `timeout` ends at the response headers, so
 * a stream that stalls afterwards would wait forever. The watchdog aborts the request when the
 * headers take too long or when no bytes arrive for too long, and remembers which one it was.
 */

/** Why the watchdog aborted: no headers in time, or silence after the headers. */
export type WatchdogReason = 'timeout' | 'stalled';

export class StreamWatchdog {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastActivity = 0;
  private limitMs = 0;
  private phase: WatchdogReason | null = null;
  /** Set once the watchdog has fired. */
  fired: WatchdogReason | null = null;

  constructor(
    private readonly headerTimeoutMs: number,
    private readonly idleTimeoutMs: number,
    private readonly onFire: (reason: WatchdogReason) => void,
    private readonly firstTokenTimeoutMs: number = idleTimeoutMs,
  ) {}

  /** Starts the header clock (call before sending). */
  expectHeaders(): void {
    this.arm('timeout', this.headerTimeoutMs);
  }

  /** Switches to the first-token clock (call once the headers are in). */
  expectData(): void {
    this.arm('stalled', this.firstTokenTimeoutMs);
  }

  /** Switches to the idle clock once tokens flow. */
  sawToken(): void {
    if (this.phase === 'stalled' && this.limitMs !== this.idleTimeoutMs) this.arm('stalled', this.idleTimeoutMs);
    else this.touch();
  }

  /** Notes that bytes or an event arrived. Cheap: no timer churn per chunk. */
  touch(): void {
    this.lastActivity = Date.now();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.phase = null;
  }

  private arm(phase: WatchdogReason, limitMs: number): void {
    clearTimeout(this.timer);
    this.phase = phase;
    this.limitMs = limitMs;
    this.lastActivity = Date.now();
    this.schedule(limitMs);
  }

  private schedule(ms: number): void {
    this.timer = setTimeout(() => this.check(), Math.max(1, ms));
    this.timer.unref?.();
  }

  private check(): void {
    if (this.phase === null) return;
    const quietFor = Date.now() - this.lastActivity;
    if (this.phase === 'stalled' && quietFor < this.limitMs) {
      this.schedule(this.limitMs - quietFor);
      return;
    }
    this.fired = this.phase;
    this.phase = null;
    this.onFire(this.fired);
  }
}
