// What the numbers were measured on: cores, memory, CPU model, load, versions.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';

const run = (cmd, args, env = process.env) => {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'n/a';
  }
};

export function machine(dbUrl) {
  let memory = `${Math.round(totalmem() / 2 ** 30)} GiB`;
  try {
    const kb = Number(/MemTotal:\s+(\d+)/.exec(readFileSync('/proc/meminfo', 'utf8'))[1]);
    memory = `${(kb / 2 ** 20).toFixed(1)} GiB`;
  } catch {
    /* not Linux */
  }
  const u = new URL(dbUrl);
  return {
    date: new Date().toISOString(),
    nproc: run('nproc', []) || String(availableParallelism()),
    cpu: cpus()[0]?.model ?? 'n/a',
    memory,
    load: loadavg()
      .map((x) => x.toFixed(2))
      .join(', '),
    node: process.version,
    mariadb: run(
      'mariadb',
      [
        '-h',
        u.hostname,
        '-P',
        u.port || '3306',
        '-u',
        decodeURIComponent(u.username) || 'root',
        '-N',
        '-e',
        'SELECT VERSION()',
      ],
      { ...process.env, MYSQL_PWD: decodeURIComponent(u.password) },
    ),
    mariadbClient: run('mariadb', ['--version']),
    php: run('php', ['-r', 'echo PHP_VERSION;']),
    laravel: run('php', [
      '-r',
      "require '/usr/share/php/Illuminate/autoload.php'; echo Illuminate\\Foundation\\Application::VERSION;",
    ]),
  };
}
