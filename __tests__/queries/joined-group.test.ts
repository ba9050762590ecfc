/** A chain that groups by a joined table's column keeps that column's table (real PHP parser). */

import { extract, parseSource } from './helpers.js';

const grid = parseSource(
  'app/DataGrids/PageGrid.php',
  `<?php
namespace App\\DataGrids;
use Illuminate\\Support\\Facades\\DB;
class PageGrid
{
    public function rows($locale)
    {
        return DB::table('cms_pages')
            ->join('cms_page_translations', 'cms_pages.id', '=', 'cms_page_translations.cms_page_id')
            ->where('cms_page_translations.locale', $locale)
            ->groupBy('cms_pages.id', 'cms_page_translations.locale')
            ->get();
    }
}
`,
);

test("groupBy on a joined table's column names that table, the main table's column stays bare", () => {
  const { queries } = extract([grid]);
  const pages = queries.filter((q) => q.table === 'cms_pages');
  expect(pages).toHaveLength(1);
  expect(pages[0].groupBy).toEqual(['id', 'cms_page_translations.locale']);
});
