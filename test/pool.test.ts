/**
 * The worker pool on its own (the built one: workers run dist/engine/workers/worker.js): results for
 * every request, workers started on demand, a stuck worker replaced, a request too big for a
 * capped worker's heap retried on one without the cap.
 */
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { compileRules, type RuleSet } from "../src/core/index.js";
import { ROOT, builtinRules, builtinSources } from "./helpers.js";

interface Outcome {
  kind: "done" | "failed";
  facts?: Array<{ text: string }>;
  code?: string;
}
interface Pool {
  run(request: { text: string; file: string; offset: number; lines: number }): Promise<Outcome>;
  close(): Promise<void>;
  prestart(): void;
  stats: { workersStarted: number; batches: number; timeouts: number; outOfMemoryRetries: number; batchesSplit: number };
}
type PoolClass = new (options: { size: number; ruleSet: RuleSet; timeoutMs: number; heapLimitMb?: number }) => Pool;

/** A user rule that passes the static check but backtracks exponentially on a long run of ก. */
const SLOW_RULE = { file: "slow.yaml", origin: "user", text: 'rules:\n  - id: user.slow\n    kind: quantity\n    pattern: "{number:value} (?:ก|ก)*ข"\n    unit: x\n' };

/** A whole document named `doc`. */
const whole = (text: string): { text: string; file: string; offset: number; lines: number } => ({ text, file: "doc", offset: 0, lines: 0 });

const loadPool = async (): Promise<PoolClass> =>
  ((await import(join(ROOT, "dist", "engine", "workers", "pool.js"))) as { WorkerPool: PoolClass }).WorkerPool;

describe("worker pool", { timeout: 60_000 }, () => {
  test("answers every request; starts no more workers than it has work for", async () => {
    const WorkerPool = await loadPool();
    const pool = new WorkerPool({ size: 4, ruleSet: builtinRules(), timeoutMs: 0 });
    try {
      const one = await pool.run(whole("งบ 9 ล้านบาท"));
      expect(one.facts?.map((f) => f.text)).toEqual(["9 ล้านบาท"]);
      expect(pool.stats.workersStarted).toBe(1);
      const many = await Promise.all(Array.from({ length: 8 }, (_, i) => pool.run(whole(`พื้นที่ ${i + 1} ไร่`))));
      expect(many.map((o) => o.facts?.[0]?.text)).toEqual(Array.from({ length: 8 }, (_, i) => `${i + 1} ไร่`));
      expect(pool.stats.workersStarted).toBeLessThanOrEqual(4);
    } finally {
      await pool.close();
    }
  });

  test("workers start per batch's worth of waiting work: a few small documents take one", async () => {
    const WorkerPool = await loadPool();
    const small = new WorkerPool({ size: 4, ruleSet: builtinRules(), timeoutMs: 0 });
    const large = new WorkerPool({ size: 4, ruleSet: builtinRules(), timeoutMs: 0 });
    try {
      await Promise.all(Array.from({ length: 8 }, (_, i) => small.run(whole(`พื้นที่ ${i + 1} ไร่`))));
      expect(small.stats.workersStarted).toBe(1);
      // Each ~72 K characters: no two fit in one batch.
      const big = (i: number) => whole(`${"ข้อความ ".repeat(9_000)}พื้นที่ ${i + 1} ไร่`);
      const outcomes = await Promise.all(Array.from({ length: 8 }, (_, i) => large.run(big(i))));
      expect(outcomes.map((o) => o.facts?.[0]?.text)).toEqual(Array.from({ length: 8 }, (_, i) => `${i + 1} ไร่`));
      expect(large.stats.workersStarted).toBe(4);
    } finally {
      await Promise.all([small.close(), large.close()]);
    }
  });

  test("a prestarted worker takes the first request; more start only for more work", async () => {
    const WorkerPool = await loadPool();
    const pool = new WorkerPool({ size: 4, ruleSet: builtinRules(), timeoutMs: 0 });
    try {
      pool.prestart();
      pool.prestart();
      expect(pool.stats.workersStarted).toBe(1);
      expect((await pool.run(whole("งบ 9 ล้านบาท"))).facts?.map((f) => f.text)).toEqual(["9 ล้านบาท"]);
      expect(pool.stats.workersStarted).toBe(1);
    } finally {
      await pool.close();
    }
  });

  test("a request too big for a capped heap is retried once without the cap", async () => {
    const WorkerPool = await loadPool();
    const pool = new WorkerPool({ size: 1, ruleSet: builtinRules(), timeoutMs: 0, heapLimitMb: 40 });
    try {
      const big = await pool.run(whole("พื้นที่ 5 ไร่ ".repeat(60_000)));
      expect(big.kind).toBe("done");
      expect(big.facts).toHaveLength(60_000);
      expect(pool.stats.outOfMemoryRetries).toBe(1);
      // The capped worker is replaced for what follows.
      expect((await pool.run(whole("งบ 9 ล้านบาท"))).facts).toHaveLength(1);
    } finally {
      await pool.close();
    }
  });
});

describe("worker pool: batches", { timeout: 60_000 }, () => {
  test("small requests go several to a batch; a batch over time is run again one by one, and only the slow one fails", async () => {
    const WorkerPool = await loadPool();
    const pool = new WorkerPool({ size: 1, ruleSet: compileRules([...builtinSources(), SLOW_RULE]).ruleSet, timeoutMs: 1500 });
    try {
      const outcomes = await Promise.all([
        pool.run(whole("พื้นที่ 5 ไร่")), pool.run(whole(`ดี 5 ${"ก".repeat(40)}`)), pool.run(whole("งบ 9 ล้านบาท")),
      ]);
      expect(outcomes.map((o) => o.kind === "done" ? o.facts?.map((f) => f.text) : o.code)).toEqual([["5 ไร่"], "TIMEOUT", ["9 ล้านบาท"]]);
      expect(pool.stats.batchesSplit).toBe(1);
      expect(pool.stats.timeouts).toBe(1);
    } finally {
      await pool.close();
    }
  });
});

describe("worker pool: a worker started before the rules were read", { timeout: 60_000 }, () => {
  interface Spare { take(): unknown; release(): Promise<void> }
  const loadSpare = async (): Promise<new () => Spare> =>
    ((await import(join(ROOT, "dist", "engine", "workers", "spare-worker.js"))) as { SpareWorker: new () => Spare }).SpareWorker;

  test("is taken as the pool's first worker and sent its setup then", async () => {
    const [WorkerPool, SpareWorker] = await Promise.all([loadPool(), loadSpare()]);
    const spare = new SpareWorker();
    const pool = new (WorkerPool as unknown as new (o: object) => Pool)({ size: 1, ruleSet: builtinRules(), timeoutMs: 0, spare });
    try {
      expect((await pool.run(whole("งบ 9 ล้านบาท"))).facts?.map((f) => f.text)).toEqual(["9 ล้านบาท"]);
      expect(pool.stats.workersStarted).toBe(1);
      expect(spare.take()).toBeUndefined();
    } finally {
      await pool.close();
      await spare.release();
    }
  });

  test("one never taken is stopped by release", async () => {
    const spare = new (await loadSpare())();
    await spare.release();
    expect(spare.take()).toBeUndefined();
  });
});

describe("worker pool: the batch sent ahead", { timeout: 60_000 }, () => {
  test("a busy worker is sent the next batch; when its own fails, the one sent ahead is run as it was", async () => {
    const WorkerPool = await loadPool();
    const pool = new WorkerPool({ size: 1, ruleSet: compileRules([...builtinSources(), SLOW_RULE]).ruleSet, timeoutMs: 1500 });
    // Each ~72 K characters: every one is a batch of its own.
    const big = (tail: string) => whole(`${"ข้อความ ".repeat(9_000)}${tail}`);
    try {
      const outcomes = await Promise.all([
        pool.run(big("พื้นที่ 5 ไร่")), pool.run(big(`ดี 5 ${"ก".repeat(40)}`)), pool.run(big("งบ 9 ล้านบาท")), pool.run(big("ยาว 3 กิโลเมตร")),
      ]);
      expect(outcomes.map((o) => o.kind === "done" ? o.facts?.map((f) => f.text) : o.code)).toEqual([["5 ไร่"], "TIMEOUT", ["9 ล้านบาท"], ["3 กิโลเมตร"]]);
      expect(pool.stats.timeouts).toBe(1);
      expect(pool.stats.workersStarted).toBe(2);
      // Four batches, and the one sent ahead of the timed-out batch sent again.
      expect(pool.stats.batches).toBe(5);
    } finally {
      await pool.close();
    }
  });
});

describe("worker pool: pieces", { timeout: 60_000 }, () => {
  test("a piece's facts come back at document offsets and lines, named by its document", async () => {
    const WorkerPool = await loadPool();
    const pool = new WorkerPool({ size: 1, ruleSet: builtinRules(), timeoutMs: 0 });
    try {
      const outcome = (await pool.run({ text: "งบ 9 ล้านบาท\n", file: "big.txt", offset: 1000, lines: 41 })) as Outcome & { facts: Array<Record<string, unknown>> };
      expect(outcome.facts).toMatchObject([{ file: "big.txt", line: 42, start: 1003, end: 1012, text: "9 ล้านบาท" }]);
    } finally {
      await pool.close();
    }
  });
});
