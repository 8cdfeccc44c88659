import pino, { type Logger } from "pino";

/**
 * One JSON line per event on stdout, which every log collector reads, with the request's id
 * when there is one, so a user's quoted error reference (the digest) and the request it came
 * from can be found together. LOG_LEVEL (debug, info, warn, error, silent) sets how much.
 */
export const logger: Logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { service: "perfila" },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
});
