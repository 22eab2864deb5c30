/** Anything with a `dispose()`: VS Code's Disposable, an EventEmitter, a registration. */
export interface IDisposable {
  dispose(): unknown;
}

/**
 * Disposes every item, even when some throw; rethrows the first error (or an AggregateError for
 * several) so a broken listener cannot keep the others alive.
 */
export function disposeAll(disposables: Iterable<IDisposable>): void {
  const errors: unknown[] = [];
  for (const d of disposables) {
    try {
      d.dispose();
    } catch (err) {
      errors.push(err);
    }
  }
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new AggregateError(errors, 'Several disposables failed to dispose');
}

/**
 * Base class for objects that own registrations and listeners: everything handed to `_register`
 * is disposed with the owner, and anything registered after disposal is disposed at once.
 */
export abstract class Disposable implements IDisposable {
  #disposed = false;
  readonly #owned: IDisposable[] = [];

  /** True once `dispose()` ran. */
  protected get isDisposed(): boolean {
    return this.#disposed;
  }

  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    disposeAll(this.#owned.splice(0).reverse());
  }

  /** Takes ownership of `value` and returns it, so it can be registered where it is created. */
  protected _register<T extends IDisposable>(value: T): T {
    if (this.#disposed) {
      value.dispose();
    } else {
      this.#owned.push(value);
    }
    return value;
  }
}
