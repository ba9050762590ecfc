/**
 * English plurals the way Laravel's Str::plural (Doctrine Inflector) forms them, for `constrained()`:
 * `user_id` → `users`, `category_id` → `categories`, `person_id` → `people`. Only the last word changes.
 */

const UNCOUNTABLE = new Set([
  'audio',
  'bison',
  'cattle',
  'chassis',
  'compensation',
  'coreopsis',
  'data',
  'deer',
  'education',
  'emoji',
  'equipment',
  'evidence',
  'feedback',
  'firmware',
  'fish',
  'furniture',
  'gold',
  'hardware',
  'information',
  'jedi',
  'kin',
  'knowledge',
  'love',
  'metadata',
  'money',
  'moose',
  'news',
  'nutrition',
  'offspring',
  'plankton',
  'pokemon',
  'police',
  'rain',
  'recommended',
  'related',
  'rice',
  'series',
  'sheep',
  'software',
  'species',
  'swine',
  'traffic',
  'wheat',
]);

const IRREGULAR: Record<string, string> = {
  atlas: 'atlases',
  axe: 'axes',
  beef: 'beefs',
  brother: 'brothers',
  cafe: 'cafes',
  chateau: 'chateaux',
  child: 'children',
  cookie: 'cookies',
  corpus: 'corpuses',
  cow: 'cows',
  criterion: 'criteria',
  curriculum: 'curricula',
  demo: 'demos',
  domino: 'dominoes',
  echo: 'echoes',
  foot: 'feet',
  fungus: 'fungi',
  ganglion: 'ganglions',
  genie: 'genies',
  genus: 'genera',
  goose: 'geese',
  graffito: 'graffiti',
  hippopotamus: 'hippopotami',
  hoof: 'hoofs',
  human: 'humans',
  iris: 'irises',
  larva: 'larvae',
  leaf: 'leaves',
  lens: 'lenses',
  loaf: 'loaves',
  man: 'men',
  medium: 'media',
  memorandum: 'memoranda',
  money: 'monies',
  mongoose: 'mongooses',
  motto: 'mottoes',
  move: 'moves',
  mythos: 'mythoi',
  niche: 'niches',
  nucleus: 'nuclei',
  numen: 'numina',
  occiput: 'occiputs',
  octopus: 'octopuses',
  opus: 'opuses',
  ox: 'oxen',
  passerby: 'passersby',
  penis: 'penises',
  person: 'people',
  plateau: 'plateaux',
  runner: 'runners',
  safe: 'safes',
  sex: 'sexes',
  sieve: 'sieves',
  soliloquy: 'soliloquies',
  testis: 'testes',
  thief: 'thieves',
  tooth: 'teeth',
  tornado: 'tornadoes',
  trilby: 'trilbys',
  turf: 'turfs',
  valve: 'valves',
  wave: 'waves',
  woman: 'women',
  zombie: 'zombies',
};

/** Doctrine's English rules, most specific first. */
const RULES: [RegExp, string][] = [
  [/(s)tatus$/i, '$1tatuses'],
  [/(quiz)$/i, '$1zes'],
  [/^(ox)$/i, '$1en'],
  [/([m|l])ouse$/i, '$1ice'],
  [/(matr|vert|ind)(ix|ex)$/i, '$1ices'],
  [/(x|ch|ss|sh)$/i, '$1es'],
  [/([^aeiouy]|qu)y$/i, '$1ies'],
  [/(hive|gulf)$/i, '$1s'],
  [/(?:([^f])fe|([lr])f)$/i, '$1$2ves'],
  [/sis$/i, 'ses'],
  [/([ti])um$/i, '$1a'],
  [/(tax)on$/i, '$1a'],
  [/(c)riterion$/i, '$1riteria'],
  [/(p)erson$/i, '$1eople'],
  [/(m)an$/i, '$1en'],
  [/(c)hild$/i, '$1hildren'],
  [/(f)oot$/i, '$1eet'],
  [/(buffal|her|potat|tomat|volcan)o$/i, '$1oes'],
  [/(alumn|bacill|cact|foc|fung|nucle|radi|stimul|syllab|termin|vir)us$/i, '$1i'],
  [/us$/i, 'uses'],
  [/(alias)$/i, '$1es'],
  [/(analys|ax|cris|test|thes)is$/i, '$1es'],
  [/s$/, 's'],
  [/^$/, ''],
  [/$/, 's'],
];

export function pluralize(word: string): string {
  const m = /^(.*?)([A-Za-z]+)$/.exec(word);
  if (!m) return word;
  const [, head, last] = m;
  const lowerLast = last.toLowerCase();
  if (UNCOUNTABLE.has(lowerLast)) return word;
  if (IRREGULAR[lowerLast]) return head + matchCase(IRREGULAR[lowerLast], last);
  for (const [re, rep] of RULES) {
    if (re.test(last)) return head + last.replace(re, rep);
  }
  return word + 's';
}

function matchCase(value: string, like: string): string {
  if (like === like.toUpperCase()) return value.toUpperCase();
  if (like[0] === like[0].toUpperCase()) return value[0].toUpperCase() + value.slice(1);
  return value;
}

/** Str::snake for a class basename: `BlogPost` → `blog_post`. */
export function snake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}
