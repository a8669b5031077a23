// Reads JSON Lines from stdin, validates each with a schema and hands the valid ones on, in order. Bad lines
// are reported on stderr and counted; stdout stays for the command's own output.
import { createInterface } from 'node:readline';
import type { z } from 'zod';

export async function forEachJsonLine<T extends z.ZodTypeAny>(schema: T, expected: string, handle: (value: z.infer<T>) => Promise<void> | void): Promise<number> {
  let failures = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    let parsed;
    try {
      parsed = schema.safeParse(JSON.parse(line));
    } catch {
      parsed = null;
    }
    if (!parsed?.success) {
      failures += 1;
      process.stderr.write(`skipped a line that is not ${expected} JSON: ${line.slice(0, 80)}\n`);
      continue;
    }
    await handle(parsed.data);
  }
  return failures;
}
