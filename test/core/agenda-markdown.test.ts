// @vitest-environment jsdom
// The agenda's Markdown rendered by real CommonMark/GFM renderers, read back through an HTML
// parser (jsdom's): host text must come out as the same text, with no element of its own.
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import {
  analyzeOkrs,
  CAUSES,
  type CatalogEntry,
  escapeMarkdown,
  RED_FLAGS,
  type Report,
  reviewAgenda,
} from '../../src/core';
import { MARKETING, MARKETING_NOW, Q1_2026 } from '../fixtures/scenarios';

const markdownIt = new MarkdownIt({ linkify: true });
const RENDERERS = {
  marked: (markdown: string) => marked.parse(markdown, { async: false }),
  'markdown-it (linkify)': (markdown: string) => markdownIt.render(markdown),
};

/**
 * What Markdown cannot keep, as `escapeMarkdown` documents: a line break (CR, LF, CRLF) or a
 * vertical tab becomes a space, NUL becomes U+FFFD. Nothing else changes, not even spaces.
 */
const asShown = (text: string) => text.replace(/\r\n?|[\n\v]/g, ' ').replaceAll('\0', '\uFFFD');

/** A rendered document as nested `[tag, ...children]`, text nodes as strings. */
type Outline = string | [string, ...Outline[]];
function outline(node: Node): Outline[] {
  return [...node.childNodes].flatMap((child): Outline[] => {
    if (child.nodeType === child.TEXT_NODE) return [child.textContent ?? ''];
    if (child.nodeType !== child.ELEMENT_NODE) return [];
    return [[(child as Element).tagName.toLowerCase(), ...outline(child)]];
  });
}
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html').body;
const replaceIn = (tree: Outline[], from: string, to: string): Outline[] =>
  tree.map((node) =>
    typeof node === 'string'
      ? node.replaceAll(from, to)
      : [node[0], ...replaceIn(node.slice(1) as Outline[], from, to)],
  );
const tags = (tree: Outline[]): string[] =>
  tree.flatMap((node) =>
    typeof node === 'string' ? [] : [node[0], ...tags(node.slice(1) as Outline[])],
  );

/** Each input of issue 13, class 6, and the other ways text turns into Markdown. */
const HOSTILE: [string, string][] = [
  ['a bare URL', 'Read https://example.com/path?q=1 first'],
  ['a www. domain', 'Launch www.example.com'],
  ['an upper-case WWW. domain', 'Launch WWW.EXAMPLE.COM'],
  ['a domain linkify knows', 'Update README.md and example.de'],
  ['an e-mail address', 'Ask alice@example.com'],
  ['an e-mail address with a numeric domain', 'Ask x@b1.2'],
  ['a mailto: link', 'mailto:bob@example.org'],
  ['a protocol-relative link', '//localhost/x'],
  ['an ftp URL', 'ftp://files.example.com'],
  ['an angle-bracket autolink', '<https://example.com>'],
  ['an image', '![x](https://example.com/x.png)'],
  ['a link', '[click](https://example.com "t")'],
  ['a reference link', '[click][1]'],
  ['a link reference definition after a lone CR', 'a\r[1]: https://example.com'],
  ['a heading after a lone CR', 'a\r# Heading'],
  ['a heading after CRLF', 'a\r\n# Heading'],
  ['a heading after LF', 'a\n# Heading'],
  ['a heading after U+2028', 'a\u2028# Heading'],
  ['a heading after U+2029', 'a\u2029# Heading'],
  ['a heading after NEL', 'a\u0085# Heading'],
  ['a heading after a vertical tab', 'a\v# Heading'],
  ['a heading after a form feed', 'a\f# Heading'],
  ['a title starting with "# "', '# Heading'],
  ['a title ending in a heading closing sequence', 'Fix bug #'],
  ['a title starting with "1. "', '1. First'],
  ['a title starting with "2026. "', '2026. Year'],
  ['a title starting with "1) "', '1) First'],
  ['a title starting with "- "', '- Item'],
  ['a title starting with "+ "', '+ Item'],
  ['a title starting with "* "', '* Item'],
  ['a title starting with "> "', '> Quote'],
  ['a setext "=" underline after LF', 'Title\n==='],
  ['a setext "-" underline after CR', 'Title\r---'],
  ['a title of "==="', '==='],
  ['a thematic break', '---'],
  ['a thematic break of stars', '* * *'],
  ['a title indented four spaces', '    code'],
  ['a title indented by a tab', '\tcode'],
  ['a fenced code block', '```js'],
  ['a tilde fence', '~~~'],
  ['inline code', 'Use `rm -rf`'],
  ['emphasis', '*very* _much_ **so**'],
  ['strikethrough', '~~gone~~'],
  ['a table row', '| a | b |'],
  ['raw HTML', '<b onclick="x()">bold</b> <!-- c -->'],
  ['an HTML block', '<div>'],
  ['an escaped entity', '&lt;'],
  ['a doubly escaped ampersand', 'AT&amp;T'],
  ['a numeric reference', '&#35; and &#x23;'],
  ['a backslash at the end', 'ends with \\'],
  ['backslash escapes', '\\* \\_ \\\\'],
  ['a hard line break', 'two  \nlines'],
  ['leading and trailing spaces', '  spaced  '],
  ['no-break spaces at the ends', '\u00a0nbsp\u00a0'],
  ['an ideographic space at the ends', '\u3000wide\u3000'],
  ['a vertical tab at the start', '\vvt'],
  ['a form feed at the start', '\fff'],
  ['NUL', 'a\0b'],
  ['a footnote', '[^1]'],
  ['a task list', '[ ] task'],
  ['emoji and combining marks', 'Grow 🚀 naïve café'],
  ['right-to-left text', 'نمو الإيرادات'],
];

const PLACEHOLDER = 'PLACEHOLDER';

/**
 * An agenda whose every host text is `text`: objective titles, the catalogue's titles and
 * remedies, the status and strength labels, section titles and the agenda's fixed sentences.
 */
function agendaOf(report: Report, text: string): string {
  const catalog: CatalogEntry[] = [...CAUSES, ...RED_FLAGS].map((entry) => ({
    ...entry,
    title: text,
    remedies: [text, `Then ${text}`],
  }));
  const label = `(${text})`;
  const messages: Record<string, string> = {
    // The agenda's title is trimmed as a whole (a heading shows no white space at its ends).
    'agenda.title': `Review ${text} of {cycle}.`,
    'agenda.progress': text,
    'agenda.plans': `Plans ${text}`,
    'agenda.problems': `${text} problems`,
    'agenda.nothing': text,
    'agenda.no-cause': text,
    'agenda.likely-causes': text,
    'agenda.movement': `{delta, points} ${text}`,
    'strength.strong': label,
    'strength.possible': label,
  };
  for (const status of ['done', 'ahead', 'on-track', 'not-started', 'behind', 'at-risk']) {
    messages[`status.${status}`] = text;
  }
  messages['status.off-track'] = label;
  const hostile: Report = {
    ...report,
    cycle: report.cycle && { ...report.cycle, label: text },
    objectives: report.objectives.map((objective) => ({ ...objective, title: text })),
  };
  return reviewAgenda(hostile, { catalog, messages }).markdown;
}

const REPORTS: [string, Report][] = [
  [
    'the marketing scenario (plans, problems, movement)',
    analyzeOkrs(MARKETING, { now: MARKETING_NOW }),
  ],
  [
    'one objective on track (empty sections)',
    analyzeOkrs(
      { cycle: Q1_2026, objectives: [{ id: 'x', title: 'x', progress: 0.5 }] },
      { now: '2026-02-15' },
    ),
  ],
];

describe('the agenda read through Markdown renderers', () => {
  it.each(REPORTS)('has the agenda’s own structure for %s', (_, report) => {
    const markdown = agendaOf(report, PLACEHOLDER);
    for (const render of Object.values(RENDERERS)) {
      const tree = outline(parse(render(markdown)));
      const found = tags(tree);
      expect(found.filter((tag) => tag === 'h1')).toHaveLength(1);
      expect(found.filter((tag) => tag === 'h2')).toHaveLength(3);
      expect(new Set(found)).toEqual(
        new Set(['h1', 'h2', 'ul', 'li', ...(report.objectives.length > 1 ? ['strong'] : ['p'])]),
      );
    }
  });

  for (const [rendererName, render] of Object.entries(RENDERERS)) {
    describe(rendererName, () => {
      it.each(HOSTILE)('shows %s as written everywhere host text goes', (_, text) => {
        for (const [, report] of REPORTS) {
          const expected = replaceIn(
            outline(parse(render(agendaOf(report, PLACEHOLDER)))),
            PLACEHOLDER,
            asShown(text),
          );
          const body = parse(render(agendaOf(report, text)));
          // Same elements, same nesting, and every text node the placeholder's with the text in.
          expect(outline(body)).toEqual(expected);
          expect(
            body.querySelectorAll('a, img, code, pre, blockquote, ol, hr, table, em, del, h3'),
          ).toHaveLength(0);
        }
      });
    });
  }

  it('writes the worked example of each class as readable Markdown', () => {
    const report = REPORTS[1]?.[1] as Report;
    const line = (title: string) =>
      reviewAgenda({
        ...report,
        objectives: report.objectives.map((objective) => ({ ...objective, title })),
      }).markdown.split('\n')[4];
    expect(line('See https://example.com/a')).toBe(
      '- See https:\\//example\\.com/a: 50%, On track',
    );
    expect(line('www.example.com')).toBe('- www\\.example\\.com: 50%, On track');
    expect(line('alice@example.com')).toBe('- alice\\@example\\.com: 50%, On track');
    expect(line('![x](y.png)')).toBe('- !\\[x\\](y\\.png): 50%, On track');
    expect(line('a\r# b')).toBe('- a \\# b: 50%, On track');
    expect(line('1. First')).toBe('- 1\\. First: 50%, On track');
    expect(line('- Item')).toBe('- \\- Item: 50%, On track');
    expect(line('    code')).toBe('- &#32;&#32;&#32;&#32;code: 50%, On track');
    expect(line('AT&amp;T &lt;')).toBe('- AT\\&amp;T \\&lt;: 50%, On track');
    // Decimals and sentence ends stay as they are.
    expect(line('Grow 12.5% by Q3. Then more')).toBe(
      '- Grow 12.5% by Q3. Then more: 50%, On track',
    );
  });

  it('leaves out the bold of an empty title (four stars would draw a rule)', () => {
    const report = REPORTS[0]?.[1] as Report;
    const { markdown } = reviewAgenda({
      ...report,
      objectives: report.objectives.map((objective) => ({ ...objective, title: '' })),
    });
    expect(markdown).toContain('\n-  (Lagging): ');
    expect(markdown).not.toContain('****');
    for (const render of Object.values(RENDERERS)) {
      expect(parse(render(markdown)).querySelectorAll('hr, strong')).toHaveLength(0);
    }
  });
});

describe('escapeMarkdown', () => {
  /** Where host text can stand: a paragraph, a heading, a list item's start, bold mid-line. */
  const CONTEXTS: [string, (escaped: string) => string, string][] = [
    ['a paragraph', (escaped) => `${escaped}\n`, 'p'],
    ['a heading', (escaped) => `# ${escaped}\n`, 'h1'],
    ['a list item', (escaped) => `- ${escaped}\n`, 'li'],
    ['bold text in a list item', (escaped) => `- **${escaped}** (x)\n`, 'strong'],
  ];
  /** Strings of any code point, weighted towards Markdown's syntax and white space. */
  const text = fc.string({
    unit: fc.oneof(
      fc.constantFrom(
        ...'\\`*_[]()<>!#&@.:/|~-+=0123456789 \t\n\r\v\f\0\u00a0\u2028\u2029\u0085'.split(''),
        'www.',
        'http://',
        'a@b.de',
        '&amp;',
        '    ',
        '1. ',
      ),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      fc.constantFrom('a', 'b', 'z'),
    ),
    maxLength: 40,
  });

  for (const [rendererName, render] of Object.entries(RENDERERS)) {
    it.each(CONTEXTS)(`shows any string as written in %s (${rendererName})`, (_, wrap, tag) => {
      fc.assert(
        fc.property(text, (input) => {
          fc.pre(asShown(input) !== '' || tag === 'li' || tag === 'h1');
          const body = parse(render(wrap(escapeMarkdown(input))));
          const tree = outline(body).filter((node) => node !== '\n');
          const shown = asShown(input);
          const expected: Outline[] =
            tag === 'strong'
              ? [['ul', '\n', ['li', ['strong', shown], ' (x)'], '\n']]
              : tag === 'li'
                ? [['ul', '\n', shown === '' ? ['li'] : ['li', shown], '\n']]
                : [shown === '' ? [tag] : [tag, shown]];
          expect(tree).toEqual(expected);
        }),
        { numRuns: 100 },
      );
    });
  }
});
