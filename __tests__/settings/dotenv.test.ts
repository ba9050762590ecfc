import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { laravelEnvValue, parseDotenv } from '../../src/project/laravel/settings/dotenv.js';

const PHPDOTENV = '/usr/share/php/Dotenv/autoload.php';

/** The real phpdotenv (Debian's php-dotenv, the one Laravel 8.83 loads) parsing the same text. */
function phpdotenv(text: string): Record<string, string | null> {
  const code = `require '${PHPDOTENV}'; echo json_encode(Dotenv\\Dotenv::parse(stream_get_contents(STDIN)));`;
  return JSON.parse(execFileSync('php', ['-r', code], { input: text, encoding: 'utf8' })) as Record<
    string,
    string | null
  >;
}

const TRICKY = [
  '# a comment line',
  'APP_NAME="My App"',
  'export CACHE_DRIVER=redis   # shared with the workers',
  "SINGLE='a ${APP_NAME} b'",
  'DOUBLE="x ${APP_NAME} \\"q\\" \\$HOME"',
  'UNQ=${CACHE_DRIVER}-suffix',
  'UNKNOWN=${NOPE}',
  'HASH=abc#def',
  'EMPTY=',
  'SPACED = value',
  'MULTI="line1',
  'line2 # not a comment',
  'line3"',
  'AFTER=1',
  'TABS="a\\tb\\nc"',
  '  INDENTED=yes',
  '"QUOTED_NAME"=q',
  'DOTTED.NAME=d',
].join('\n');

describe('parseDotenv', () => {
  it('reads what phpdotenv reads: quotes, comments, export, ${VAR}, multi-line values', () => {
    const mine = parseDotenv('.env', TRICKY);
    const values = Object.fromEntries([...mine.entries.values()].map((e) => [e.key, e.value]));
    expect(mine.problems).toEqual([]);
    if (existsSync(PHPDOTENV)) expect(values).toEqual(phpdotenv(TRICKY));
    // The cases that matter most, spelled out so the test stands on its own.
    expect(values.CACHE_DRIVER).toBe('redis');
    expect(values.SINGLE).toBe('a ${APP_NAME} b');
    expect(values.UNQ).toBe('redis-suffix');
    expect(values.HASH).toBe('abc');
    expect(values.MULTI).toBe('line1\nline2 # not a comment\nline3');
  });

  it('keeps the line where each variable is set, last definition winning', () => {
    const env = parseDotenv('.env', 'A=1\n\n# x\nB=2\nA=3\n');
    expect(env.entries.get('A')).toEqual({ key: 'A', value: '3', line: 5 });
    expect(env.entries.get('B')?.line).toBe(4);
  });

  it('reports the lines phpdotenv rejects, with file and line, and reads the rest', () => {
    const env = parseDotenv(
      '.env.production',
      'GOOD=1\nBAD=two words\n=x\nNEXT=2\nOPEN="never closed\nSWALLOWED=1\n',
    );
    expect(env.problems.map((p) => [p.location.file, p.location.line])).toEqual([
      ['.env.production', 2],
      ['.env.production', 3],
      ['.env.production', 5],
    ]);
    expect(env.problems[0].message).toMatch(/whitespace/);
    expect(env.entries.get('GOOD')?.value).toBe('1');
    expect(env.entries.get('NEXT')?.value).toBe('2');
    expect(env.entries.has('BAD')).toBe(false);
    // Like phpdotenv, an unclosed double quote runs to the end of the file.
    expect(env.entries.has('SWALLOWED')).toBe(false);
  });

  it('never repeats a line that is not a variable (it may be a pasted secret)', () => {
    const env = parseDotenv('.env', 'APP_ENV=production\nsk_live_51Habc def\n');
    expect(env.problems).toHaveLength(1);
    expect(env.problems[0].location).toEqual({ file: '.env', line: 2 });
    expect(env.problems[0].message).not.toContain('sk_live');
  });

  it('converts values like Laravel env(): true/false/null/empty and one pair of quotes', () => {
    expect(laravelEnvValue('(true)')).toBe('true');
    expect(laravelEnvValue('FALSE')).toBe('false');
    expect(laravelEnvValue('null')).toBeNull();
    expect(laravelEnvValue('empty')).toBe('');
    expect(laravelEnvValue('"redis"')).toBe('redis');
    expect(laravelEnvValue('database')).toBe('database');
  });
});
