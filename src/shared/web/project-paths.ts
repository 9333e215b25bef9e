import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

let root: string | undefined;

/**
 * The folder holding package.json, templates/ and public/. Found by walking up from this file so the
 * same code works from src/ (ts-node, Jest) and from dist/src/ (compiled), whatever the working directory.
 */
export function projectRoot(): string {
  if (root) return root;
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Could not find the project root (no package.json above the code)');
    dir = parent;
  }
  root = dir;
  return root;
}

export const viewsDir = () => join(projectRoot(), 'templates', 'views');
export const publicDir = () => join(projectRoot(), 'public');
