import { median, percentile, max } from '../../src/http/stats.js';
import { resolveUrl, urlPath } from '../../src/http/urls.js';

describe('timing statistics', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
  it('uses nearest-rank percentiles', () => {
    const values = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(values, 95)).toBe(19);
    expect(percentile(values, 100)).toBe(20);
    expect(percentile([7], 95)).toBe(7);
    expect(max(values)).toBe(20);
  });
});

describe('URL resolution', () => {
  it('joins relative URLs to the base URL, keeping the base path', () => {
    expect(resolveUrl('/login', 'http://127.0.0.1:8000').absolute).toBe('http://127.0.0.1:8000/login');
    expect(resolveUrl('courses?page=2', 'http://h:1/app').absolute).toBe('http://h:1/app/courses?page=2');
    expect(resolveUrl('https://example.test/x', null).absolute).toBe('https://example.test/x');
  });
  it('explains why a relative URL cannot be used without a base URL', () => {
    const r = resolveUrl('/login', null);
    expect(r.absolute).toBeNull();
    expect(r.error).toContain('base-url');
  });
  it('keeps path and query for fingerprints', () => {
    expect(urlPath('http://127.0.0.1:9999/a/b?c=1')).toBe('/a/b?c=1');
  });
});
