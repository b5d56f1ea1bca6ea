/**
 * The worker bridge end to end in Node: WorkerBridge (page side) talking to serve (worker side)
 * through a fake Worker that delivers messages asynchronously, as a real one does.
 */
import { describe, expect, it } from 'vitest';
import { WorkerBridge } from '../../src/components/worker-bridge.ts';
import { type Handler, serve, type WorkerScope } from '../../src/workers/protocol.ts';

interface FakeWorker {
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
  terminate(): void;
  terminated: boolean;
}

/** A bridge whose every (re)started worker runs `handler`; `workers` lists the workers created. */
function setup<Req, Res, Prog>(handler: Handler<Req, Res, Prog>) {
  const workers: FakeWorker[] = [];
  const bridge = new WorkerBridge<Req, Res, Prog>(() => {
    const scope: WorkerScope = {
      onmessage: null,
      postMessage: (message) => {
        setTimeout(() => {
          if (!worker.terminated) worker.onmessage?.({ data: message } as MessageEvent);
        });
      },
    };
    const worker: FakeWorker = {
      onmessage: null,
      onerror: null,
      terminated: false,
      postMessage: (message) => {
        setTimeout(() => {
          if (!worker.terminated) scope.onmessage?.({ data: message });
        });
      },
      terminate: () => {
        worker.terminated = true;
      },
    };
    serve(handler, scope);
    workers.push(worker);
    return worker as unknown as Worker;
  });
  return { bridge, workers };
}

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('WorkerBridge + serve', () => {
  it('resolves with the response and hands each progress message to onProgress, in order', async () => {
    const { bridge } = setup<{ n: number }, { sum: number }, { done: number }>(async (req, progress) => {
      let sum = 0;
      for (let i = 1; i <= req.n; i++) {
        sum += i;
        progress({ done: i });
      }
      return { response: { sum } };
    });
    const seen: number[] = [];
    const res = await bridge.call({ n: 4 }, { onProgress: (p) => seen.push(p.done) });
    expect(res).toEqual({ sum: 10 });
    expect(seen).toEqual([1, 2, 3, 4]);
    expect(bridge.busy).toBe(false);
  });

  it('a new call cancels the one in flight: it rejects with AbortError and its worker is terminated', async () => {
    const { bridge, workers } = setup<{ wait: number }, string, never>(async (req) => {
      await later(req.wait);
      return { response: `waited ${req.wait}` };
    });
    const first = bridge.call({ wait: 50 });
    const second = bridge.call({ wait: 1 });
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    await expect(second).resolves.toBe('waited 1');
    expect(workers).toHaveLength(2);
    expect(workers[0].terminated).toBe(true);
    expect(workers[1].terminated).toBe(false);
  });

  it('aborting the signal cancels the call; an already aborted signal never starts one', async () => {
    const { bridge, workers } = setup<number, number, never>(async (ms) => {
      await later(ms);
      return { response: ms };
    });
    const abort = new AbortController();
    const call = bridge.call(50, { signal: abort.signal });
    abort.abort();
    await expect(call).rejects.toMatchObject({ name: 'AbortError' });
    expect(workers[0].terminated).toBe(true);
    await expect(bridge.call(1, { signal: abort.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(workers).toHaveLength(1);
    await expect(bridge.call(1)).resolves.toBe(1);
  });

  it('ignores progress and responses of a cancelled call', async () => {
    const { bridge } = setup<string, string, string>(async (req, progress) => {
      progress(`${req} progress`);
      await later(req === 'slow' ? 30 : 1);
      return { response: req };
    });
    const seen: string[] = [];
    const slow = bridge.call('slow', { onProgress: (p) => seen.push(p) }).catch((e: Error) => e.name);
    await later(5);
    const fast = await bridge.call('fast', { onProgress: (p) => seen.push(p) });
    expect(await slow).toBe('AbortError');
    expect(fast).toBe('fast');
    await later(40);
    expect(seen).toEqual(['slow progress', 'fast progress']);
  });

  it('passes the transfer list of a response to postMessage', async () => {
    const calls: Transferable[][] = [];
    const scope: WorkerScope = { onmessage: null, postMessage: (_m, transfer = []) => calls.push(transfer) };
    const buffer = new ArrayBuffer(8);
    serve<null, ArrayBuffer, never>(() => ({ response: buffer, transfer: [buffer] }), scope);
    await scope.onmessage?.({ data: { id: 7, request: null } });
    expect(calls).toEqual([[buffer]]);
  });

  it('a worker error rejects the call in flight with its message', async () => {
    const { bridge, workers } = setup<null, null, never>(() => new Promise(() => {}));
    const call = bridge.call(null);
    workers[0].onerror?.({ message: 'boom' } as ErrorEvent);
    await expect(call).rejects.toThrow('boom');
    expect(bridge.busy).toBe(false);
  });
});
