// Builds better-sqlite3 for Electron's ABI into native/electron/, apart from Node's build in node_modules,
// so `npm test` and the CLI (Node) and the desktop app in development (Electron) never fight over one binary.
// Run by `npm start`. The tool is @electron/rebuild, a pinned dev dependency (the one electron-builder uses
// for the installers, which rebuild their own copy of node_modules); it fetches Electron's headers or a
// prebuilt binary, so it needs internet access once. Without it, this step says so; tests, the CLI and
// web mode never need it.
import { cpSync, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rebuild } from '@electron/rebuild';

const require = createRequire(import.meta.url);
const root = dirname(dirname(fileURLToPath(import.meta.url)));
const target = join(root, 'native', 'electron', 'better_sqlite3.node');
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const sqlitePackage = dirname(require.resolve('better-sqlite3/package.json'));
const sqliteVersion = JSON.parse(readFileSync(join(sqlitePackage, 'package.json'), 'utf8')).version;
const stamp = `${target}.electron-${electronVersion}.better-sqlite3-${sqliteVersion}`;

if (existsSync(target) && existsSync(stamp)) process.exit(0);

// A project of its own holding a copy of better-sqlite3 (without Node's binary), rebuilt there for Electron.
const work = join(root, 'native', 'build-electron');
rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, 'node_modules'), { recursive: true });
writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'undersigned-electron-native', private: true, dependencies: { 'better-sqlite3': sqliteVersion } }));
cpSync(sqlitePackage, join(work, 'node_modules', 'better-sqlite3'), { recursive: true, filter: (source) => !source.includes(`${join('better-sqlite3', 'build')}`) });
try {
  await rebuild({ buildPath: work, electronVersion, arch: process.arch, onlyModules: ['better-sqlite3'], force: true });
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join(work, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'), target);
  writeFileSync(stamp, '');
  console.log(`better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} is in ${target}`);
} catch (error) {
  console.error(
    `Could not build better-sqlite3 for Electron ${electronVersion}: ${error.message}\n` +
      'It needs internet access once (Electron headers or a prebuilt binary). The desktop app needs it; web mode (npm run web), the CLI and the tests do not.',
  );
  process.exit(1);
}
