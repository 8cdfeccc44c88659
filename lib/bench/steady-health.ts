// /api/health at a steady rate, as load balancers and other users' light requests would hit
// the server, with every answer's time kept so that any window of the run can be summed up
// afterwards: the idle seconds right before some work and the seconds the work took compare
// like for like. autocannon's own percentiles are not used: at a fixed rate it corrects for
// late requests with an expected interval of ceil(1 / rate) = 1 ms, which multiplies every
// answer slower than that.
import autocannon from "autocannon";

export interface HealthLatency {
  seconds: number;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  /** Errors, timeouts and non-2xx answers. */
  failed: number;
}

interface Answer {
  /** When the request was sent, in performance.now() ms. */
  sentAt: number;
  ms: number;
  ok: boolean;
}

export interface SteadyHealth {
  connections: number;
  rate: number;
  /** The answers to the requests sent from `from` to `to` (performance.now() ms). */
  window(from: number, to: number): HealthLatency;
  /** Ends the load and waits until autocannon has closed its connections. */
  stop(): Promise<void>;
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;

/** Starts the load; it runs until stop() (an hour at most). */
export function steadyHealth(baseURL: string, connections = 4, rate = 50): SteadyHealth {
  const answers: Answer[] = [];
  let done: () => void = () => {};
  let failed: (error: Error) => void = () => {};
  const finished = new Promise<void>((resolve, reject) => {
    done = resolve;
    failed = reject;
  });
  const instance = autocannon(
    { url: `${baseURL}/api/health`, connections, overallRate: rate, duration: 3600, headers: { "accept-encoding": "gzip" } },
    (error) => (error ? failed(error instanceof Error ? error : new Error(String(error))) : done()),
  );
  instance.on("response", (_client, status, _bytes, ms) => {
    answers.push({ sentAt: performance.now() - ms, ms, ok: status >= 200 && status < 300 });
  });
  // A failed request has no time of its own: it counts where it was noticed.
  instance.on("reqError", () => answers.push({ sentAt: performance.now(), ms: NaN, ok: false }));
  return {
    connections,
    rate,
    window(from, to) {
      const inWindow = answers.filter((a) => a.sentAt >= from && a.sentAt < to);
      const times = inWindow
        .filter((a) => a.ok)
        .map((a) => a.ms)
        .sort((a, b) => a - b);
      const seconds = (to - from) / 1000;
      return {
        seconds,
        requests: inWindow.length,
        rps: inWindow.length / seconds,
        p50: percentile(times, 0.5),
        p99: percentile(times, 0.99),
        max: times.at(-1) ?? NaN,
        failed: inWindow.filter((a) => !a.ok).length,
      };
    },
    stop() {
      instance.stop();
      return finished;
    },
  };
}
