import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { espeakNg } from './speech-synthesizer';

const hasEspeak = (() => {
  try {
    execFileSync('espeak-ng', ['--version']);
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!hasEspeak)('espeak-ng speech (medium)', () => {
  it('speaks a Vietnamese call as a WAV file of plausible length', async () => {
    const audio = await espeakNg().synthesize('Mời số A 15 đến quầy số 3');
    expect(audio.subarray(0, 4).toString('ascii')).toBe('RIFF');
    expect(audio.subarray(8, 12).toString('ascii')).toBe('WAVE');
    const seconds = (audio.length - 44) / (22050 * 2);
    expect(seconds).toBeGreaterThan(1);
    expect(seconds).toBeLessThan(6);
  });
});
