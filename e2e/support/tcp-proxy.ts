import net from "node:net";

export interface TcpProxy {
  /** The port the app connects to instead of the database's. */
  port: number;
  /** Drops every live connection and refuses new ones, as if the database went away. */
  cut(): void;
  /** Lets connections through again. */
  restore(): void;
  /** Holds each chunk the app sends for this long, so a multi-statement save is slow. */
  setDelay(ms: number): void;
  /** Chunks forwarded from the app to the database so far (each is roughly one statement). */
  sentChunks(): number;
  close(): Promise<void>;
}

/**
 * A TCP proxy in front of PostgreSQL that the test controls. Data in flight when the
 * link is cut is lost, as with a real network failure.
 */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const live = new Set<net.Socket>();
  let down = false;
  let delay = 0;
  let sent = 0;

  const server = net.createServer((client) => {
    if (down) {
      client.destroy();
      return;
    }
    const upstream = net.connect(target.port, target.host);
    live.add(client);
    live.add(upstream);
    const closeBoth = () => {
      client.destroy();
      upstream.destroy();
      live.delete(client);
      live.delete(upstream);
    };
    client.on("error", closeBoth).on("close", closeBoth);
    upstream.on("error", closeBoth).on("close", closeBoth);
    // Chunks keep their order: each waits for the one before it, then for the delay.
    let queue = Promise.resolve();
    client.on("data", (chunk: Buffer) => {
      const wait = delay;
      queue = queue.then(async () => {
        if (wait) await new Promise((resolve) => setTimeout(resolve, wait));
        if (upstream.destroyed) return;
        sent += 1;
        upstream.write(chunk);
      });
    });
    upstream.on("data", (chunk: Buffer) => {
      if (!client.destroyed) client.write(chunk);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });

  return {
    port: (server.address() as net.AddressInfo).port,
    cut() {
      down = true;
      for (const socket of live) socket.destroy();
      live.clear();
    },
    restore() {
      down = false;
    },
    setDelay(ms) {
      delay = ms;
    },
    sentChunks: () => sent,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of live) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
