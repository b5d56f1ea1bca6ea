/**
 * A cancellable bridge to a worker that answers one request at a time. A new call while one is
 * in flight, or an abort, terminates the worker (the only way to stop synchronous work inside
 * it) and starts a fresh one, so stale results never arrive and the page never waits on them.
 */
export class WorkerClient<Req extends { id: number }, Res extends { id: number }> {
  private worker: Worker | null = null;
  private pending: { id: number; resolve: (r: Res) => void; reject: (e: Error) => void } | null = null;
  private nextId = 1;
  private readonly create: () => Worker;

  constructor(create: () => Worker) {
    this.create = create;
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = this.create();
    worker.onmessage = (event: MessageEvent<Res>) => {
      const p = this.pending;
      if (p && event.data.id === p.id) {
        this.pending = null;
        p.resolve(event.data);
      }
    };
    worker.onerror = (event) => {
      const p = this.pending;
      this.pending = null;
      p?.reject(new Error(event.message || 'the worker failed'));
    };
    this.worker = worker;
    return worker;
  }

  /** Sends a request; a request already in flight is cancelled (its promise rejects with AbortError). */
  call(req: Omit<Req, 'id'>, transfer: Transferable[] = [], signal?: AbortSignal): Promise<Res> {
    if (this.pending) this.cancel();
    const id = this.nextId++;
    const worker = this.ensure();
    return new Promise<Res>((resolve, reject) => {
      this.pending = { id, resolve, reject };
      signal?.addEventListener('abort', () => {
        if (this.pending?.id === id) this.cancel();
      });
      worker.postMessage({ ...req, id }, transfer);
    });
  }

  get busy(): boolean {
    return this.pending !== null;
  }

  cancel(): void {
    const p = this.pending;
    this.pending = null;
    this.worker?.terminate();
    this.worker = null;
    p?.reject(new DOMException('cancelled', 'AbortError'));
  }

  dispose(): void {
    this.cancel();
  }
}
