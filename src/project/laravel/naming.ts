/**
 * Laravel's naming conventions, ported from Illuminate\Support\Str, Illuminate\Support\Pluralizer and
 * doctrine/inflector's English rules (the ones Laravel 8–11 use), so that a model without `$table`
 * resolves to exactly the table Laravel would query.
 */

/** Pluralizer::$uncountable: words Laravel never inflects. */
const UNCOUNTABLE = new Set([
  'audio', 'bison', 'cattle', 'chassis', 'compensation', 'coreopsis', 'data', 'deer', 'education', 'emoji',
  'equipment', 'evidence', 'feedback', 'firmware', 'fish', 'furniture', 'gold', 'hardware', 'information',
  'jedi', 'kin', 'knowledge', 'love', 'metadata', 'money', 'moose', 'news', 'nutrition', 'offspring',
  'plankton', 'pokemon', 'police', 'rain', 'recommended', 'related', 'rice', 'series', 'sheep', 'software',
  'species', 'swine', 'traffic', 'wheat',
]); // prettier-ignore

/** doctrine/inflector English Uninflected::getDefault(). */
const UNINFLECTED_DEFAULT = [
  '\\w+media', 'advice', 'aircraft', 'amoyese', 'art', 'audio', 'baggage', 'bison', 'borghese', 'bream',
  'breeches', 'britches', 'buffalo', 'butter', 'cantus', 'carp', 'cattle', 'chassis', 'clippers', 'clothing',
  'coal', 'cod', 'coitus', 'compensation', 'congoese', 'contretemps', 'coreopsis', 'corps', 'cotton', 'data',
  'debris', 'deer', 'diabetes', 'djinn', 'education', 'eland', 'elk', 'emoji', 'equipment', 'evidence',
  'faroese', 'feedback', 'fish', 'flounder', 'flour', 'foochowese', 'food', 'furniture', 'gallows', 'genevese',
  'genoese', 'gilbertese', 'gold', 'headquarters', 'herpes', 'hijinks', 'homework', 'hottentotese',
  'impatience', 'information', 'innings', 'jackanapes', 'jeans', 'jedi', 'kin', 'kiplingese', 'knowledge',
  'kongoese', 'leather', 'love', 'lucchese', 'luggage', 'mackerel', 'Maltese', 'management', 'metadata', 'mews',
  'money', 'moose', 'mumps', 'music', 'nankingese', 'news', 'nexus', 'niasese', 'nutrition', 'offspring', 'oil',
  'patience', 'pekingese', 'piedmontese', 'pincers', 'pistoiese', 'plankton', 'pliers', 'pokemon', 'police',
  'polish', 'portuguese', 'proceedings', 'progress', 'rabies', 'rain', 'research', 'rhinoceros', 'rice',
  'salmon', 'sand', 'sarawakese', 'scissors', 'sea[- ]bass', 'series', 'shavese', 'shears', 'sheep', 'siemens',
  'silk', 'sms', 'soap', 'social media', 'spam', 'species', 'staff', 'sugar', 'swine', 'talent', 'toothpaste',
  'traffic', 'travel', 'trousers', 'trout', 'tuna', 'us', 'vermontese', 'vinegar', 'weather', 'wenchowese',
  'wheat', 'whiting', 'wildebeest', 'wood', 'wool', 'yengeese',
]; // prettier-ignore

const UNINFLECTED_PLURAL = new RegExp(
  `^(?:${[...UNINFLECTED_DEFAULT, 'people', 'trivia', '\\w+ware$', 'media'].join('|')})$`,
  'i',
);
const UNINFLECTED_SINGULAR = new RegExp(
  `^(?:${[
    ...UNINFLECTED_DEFAULT,
    '.*ss', 'clothes', 'data', 'fascia', 'fuchsia', 'galleria', 'mafia', 'militia', 'pants', 'petunia', 'sepia',
    'trivia', 'utopia',
  ].join('|')})$`,
  'i',
); // prettier-ignore

/** doctrine/inflector English Inflectible::getIrregular() (singular → plural). */
const IRREGULAR: [string, string][] = [
  ['atlas', 'atlases'], ['axe', 'axes'], ['beef', 'beefs'], ['blouse', 'blouses'], ['brother', 'brothers'],
  ['cafe', 'cafes'], ['chateau', 'chateaux'], ['niveau', 'niveaux'], ['child', 'children'], ['canvas', 'canvases'],
  ['cookie', 'cookies'], ['corpus', 'corpuses'], ['cow', 'cows'], ['criterion', 'criteria'],
  ['curriculum', 'curricula'], ['demo', 'demos'], ['domino', 'dominoes'], ['echo', 'echoes'], ['foot', 'feet'],
  ['fungus', 'fungi'], ['ganglion', 'ganglions'], ['gas', 'gases'], ['genie', 'genies'], ['genus', 'genera'],
  ['goose', 'geese'], ['graffito', 'graffiti'], ['hippopotamus', 'hippopotami'], ['hoof', 'hoofs'],
  ['human', 'humans'], ['iris', 'irises'], ['larva', 'larvae'], ['leaf', 'leaves'], ['lens', 'lenses'],
  ['loaf', 'loaves'], ['man', 'men'], ['medium', 'media'], ['memorandum', 'memoranda'], ['money', 'monies'],
  ['mongoose', 'mongooses'], ['motto', 'mottoes'], ['move', 'moves'], ['mythos', 'mythoi'], ['niche', 'niches'],
  ['nucleus', 'nuclei'], ['numen', 'numina'], ['occiput', 'occiputs'], ['octopus', 'octopuses'],
  ['opus', 'opuses'], ['ox', 'oxen'], ['passerby', 'passersby'], ['penis', 'penises'], ['person', 'people'],
  ['plateau', 'plateaux'], ['runner-up', 'runners-up'], ['safe', 'safes'], ['sex', 'sexes'], ['sieve', 'sieves'],
  ['soliloquy', 'soliloquies'], ['son-in-law', 'sons-in-law'], ['syllabus', 'syllabi'], ['testis', 'testes'],
  ['thief', 'thieves'], ['tooth', 'teeth'], ['tornado', 'tornadoes'], ['trilby', 'trilbys'], ['turf', 'turfs'],
  ['valve', 'valves'], ['volcano', 'volcanoes'], ['abuse', 'abuses'], ['avalanche', 'avalanches'],
  ['cache', 'caches'], ['curve', 'curves'], ['emphasis', 'emphases'], ['foe', 'foes'], ['grave', 'graves'],
  ['hoax', 'hoaxes'], ['neurosis', 'neuroses'], ['save', 'saves'], ['wave', 'waves'], ['oasis', 'oases'],
  ['zombie', 'zombies'],
]; // prettier-ignore
const IRREGULAR_PLURAL = new Map(IRREGULAR);
const IRREGULAR_SINGULAR = new Map(IRREGULAR.map(([s, p]) => [p, s] as [string, string]));

/** doctrine/inflector English Inflectible::getPlural(), first match wins. `\N` are PCRE back-references. */
const PLURAL_RULES: [string, string][] = [
  ['(s)tatus$', '\\1\\2tatuses'], ['(quiz)$', '\\1zes'], ['^(ox)$', '\\1\\2en'], ['([m|l])ouse$', '\\1ice'],
  ['(matr|vert|ind)(ix|ex)$', '\\1ices'], ['(x|ch|ss|sh)$', '\\1es'], ['([^aeiouy]|qu)y$', '\\1ies'],
  ['(hive|gulf)$', '\\1s'], ['(?:([^f])fe|([lr])f)$', '\\1\\2ves'], ['sis$', 'ses'], ['([ti])um$', '\\1a'],
  ['(tax)on$', '\\1a'], ['(c)riterion$', '\\1riteria'], ['(p)erson$', '\\1eople'], ['(m)an$', '\\1en'],
  ['(c)hild$', '\\1hildren'], ['(f)oot$', '\\1eet'], ['(buffal|her|potat|tomat|volcan)o$', '\\1\\2oes'],
  ['(alumn|bacill|cact|foc|fung|nucle|radi|stimul|syllab|termin|vir)us$', '\\1i'], ['us$', 'uses'],
  ['(alias)$', '\\1es'], ['(analys|ax|cris|test|thes)is$', '\\1es'], ['s$', 's'], ['^$', ''], ['$', 's'],
]; // prettier-ignore

/** doctrine/inflector English Inflectible::getSingular(). */
const SINGULAR_RULES: [string, string][] = [
  ['(s)tatuses$', '\\1\\2tatus'], ['(s)tatus$', '\\1\\2tatus'], ['(c)ampus$', '\\1\\2ampus'],
  ['^(.*)(menu)s$', '\\1\\2'], ['(quiz)zes$', '\\1'], ['(matr)ices$', '\\1ix'], ['(vert|ind)ices$', '\\1ex'],
  ['^(ox)en', '\\1'], ['(alias)(es)*$', '\\1'], ['(buffal|her|potat|tomat|volcan)oes$', '\\1o'],
  ['(alumn|bacill|cact|foc|fung|nucle|radi|stimul|syllab|termin|viri?)i$', '\\1us'], ['([ftw]ax)es', '\\1'],
  ['(analys|ax|cris|test|thes)es$', '\\1is'], ['(shoe|slave)s$', '\\1'], ['(o)es$', '\\1'], ['ouses$', 'ouse'],
  ['([^a])uses$', '\\1us'], ['([m|l])ice$', '\\1ouse'], ['(x|ch|ss|sh)es$', '\\1'], ['(m)ovies$', '\\1\\2ovie'],
  ['(s)eries$', '\\1\\2eries'], ['([^aeiouy]|qu)ies$', '\\1y'], ['([lr])ves$', '\\1f'], ['(tive)s$', '\\1'],
  ['(hive)s$', '\\1'], ['(drive)s$', '\\1'], ['(dive)s$', '\\1'], ['(olive)s$', '\\1'], ['([^fo])ves$', '\\1fe'],
  ['(^analy)ses$', '\\1sis'], ['(analy|diagno|^ba|(p)arenthe|(p)rogno|(s)ynop|(t)he)ses$', '\\1\\2sis'],
  ['(tax)a$', '\\1on'], ['(c)riteria$', '\\1riterion'], ['([ti])a$', '\\1um'], ['(p)eople$', '\\1\\2erson'],
  ['(m)en$', '\\1an'], ['(c)hildren$', '\\1\\2hild'], ['(f)eet$', '\\1oot'], ['(n)ews$', '\\1\\2ews'],
  ['eaus$', 'eau'], ['^tights$', 'tights'], ['^shorts$', 'shorts'], ['s$', ''],
]; // prettier-ignore

interface Transformation {
  test: RegExp;
  replace: RegExp;
  replacement: string;
}

function compile(rules: [string, string][]): Transformation[] {
  return rules.map(([pattern, replacement]) => ({
    test: new RegExp(pattern, 'i'),
    replace: new RegExp(pattern, 'gi'),
    replacement,
  }));
}

const PLURAL = compile(PLURAL_RULES);
const SINGULAR = compile(SINGULAR_RULES);

/** preg_replace semantics: `\N` for a group that did not take part (or does not exist) is empty. */
function pregReplace(word: string, t: Transformation): string {
  return word.replace(t.replace, (...args: unknown[]) => {
    const groups = args.slice(1, -2) as (string | undefined)[];
    return t.replacement.replace(/\\(\d)/g, (_m, n: string) => groups[Number(n) - 1] ?? '');
  });
}

function substitute(word: string, table: Map<string, string>): string {
  const lower = word.toLowerCase();
  const to = table.get(lower);
  if (to === undefined) return word;
  return lower[0] !== word[0] ? to[0].toUpperCase() + to.slice(1) : to;
}

/** RulesetInflector::inflect with a single ruleset. */
function inflect(
  word: string,
  uninflected: RegExp,
  irregular: Map<string, string>,
  rules: Transformation[],
): string {
  if (word === '') return '';
  if (uninflected.test(word)) return word;
  const irregularForm = substitute(word, irregular);
  if (irregularForm !== word) return irregularForm;
  for (const t of rules) {
    if (t.test.test(word)) return pregReplace(word, t);
  }
  return word;
}

const ucfirst = (s: string): string => (s === '' ? s : s[0].toUpperCase() + s.slice(1));
const lcfirst = (s: string): string => (s === '' ? s : s[0].toLowerCase() + s.slice(1));
const ucwords = (s: string): string =>
  s.replace(/(^|[ \t\r\n\f\v])(\S)/g, (_m, sep: string, c: string) => sep + c.toUpperCase());

/** Pluralizer::matchCase: give the inflected word the case pattern of the original. */
function matchCase(value: string, comparison: string): string {
  if (comparison.toLowerCase() === comparison) return value.toLowerCase();
  if (comparison.toUpperCase() === comparison) return value.toUpperCase();
  if (ucfirst(comparison) === comparison) return ucfirst(value);
  if (ucwords(comparison) === comparison) return ucwords(value);
  return value;
}

/** Str::plural / Pluralizer::plural. */
export function plural(value: string): string {
  if (UNCOUNTABLE.has(value.toLowerCase()) || !/[A-Za-z0-9\u0080-\uFFFF]$/u.test(value)) return value;
  return matchCase(inflect(value, UNINFLECTED_PLURAL, IRREGULAR_PLURAL, PLURAL), value);
}

/** Str::singular / Pluralizer::singular. */
export function singular(value: string): string {
  return matchCase(inflect(value, UNINFLECTED_SINGULAR, IRREGULAR_SINGULAR, SINGULAR), value);
}

/** Str::pluralStudly: pluralise only the last StudlyCase word (`DiscordPractice` → `DiscordPractices`). */
export function pluralStudly(value: string): string {
  // preg_split('/(.)(?=[A-Z])/u', …, PREG_SPLIT_DELIM_CAPTURE): the last word starts at the last
  // upper-case letter that has a character before it.
  let cut = -1;
  for (let i = value.length - 1; i >= 1; i--) {
    if (/[A-Z]/.test(value[i])) {
      cut = i;
      break;
    }
  }
  return cut === -1 ? plural(value) : value.slice(0, cut) + plural(value.slice(cut));
}

/** Str::snake. */
export function snake(value: string, delimiter = '_'): string {
  if (/^[a-z]+$/.test(value)) return value; // ctype_lower
  const joined = ucwords(value).replace(/\s+/gu, '');
  return joined.replace(/(.)(?=[A-Z])/gu, `$1${delimiter}`).toLowerCase();
}

/** Str::studly. */
export function studly(value: string): string {
  return value
    .replace(/[-_]/g, ' ')
    .split(' ')
    .map((w) => ucfirst(w))
    .join('');
}

/** Str::camel. */
export function camel(value: string): string {
  return lcfirst(studly(value));
}

/** class_basename: `App\Models\User` → `User`. */
export function classBasename(fqcn: string): string {
  const parts = fqcn.replace(/^\\/, '').split('\\');
  return parts[parts.length - 1];
}

/** Model::getTable() without `$table`: `Str::snake(Str::pluralStudly(class_basename($this)))`. */
export function conventionalTable(className: string): string {
  return snake(pluralStudly(classBasename(className)));
}

/** AsPivot::getTable() without `$table`: pivots use the singular (`RoleUser` → `role_user`). */
export function conventionalPivotTable(className: string): string {
  return snake(singular(classBasename(className))).replace(/\\/g, '');
}

/** Model::getForeignKey(): `Str::snake(class_basename($this)).'_'.$this->getKeyName()`. */
export function foreignKeyFor(className: string, primaryKey = 'id'): string {
  return `${snake(classBasename(className))}_${primaryKey}`;
}

/** HasRelationships::joiningTable(): both snake basenames, sorted, joined by `_`, lower case. */
export function joiningTable(parentClass: string, relatedClass: string): string {
  const segments = [snake(classBasename(relatedClass)), snake(classBasename(parentClass))].sort();
  return segments.join('_').toLowerCase();
}
