#!/usr/bin/env node
// The recon command: runs the compiled program (npm install builds it into dist/).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const main = fileURLToPath(new URL("../dist/cli/main.js", import.meta.url));
if (!existsSync(main)) {
  console.error("recon: the program is not built yet: run `npm install` (or `npm run build`) in the project folder");
  process.exit(3);
}
await import(main);
