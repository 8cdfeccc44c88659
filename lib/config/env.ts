import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// connection URL")
    .optional(),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 32)").optional(),
  PGLITE_DIR: z.string().min(1).optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).optional(),
  AUTH_INSECURE_COOKIES: z.enum(["0", "1"]).optional(),
  // Invitations: sent by email only when SMTP_URL is set; otherwise the owner copies the link.
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL, such as smtps://user:pass@mail.example.com")
    .optional(),
  SMTP_FROM: z.string().min(3).optional(),
  APP_URL: z
    .string()
    .regex(/^https?:\/\/[^/]+\/?$/, "must be the site's origin, such as https://perfila.example.com")
    .optional(),
});

export type Env = z.infer<typeof envSchema> & { AUTH_SECRET: string };

function blankToUndefined(source: NodeJS.ProcessEnv): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === "" ? undefined : v]));
}

function secretFile(): string {
  return path.join(process.cwd(), ".data", "auth-secret");
}

// Without AUTH_SECRET the app still starts with nothing to configure: a random secret is
// generated once and kept beside the embedded database. Several instances must share a
// secret, so they need AUTH_SECRET set explicitly (see README).
function storedSecret(): string {
  const file = secretFile();
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64");
  writeFileSync(file, secret, { flag: "wx", mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}

let cached: Env | undefined;

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  if (cached && source === process.env) return cached;
  const parsed = envSchema.safeParse(blankToUndefined(source));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Perfila cannot start: the configuration is invalid.\n${lines.join("\n")}`);
  }
  const env: Env = { ...parsed.data, AUTH_SECRET: parsed.data.AUTH_SECRET ?? storedSecret() };
  if (source === process.env) cached = env;
  return env;
}
