#!/usr/bin/env node
// The `samtal` command. The TypeScript is compiled at install (`npm install` runs the build).
import { existsSync } from 'node:fs';

const main = new URL('../dist/main.js', import.meta.url);
if (!existsSync(main)) {
  console.error('samtal is not built yet: run `npm run build` in the repository root.');
  process.exit(1);
}
await import(main.href);
