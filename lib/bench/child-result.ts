// The benchmark runs some parts in a process of their own, so that the memory a part reports
// is its own and not the runner's. The child prints one line, "<MARKER> <json>", which this
// reads back; anything else it prints is kept for the error when it fails.
import { spawn } from "node:child_process";

/** Runs `script` with tsx and answers the JSON it printed after `marker`. */
export function childResult<T>(script: string, marker: string, nodeFlags: string[], args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [...nodeFlags, "--import", "tsx", script, ...args], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    proc.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    proc.on("error", reject);
    proc.on("exit", (code) => {
      const line = new RegExp(`^${marker} (.*)$`, "m").exec(output);
      if (code === 0 && line) resolve(JSON.parse(line[1]!) as T);
      else reject(new Error(`${script} ${args.join(" ")} exited with ${code}:\n${output}`));
    });
  });
}
