import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? files(full) : /\.(ts|tsx)$/.test(e.name) ? [full] : [];
  });
}

function imports(file: string): string[] {
  const source = fs.readFileSync(file, 'utf8');
  return [...source.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]!);
}

// The layers the folder tree promises, held by a test rather than by convention.
describe('architecture', () => {
  it('core never imports electron', () => {
    const offenders = files(path.join(ROOT, 'src/main/core')).filter((f) => imports(f).some((i) => i === 'electron' || i.startsWith('electron/')));
    expect(offenders).toEqual([]);
  });

  it('shared imports neither electron, node nor react', () => {
    const offenders = files(path.join(ROOT, 'src/shared')).filter((f) =>
      imports(f).some((i) => i === 'electron' || i.startsWith('node:') || i === 'react' || i.startsWith('react/')),
    );
    expect(offenders).toEqual([]);
  });

  it('the renderer reaches the app only through window.api: no electron, node or main imports', () => {
    const offenders = files(path.join(ROOT, 'src/renderer')).filter((f) =>
      imports(f).some((i) => i === 'electron' || i.startsWith('node:') || i.includes('/main/') || i === 'better-sqlite3'),
    );
    expect(offenders).toEqual([]);
  });
});
