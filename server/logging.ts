// Logs never contain ID numbers (9 or 12 digits) or phone numbers: masked before pino writes them.
const idOrPhone = /(?<!\d)(?:\+?84|0)\d{9,10}(?!\d)|(?<!\d)\d{12}(?!\d)|(?<!\d)\d{9}(?!\d)/gu;

export function maskPersonalNumbers(text: string): string {
  return text.replace(idOrPhone, (match) => `${'*'.repeat(Math.max(0, match.length - 3))}${match.slice(-3)}`);
}

/** pino option: every serialised line is masked, whatever field the number hides in. */
export const redactingHooks = {
  streamWrite: (line: string) => maskPersonalNumbers(line),
};
