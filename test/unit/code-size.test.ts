import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// The size rule of the code style (issue #12): no function over 80 lines, no module over 400 lines
// unless its first comment block says why ("Long because: …"). Measured on the TypeScript AST, so
// every kind of function counts: declarations, methods, constructors, accessors, arrows, expressions.

const MAX_FUNCTION_LINES = 80;
const MAX_MODULE_LINES = 400;
const ROOTS = ["src", "commands", "bench"];

const repo = join(import.meta.dirname, "..", "..");

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

const isFunction = (node: ts.Node): node is ts.FunctionLikeDeclaration =>
  ts.isFunctionDeclaration(node) ||
  ts.isMethodDeclaration(node) ||
  ts.isConstructorDeclaration(node) ||
  ts.isGetAccessorDeclaration(node) ||
  ts.isSetAccessorDeclaration(node) ||
  ts.isArrowFunction(node) ||
  ts.isFunctionExpression(node);

function functionName(node: ts.FunctionLikeDeclaration): string {
  if (node.name) return node.name.getText();
  const parent = node.parent;
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) && parent.name) {
    return parent.name.getText();
  }
  return "(anonymous)";
}

/** The comments before the first statement, up to the first blank line between them. */
function firstCommentBlock(text: string): string {
  const ranges = ts.getLeadingCommentRanges(text, 0) ?? [];
  let block = "";
  let end = 0;
  for (const range of ranges) {
    if (block && /\n\s*\n/.test(text.slice(end, range.pos))) break;
    block += text.slice(range.pos, range.end);
    end = range.end;
  }
  return block;
}

function lineCount(text: string): number {
  const lines = text.split("\n").length;
  return text.endsWith("\n") ? lines - 1 : lines;
}

/** Each offence in one file, as "file:line what (n lines)". */
function offences(file: string, text: string): string[] {
  const found: string[] = [];
  const moduleLines = lineCount(text);
  if (moduleLines > MAX_MODULE_LINES && !firstCommentBlock(text).includes("Long because:")) {
    found.push(`${file}:1 module (${moduleLines} lines; over ${MAX_MODULE_LINES}, no "Long because:")`);
  }
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line + 1;
  const visit = (node: ts.Node): void => {
    if (isFunction(node)) {
      const start = lineOf(node.getStart(source));
      const length = lineOf(node.end) - start + 1;
      if (length > MAX_FUNCTION_LINES) {
        found.push(`${file}:${start} function ${functionName(node)} (${length} lines)`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("code size", () => {
  it("finds a long function and a long module without a reason (the check can fail)", () => {
    const body = Array.from({ length: 90 }, (_, i) => `  const v${i} = ${i};`).join("\n");
    const long = `export function tooLong() {\n${body}\n}\n`;
    expect(offences("x.ts", long)).toEqual(["x.ts:1 function tooLong (92 lines)"]);
    const arrow = `export const alsoLong = () => {\n${body}\n};\n`;
    expect(offences("y.ts", arrow)).toEqual(["y.ts:1 function alsoLong (92 lines)"]);
    const filler = Array.from({ length: 401 }, (_, i) => `export const c${i} = ${i};`).join("\n");
    expect(offences("m.ts", `// A module.\n${filler}\n`)).toEqual([
      'm.ts:1 module (402 lines; over 400, no "Long because:")',
    ]);
    expect(offences("m.ts", `// A module.\n// Long because: a word table.\n${filler}\n`)).toEqual([]);
  });

  it(`keeps functions within ${MAX_FUNCTION_LINES} lines and modules within ${MAX_MODULE_LINES} in ${ROOTS.join(", ")}`, () => {
    const found = ROOTS.flatMap((root) => tsFiles(join(repo, root)))
      .map((path) => relative(repo, path).split("\\").join("/"))
      .flatMap((file) => offences(file, readFileSync(join(repo, file), "utf8")));
    if (found.length > 0) console.log(`Over the size rule:\n${found.join("\n")}`);
    expect(found).toEqual([]);
  });
});
