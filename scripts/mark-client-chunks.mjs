// After tsup: every built JavaScript file that holds React code, or imports a file that does,
// starts with "use client", and no other does. esbuild keeps no directive through code
// splitting, and the widgets now live in chunks of their own; a file that reaches only core
// code must stay a server module, so `okr-balance/core` works in React Server Components.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
const DIRECTIVE = /^\s*(['"])use client\1;?\s*/;
const REACT = /(?:\bfrom\s*|\bimport\s*|\brequire\()\s*['"]react(?:-dom)?(?:\/[\w-]+)?['"]/;
const RELATIVE = /(?:\bfrom\s*|\bimport\s*|\brequire\()\s*['"](\.{1,2}\/[^'"]+)['"]/g;

const files = new Map();
for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
  if (!/\.c?js$/.test(file)) continue;
  const body = readFileSync(join(dist, file), 'utf8').replace(DIRECTIVE, '');
  const imports = [...body.matchAll(RELATIVE)].map((m) => normalize(join(dirname(file), m[1])));
  files.set(normalize(file), { body, imports, client: REACT.test(body) });
}
// A file that imports a client file is a client file: repeat until nothing changes.
for (let changed = true; changed; ) {
  changed = false;
  for (const info of files.values()) {
    if (!info.client && info.imports.some((name) => files.get(name)?.client)) {
      info.client = true;
      changed = true;
    }
  }
}
let marked = 0;
for (const [file, { body, client }] of files) {
  const text = client ? `"use client";\n${body}` : body;
  if (client) marked++;
  if (text !== readFileSync(join(dist, file), 'utf8')) writeFileSync(join(dist, file), text);
}
console.log(`"use client" on ${marked} of ${files.size} files: those that reach React`);
