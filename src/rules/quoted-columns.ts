/** Column names as a message shows them: each in backticks, comma-separated (`city`, `zip`). */
export const quotedColumns = (columns: string[]): string => columns.map((c) => `\`${c}\``).join(', ');
