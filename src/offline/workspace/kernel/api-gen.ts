/**
 * Writes kernel/apps-script-api.ts (types) and kernel/apps-script-members.json (data): the members of every Google class a fake imitates and of
 * every enum the fakes hand out, read from @types/google-apps-script with the TypeScript
 * compiler. Which classes and enums: the names the fakes pass to `imitates(…)` and `googleEnum(…)`
 * in src/offline/workspace, plus the enums those classes carry as properties
 * (SpreadsheetApp.ProtectionType…).
 *
 * `npm run gen:api` rewrites the file; tests/offline/workspace/fake.test.ts fails while it is stale.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const here = dirname(fileURLToPath(import.meta.url));
const WORKSPACE_DIR = resolve(here, '..');
export const API_FILE = join(here, 'apps-script-api.ts');
export const MEMBERS_FILE = join(here, 'apps-script-members.json');
const REGISTRATION = /\b(?:imitates|googleEnum|enumValue|enumMemberOf|enumArg)\(\s*(?:[A-Za-z_$][\w$.]*\s*,\s*)?'([A-Z]\w*(?:\.[A-Z]\w*)*)'/g;

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sourcesUnder(p);
    return p.endsWith('.ts') && p !== API_FILE ? [p] : [];
  });
}

/** The Google names ("Spreadsheet.Range") the fakes register or ask for, from their sources. */
export function registeredNames(dir = WORKSPACE_DIR): string[] {
  const names = new Set<string>();
  for (const file of sourcesUnder(dir)) {
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    for (const m of code.matchAll(REGISTRATION)) names.add(m[1]);
  }
  return [...names].sort();
}

interface ClassInfo {
  methods: string[];
  properties: string[];
  enums: Record<string, string>;
}

/** The texts of apps-script-api.ts (types) and apps-script-members.json (the member lists) for `names` (classes and enums, "Namespace.Name"). */
export function generateApi(names: readonly string[] = registeredNames()): { types: string; members: string } {
  const require = createRequire(import.meta.url);
  const typesDir = dirname(require.resolve('@types/google-apps-script/package.json'));
  const version = (JSON.parse(readFileSync(join(typesDir, 'package.json'), 'utf8')) as { version: string }).version;
  const program = ts.createProgram([join(typesDir, 'index.d.ts')], { noEmit: true, types: [] });
  const checker = program.getTypeChecker();

  // Every interface and enum of the GoogleAppsScript namespace, by "Namespace.Name".
  const declarations = new Map<string, ts.InterfaceDeclaration | ts.EnumDeclaration>();
  const visit = (node: ts.Node, path: string[]): void => {
    if (ts.isModuleDeclaration(node) && node.body) {
      const inner = [...path, node.name.getText()];
      if (ts.isModuleBlock(node.body)) node.body.statements.forEach((s) => visit(s, inner));
      else visit(node.body, inner);
      return;
    }
    if ((ts.isInterfaceDeclaration(node) || ts.isEnumDeclaration(node)) && path[0] === 'GoogleAppsScript') {
      const key = [...path.slice(1), node.name.text].join('.');
      if (!declarations.has(key)) declarations.set(key, node);
    }
  };
  for (const sf of program.getSourceFiles()) {
    if (sf.fileName.startsWith(typesDir)) sf.statements.forEach((s) => visit(s, []));
  }
  const qualified = (symbol: ts.Symbol): string => checker.getFullyQualifiedName(symbol).replace(/^GoogleAppsScript\./, '');

  const classes = new Map<string, ClassInfo>();
  const enums = new Map<string, string[]>();
  const addEnum = (name: string): void => {
    const decl = declarations.get(name);
    if (!decl || !ts.isEnumDeclaration(decl)) throw new Error(`api-gen: ${name} is not an Apps Script enum`);
    enums.set(name, decl.members.map((m) => m.name.getText()));
  };
  for (const name of names) {
    const decl = declarations.get(name);
    if (!decl) throw new Error(`api-gen: no GoogleAppsScript.${name} in @types/google-apps-script ${version}`);
    if (ts.isEnumDeclaration(decl)) {
      addEnum(name);
      continue;
    }
    const info: ClassInfo = { methods: [], properties: [], enums: {} };
    for (const member of checker.getPropertiesOfType(checker.getTypeAtLocation(decl))) {
      const decl0 = member.declarations?.[0];
      if (decl0 && (ts.isMethodSignature(decl0) || ts.isMethodDeclaration(decl0))) {
        info.methods.push(member.name);
        continue;
      }
      const type = decl0 && ts.isPropertySignature(decl0) ? decl0.type : undefined;
      const target = type && ts.isTypeQueryNode(type) ? checker.getSymbolAtLocation(type.exprName) : undefined;
      const resolved = target && target.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(target) : target;
      if (resolved && resolved.flags & ts.SymbolFlags.Enum) {
        const enumName = qualified(resolved);
        info.enums[member.name] = enumName;
        addEnum(enumName);
      } else {
        info.properties.push(member.name);
      }
    }
    info.methods.sort();
    info.properties.sort();
    classes.set(name, info);
  }

  const q = (s: string): string => `'${s}'`;
  const classNames = [...classes.keys()].sort();
  const enumNames = [...enums.keys()].sort();
  const types = [
    `// Generated by src/offline/workspace/kernel/api-gen.ts from @types/google-apps-script ${version}: do not edit.`,
    '// `npm run gen:api` rewrites it (and apps-script-members.json, the member lists) when a fake',
    '// imitates another class or hands out another enum.',
    '/* eslint-disable */',
    "import members from './apps-script-members.json';",
    '',
    '/** The Google classes the fakes imitate, by "Namespace.Name". */',
    'export interface AppsScriptClasses {',
    ...classNames.map((n) => `  ${q(n)}: GoogleAppsScript.${n};`),
    '}',
    '',
    '/** The enums the fakes hand out. */',
    'export interface AppsScriptEnums {',
    ...enumNames.map((n) => `  ${q(n)}: typeof GoogleAppsScript.${n};`),
    '}',
    '',
    'export interface ClassMembers {',
    '  readonly methods: readonly string[];',
    '  /** Properties that are not enums. */',
    '  readonly properties: readonly string[];',
    '  /** Enum properties: member name → enum. */',
    '  readonly enums: Readonly<Record<string, keyof AppsScriptEnums>>;',
    '}',
    '',
    '/** Every member of each class (apps-script-members.json: data, generated with this file). */',
    'export const CLASS_MEMBERS = members.classes as { readonly [K in keyof AppsScriptClasses]: ClassMembers };',
    '',
    "/** Each enum's members in Google's order (so ordinal() is Google's). */",
    'export const ENUM_MEMBERS = members.enums as { readonly [K in keyof AppsScriptEnums]: readonly (keyof AppsScriptEnums[K] & string)[] };',
    '',
  ].join('\n');
  const data = {
    source: `@types/google-apps-script ${version}`,
    classes: Object.fromEntries(
      classNames.map((n) => {
        const c = classes.get(n) as ClassInfo;
        return [n, { methods: c.methods, properties: c.properties, enums: Object.fromEntries(Object.entries(c.enums).sort(([a], [b]) => a.localeCompare(b))) }];
      }),
    ),
    enums: Object.fromEntries(enumNames.map((n) => [n, enums.get(n) as string[]])),
  };
  return { types, members: `${JSON.stringify(data, null, 1)}\n` };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { types, members } = generateApi();
  writeFileSync(API_FILE, types);
  writeFileSync(MEMBERS_FILE, members);
  console.log(`wrote ${API_FILE} and ${MEMBERS_FILE}`);
}
