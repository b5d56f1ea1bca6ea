/**
 * One engine API style (CONTRIBUTING.md, "Engine API"): every function that src/lib/index.ts
 * exports takes at most one positional argument, the thing it acts on (a value to format, an id
 * to look up, a map to convert, an image to measure), and everything else in one options object
 * named `options`. Read from the source with the TypeScript compiler, so a new export that breaks
 * the rule fails here.
 */
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');

interface Signature {
  name: string;
  params: Array<{ name: string; objectType: boolean }>;
}

/** An options-bag type: an object (or an intersection of objects), not an array, typed array or function. */
function isPlainObject(checker: ts.TypeChecker, type: ts.Type): boolean {
  if (type.isIntersection()) return type.types.every((t) => isPlainObject(checker, t));
  return (
    (type.flags & ts.TypeFlags.Object) !== 0 &&
    !checker.isArrayType(type) &&
    !/Array(<.*>)?$/.test(checker.typeToString(type)) &&
    checker.getSignaturesOfType(type, ts.SignatureKind.Call).length === 0
  );
}

function publicFunctions(): Signature[] {
  const index = resolve(repo, 'src/lib/index.ts');
  const program = ts.createProgram([index], {
    allowImportingTsExtensions: true,
    noEmit: true,
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(index);
  if (!source) throw new Error('src/lib/index.ts not found');
  const module = checker.getSymbolAtLocation(source);
  if (!module) throw new Error('src/lib/index.ts has no module symbol');
  const out: Signature[] = [];
  for (const exported of checker.getExportsOfModule(module)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.declarations?.[0];
    if (!declaration || !ts.isFunctionDeclaration(declaration)) continue;
    out.push({
      name: exported.name,
      params: declaration.parameters.map((p) => {
        const type = checker.getNonNullableType(checker.getTypeAtLocation(p));
        return { name: p.name.getText(), objectType: isPlainObject(checker, type) };
      }),
    });
  }
  return out;
}

/** The rule: a subject, then at most one options object named `options`. */
function followsStyle(f: Signature): boolean {
  return f.params.length < 2 || (f.params.length === 2 && f.params[1].name === 'options' && f.params[1].objectType);
}

describe('the public engine API', () => {
  const functions = publicFunctions();

  it('is read from the source (the main entry points are there)', () => {
    const names = functions.map((f) => f.name);
    for (const name of ['randomNoise', 'imageCost', 'sample', 'formatSI', 'toPixelMap', 'sampleLearned'])
      expect(names).toContain(name);
    expect(functions.length).toBeGreaterThan(60);
  });

  it('takes a subject and one options object, never more positional arguments', () => {
    const wrong = functions
      .filter((f) => !followsStyle(f))
      .map((f) => `${f.name}(${f.params.map((p) => p.name).join(', ')})`);
    expect(wrong).toEqual([]);
  });

  it('the rule catches a second positional argument, a third argument and a non-object options', () => {
    const p = (name: string, objectType: boolean) => ({ name, objectType });
    expect(followsStyle({ name: 'f', params: [p('value', false), p('unit', false)] })).toBe(false);
    expect(followsStyle({ name: 'f', params: [p('a', false), p('options', true), p('tally', true)] })).toBe(false);
    expect(followsStyle({ name: 'f', params: [p('map', true), p('options', false)] })).toBe(false);
    expect(followsStyle({ name: 'f', params: [p('map', true), p('options', true)] })).toBe(true);
  });
});
