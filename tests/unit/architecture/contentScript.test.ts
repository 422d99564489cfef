import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import path from 'node:path';
import { importGraph, ROOT } from './importGraph';

const CONTENT_ENTRY = 'entrypoints/content/index.tsx';

/** Packages that must never be bundled into the content script (it runs on every seller page). */
const FORBIDDEN_IN_CONTENT = ['zod', 'dexie', 'openai', 'papaparse', '@e965/xlsx', 'xlsx', 'react-dom'];

describe('content script imports', () => {
  const graph = importGraph(CONTENT_ENTRY);

  it('reaches the overlay, the audit and the site adapters (the walk itself works)', () => {
    expect(graph.files).toContain('lib/audit/auditField.ts');
    expect(graph.files.some((file) => file.startsWith('lib/sites/'))).toBe(true);
  });

  it.each(FORBIDDEN_IN_CONTENT)('carries no value import of %s', (name) => {
    expect(graph.packages.get(name) ?? []).toEqual([]);
  });

  it('is covered by the ESLint rule that keeps full zod out, so an editor shows the mistake as it is typed', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const tsFiles = graph.files.filter((file) => /\.tsx?$/.test(file));
    const uncovered: string[] = [];
    for (const file of tsFiles) {
      const config = (await eslint.calculateConfigForFile(path.join(ROOT, file))) as { rules?: Record<string, unknown> };
      const rule = JSON.stringify(config.rules?.['no-restricted-imports'] ?? '');
      if (!rule.includes('zod/mini')) uncovered.push(file);
    }
    expect(uncovered).toEqual([]);
  });
});

describe('the zod rule', () => {
  it('rejects a value import of full zod in overlay code and allows a type import', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const filePath = path.join(ROOT, 'components/overlay/FindingCard.tsx');
    const [value] = await eslint.lintText("import { z } from 'zod';\nexport const s = z.string();\n", { filePath });
    const [typeOnly] = await eslint.lintText("import type { z } from 'zod';\nexport type S = z.ZodString;\n", { filePath });
    expect(value?.messages.map((message) => message.ruleId)).toContain('no-restricted-imports');
    expect(typeOnly?.messages.filter((message) => message.ruleId === 'no-restricted-imports')).toEqual([]);
  });
});
