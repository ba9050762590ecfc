/**
 * Finds a Blade closer (`}}`, `!!}`, `--}}`, `@endphp`) after a position. Each closer's last answer is kept,
 * so a template full of unclosed openers is searched once per closer, not once per opener: the scan stays
 * linear on any input.
 */
export class CloserFinder {
  private readonly memo = new Map<string, { from: number; at: number }>();

  constructor(private readonly text: string) {}

  /** The offset of `closer` at or after `from`, or -1. */
  find(closer: string, from: number): number {
    const known = this.memo.get(closer);
    // The last search started at or before `from` and found nothing, or found a match not before `from`.
    if (known && from >= known.from && (known.at === -1 || from <= known.at)) return known.at;
    const at = this.text.indexOf(closer, from);
    this.memo.set(closer, { from, at });
    return at;
  }
}
