/**
 * A real Neo4j Community 5.26 server on this machine, without Docker: a developer's tool beside the
 * server (npm start, npm run db:start, the tests), supervised like Frog (supervisor/processSupervisor.ts).
 *
 * Maven Central publishes the server as jars (not as the standalone tarball), so on first use we
 * resolve `org.neo4j:neo4j` with Maven into `.neo4j/dist/<version>/lib` and start
 * `org.neo4j.server.CommunityEntryPoint` on that classpath, exactly as `bin/neo4j` does.
 * What the tests see is what production sees: Bolt, Cypher, transactions, constraints, full-text.
 *
 * Every failure a user can meet (no Java, no Maven, no Maven Central, port taken, Neo4j not
 * starting) becomes a `LocalNeo4jError` with one paragraph that says what to do.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { killProcess, portOpen, processAlive, readState, startProcess, stopProcess, writeState } from '../supervisor/processSupervisor.js';
import { REPO_ROOT } from '../supervisor/repoRoot.js';

/** Test instances take a port the OS says is free. */
export { freePort } from '../supervisor/processSupervisor.js';

const NEO4J_VERSION = '5.26.30';

export const CACHE_ROOT = path.join(REPO_ROOT, '.neo4j');

export class LocalNeo4jError extends Error {
  constructor(
    message: string,
    readonly code: 'NO_JAVA' | 'OLD_JAVA' | 'NO_MAVEN' | 'RESOLVE_FAILED' | 'PORT_IN_USE' | 'START_FAILED' | 'AUTH_FAILED',
  ) {
    super(message);
    this.name = 'LocalNeo4jError';
  }
}

export interface LocalNeo4jOptions {
  /** Folder holding conf/, data/, logs/ and run/ of this instance. */
  home: string;
  boltPort: number;
  httpPort: number;
  /** JVM heap; small by default because the machine is shared with the app and the tests. */
  heap?: string;
  pageCache?: string;
  /** Keep running after this process exits (for `npm run db:start`). */
  detached?: boolean;
  /** Progress messages for the user (downloading, starting, ready). */
  log?: (message: string) => void;
}

export interface RunningNeo4j {
  uri: string;
  user: string;
  password: string;
  home: string;
  /** True when this call started the server (false when it found one of ours already running). */
  startedHere: boolean;
  pid: number | null;
  stop(): Promise<void>;
  /** `kill -9` of the JVM, no shutdown at all (what a power cut or the OOM killer does): for fault tests. */
  kill(): Promise<void>;
}

const USER = 'neo4j';
const START_TIMEOUT_MS = 180_000;

/** Where the generated password of an instance is kept (inside its ignored data folder). */
function passwordFile(home: string): string {
  return path.join(home, 'data', 'kennisgraaf.password');
}

export function readPassword(home: string): string | null {
  try {
    return fs.readFileSync(passwordFile(home), 'utf8').trim() || null;
  } catch {
    return null;
  }
}

/** pid and Bolt port of the running instance (supervisor/processSupervisor.ts). */
function stateFile(home: string): string {
  return path.join(home, 'run', 'neo4j.json');
}

/** Written by versions before the process supervisor; still read, so their running Neo4j is found. */
function legacyPidFile(home: string): string {
  return path.join(home, 'run', 'neo4j.pid');
}

function consoleLog(home: string): string {
  return path.join(home, 'logs', 'console.log');
}

/** The last lines of the instance's log, for error messages. */
function logTail(home: string, lines = 25): string {
  for (const file of [consoleLog(home), path.join(home, 'logs', 'neo4j.log'), path.join(home, 'logs', 'debug.log')]) {
    try {
      const text = fs.readFileSync(file, 'utf8').trimEnd();
      if (text) return text.split('\n').slice(-lines).join('\n');
    } catch {
      /* try the next log */
    }
  }
  return '(no log output)';
}

function checkJava(): void {
  const res = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (res.error || res.status !== 0) {
    throw new LocalNeo4jError(
      'Java was not found. Kennisgraaf starts a local Neo4j 5.26, which needs Java 17 or 21. ' +
        'Install it (Debian/Ubuntu: `apt-get install openjdk-17-jre-headless`), or set NEO4J_URI (with NEO4J_USER and NEO4J_PASSWORD) ' +
        'to use a Neo4j you already run, or use `docker compose up`.',
      'NO_JAVA',
    );
  }
  const match = /version "(\d+)/.exec(res.stderr + res.stdout);
  const major = match ? Number(match[1]) : 0;
  if (major < 17) {
    throw new LocalNeo4jError(
      `Java ${major || '(unknown version)'} was found, but Neo4j 5.26 needs Java 17 or 21. Install Java 17 and make it the default \`java\`, ` +
        'or set NEO4J_URI to use an existing Neo4j.',
      'OLD_JAVA',
    );
  }
}

/** The folder of server jars for NEO4J_VERSION, resolved from Maven Central on first use. */
function ensureDistribution(log: (m: string) => void = () => {}): string {
  const dist = path.join(CACHE_ROOT, 'dist', NEO4J_VERSION);
  const lib = path.join(dist, 'lib');
  const marker = path.join(dist, 'complete');
  if (fs.existsSync(marker)) return lib;

  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error || mvn.status !== 0) {
    throw new LocalNeo4jError(
      'Maven (`mvn`) was not found. On first start Kennisgraaf fetches the Neo4j server jars from Maven Central with Maven. ' +
        'Install it (Debian/Ubuntu: `apt-get install maven`), or set NEO4J_URI to use a Neo4j you already run, or use `docker compose up`.',
      'NO_MAVEN',
    );
  }
  log(`Fetching Neo4j Community ${NEO4J_VERSION} from Maven Central (once; about 125 MB)…`);
  const staging = `${dist}.partial-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  const res = spawnSync(
    'mvn',
    [
      '-q',
      '-B',
      '-f',
      path.join(REPO_ROOT, 'neo4j', 'pom.xml'),
      `-Dneo4j.version=${NEO4J_VERSION}`,
      'dependency:copy-dependencies',
      '-DincludeScope=runtime',
      `-DoutputDirectory=${path.join(staging, 'lib')}`,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (res.status !== 0) {
    fs.rmSync(staging, { recursive: true, force: true });
    const tail = `${res.stdout}\n${res.stderr}`.trim().split('\n').slice(-8).join('\n');
    throw new LocalNeo4jError(
      `Maven could not fetch Neo4j ${NEO4J_VERSION} from Maven Central. Check the network or your Maven proxy settings ` +
        `(~/.m2/settings.xml), then run the command again; or set NEO4J_URI to use an existing Neo4j.\nMaven said:\n${tail}`,
      'RESOLVE_FAILED',
    );
  }
  fs.writeFileSync(path.join(staging, 'complete'), new Date().toISOString());
  fs.rmSync(dist, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(dist), { recursive: true });
  fs.renameSync(staging, dist);
  return lib;
}

function writeConfig(opts: LocalNeo4jOptions): string {
  const confDir = path.join(opts.home, 'conf');
  fs.mkdirSync(confDir, { recursive: true });
  for (const d of ['data', 'logs', 'run', 'plugins', 'import']) fs.mkdirSync(path.join(opts.home, d), { recursive: true });
  // Strict validation is on in 5.x: a misspelt setting stops start-up, which is what we want.
  const conf = [
    '# Written by neo4j/neo4j-local.ts on every start; edit that file, not this one.',
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=:${opts.boltPort}`,
    `server.http.listen_address=:${opts.httpPort}`,
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    `server.memory.heap.initial_size=${opts.heap ?? '512m'}`,
    `server.memory.heap.max_size=${opts.heap ?? '1g'}`,
    `server.memory.pagecache.size=${opts.pageCache ?? '256m'}`,
    `server.directories.data=${path.join(opts.home, 'data')}`,
    `server.directories.logs=${path.join(opts.home, 'logs')}`,
    `server.directories.run=${path.join(opts.home, 'run')}`,
    `server.directories.plugins=${path.join(opts.home, 'plugins')}`,
    `server.directories.import=${path.join(opts.home, 'import')}`,
    '',
  ].join('\n');
  fs.writeFileSync(path.join(confDir, 'neo4j.conf'), conf);
  return confDir;
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen({ port, host: '127.0.0.1', exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

/** The pid of our Neo4j in `home`, from its state file (or the plain pid file older versions wrote). */
function readPid(home: string): number | null {
  const state = readState(stateFile(home));
  if (state) return state.pid;
  try {
    const pid = Number(fs.readFileSync(legacyPidFile(home), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function removeState(home: string): void {
  fs.rmSync(stateFile(home), { force: true });
  fs.rmSync(legacyPidFile(home), { force: true });
}

/** SIGTERM makes Neo4j shut down cleanly (flush, release the store lock); that may take a while. */
const STOP_GRACE_MS = 60_000;

async function boltAnswers(uri: string, password: string): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(USER, password), { connectionTimeout: 2000 });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

async function waitForPort(port: number, child: ChildProcess | null, home: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) {
      throw new LocalNeo4jError(
        `Neo4j stopped during start-up (exit code ${child.exitCode}). The end of its log (${consoleLog(home)}):\n${logTail(home)}\n` +
          'Fix what the log says (often: too little memory or a locked data folder), then start again.',
        'START_FAILED',
      );
    }
    if (await portOpen(port)) return;
    await sleep(250);
  }
  throw new LocalNeo4jError(
    `Neo4j did not open Bolt on port ${port} within ${START_TIMEOUT_MS / 1000} s. The end of its log:\n${logTail(home)}`,
    'START_FAILED',
  );
}

/**
 * On a new data folder the only login is neo4j/neo4j, which must be changed before anything
 * else works. We generate a password, change it, and keep it in the data folder.
 */
async function ensurePassword(uri: string, home: string): Promise<string> {
  const existing = readPassword(home);
  if (existing && (await boltAnswers(uri, existing))) return existing;
  const pendingFile = `${passwordFile(home)}.pending`;
  const pending = fs.existsSync(pendingFile) ? fs.readFileSync(pendingFile, 'utf8').trim() : null;
  if (pending && (await boltAnswers(uri, pending))) {
    fs.renameSync(pendingFile, passwordFile(home));
    return pending;
  }
  const password = pending ?? randomBytes(18).toString('base64url');
  fs.writeFileSync(pendingFile, password, { mode: 0o600 });
  const driver = neo4j.driver(uri, neo4j.auth.basic(USER, 'neo4j'));
  try {
    const session = driver.session({ database: 'system' });
    try {
      await session.run('ALTER CURRENT USER SET PASSWORD FROM $old TO $new', { old: 'neo4j', new: password });
    } finally {
      await session.close();
    }
  } catch (e) {
    throw new LocalNeo4jError(
      `Could not log in to the local Neo4j in ${home}: its password is not the one Kennisgraaf keeps in ${passwordFile(home)}. ` +
        `If this data folder is disposable, stop Neo4j and delete ${home}; otherwise set NEO4J_PASSWORD. (${(e as Error).message})`,
      'AUTH_FAILED',
    );
  } finally {
    await driver.close();
  }
  fs.renameSync(pendingFile, passwordFile(home));
  return password;
}

/** Starts the instance in `opts.home`, or reuses it when one of ours already runs there. */
export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<RunningNeo4j> {
  const log = opts.log ?? (() => {});
  const uri = `bolt://127.0.0.1:${opts.boltPort}`;
  fs.mkdirSync(path.join(opts.home, 'run'), { recursive: true });

  const oldPid = readPid(opts.home);
  if (oldPid && processAlive(oldPid)) {
    const password = readPassword(opts.home);
    if (password && (await boltAnswers(uri, password))) {
      log(`Using the Neo4j already running from ${opts.home} (pid ${oldPid}).`);
      return {
        uri,
        user: USER,
        password,
        home: opts.home,
        startedHere: false,
        pid: oldPid,
        stop: () => stopProcess(oldPid, { graceMs: STOP_GRACE_MS }).then(() => removeState(opts.home)),
        kill: () => killProcess(oldPid).then(() => removeState(opts.home)),
      };
    }
  }
  removeState(opts.home);

  for (const [name, port] of [
    ['Bolt', opts.boltPort],
    ['HTTP', opts.httpPort],
  ] as const) {
    if (!(await isPortFree(port))) {
      throw new LocalNeo4jError(
        `Port ${port} (Neo4j ${name}) is already in use by another program. Stop that program, or choose other ports with ` +
          'NEO4J_BOLT_PORT and NEO4J_HTTP_PORT, or — if it is a Neo4j you want to use — set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.',
        'PORT_IN_USE',
      );
    }
  }

  checkJava();
  const lib = ensureDistribution(log);
  const confDir = writeConfig(opts);
  log(`Starting Neo4j ${NEO4J_VERSION} on ${uri} (data in ${path.relative(process.cwd(), opts.home) || opts.home})…`);

  const heap = opts.heap ?? '1g';
  let child: ChildProcess & { pid: number };
  try {
    child = startProcess({
      command: 'java',
      args: [
      `-Xms${opts.heap ?? '512m'}`,
      `-Xmx${heap}`,
      '-XX:+UseG1GC',
      '-XX:-OmitStackTraceInFastThrow',
      '-XX:+DisableExplicitGC',
      '-Djdk.nio.maxCachedBufferSize=1024',
      '-Dio.netty.tryReflectionSetAccessible=true',
      '-Dlog4j2.disable.jmx=true',
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/java.io=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '--add-opens=java.base/java.lang=ALL-UNNAMED',
      '-cp',
      `${path.join(opts.home, 'plugins')}/*:${lib}/*`,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${opts.home}`,
      `--config-dir=${confDir}`,
      '--console-mode',
      ],
      logFile: consoleLog(opts.home),
      cwd: opts.home,
      detached: opts.detached,
    });
  } catch {
    throw new LocalNeo4jError('Could not start `java`.', 'START_FAILED');
  }
  writeState(stateFile(opts.home), { pid: child.pid, port: opts.boltPort });

  const pid = child.pid;
  const stop = async () => {
    await stopProcess(pid, { child, graceMs: STOP_GRACE_MS });
    removeState(opts.home);
  };
  const kill = async () => {
    await killProcess(pid, child);
    removeState(opts.home);
  };
  try {
    await waitForPort(opts.boltPort, child, opts.home, Date.now() + START_TIMEOUT_MS);
    const password = await retryUntil(() => ensurePassword(uri, opts.home), Date.now() + 30_000);
    log(`Neo4j is ready on ${uri}.`);
    return { uri, user: USER, password, home: opts.home, startedHere: true, pid, stop, kill };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** Bolt opens a moment before authentication is ready; retry transient failures. */
async function retryUntil<T>(fn: () => Promise<T>, deadline: number): Promise<T> {
  for (;;) {
    try {
      return await fn();
    } catch (e) {
      if (e instanceof LocalNeo4jError || Date.now() > deadline) throw e;
      await sleep(500);
    }
  }
}

/** Stops the instance in `home` if one of ours runs there. Returns whether one was running. */
export async function stopLocalNeo4j(home: string): Promise<boolean> {
  const pid = readPid(home);
  if (!pid || !processAlive(pid)) {
    removeState(home);
    return false;
  }
  await stopProcess(pid, { graceMs: STOP_GRACE_MS });
  removeState(home);
  return true;
}

export function localStatus(home: string): { running: boolean; pid: number | null } {
  const pid = readPid(home);
  return { running: !!pid && processAlive(pid), pid: pid && processAlive(pid) ? pid : null };
}
