/**
 * Looks at a comment the way a reviewer does: markdown-it renders it (HTML allowed, as GitHub allows
 * details/summary), GitHub's markdown stylesheet lays it out in a comment-wide column, and Debian's
 * Chromium (headless, through playwright-core) measures it at 1280×800.
 */

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { chromium, type BrowserContext } from 'playwright-core';

const require = createRequire(import.meta.url);
export const CHROMIUM = process.env['PERF_AUDIT_CHROMIUM'] ?? '/usr/bin/chromium';

/** GitHub's conversation column at a 1280 px window: about 780 px of comment body. */
const COMMENT_WIDTH = 780;

export function commentHtml(markdown: string): string {
  const md = new MarkdownIt({ html: true, linkify: false });
  const css = readFileSync(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8');
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { margin: 0; }
#comment { box-sizing: border-box; width: ${COMMENT_WIDTH}px; padding: 16px; margin: 0 auto; }
</style></head><body><article id="comment" class="markdown-body">${md.render(markdown)}</article></body></html>`;
}

export interface Look {
  /** Where the element matched by the probe ends, from the top of the comment (px), or null when absent. */
  bottomOf(selectorText: string): Promise<number | null>;
  /** Elements that stick out of the comment column or scroll sideways, with all details opened. */
  overflowing(): Promise<string[]>;
  close(): Promise<void>;
}

/** Opens the rendered comment in headless Chromium; fails plainly when Chromium is not installed. */
export async function lookAt(markdown: string): Promise<Look> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: the rendered-comment test needs it (Debian: apt-get install -y chromium; or set PERF_AUDIT_CHROMIUM).`,
    );
  const profile = mkdtempSync(join(tmpdir(), 'pa-chromium-'));
  let browser: BrowserContext;
  try {
    // A fresh profile each time (--user-data-dir): playwright takes it as launchPersistentContext's folder.
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      viewport: { width: 1280, height: 800 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  } catch (err) {
    rmSync(profile, { recursive: true, force: true });
    throw err;
  }
  const page = await browser.newPage();
  // Nothing may be fetched: the comment is self-contained.
  await page.route('**/*', (route) => route.abort());
  await page.setContent(commentHtml(markdown), { waitUntil: 'load' });
  const opened = browser;
  return {
    async bottomOf(text) {
      return page.evaluate((needle) => {
        const top = document.getElementById('comment')!.getBoundingClientRect().top;
        const all = [...document.querySelectorAll('#comment *')] as HTMLElement[];
        // The innermost element whose text holds the needle.
        const hit = all.find(
          (e) =>
            (e.textContent ?? '').includes(needle) &&
            ![...e.children].some((c) => (c.textContent ?? '').includes(needle)),
        );
        return hit ? hit.getBoundingClientRect().bottom - top : null;
      }, text);
    },
    async overflowing() {
      return page.evaluate(() => {
        for (const d of document.querySelectorAll('details')) d.open = true;
        const box = document.getElementById('comment')!.getBoundingClientRect();
        const right = box.right + 1;
        const out: string[] = [];
        const name = (e: Element) =>
          `<${e.tagName.toLowerCase()}> ${(e.textContent ?? '').replace(/\s+/g, ' ').slice(0, 80)}`;
        if (document.documentElement.scrollWidth > window.innerWidth)
          out.push(`page: ${document.documentElement.scrollWidth}px wide`);
        for (const e of document.querySelectorAll('#comment *')) {
          const el = e as HTMLElement;
          if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
            out.push(`scrolls sideways (${el.scrollWidth} > ${el.clientWidth}px): ${name(el)}`);
          else if (el.getBoundingClientRect().right > right && el.closest('pre, table') === null)
            out.push(`sticks out by ${Math.round(el.getBoundingClientRect().right - right)}px: ${name(el)}`);
        }
        return out;
      });
    },
    async close() {
      await opened.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
