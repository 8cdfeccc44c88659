/** One message file as loaded: its name (for error messages) and its namespaces. */
export interface MessageFile {
  file: string;
  messages: object;
}

/**
 * Puts the files' namespaces side by side. A namespace defined in two files would silently
 * replace the first one's messages (whole keys vanishing at run time), so it stops the load
 * and names both files instead.
 */
export function mergeMessageFiles(files: readonly MessageFile[]): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  const definedIn = new Map<string, string>();
  for (const { file, messages } of files) {
    for (const [namespace, value] of Object.entries(messages)) {
      const earlier = definedIn.get(namespace);
      if (earlier !== undefined) throw new Error(`Message namespace "${namespace}" is defined in both ${earlier} and ${file}`);
      definedIn.set(namespace, file);
      merged[namespace] = value;
    }
  }
  return merged;
}
