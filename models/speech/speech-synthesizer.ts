// Speech port: text in, WAV audio out. espeak-ng (Debian, voice "vi") is the embedded engine; a deployer may
// plug another engine behind the same interface.
import { spawn } from 'node:child_process';

export interface SpeechSynthesizer {
  readonly name: string;
  synthesize(text: string): Promise<Buffer>;
}

export function espeakNg(voice = 'vi', wordsPerMinute = 140): SpeechSynthesizer {
  return {
    name: `espeak-ng:${voice}`,
    synthesize: (text) =>
      new Promise((resolve, reject) => {
        // The text goes on stdin, never on the command line, so no input can become an option.
        const child = spawn('espeak-ng', ['-v', voice, '-s', String(wordsPerMinute), '--stdout'], { stdio: ['pipe', 'pipe', 'ignore'] });
        const chunks: Buffer[] = [];
        child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
        child.once('error', reject);
        child.once('close', (code) => (code === 0 ? resolve(Buffer.concat(chunks)) : reject(new Error(`espeak-ng exited with ${code}`))));
        child.stdin.end(text.slice(0, 500));
      }),
  };
}
