/**
 * The envelope every worker speaks, and the worker side of the bridge (the page side is
 * src/components/worker-bridge.ts). The page sends `{ id, request }`; the worker answers with any
 * number of `{ id, type: 'progress', progress }` and then exactly one
 * `{ id, type: 'response', response }`. Request, progress and response types are each worker's
 * own (its *-protocol.ts), so a worker with no progress declares `never` for it.
 *
 * Cancelling is the page's business: it terminates the worker (the only way to stop synchronous
 * work inside it) and starts a fresh one, so a handler never polls for an abort.
 */
// Direct module imports (not the engine's barrel), so a worker bundle carries only what it uses.
import { toPixelMap } from '../lib/diffusion/to-pixel-map.ts';
import { type PixelMap, toRGBA } from '../lib/pixel-map.ts';

export interface RequestMessage<Req> {
  id: number;
  request: Req;
}

export type ReplyMessage<Res, Prog> =
  | { id: number; type: 'progress'; progress: Prog }
  | { id: number; type: 'response'; response: Res };

/** A handler's answer: the response and the buffers in it to transfer rather than copy. */
export interface Reply<Res> {
  response: Res;
  transfer?: Transferable[];
}

/** Posts a progress message for the request being handled. */
export type ProgressSink<Prog> = (progress: Prog, transfer?: Transferable[]) => void;

export type Handler<Req, Res, Prog> = (request: Req, progress: ProgressSink<Prog>) => Reply<Res> | Promise<Reply<Res>>;

/** What `serve` needs of the worker's global scope (a fake one in unit tests). */
export interface WorkerScope {
  onmessage: ((event: { data: unknown }) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
}

/**
 * Makes `handle` the worker's message handler: it receives each request and posts its progress
 * and its response under the request's id. A handler that throws gets no response here; each
 * protocol's response type has its own `ok: false` form, which the handler returns instead.
 */
export function serve<Req, Res, Prog = never>(
  handle: Handler<Req, Res, Prog>,
  scope: WorkerScope = self as unknown as WorkerScope,
): void {
  scope.onmessage = async (event) => {
    const { id, request } = event.data as RequestMessage<Req>;
    const progress: ProgressSink<Prog> = (p, transfer = []) => {
      const message: ReplyMessage<Res, Prog> = { id, type: 'progress', progress: p };
      scope.postMessage(message, transfer);
    };
    const { response, transfer = [] } = await handle(request, progress);
    const message: ReplyMessage<Res, Prog> = { id, type: 'response', response };
    scope.postMessage(message, transfer);
  };
}

/** A protocol's answer when the request failed: the engine's message, shown to the reader. */
export interface Failure {
  ok: false;
  message: string;
}

/**
 * How a sampling worker sends a picture: a [−1, 1] interleaved RGB float image as RGBA bytes
 * (the engine's toPixelMap rounding, the same as the build's prerendered pictures), in a buffer
 * the page handed back (`reuse`) when one of the right size is there. `rgb` is filled on the way
 * and can be read afterwards (the bytes the frame shows).
 */
export function rgbaFrame(image: Float32Array, rgb: PixelMap, spare: ArrayBuffer[]): ArrayBuffer {
  toPixelMap(image, { width: rgb.width, height: rgb.height, out: rgb });
  const bytes = rgb.width * rgb.height * 4;
  const i = spare.findIndex((b) => b.byteLength === bytes);
  const out = i >= 0 ? new Uint8ClampedArray(spare.splice(i, 1)[0]) : new Uint8ClampedArray(bytes);
  return toRGBA(rgb, { out }).buffer as ArrayBuffer;
}

/**
 * What every sampling worker (denoise, learned) sends after each step: which run and step the
 * frame belongs to and the image x_t, as RGBA bytes of width × height (transferred).
 */
export interface SamplingFrame {
  ok: true;
  /** Identifies the run: the page drops frames of any other run. */
  key: string;
  /** Steps done: x_t is after this many steps; 0 = x_T. */
  step: number;
  steps: number;
  /** The timestep x_t is now at (T at step 0, 0 after the last step). */
  t: number;
  width: number;
  height: number;
  xt: ArrayBuffer;
  /** FLOPs before the first step (drawing x_T). */
  setupFlops: number;
  /** Worker time spent on this request, milliseconds. */
  milliseconds: number;
}
