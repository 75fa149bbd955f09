/**
 * A worker thread started before the run has read its rules, so that the thread's own start-up
 * (Node's, then loading the extraction code: ~0.1 s) overlaps the main thread's (loading the
 * command's code, reading the rules, opening the input and the output). The pool takes it as
 * its first worker and sends it the setup that other workers are started with (worker.ts waits
 * for it). One that is never taken does not hold the process open and is stopped by `release`.
 */
import { Worker } from "node:worker_threads";
import { WORKER_URL, workerResources } from "./pool.js";

export class SpareWorker {
  private worker: Worker | undefined;
  private died = false;

  constructor() {
    const worker = new Worker(WORKER_URL, { resourceLimits: workerResources(true) });
    worker.unref();
    // Until it is taken, a failure only means the pool starts a worker of its own.
    worker.on("error", () => {
      this.died = true;
    });
    worker.on("exit", () => {
      this.died = true;
    });
    this.worker = worker;
  }

  /** The thread, for the pool to keep; undefined once taken, or when it died. */
  take(): Worker | undefined {
    const worker = this.worker;
    if (!worker || this.died) return undefined;
    this.worker = undefined;
    worker.removeAllListeners();
    worker.ref();
    return worker;
  }

  /** Stops the thread unless the pool took it. */
  async release(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }
}
