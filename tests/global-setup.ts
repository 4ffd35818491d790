// Builds dist/ once before the tests, with the same build function as `npm run build`, so the
// end-to-end tests run exactly the bundle clasp would push.
import { build } from '../build.mjs';

export default async function setup(): Promise<void> {
  await build({ quiet: true });
}
