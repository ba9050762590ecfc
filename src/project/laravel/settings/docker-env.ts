/**
 * The env a Docker production setup gives the app, as env layers: the app service's `environment:` and
 * `env_file:` in a production compose file (docker-compose.prod.yml, compose.production.yaml, or the
 * file `env-file` names), and an env file a production Dockerfile copies into the image as `.env`
 * (`COPY .env.docker .env`). Development setups (docker-compose.yml, Sail, Dockerfile.dev) are not
 * production and are not read. Compose files are YAML, read with the `yaml` package; a Dockerfile is a
 * list of instructions, read line by line.
 */

import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { AppFile } from '../../files.js';
import type { Problem } from '../../model.js';
import { normalizeAppPath } from '../../../config/app-path.js';
import { parseDotenv, type EnvEntry, type EnvFile } from './dotenv.js';

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const dirName = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('/')));

export function isComposeFile(path: string): boolean {
  return /^(docker-)?compose([.-][\w.-]+)?\.ya?ml$/i.test(baseName(path));
}

/** A compose file named for production: docker-compose.prod.yml, compose.production.yaml, docker-compose-prod.yml. */
export function isProductionCompose(path: string): boolean {
  return isComposeFile(path) && /[.-]prod(uction)?[.-]/i.test(baseName(path).replace(/\.ya?ml$/i, '.'));
}

export function isDockerfile(path: string): boolean {
  const name = baseName(path);
  return /^Dockerfile([.-][\w.-]+)?$/i.test(name) || /\.Dockerfile$/i.test(name);
}

/** A Dockerfile that builds for development or tests is not production's image. */
function isDevelopmentPath(path: string): boolean {
  return /(^|[./_-])(dev|development|local|test|testing|sail|ci)([./_-]|$)/i.test(path);
}

const LARAVEL_KEYS = ['APP_KEY', 'APP_ENV', 'APP_DEBUG', 'DB_CONNECTION', 'DB_HOST'];

interface Service {
  name: string;
  node: Node;
  /** The build context, app-relative; null without `build:`. */
  context: string | null;
}

function get(node: unknown, key: string): unknown {
  return isMap(node) ? node.get(key, true) : undefined;
}

function scalarText(node: unknown): string | null {
  if (!isScalar(node)) return null;
  const v = node.value;
  return v === null || v === undefined ? null : String(v);
}

/** The compose file's app service: built from the app folder, else the first that sets Laravel variables. */
function appService(services: Service[], setsLaravel: (s: Service) => boolean): Service | null {
  return services.find((s) => s.context === '') ?? services.find(setsLaravel) ?? null;
}

function composeLayers(file: AppFile, files: AppFile[]): EnvFile[] {
  const lines = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter: lines, merge: true });
  const problems: Problem[] = [];
  const lineOf = (node: unknown) =>
    node && (node as Node).range ? lines.linePos((node as Node).range![0]).line : 1;
  if (doc.errors.length) {
    const e = doc.errors[0];
    return [
      {
        path: file.path,
        entries: new Map(),
        problems: [
          {
            location: { file: file.path, line: e.linePos?.[0].line ?? 1 },
            message: `${file.path} is not valid YAML (${e.message.split('\n')[0]}): its environment is not read`,
            construct: 'compose file',
          },
        ],
      },
    ];
  }
  const here = dirName(file.path);
  const services: Service[] = [];
  const servicesNode = get(doc.contents, 'services');
  if (isMap(servicesNode)) {
    for (const pair of servicesNode.items) {
      const name = scalarText(pair.key) ?? '';
      const build = get(pair.value, 'build');
      const ctx = scalarText(build) ?? scalarText(get(build, 'context'));
      const context = ctx === null ? null : normalizeAppPath([here, ctx].filter(Boolean).join('/'));
      services.push({ name, node: pair.value as Node, context });
    }
  }
  const environment = (s: Service) => get(s.node, 'environment');
  const setsLaravel = (s: Service) => {
    const env = environment(s);
    const text = isMap(env)
      ? env.items.map((p) => scalarText(p.key) ?? '')
      : isSeq(env)
        ? env.items.map((i) => (scalarText(i) ?? '').split('=')[0])
        : [];
    return text.some((k) => LARAVEL_KEYS.includes(k)) || get(s.node, 'env_file') !== undefined;
  };
  const service = appService(services, setsLaravel);
  if (!service) return [];

  const entries = new Map<string, EnvEntry>();
  const set = (key: string, raw: string | null, node: unknown) => {
    const line = lineOf(node);
    // No value: compose passes the variable through from the shell that runs it.
    if (raw === null) return;
    if (/\$\{?[A-Za-z_]/.test(raw)) {
      problems.push({
        location: { file: file.path, line },
        message: `${key} is "${raw}" in service ${service.name}: compose fills it in when it runs, so it is not read here`,
        construct: 'compose interpolation',
      });
      return;
    }
    entries.set(key, { key, value: raw.replace(/\$\$/g, '$'), line });
  };
  const env = environment(service);
  if (isMap(env)) {
    for (const p of env.items) set(scalarText(p.key) ?? '', scalarText(p.value), p.key);
  } else if (isSeq(env)) {
    for (const item of env.items) {
      const text = scalarText(item) ?? '';
      const eq = text.indexOf('=');
      set(eq < 0 ? text : text.slice(0, eq), eq < 0 ? null : text.slice(eq + 1), item);
    }
  }
  const layers: EnvFile[] = [{ path: file.path, entries, problems }];

  // env_file: later files win over earlier ones; `environment:` wins over all of them.
  const envFileNode = get(service.node, 'env_file');
  const listed = isSeq(envFileNode) ? envFileNode.items : envFileNode === undefined ? [] : [envFileNode];
  const fromFiles: EnvFile[] = [];
  for (const item of listed) {
    const rel = scalarText(item) ?? scalarText(get(item, 'path'));
    if (!rel) continue;
    const path = normalizeAppPath([here, rel].filter(Boolean).join('/'));
    const found = path === null ? undefined : files.find((f) => f.path === path);
    if (!found) {
      problems.push({
        location: { file: file.path, line: lineOf(item) },
        message: `env_file ${rel} of service ${service.name} is not in the app: its variables are not read`,
        construct: 'compose env_file',
      });
      continue;
    }
    fromFiles.unshift(parseDotenv(found.path, found.text));
  }
  return [...layers, ...fromFiles];
}

/** `COPY [--chown=…] <src> <dest>` (or ADD, or the JSON form) whose destination is a `.env` file. */
function copiedToDotEnv(dockerfile: AppFile, files: AppFile[]): EnvFile[] {
  const out: EnvFile[] = [];
  const instructions = dockerfile.text.replace(/\\\r?\n/g, ' ').split(/\r?\n/);
  for (const line of instructions) {
    const m = /^\s*(COPY|ADD)\s+(.*)$/i.exec(line);
    if (!m) continue;
    let args: string[];
    const rest = m[2].trim();
    if (rest.startsWith('[')) {
      try {
        args = (JSON.parse(rest) as unknown[]).map(String);
      } catch {
        continue;
      }
    } else args = rest.split(/\s+/);
    // --from copies out of another image: not a file of the app.
    if (args.some((a) => a.startsWith('--from'))) continue;
    args = args.filter((a) => !a.startsWith('--'));
    if (args.length !== 2 || baseName(args[1]) !== '.env') continue;
    const path = normalizeAppPath(args[0]);
    const found = path === null ? undefined : files.find((f) => f.path === path);
    if (found && found.path !== '.env') out.push(parseDotenv(found.path, found.text));
  }
  return out;
}

/**
 * The Docker layers, highest precedence first: a production compose file's app service (its
 * `environment:`, then its `env_file:` files), then env files production Dockerfiles copy to `.env`.
 * `chosen`: the file `env-file` names, when it is a compose file (the app says it is production's).
 */
export function dockerEnvLayers(other: AppFile[], chosen: string | null = null): EnvFile[] {
  const named = chosen?.replace(/^\.\//, '') ?? null;
  const composes = other.filter(
    (f) => isComposeFile(f.path) && (f.path === named || (named === null && isProductionCompose(f.path))),
  );
  const dockerfiles = other.filter((f) => isDockerfile(f.path) && !isDevelopmentPath(f.path));
  const layers = [
    ...composes.flatMap((f) => composeLayers(f, other)),
    ...dockerfiles.flatMap((f) => copiedToDotEnv(f, other)),
  ];
  const seen = new Set<string>();
  return layers.filter((l) => !seen.has(l.path) && !!seen.add(l.path));
}
