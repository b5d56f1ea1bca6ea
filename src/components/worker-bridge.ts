/**
 * The page side of the worker bridge (the worker side and the envelope: src/workers/protocol.ts).
 * One request is in flight at a time: a new call, or an abort through the call's AbortSignal,
 * terminates the worker (the only way to stop synchronous work inside it) and starts a fresh one
 * on the next call, so a stale response never arrives and the page never waits on it. Progress
 * messages of the call in flight reach its `onProgress`; the response settles its promise.
 */
import type { ReplyMessage, RequestMessage } from '../workers/protocol.ts';

export interface CallOptions<Prog> {
  /** Buffers in the request to transfer rather than copy. */
  transfer?: Transferable[];
  /** Aborting cancels the call (its promise rejects with an AbortError). */
  signal?: AbortSignal;
  /** Receives each progress message of this call. */
  onProgress?: (progress: Prog) => void;
}

interface Pending<Res, Prog> {
  id: number;
  resolve: (response: Res) => void;
  reject: (error: Error) => void;
  onProgress?: (progress: Prog) => void;
  detach: () => void;
}

function abortError(): DOMException {
  return new DOMException('cancelled', 'AbortError');
}

export class WorkerBridge<Req, Res, Prog = never> {
  private worker: Worker | null = null;
  private pending: Pending<Res, Prog> | null = null;
  private nextId = 1;
  private readonly create: () => Worker;

  constructor(create: () => Worker) {
    this.create = create;
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = this.create();
    worker.onmessage = (event: MessageEvent<ReplyMessage<Res, Prog>>) => {
      const p = this.pending;
      const message = event.data;
      if (!p || message.id !== p.id) return;
      if (message.type === 'progress') {
        p.onProgress?.(message.progress);
        return;
      }
      this.pending = null;
      p.detach();
      p.resolve(message.response);
    };
    worker.onerror = (event) => {
      const p = this.pending;
      this.pending = null;
      p?.detach();
      p?.reject(new Error(event.message || 'the worker failed'));
    };
    this.worker = worker;
    return worker;
  }

  /** Sends a request; a call already in flight is cancelled first (its promise rejects with AbortError). */
  call(request: Req, options: CallOptions<Prog> = {}): Promise<Res> {
    const { transfer = [], signal, onProgress } = options;
    if (this.pending) this.cancel();
    if (signal?.aborted) return Promise.reject(abortError());
    const id = this.nextId++;
    const worker = this.ensure();
    return new Promise<Res>((resolve, reject) => {
      const onAbort = () => {
        if (this.pending?.id === id) this.cancel();
      };
      signal?.addEventListener('abort', onAbort);
      const detach = () => signal?.removeEventListener('abort', onAbort);
      this.pending = { id, resolve, reject, onProgress, detach };
      const message: RequestMessage<Req> = { id, request };
      worker.postMessage(message, transfer);
    });
  }

  /** Whether a call is in flight. */
  get busy(): boolean {
    return this.pending !== null;
  }

  /** Cancels the call in flight, if any, by terminating the worker. */
  cancel(): void {
    const p = this.pending;
    this.pending = null;
    this.worker?.terminate();
    this.worker = null;
    p?.detach();
    p?.reject(abortError());
  }

  dispose(): void {
    this.cancel();
  }
}
