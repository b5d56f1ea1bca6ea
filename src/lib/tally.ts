/**
 * An operation tally, filled in by the code that does the work (per row or per pass), never
 * by a separate formula. Units are in the names: integer operations, floating-point
 * operations, bytes read and bytes written.
 */
export interface Tally {
  intOps: number;
  flops: number;
  bytesRead: number;
  bytesWritten: number;
}

export function createTally(): Tally {
  return { intOps: 0, flops: 0, bytesRead: 0, bytesWritten: 0 };
}

/** Adds `b` into `a` and returns `a`. */
export function addTally(a: Tally, b: Tally): Tally {
  a.intOps += b.intOps;
  a.flops += b.flops;
  a.bytesRead += b.bytesRead;
  a.bytesWritten += b.bytesWritten;
  return a;
}
