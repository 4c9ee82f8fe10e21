// Loaded by instrumentation.ts when the Node.js server starts. lib/env.ts
// validates the environment as it loads; on an error, print its message
// (which names the variable and what to do) and stop.
try {
  await import('./env');
} catch (error) {
  console.error(`\n${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

export {};
