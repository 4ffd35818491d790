// The rooms of src/ and which rooms each may import (docs/architecture.md). One rule, resolved
// from the import's own text (no module resolver): a relative import names the file it reaches,
// a bare one names a package ("node:fs", "re2js"). Nothing here reads the file system, so a
// planted import to a file that does not exist is caught as surely as one that does.
import { dirname, relative, resolve, sep } from 'node:path';

/**
 * Which rooms each room may import, and whether it may import packages.
 * - core: pure rules; only itself, no package (it is bundled for Apps Script and unit-tested bare).
 * - gas: the Google calls; core and itself; Google's types are ambient, not imported.
 * - app: use cases; core, gas and itself; npm packages are bundled, Node's built-ins are not.
 * - entry (src/index.ts): the public surface; app, gas (menus) and core.
 * - offline: Node only; core, itself, Node and packages. Never app/, gas/ or src/index.ts:
 *   offline runs the product only as the built bundle (dist/Code.js), as Apps Script does.
 */
export const ROOMS = {
  core: { may: ['core'], packages: false, node: false },
  gas: { may: ['core', 'gas'], packages: false, node: false },
  app: { may: ['core', 'gas', 'app'], packages: true, node: false },
  entry: { may: ['core', 'gas', 'app'], packages: true, node: false },
  offline: { may: ['core', 'offline'], packages: true, node: true },
};

const WHY = {
  core: 'core/ holds the pure rules: it imports only core/.',
  gas: 'gas/ holds the Google calls: it imports only core/ (Google\'s types are ambient).',
  app: 'app/ runs in Apps Script: it imports core/, gas/ and app/, never offline/ or src/index.ts.',
  entry: 'src/index.ts delegates to app/ (and gas/ for the menu).',
  offline: 'offline/ runs the product only as the built bundle: it imports core/ and offline/, never app/, gas/ or src/index.ts.',
};

/** The room of a path relative to the repository root, or null outside src/. */
export function roomOf(rel) {
  const parts = rel.split(/[\\/]/);
  if (parts[0] !== 'src') return null;
  // src/index.ts, also as an import reaches it ("../index").
  if (parts.length === 2) return /^index(\.ts)?$/.test(parts[1]) ? 'entry' : 'src';
  return ['core', 'gas', 'app', 'ui', 'offline'].includes(parts[1]) ? parts[1] : 'src';
}

function describeTarget(room) {
  return room === 'entry' ? 'src/index.ts' : room === null ? 'outside src/' : `${room}/`;
}

/** @type {import('eslint').Rule.RuleModule} */
export const importsRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Each room of src/ imports only the rooms docs/architecture.md allows.' },
    schema: [{ type: 'object', properties: { root: { type: 'string' } }, additionalProperties: false }],
    messages: {
      room: 'Import of {{target}} from {{room}}/ crosses a wall: {{why}}',
      nodeBuiltin: '"{{spec}}" is a Node built-in, absent in Apps Script: {{why}}',
      pkg: 'Package "{{spec}}" imported in {{room}}/: {{why}}',
    },
  },
  create(context) {
    const root = context.options[0]?.root ?? context.cwd;
    const file = context.filename;
    const room = roomOf(relative(root, file));
    const rules = room && ROOMS[room];
    if (!rules) return {};

    function check(node, spec) {
      if (typeof spec !== 'string') return;
      if (spec.startsWith('.') || spec.startsWith('/')) {
        const t = roomOf(relative(root, resolve(dirname(file), spec)).split(sep).join('/'));
        if (!rules.may.includes(t)) {
          context.report({ node, messageId: 'room', data: { target: `${describeTarget(t)} ("${spec}")`, room: room === 'entry' ? 'src/index.ts' : room, why: WHY[room] } });
        }
        return;
      }
      const isNode = spec.startsWith('node:') || NODE_BUILTINS.has(spec.split('/')[0]);
      if (isNode && !rules.node) context.report({ node, messageId: 'nodeBuiltin', data: { spec, why: WHY[room] } });
      else if (!isNode && !rules.packages) context.report({ node, messageId: 'pkg', data: { spec, room, why: WHY[room] } });
    }

    const fromSource = (node) => node.source && check(node.source, node.source.value);
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression(node) {
        if (node.source.type === 'Literal') check(node.source, node.source.value);
      },
      TSImportType(node) {
        const arg = node.argument?.literal ?? node.argument;
        if (arg && arg.type === 'Literal') check(arg, arg.value);
      },
      TSExternalModuleReference(node) {
        if (node.expression.type === 'Literal') check(node.expression, node.expression.value);
      },
    };
  },
};

// Node's built-in modules that can be imported without the "node:" prefix.
const NODE_BUILTINS = new Set([
  'assert', 'async_hooks', 'buffer', 'child_process', 'cluster', 'console', 'crypto', 'dgram', 'dns',
  'events', 'fs', 'http', 'http2', 'https', 'inspector', 'module', 'net', 'os', 'path', 'perf_hooks',
  'process', 'querystring', 'readline', 'repl', 'stream', 'string_decoder', 'timers', 'tls', 'tty',
  'url', 'util', 'v8', 'vm', 'worker_threads', 'zlib',
]);

export default { meta: { name: 'rooms' }, rules: { imports: importsRule } };
