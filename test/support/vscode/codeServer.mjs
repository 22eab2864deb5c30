// Starts code-server (VS Code 1.139 server + web workbench) on loopback for one run.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { CODE_SERVER_ENTRY, NODE24, assertRuntimeInstalled } from './runtimePaths.mjs';
import { makeScratchDir, removeScratchDir } from './scratchDir.mjs';
import { WORKBENCH_SETTINGS } from './workbenchSettings.mjs';

const START_TIMEOUT_MS = 60_000;
// Keys from the developer's shell must not reach the tests: they would make results depend on
// the machine and could be sent to a real provider.
const SECRET_ENV = /(_API_KEY|_ACCESS_KEY_ID|_SECRET_ACCESS_KEY|_SESSION_TOKEN|_BEARER_TOKEN_\w+)$|^AWS_(PROFILE|REGION|DEFAULT_REGION)$/;

/** A free TCP port on 127.0.0.1. */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** process.env without API keys and AWS credentials, plus `extra`. */
export function testEnv(extra = {}) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !SECRET_ENV.test(k)));
  return { ...env, ...extra };
}

/**
 * Starts code-server with a fresh user-data dir. Resolves once it listens.
 * @param {{ settings?: object, env?: object, extraArgs?: string[], verbose?: boolean }} [options]
 * @returns {Promise<{ port: number, origin: string, dir: string, logs: string[], stop: () => Promise<void> }>}
 */
export async function startCodeServer(options = {}) {
  assertRuntimeInstalled();
  const port = await freePort();
  const dir = makeScratchDir('cs-');
  const userDataDir = path.join(dir, 'user-data');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...WORKBENCH_SETTINGS, ...options.settings }, null, 2));
  fs.mkdirSync(path.join(dir, 'extensions'));
  fs.mkdirSync(path.join(dir, 't'));
  fs.writeFileSync(path.join(dir, 'config.yaml'), 'auth: none\n');
  const args = [
    CODE_SERVER_ENTRY,
    '--config', path.join(dir, 'config.yaml'),
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    // The built web workbench honours extensionDevelopmentPath/extensionTestsPath in the URL
    // payload only with the smoke-test driver enabled.
    '--vscode-option', 'enable-smoke-test-driver',
    '--user-data-dir', userDataDir,
    '--extensions-dir', path.join(dir, 'extensions'),
    ...(options.extraArgs ?? []),
  ];
  const env = testEnv({
    PATH: `${path.dirname(NODE24)}:${process.env.PATH}`,
    // Keep VS Code's device id, IPC sockets and caches inside the run dir, not in $HOME or /tmp.
    XDG_CONFIG_HOME: path.join(dir, 'xdg-config'),
    XDG_DATA_HOME: path.join(dir, 'xdg-data'),
    XDG_CACHE_HOME: path.join(dir, 'xdg-cache'),
    TMPDIR: path.join(dir, 't'),
    VSCODE_TELEMETRY_DISABLED: '1',
    EXTENSIONS_GALLERY: '{}', // no gallery: nothing to reach offline
    ...options.env,
  });
  const proc = spawn(NODE24, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const logs = [];
  const onData = (chunk) => {
    logs.push(chunk.toString());
    if (options.verbose) process.stderr.write(`[code-server] ${chunk}`);
  };
  proc.stdout.on('data', onData);
  proc.stderr.on('data', onData);
  await waitUntilListening(proc, logs);
  const stop = () => new Promise((resolve) => {
    const done = () => { removeScratchDir(dir); resolve(); };
    if (proc.exitCode !== null || proc.signalCode !== null) return done();
    proc.once('exit', done);
    killGroup(proc.pid, 'SIGTERM');
    setTimeout(() => killGroup(proc.pid, 'SIGKILL'), 5000).unref();
  });
  return { port, origin: `http://127.0.0.1:${port}`, dir, logs, stop };
}

function waitUntilListening(proc, logs) {
  return new Promise((resolve, reject) => {
    const fail = (why) => { clearInterval(poll); clearTimeout(timer); reject(new Error(`${why}\n${logs.join('')}`)); };
    const timer = setTimeout(() => { killGroup(proc.pid, 'SIGKILL'); fail(`code-server did not start in ${START_TIMEOUT_MS} ms`); }, START_TIMEOUT_MS);
    const poll = setInterval(() => {
      if (logs.join('').includes('HTTP server listening on')) { clearInterval(poll); clearTimeout(timer); resolve(); }
    }, 100);
    proc.once('exit', (code) => fail(`code-server exited with ${code}`));
  });
}

// code-server forks the extension host and other helpers: signal the whole process group we started.
function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}
