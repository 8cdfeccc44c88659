import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import net from "node:net";
import path from "node:path";
import { test } from "@playwright/test";
import postgres from "postgres";
import { startTcpProxy, type TcpProxy } from "./tcp-proxy";

const root = path.resolve(__dirname, "../..");
const LOCAL_POSTGRES = "postgres://postgres@127.0.0.1:5432/postgres";

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface FaultDatabase {
  url: string;
  /** A direct connection for row-level checks, never through a proxy. */
  sql: postgres.Sql;
  /** Routes `url` through a proxy the test can cut or slow down. */
  proxied(): Promise<{ url: string; proxy: TcpProxy }>;
  close(): Promise<void>;
}

/**
 * The PostgreSQL database the fault specs run against: DATABASE_URL when set (CI gives a
 * fresh one), otherwise a scratch database on the local server, migrated here and dropped
 * afterwards. These specs need a real server between the app and its data, so without
 * PostgreSQL they fail rather than skip.
 */
export async function openFaultDatabase(): Promise<FaultDatabase> {
  let url = process.env.DATABASE_URL;
  let drop: (() => Promise<void>) | undefined;
  if (!url) {
    const admin = postgres(LOCAL_POSTGRES, { max: 1, onnotice: () => {}, connect_timeout: 5 });
    const name = `perfila_fault_${process.pid}_${randomBytes(4).toString("hex")}`;
    try {
      await admin.unsafe(`create database ${name}`);
    } catch (error) {
      await admin.end({ timeout: 1 });
      throw new Error(
        `The fault tests need PostgreSQL: set DATABASE_URL, or run a server at ${LOCAL_POSTGRES} ` +
          `that lets user postgres create databases (${(error as Error).message}).`,
      );
    }
    url = LOCAL_POSTGRES.replace(/\/postgres$/, `/${name}`);
    const migrated = spawnSync("npx", ["tsx", "db/migrate.ts"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url },
      encoding: "utf8",
    });
    drop = async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 1 });
    };
    if (migrated.status !== 0) {
      await drop();
      throw new Error(`Migrating the scratch database failed:\n${migrated.stdout}${migrated.stderr}`);
    }
  }
  const databaseUrl = url;
  const sql = postgres(databaseUrl, { max: 2, onnotice: () => {} });
  const proxies: TcpProxy[] = [];
  return {
    url: databaseUrl,
    sql,
    async proxied() {
      const target = new URL(databaseUrl);
      const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
      proxies.push(proxy);
      const through = new URL(databaseUrl);
      through.hostname = "127.0.0.1";
      through.port = String(proxy.port);
      return { url: through.toString(), proxy };
    },
    async close() {
      await Promise.all(proxies.map((p) => p.close()));
      await sql.end({ timeout: 1 });
      await drop?.();
    },
  };
}

export interface AppServer {
  baseURL: string;
  /** kill -9: no shutdown hook runs, open transactions die with the process. */
  kill(): Promise<void>;
  /** Starts the server again on the same port, with the same settings. */
  restart(): Promise<void>;
  stop(): Promise<void>;
  /** What the server printed, for failure messages. */
  output(): string;
}

/**
 * Another `next start` of the build the webServer made (same NEXT_DIST_DIR), with the run's
 * AUTH_SECRET and server-action key: what several instances behind a load balancer need.
 * `env` adds configuration the main server does not have, such as SMTP_URL.
 */
export async function startAppServer({
  databaseUrl,
  env: extra = {},
}: {
  databaseUrl: string;
  env?: Record<string, string>;
}): Promise<AppServer> {
  const authSecret = process.env.AUTH_SECRET;
  const actionKey = process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY;
  if (!authSecret || !actionKey)
    throw new Error("e2e/playwright.config.ts sets AUTH_SECRET and NEXT_SERVER_ACTIONS_ENCRYPTION_KEY; run through it.");
  const port = await freePort();
  const baseURL = `http://localhost:${port}`;
  let child: ChildProcess | undefined;
  let log = "";

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: authSecret,
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: actionKey,
    ...extra,
  };
  delete env.PGLITE_DIR;

  const start = async () => {
    const started = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
      cwd: root,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    child = started;
    // A worker that dies mid-test must not leave a server holding the port and database.
    const orphanGuard = () => started.kill("SIGKILL");
    process.once("exit", orphanGuard);
    started.once("exit", () => process.off("exit", orphanGuard));
    started.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
    started.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (started.exitCode !== null) throw new Error(`next start exited with ${started.exitCode}:\n${log}`);
      try {
        const response = await fetch(`${baseURL}/api/health`);
        if (response.ok) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    throw new Error(`next start on ${port} did not answer /api/health within a minute:\n${log}`);
  };

  const waitForExit = async (signal: NodeJS.Signals) => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise((resolve) => running.once("exit", resolve));
    running.kill(signal);
    await exited;
  };

  await start();
  return {
    baseURL,
    kill: () => waitForExit("SIGKILL"),
    restart: async () => {
      await waitForExit("SIGKILL");
      await start();
    },
    stop: () => waitForExit("SIGTERM"),
    output: () => log,
  };
}

export interface ProxiedApp {
  database: FaultDatabase;
  proxy: TcpProxy;
  app: AppServer;
}

/**
 * For a serial spec file: one app server that reaches a fault database through a proxy the
 * tests control, started before the file's tests and cleaned up after them.
 */
export function useProxiedApp(): ProxiedApp {
  const shared = {} as ProxiedApp;
  test.beforeAll(async () => {
    shared.database = await openFaultDatabase();
    const { url, proxy } = await shared.database.proxied();
    shared.proxy = proxy;
    shared.app = await startAppServer({ databaseUrl: url });
  });
  test.afterAll(async () => {
    await shared.app?.stop();
    await shared.database?.close();
  });
  return shared;
}
