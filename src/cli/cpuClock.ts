/**
 * The command line's budget clock (common/budget.ts): this process's CPU time in milliseconds,
 * read from the operating system only now and then.
 *
 * `process.cpuUsage()` is a getrusage call that sums every thread of the process (V8's compiler and
 * GC threads included): 7-60 µs each, depending on the machine's load. The budget reads its clock at
 * every pass boundary of every article (four times an article), so a run over the BBC corpus made
 * 8,389 such calls, ~3% of the CLI's main-thread samples. Between two readings at least `everyMs`
 * of wall time apart, the clock adds the wall time elapsed since the last reading to it: one
 * thread's CPU time cannot grow faster than the wall clock, so the estimate errs by less than
 * `everyMs` (times the threads running beside it) before the next reading corrects it, against
 * allowances of 15 s and more. It never goes backwards, and it keeps moving between readings, so
 * a budget too small for any work (`--budget 0.000001`) is still spent at its first check.
 */
import type { Clock } from '../core/common/budget';

/** Wall milliseconds between two readings of the CPU time. */
export const CPU_READ_EVERY_MS = 10;

export function processCpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

export function sampledCpuClock(readCpuMs: Clock = processCpuMs, wallMs: Clock = () => performance.now(), everyMs = CPU_READ_EVERY_MS): Clock {
  let wallAt = -Infinity;
  let cpuAt = 0;
  let last = -Infinity;
  return () => {
    const wall = wallMs();
    if (wall - wallAt >= everyMs) {
      wallAt = wall;
      cpuAt = readCpuMs();
    }
    // Monotonic: a reading lower than the estimate it corrects does not take the clock back.
    const now = Math.max(last, cpuAt + (wall - wallAt));
    last = now;
    return now;
  };
}
