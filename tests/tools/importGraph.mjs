// The value-import graph of an entry file, as the bundler would follow it (`import type` is erased).
// Used by eslint.config.js to keep full zod out of content-script modules, and by the architecture tests.
import ts from 'typescript';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function resolveLocal(from, specifier) {
  const base = specifier.startsWith('@/') ? path.join(ROOT, specifier.slice(2)) : path.resolve(path.dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

function valueImports(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const specifiers = [];
  const visit = (node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            named !== undefined &&
            ts.isNamedImports(named) &&
            named.elements.length > 0 &&
            named.elements.every((element) => element.isTypeOnly)));
      if (!typeOnly) specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && !node.isTypeOnly) {
      specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteral(argument)) specifiers.push(argument.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers;
}

/** Files reached (relative to the root) and package specifiers imported as values, with their importers. */
export function importGraph(entry) {
  const seen = new Set();
  const packages = new Map();
  const walk = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!/\.tsx?$/.test(file)) return;
    for (const specifier of valueImports(file)) {
      const local = specifier.startsWith('.') || specifier.startsWith('@/') ? resolveLocal(file, specifier) : undefined;
      if (local) walk(local);
      else if (!specifier.startsWith('.')) packages.set(specifier, [...(packages.get(specifier) ?? []), path.relative(ROOT, file)]);
    }
  };
  walk(path.join(ROOT, entry));
  return { files: [...seen].map((file) => path.relative(ROOT, file)), packages };
}

/** TypeScript modules the content script bundles. */
export function contentScriptModules() {
  return importGraph('entrypoints/content/index.tsx').files.filter((file) => /\.tsx?$/.test(file));
}
