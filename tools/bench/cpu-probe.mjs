/**
 * Preloaded by the checks-cache bench (`node --import tools/bench/cpu-probe.mjs …`):
 * at exit, writes the process's own CPU time (process.resourceUsage(), all
 * threads, no child processes) to $BENCH_CPU_FILE.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_CPU_FILE;
if (file) process.on('exit', () => writeFileSync(file, JSON.stringify(process.resourceUsage())));
