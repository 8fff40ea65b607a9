import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';

const readme = readFileSync('README.md', 'utf8');

describe('README', () => {
  it('starts with the two commands a newcomer runs', () => {
    const commands = readme
      .split('```sh\n')
      .slice(1, 3)
      .map((block) => block.split('\n')[0]);
    expect(commands).toEqual(['npm ci && npm run storybook', 'npm ci && npm test']);
  });

  it.each(['board.tsx', 'widgets.tsx'])(
    'shows the widget example examples/%s, which the typecheck covers',
    (file) => {
      const example = readFileSync(`examples/${file}`, 'utf8');
      expect(readme).toContain(`\`\`\`tsx\n${example}\`\`\``);
    },
  );

  it('shows the quick start exactly as examples/quick-start.ts, which runs as it says', async () => {
    const example = readFileSync('examples/quick-start.ts', 'utf8');
    expect(readme).toContain(`\`\`\`ts\n${example}\`\`\``);
    const logs: unknown[][] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...args) => void logs.push(args));
    await import('../examples/quick-start');
    log.mockRestore();
    expect(logs[0]).toEqual([expect.closeTo(0.3468, 4), 'unbalanced']);
    expect(logs[1]).toEqual([
      'off-track',
      'Projected to reach 33% by the end of the cycle; success is 100% (projection rule).',
    ]);
    expect(logs[2]).toEqual(['team.capacity-imbalance']);
    expect(String(logs[3]?.[0])).toMatch(/^# OKR review: Q1 2026\n/);
  });
});

/** The README's fenced code blocks of a language, in order. */
function blocks(language: string): string[] {
  return [...readme.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)]
    .filter((match) => match[1] === language)
    .map((match) => match[2] ?? '');
}

describe("README's code", () => {
  it('type-checks every ts and tsx block under strict with exactOptionalPropertyTypes', () => {
    const sources = [...blocks('ts'), ...blocks('tsx')];
    // The quick start, the two widget examples, and the four files of the Next.js section.
    expect(sources.length).toBeGreaterThanOrEqual(7);
    // One program for all (a program costs seconds): the README's blocks, and one file that
    // must fail, so a check that reports nothing cannot pass for one that checks nothing.
    const broken =
      '// broken.tsx\nimport { StatusBadge } from \'okr-balance\';\n\nexport const x = <StatusBadge status="late" />;\n';
    const diagnostics = typeCheck([...sources, broken], {
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
    });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatch(/^broken\.tsx:4: Type '"late"' is not assignable/);
  }, 120_000);

  it('lists every --okr-* token the stylesheet sets, and no other, in its tokens table', () => {
    const declared = new Set(
      [...readFileSync('src/styles/tokens.css', 'utf8').matchAll(/(--okr-[a-z0-9-]+):/g)].map(
        (match) => match[1],
      ),
    );
    const table = readme
      .split('\n')
      .filter((line) => line.startsWith('| `--okr-'))
      .join('\n');
    const listed = new Set([...table.matchAll(/`(--okr-[a-z0-9-]+)`/g)].map((match) => match[1]));
    expect(declared.size).toBeGreaterThan(30);
    expect([...declared].filter((token) => !listed.has(token))).toEqual([]);
    expect([...listed].filter((token) => !declared.has(token))).toEqual([]);
  });

  it('shows a screenshot of the board and of each widget, each a committed PNG', () => {
    const images = [...readme.matchAll(/!\[[^\]]+\]\((docs\/images\/[\w-]+\.png)\)/g)].map(
      (match) => match[1] ?? '',
    );
    expect(images).toEqual(
      expect.arrayContaining([
        'docs/images/board.png',
        'docs/images/radar.png',
        'docs/images/gauge.png',
        'docs/images/badges.png',
        'docs/images/checklist.png',
      ]),
    );
    for (const image of images) {
      // The PNG signature: a file, not a Git LFS pointer or an empty placeholder.
      expect(readFileSync(image).subarray(0, 8)).toEqual(
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      );
    }
  });
});

/**
 * Type-checks code blocks as files of one program, with the repository's compiler options
 * and `okr-balance` mapped to the source (tsconfig.json's paths). A block whose first line is
 * a path comment (`// app/review/page.tsx`) is that file, so blocks can import each other; the
 * others are `readme-<n>.tsx`. Returns the blocks' own errors as `file:line: message`.
 */
function typeCheck(sources: string[], flags: ts.CompilerOptions): string[] {
  const root = process.cwd();
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  if (!config) throw new Error('tsconfig.json could not be read');
  const dir = join(root, '.readme-blocks');
  const files = new Map<string, string>();
  sources.forEach((source, index) => {
    const named = source.match(/^\/\/ ([\w./-]+\.tsx?)\n/)?.[1];
    files.set(join(dir, named ?? `readme-${index}.tsx`), source);
  });
  const options: ts.CompilerOptions = {
    ...config.options,
    ...flags,
    noEmit: true,
    // A side-effect import of the stylesheet resolves in the package, not in this repository.
    noUncheckedSideEffectImports: false,
    types: ['node'],
  };
  const host = ts.createCompilerHost(options);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (file) => files.has(file) || fileExists.call(host, file);
  host.directoryExists = (path) =>
    [...files.keys()].some((file) => file.startsWith(`${path}/`)) || ts.sys.directoryExists(path);
  host.readFile = (file) => files.get(file) ?? readFile.call(host, file);
  host.getSourceFile = (file, language, ...rest) => {
    const text = files.get(file);
    return text === undefined
      ? getSourceFile.call(host, file, language, ...rest)
      : ts.createSourceFile(file, text, language, true);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file && files.has(diagnostic.file.fileName))
    .map((diagnostic) => {
      const file = diagnostic.file as ts.SourceFile;
      const { line } = file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
      return `${relative(dir, file.fileName)}:${line + 1}: ${message}`;
    });
}
