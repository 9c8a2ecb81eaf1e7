#!/usr/bin/env node
/**
 * Produces the Electron-ABI build of better-sqlite3-multiple-ciphers, beside (never in
 * place of) the Node build that `npm test` uses.
 *
 * Why a separate copy: rebuilding in node_modules replaces the Node build (tests then fail
 * to load it), and a failed electron-rebuild deletes the build folder altogether. So the
 * package is copied to node_modules/.cache/amizero-electron-native/<electron>/<platform-arch>/
 * and built there; main passes the resulting file to core as better-sqlite3's
 * `nativeBinding`, and electron-builder ships it as resources/native/better_sqlite3.node.
 *
 *   node build/scripts/electron-native.mjs             build if missing; warn and exit 0 on failure
 *   node build/scripts/electron-native.mjs --require   same, but exit 1 on failure (packaging)
 *   node build/scripts/electron-native.mjs --print-path  print where the binary belongs
 *
 * Needs internet once per Electron version (a prebuilt binary from GitHub, or Electron's
 * headers for node-gyp); after that the cached result is reused offline.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MODULE = 'better-sqlite3-multiple-ciphers';
const BINARY = 'better_sqlite3.node';
const HEADERS_URL = 'https://electronjs.org/headers';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const argv = process.argv.slice(2);
const required = argv.includes('--require');
const requireFromRoot = createRequire(path.join(root, 'package.json'));

const moduleDir = path.join(root, 'node_modules', MODULE);
const nodeBuild = path.join(moduleDir, 'build', 'Release', BINARY);
const electronDir = path.join(root, 'node_modules', 'electron');
const cacheRoot = path.join(root, 'node_modules', '.cache', 'amizero-electron-native');
const platformArch = `${process.platform}-${process.arch}`;

class Offline extends Error {}

function readElectron() {
  const pkgFile = path.join(electronDir, 'package.json');
  if (!fs.existsSync(pkgFile)) throw new Error('node_modules/electron is not installed (run npm install)');
  const version = JSON.parse(fs.readFileSync(pkgFile, 'utf8')).version;
  const abiFile = path.join(electronDir, 'abi_version');
  const abi = fs.existsSync(abiFile) ? fs.readFileSync(abiFile, 'utf8').trim() : null;
  return { version, abi };
}

const electron = readElectron();
const targetDir = path.join(cacheRoot, electron.version, platformArch);
const target = path.join(targetDir, BINARY);
// What electron-builder.yml ships: always the binary for the pinned version, refreshed on every run.
const stagedDir = path.join(cacheRoot, 'current', platformArch);
const gypDevDir = path.join(cacheRoot, 'node-gyp');

if (argv.includes('--print-path')) {
  process.stdout.write(target + '\n');
  process.exit(0);
}

function rel(p) {
  return path.relative(root, p) || '.';
}

function sha256(file) {
  return fs.existsSync(file) ? createHash('sha256').update(fs.readFileSync(file)).digest('hex') : null;
}

/**
 * A machine-wide npmrc may set nodedir (to the system Node), which npm exports to scripts as
 * npm_config_nodedir; node-gyp would then silently compile against Node's headers and
 * the result would not load in Electron. Drop every setting that picks headers or target.
 */
function buildEnv() {
  const env = { ...process.env };
  const picksHeaders = /^npm_config_(nodedir|target|target_arch|arch|disturl|dist_url|runtime|devdir|build_from_source)$/i;
  for (const key of Object.keys(env)) {
    if (picksHeaders.test(key) || /^npm_package_config_node_gyp_/i.test(key)) delete env[key];
  }
  return env;
}

function run(cmd, args, opts) {
  return spawnSync(cmd, args, { env: buildEnv(), encoding: 'utf8', ...opts });
}

async function reachable(url) {
  try {
    const res = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(10_000) });
    return res.ok || res.status === 403 || res.status === 405;
  } catch {
    return false;
  }
}

function headersCached() {
  return fs.existsSync(path.join(gypDevDir, electron.version, 'installVersion'));
}

function copyPackage(workDir) {
  fs.rmSync(workDir, { recursive: true, force: true });
  const skip = new Set([path.join(moduleDir, 'build'), path.join(moduleDir, 'node_modules')]);
  fs.cpSync(moduleDir, workDir, { recursive: true, filter: (src) => !skip.has(src) });
}

function tryPrebuilt(workDir) {
  let bin;
  try {
    bin = createRequire(path.join(moduleDir, 'package.json')).resolve('prebuild-install/bin.js');
  } catch {
    return false;
  }
  const r = run(
    process.execPath,
    [bin, '--runtime=electron', `--target=${electron.version}`, `--arch=${process.arch}`, `--platform=${process.platform}`],
    {
      cwd: workDir,
      stdio: 'pipe',
      timeout: 180_000,
    },
  );
  return r.status === 0 && fs.existsSync(path.join(workDir, 'build', 'Release', BINARY));
}

function compile(workDir) {
  let bin;
  try {
    bin = requireFromRoot.resolve('node-gyp/bin/node-gyp.js');
  } catch {
    throw new Error('node-gyp is not installed in node_modules; cannot compile the Electron build');
  }
  const args = [
    bin,
    'rebuild',
    '--release',
    `--target=${electron.version}`,
    `--arch=${process.arch}`,
    `--dist-url=${HEADERS_URL}`,
    `--devdir=${gypDevDir}`,
    '--jobs=max',
  ];
  const r = run(process.execPath, args, { cwd: workDir, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`node-gyp could not build ${MODULE} for Electron ${electron.version} (see the output above)`);
}

/**
 * Loads the file in plain Node, in a child: an Electron build must be refused with
 * Electron's NODE_MODULE_VERSION. If Node accepts it, it was built against Node's headers.
 */
function checkAbi(file) {
  const r = run(process.execPath, ['-e', `require(${JSON.stringify(file)})`], { stdio: 'pipe' });
  if (r.status === 0) throw new Error(`${rel(file)} loads in plain Node, so it was built against Node's headers, not Electron's`);
  const m = /NODE_MODULE_VERSION (\d+)\. This version of Node\.js requires/.exec(r.stderr ?? '');
  if (!m) return `could not read its ABI from Node's refusal`;
  if (electron.abi && m[1] !== electron.abi)
    throw new Error(`${rel(file)} has ABI ${m[1]} but Electron ${electron.version} needs ${electron.abi}`);
  return `ABI ${m[1]}`;
}

/**
 * The electron package's binary, read from its path.txt: requiring 'electron' would
 * start a download attempt when the binary is missing.
 */
function electronBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const relative = fs.readFileSync(pathFile, 'utf8').trim();
  const binary = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(electronDir, 'dist'), relative);
  return fs.existsSync(binary) ? binary : null;
}

/**
 * Opens, writes and reopens an encrypted database with the given binary; prints the
 * SQLite version. Run inside Electron's own Node, it is the real proof the build works.
 */
function encryptedRoundTrip(file) {
  return `
    const fs = require('node:fs'), os = require('node:os'), path = require('node:path');
    const Database = require(${JSON.stringify(path.join(moduleDir, 'lib', 'index.js'))});
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'amizero-native-check-'));
    try {
      const dbFile = path.join(dir, 'check.db');
      const open = () => {
        const db = new Database(dbFile, { nativeBinding: ${JSON.stringify(file)} });
        db.pragma("cipher = 'sqlcipher'");
        db.pragma("key = 'check'");
        return db;
      };
      let db = open();
      db.exec('create table t(x); insert into t values (42)');
      db.close();
      if (fs.readFileSync(dbFile).subarray(0, 15).toString('latin1') === 'SQLite format 3') throw new Error('database was written in plain text');
      db = open();
      if (db.prepare('select x from t').get().x !== 42) throw new Error('row not read back');
      process.stdout.write(db.prepare('select sqlite_version() v').get().v);
      db.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  `;
}

function verifyInElectron(file) {
  const exe = electronBinary();
  if (!exe) return 'not run in Electron (no Electron binary installed here)';
  const r = spawnSync(exe, ['-e', encryptedRoundTrip(file)], {
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    encoding: 'utf8',
    stdio: 'pipe',
    timeout: 60_000,
  });
  if (r.status !== 0)
    throw new Error(
      `the Electron build does not work in Electron ${electron.version}: ${(r.stderr || r.error?.message || '').trim().split('\n')[0]}`,
    );
  return `verified in Electron (SQLite ${r.stdout.trim()}, encrypted round trip)`;
}

function install(built, how) {
  fs.mkdirSync(targetDir, { recursive: true });
  const tmp = `${target}.${process.pid}.tmp`;
  fs.copyFileSync(built, tmp);
  fs.renameSync(tmp, target);
  fs.writeFileSync(
    path.join(targetDir, 'build-info.json'),
    JSON.stringify(
      { module: MODULE, electron: electron.version, abi: electron.abi, platform: process.platform, arch: process.arch, how },
      null,
      2,
    ) + '\n',
  );
}

function stage() {
  fs.mkdirSync(stagedDir, { recursive: true });
  if (sha256(path.join(stagedDir, BINARY)) !== sha256(target)) {
    const tmp = path.join(stagedDir, `${BINARY}.${process.pid}.tmp`);
    fs.copyFileSync(target, tmp);
    fs.renameSync(tmp, path.join(stagedDir, BINARY));
  }
  fs.writeFileSync(path.join(stagedDir, 'ELECTRON_VERSION'), electron.version + '\n');
}

async function produce() {
  if (!fs.existsSync(path.join(moduleDir, 'package.json'))) throw new Error(`${MODULE} is not installed (run npm install)`);
  if (!headersCached() && !(await reachable(`${HEADERS_URL}/v${electron.version}/SHASUMS256.txt`))) throw new Offline();

  const workDir = path.join(targetDir, 'work');
  try {
    copyPackage(workDir);
    const built = path.join(workDir, 'build', 'Release', BINARY);
    let how = 'prebuilt (prebuild-install)';
    if (!tryPrebuilt(workDir)) {
      how = 'compiled (node-gyp against Electron headers)';
      compile(workDir);
    }
    checkAbi(built);
    install(built, how);
    return how;
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

async function main() {
  const nodeBuildBefore = sha256(nodeBuild);
  let code = 0;
  try {
    let how = 'cached';
    let abi;
    try {
      abi = fs.existsSync(target) ? checkAbi(target) : null;
    } catch (e) {
      // A stale or wrongly built cache entry (ours alone) is replaced, never trusted.
      console.warn(`electron-native: discarding cached build: ${e instanceof Error ? e.message : String(e)}`);
      fs.rmSync(target, { force: true });
      abi = null;
    }
    if (abi === null) {
      how = await produce();
      abi = checkAbi(target);
    }
    const verified = verifyInElectron(target);
    stage();
    console.log(
      `electron-native: ${MODULE} for Electron ${electron.version} (${platformArch}) ready at ${rel(target)}: ${how}, ${abi}, ${verified}.`,
    );
  } catch (e) {
    const message =
      e instanceof Offline
        ? `the Electron build of ${MODULE} (Electron ${electron.version}, ${platformArch}) needs internet access once (Electron headers or a prebuilt binary) and none is reachable; the Node build used by npm test is untouched.`
        : e instanceof Error
          ? e.message
          : String(e);
    if (required) {
      console.error(`electron-native: error: ${message}`);
      code = 1;
    } else {
      console.warn(
        `electron-native: warning: ${message.replace(/\.?$/, '.')} The app window opens, but the vault cannot be opened until this succeeds.`,
      );
    }
  } finally {
    if (sha256(nodeBuild) !== nodeBuildBefore) {
      console.error(
        `electron-native: error: the Node build at ${rel(nodeBuild)} changed during this run; run "npm rebuild ${MODULE}" before npm test.`,
      );
      code = 1;
    }
  }
  process.exit(code);
}

await main();
