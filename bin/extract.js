#!/usr/bin/env node
// The installed command. All logic lives in dist/cli/main.js (compiled from src/cli/main.ts);
// this shim only hands it the process's streams and sets the exit status. It never calls
// process.exit(), which could cut off output still being flushed to a pipe.
import { main } from "../dist/cli/main.js";

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
});
