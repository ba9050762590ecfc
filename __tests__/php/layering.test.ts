import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const FLOOR = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/project/php');

/** Module specifiers a TypeScript file imports (static and dynamic), read with the compiler's parser. */
function importsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier)
      out.push((node.moduleSpecifier as ts.StringLiteral).text);
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword)
      out.push((node.arguments[0] as ts.StringLiteral).text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe('the PHP floor', () => {
  const files = readdirSync(FLOOR).filter((f) => f.endsWith('.ts'));

  it('imports nothing from the Laravel readers above it', () => {
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const laravel = importsOf(join(FLOOR, f)).filter(
        (s) => s.includes('laravel/') || s.startsWith('../laravel'),
      );
      expect({ file: f, laravel }).toEqual({ file: f, laravel: [] });
    }
  });

  it('is the only place that talks to php-parser', () => {
    const project = resolve(FLOOR, '..');
    const offenders: string[] = [];
    const scan = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) scan(path);
        else if (
          entry.name.endsWith('.ts') &&
          !path.startsWith(FLOOR) &&
          importsOf(path).includes('php-parser')
        )
          offenders.push(path);
      }
    };
    scan(project);
    expect(offenders).toEqual([]);
  });
});
