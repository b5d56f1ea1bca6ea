/**
 * Runs a worker entry point in Node for unit tests: a fake `self` collects what the worker
 * posts, and `handle` sends one request in the bridge's envelope and returns its response.
 * `vi.resetModules()` first, so every test gets a fresh copy of the worker's module state.
 */
import { expect, vi } from 'vitest';
import type { ReplyMessage } from '../../src/workers/protocol.ts';

export interface Posted<Res> {
  message: ReplyMessage<Res, never>;
  transfer: Transferable[];
}

export interface WorkerHarness<Req, Res> {
  /** Everything the worker posted, in order. */
  posted: Posted<Res>[];
  handle: (request: Req) => Promise<Res>;
}

export async function loadWorker<Req, Res>(load: () => Promise<unknown>): Promise<WorkerHarness<Req, Res>> {
  vi.resetModules();
  const posted: Posted<Res>[] = [];
  const fake = {
    postMessage: (message: Posted<Res>['message'], transfer: Transferable[] = []) => posted.push({ message, transfer }),
    onmessage: null as null | ((e: { data: unknown }) => Promise<void>),
  };
  (globalThis as unknown as { self: typeof fake }).self = fake;
  await load();
  let nextId = 1;
  const handle = async (request: Req): Promise<Res> => {
    const id = nextId++;
    await fake.onmessage?.({ data: { id, request } });
    const last = posted.at(-1) as Posted<Res>;
    expect(last.message).toMatchObject({ id, type: 'response' });
    return (last.message as { response: Res }).response;
  };
  return { posted, handle };
}
