#!/usr/bin/env node
// Package bin of offline mode: builds the bundle (dist/Code.js, the code clasp pushes), then runs
// the TypeScript CLI through tsx (a devDependency, so this works after `npm ci`).
import { register } from 'tsx/esm/api';
import { build } from '../build.mjs';

await build({ quiet: true });
register();
const { main } = await import('../src/offline/cli/main.ts');
await main(process.argv.slice(2));
