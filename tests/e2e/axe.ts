// axe-core run inside the page (injected from node_modules, no network): the accessibility check of
// each view. Returns the violations so a spec can both log counts and assert on them.
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  nodes: number;
  targets: string[];
}

export async function axeViolations(page: Page, include?: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<{ id: string; impact: AxeViolation['impact']; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run(selector ? { include: [selector] } : document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  }, include ?? null);
}

/** `color-contrast serious ×8; …` for logs and the closing note. */
export function summarize(violations: readonly AxeViolation[]): string {
  return violations.length === 0 ? 'none' : violations.map((v) => `${v.id} ${v.impact} ×${v.nodes}`).join('; ');
}

export const blocking = (violations: readonly AxeViolation[]) => violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
