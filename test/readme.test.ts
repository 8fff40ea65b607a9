import { readFileSync } from 'node:fs';
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
