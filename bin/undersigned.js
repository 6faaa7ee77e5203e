#!/usr/bin/env node
// The CLI runs built JavaScript (out/cli/undersigned.js), made by `npm install` (prepare) or `npm run build`.
import { existsSync } from 'node:fs';

const built = new URL('../out/cli/undersigned.js', import.meta.url);
if (!existsSync(built)) {
  process.stderr.write(
    'undersigned: the command-line tool is not built (out/cli/undersigned.js is missing).\n' +
      'Run `npm run build:node` (or `npm install`, which builds it) in the Undersigned folder, then try again.\n',
  );
  process.exit(70);
}
await import(built.href);
