#!/usr/bin/env node
// The CLI runs the TypeScript sources through tsx, so `npx undersigned` works right after `npm install`.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
