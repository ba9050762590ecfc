/**
 * Text bound for a CI log (the command's stderr and stdout, the action's log). The runner executes any line
 * that starts with `::name::` (or the older `##[name]`), whitespace first or not, and `::stop-commands::`
 * would turn off masking and commands for the rest of the job. Repository text (file names, config keys,
 * SQL) must not start such a line: newlines inside one message are shown as `\n`, other control characters
 * are dropped, and a line that would still start a command gets a visible `·` in front.
 */

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u0085\u202a-\u202e\u2066-\u2069]/g;
const NEWLINE = /\r\n|\r|\n|\u2028|\u2029/g;
const COMMAND_START = /^(\s*)(::|##\[)/;

function defuse(line: string): string {
  return line.replace(COMMAND_START, '$1·$2');
}

/** One message as exactly one log line. */
export function logLine(text: string): string {
  return defuse(text.replace(NEWLINE, '\\n').replace(CONTROL, ''));
}

/** A multi-line text (a rendered report) whose lines are kept, none of them able to start a command. */
export function logBlock(text: string): string {
  return text
    .split(/(\r\n|\r|\n)/)
    .map((part, i) => (i % 2 === 1 ? part : defuse(part.replace(CONTROL, ''))))
    .join('');
}
