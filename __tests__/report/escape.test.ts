import { commentMarker, renderMarkdown } from '../../src/report/markdown.js';
import { mdCode, mdCodeBlock, mdLines, mdText } from '../../src/report/escape.js';
import { finding, report } from './sample-report.js';

/** CommonMark code spans: a run of n backticks opens, the next run of exactly n closes. Returns the contents. */
function codeSpans(line: string): string[] {
  return scanSpans(line).spans;
}

/** The text outside code blocks and code spans: where GitHub renders mentions and HTML. */
function outsideCode(md: string): string {
  const withoutBlocks = md.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1$/gm, '');
  return withoutBlocks
    .split('\n')
    .map((line) => scanSpans(line).rest)
    .join('\n');
}

function scanSpans(line: string): { spans: string[]; rest: string } {
  const spans: string[] = [];
  let rest = '';
  let i = 0;
  while (i < line.length) {
    if (line[i] !== '`' || (i > 0 && line[i - 1] === '\\')) {
      rest += line[i];
      i += 1;
      continue;
    }
    let n = 0;
    while (line[i + n] === '`') n += 1;
    let j = i + n;
    let closed = -1;
    while (j < line.length) {
      if (line[j] === '`') {
        let m = 0;
        while (line[j + m] === '`') m += 1;
        if (m === n) {
          closed = j;
          break;
        }
        j += m;
      } else j += 1;
    }
    if (closed < 0) {
      rest += line.slice(i, i + n);
      i += n;
      continue;
    }
    let content = line.slice(i + n, closed);
    if (content.length > 2 && content.startsWith(' ') && content.endsWith(' '))
      content = content.slice(1, -1);
    spans.push(content);
    rest += '<code/>';
    i = closed + n;
  }
  return { spans, rest };
}

/** Pipes that split a table row into cells: not escaped with a backslash. */
function cellCount(row: string): number {
  return row.split(/(?<!\\)\|/).length - 2;
}

const HOSTILE =
  'see @org/team and @octocat <img src=x onerror=alert(1)> | col ``x` ``` \n## heading\n<script>alert(2)</script> <!-- x --> [link](javascript:alert(3))';

describe('escaping repository text', () => {
  it('mdText: no mention, no HTML, no table break, no newline', () => {
    const out = mdText(HOSTILE);
    expect(out).not.toMatch(/@(?!\u200d)/);
    expect(out).not.toMatch(/<[a-z!/]/i);
    expect(out).not.toMatch(/(?<!\\)\|/);
    expect(out).not.toContain('\n');
    expect(out).not.toMatch(/(?<!\\)\[link/);
  });

  it('mdCode: the content comes back exactly from a CommonMark code span, whatever backticks it holds', () => {
    for (const text of ['a`b', '``double``', '`start', 'end`', 'x ``` y', 'plain']) {
      const span = mdCode(text);
      expect(codeSpans(span)).toEqual([text]);
    }
  });

  it('mdCode in a table escapes pipes so the row keeps its cells', () => {
    const row = `| ${mdCode('a | b', { inTable: true })} | two |`;
    expect(cellCount(row)).toBe(2);
    // A backslash already in front of a pipe does not cancel the escape.
    const tricky = `| ${mdCode('a \\| b', { inTable: true })} | two |`;
    expect(tricky).toBe('| `a \\\u200b\\| b` | two |');
    expect(cellCount(tricky)).toBe(2);
  });

  it('mdCodeBlock: the fence is longer than any backtick run inside', () => {
    const block = mdCodeBlock('before\n````\nafter', 'sql');
    const fence = block.split('\n')[0]!.replace('sql', '');
    expect(fence.length).toBeGreaterThan(4);
    expect(block.endsWith(`\n${fence}`)).toBe(true);
    expect(block.split('\n').filter((l) => l === fence)).toHaveLength(1);
  });
});

describe('renderMarkdown with hostile repository text', () => {
  const hostile = finding({
    rule: 'PA101',
    severity: 'critical',
    title: `Missing index on ${HOSTILE}`,
    message: HOSTILE,
    file: 'app/@org/team|<img src=x onerror=alert(1)>`.php',
    line: 3,
    table: 'weird|table',
    columns: ['col`umn', '@admins'],
    fix: {
      sql: `ALTER TABLE \`weird|table\` ADD INDEX x (\`col\`\`umn\`); -- ${HOSTILE}`,
      migration: `$table->index('@team'); // \`\`\`\n<img>`,
      text: null,
    },
  });
  const silenced = {
    ...finding({ rule: 'PA201', title: 'Cache', file: '.env' }),
    silenced: { reason: HOSTILE, by: '@org/security <b>' },
  };
  const r = report({
    findings: [hostile, { ...hostile, fingerprint: 'other', status: 'existing' }, silenced],
    fixed: [{ ...hostile, fingerprint: 'fixed' }],
    explains: [
      {
        name: HOSTILE,
        sql: HOSTILE,
        table: 't',
        access: 'ALL|x',
        key: '@k',
        rows: 5,
        filesort: true,
        temporary: false,
        verdict: 'full scan',
        location: { file: HOSTILE, line: 1 },
      },
    ],
    settings: [{ key: 'cache.default', value: HOSTILE, source: 'x', file: null, line: null }],
    phases: [{ name: HOSTILE, status: 'failed', ms: 1, note: HOSTILE }],
  });
  r.http[0]!.url = `http://x/${HOSTILE}`;
  const md = renderMarkdown(r, { commentKey: 'k', docsBaseUrl: 'https://example.test/' });

  it('mentions nobody: every @ outside code carries a zero-width joiner', () => {
    expect(outsideCode(md)).not.toMatch(/@(?!\u200d)/);
    expect(outsideCode(md)).toContain('@\u200dorg/team');
  });

  it('injects no HTML: the only tags are the ones perf-audit writes', () => {
    const text = outsideCode(md);
    const tags = text.match(/<\/?[a-z][^>]*>/gi) ?? [];
    for (const tag of tags)
      expect([
        '<br>',
        '<details>',
        '</details>',
        '<summary>',
        '</summary>',
        '<sub>',
        '</sub>',
        '<code/>',
      ]).toContain(tag);
    expect(text).not.toMatch(/<img|<script/i);
    expect(text.match(/<!--/g)).toHaveLength(1);
    expect(md.startsWith(commentMarker('k'))).toBe(true);
  });

  it('keeps every table row at its header cell count, on one line', () => {
    const lines = md.split('\n');
    let header = -1;
    for (const line of lines) {
      if (!line.startsWith('|')) {
        header = -1;
        continue;
      }
      const cells = cellCount(line);
      if (header < 0) header = cells;
      else expect(cells).toBe(header);
    }
  });

  it('does not break out of code blocks: every opening fence is closed by the same fence', () => {
    const fences = md.split('\n').filter((l) => /^`{3,}/.test(l));
    const stack: string[] = [];
    for (const f of fences) {
      const run = /^`+/.exec(f)![0];
      if (stack.length && run === stack[stack.length - 1] && f === run) stack.pop();
      else stack.push(run);
    }
    expect(stack).toEqual([]);
  });

  it('renders headings only where perf-audit puts them', () => {
    const headings = md.split('\n').filter((l) => /^#{1,6} /.test(l));
    // A finding's card heading carries its (escaped) title; no heading starts with repository text.
    for (const h of headings) expect(h).toMatch(/^## [❌✅] perf-audit|^### |^#### \d+\. [🔴🟡🔵] /u);
    expect(headings.filter((h) => !/^#### \d+\. /.test(h)).join('\n')).not.toContain('heading');
  });
});

describe('mdLines', () => {
  it('keeps line breaks as <br> and escapes each line', () => {
    expect(mdLines('CACHE_DRIVER=redis\nREDIS_CACHE_CONNECTION=cache\n@team <b>')).toBe(
      'CACHE\\_DRIVER=redis<br>REDIS\\_CACHE\\_CONNECTION=cache<br>@\u200dteam &lt;b&gt;',
    );
  });
});
