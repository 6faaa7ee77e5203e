import { execFileSync } from 'node:child_process';

/** Tests that spawn the CLI run the built JavaScript: build it first when a source changed since the last build. */
export default function buildNodeBundlesBeforeTests(): void {
  execFileSync(process.execPath, ['scripts/build-node-bundles.js', '--if-stale'], { stdio: 'inherit' });
}
