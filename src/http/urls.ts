/** Turns the configured URLs into absolute ones: relative paths are joined to http.baseUrl. */

export interface ResolvedUrl {
  /** As written in the configuration. */
  configured: string;
  /** Absolute URL to request; null when it cannot be built (the reason is in `error`). */
  absolute: string | null;
  error: string | null;
}

export function resolveUrl(configured: string, baseUrl: string | null): ResolvedUrl {
  const trimmed = configured.trim();
  if (/^https?:\/\//i.test(trimmed)) {
    try {
      return { configured, absolute: new URL(trimmed).toString(), error: null };
    } catch {
      return { configured, absolute: null, error: `not a valid URL: ${configured}` };
    }
  }
  if (!baseUrl) {
    return {
      configured,
      absolute: null,
      error: `relative URL ${configured} needs http.base-url (or an absolute URL)`,
    };
  }
  try {
    // Keep the base's own path (an app served under /app/) by joining, not replacing.
    const base = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
    return { configured, absolute: new URL(trimmed.replace(/^\//, ''), base).toString(), error: null };
  } catch {
    return { configured, absolute: null, error: `http.base-url is not a valid URL: ${baseUrl}` };
  }
}

/** Path and query of a URL: stable across CI ports, used in fingerprints. */
export function urlPath(url: string): string {
  try {
    const u = new URL(url);
    return `${u.pathname}${u.search}`;
  } catch {
    return url;
  }
}
