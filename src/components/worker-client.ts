/**
 * @deprecated Use WorkerBridge (worker-bridge.ts): typed progress, options object. This is the
 * old positional `call(request, transfer, signal)` on top of it, kept only for ParadoxScale
 * until that island moves to the bridge; it has no other users.
 */
import { WorkerBridge } from './worker-bridge.ts';

export class WorkerClient<Req, Res> {
  private readonly bridge: WorkerBridge<Req, Res>;

  constructor(create: () => Worker) {
    this.bridge = new WorkerBridge<Req, Res>(create);
  }

  call(request: Req, transfer: Transferable[] = [], signal?: AbortSignal): Promise<Res> {
    return this.bridge.call(request, { transfer, signal });
  }

  get busy(): boolean {
    return this.bridge.busy;
  }

  cancel(): void {
    this.bridge.cancel();
  }

  dispose(): void {
    this.bridge.dispose();
  }
}
