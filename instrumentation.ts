// Fails the server at start-up, with a readable list of what is wrong, instead of at the
// first request that happens to need a missing variable.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { loadEnv } = await import("./lib/config/env");
    loadEnv();
  }
}
