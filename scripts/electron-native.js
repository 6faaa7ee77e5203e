// Builds better-sqlite3 for Electron's ABI into native/electron/, apart from Node's build in node_modules,
// so `npm test` and the CLI (Node) and the desktop app (Electron) never fight over one binary.
// Run by `npm start`; it needs Electron's headers, which prebuild-install or node-gyp fetch on a machine
// with internet access. On machines without it, this step says so and the desktop app cannot start.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = dirname(dirname(new URL(import.meta.url).pathname));
const target = join(root, 'native', 'electron', 'better_sqlite3.node');
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const stamp = `${target}.${electronVersion}`;

if (existsSync(target) && existsSync(stamp)) process.exit(0);
const sqliteDir = dirname(require.resolve('better-sqlite3/package.json'));
const work = join(root, 'native', 'build-electron');
mkdirSync(work, { recursive: true });
try {
  execFileSync('npx', ['--yes', 'prebuild-install', '--runtime', 'electron', '--target', electronVersion, '--arch', process.arch, '--path', sqliteDir], {
    stdio: 'inherit',
    cwd: sqliteDir,
    env: { ...process.env, npm_config_build_from_source: 'false' },
  });
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join(sqliteDir, 'build', 'Release', 'better_sqlite3.node'), target);
  copyFileSync(target, stamp);
  // prebuild-install replaced Node's binary in place: rebuild it for Node so tests and the CLI keep working.
  execFileSync('npm', ['rebuild', 'better-sqlite3'], { stdio: 'inherit', cwd: root });
  console.log(`better-sqlite3 for Electron ${electronVersion} is in ${target}`);
} catch (error) {
  console.error(`Could not get better-sqlite3 for Electron ${electronVersion}: ${error.message}\nThe desktop app needs it; web mode (npm run web) and the CLI do not.`);
  process.exit(1);
}
