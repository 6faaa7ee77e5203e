import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/** The folder with the app's bundled resources (templates, datasets, fonts). */
export function resourcesDir(): string {
  if (cached) return cached;
  const fromEnvironment = process.env.UNDERSIGNED_RESOURCES;
  if (fromEnvironment) return (cached = resolve(fromEnvironment));
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(folder, 'resources', 'templates'))) return (cached = join(folder, 'resources'));
    const parent = dirname(folder);
    if (parent === folder) throw new Error('the resources folder (resources/templates) was not found above ' + fileURLToPath(import.meta.url));
    folder = parent;
  }
}
