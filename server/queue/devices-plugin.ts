// Devices of the queue: the ticket printer and the speech engine chosen by configuration.
import fp from 'fastify-plugin';
import { espeakNg, type SpeechSynthesizer } from '../../models/speech/speech-synthesizer';
import { deviceFilePrinter, networkPrinter } from '../devices/printer/network-printer';
import { noPrinter, type TicketPrinter } from '../devices/printer/ticket-printer';

declare module 'fastify' {
  interface FastifyInstance {
    ticketPrinter: TicketPrinter;
    speech: SpeechSynthesizer | null;
  }
}

export function printerFromConfig(value: string): TicketPrinter {
  if (!value || value === 'none') return noPrinter();
  const tcp = /^tcp:\/\/([^:/]+)(?::(\d+))?$/u.exec(value);
  if (tcp) return networkPrinter(tcp[1]!, tcp[2] ? Number(tcp[2]) : 9100);
  return deviceFilePrinter(value);
}

export default fp(
  async (app) => {
    app.decorate('ticketPrinter', printerFromConfig(app.config.PRINTER));
    app.decorate('speech', app.config.SPEECH_ENGINE === 'espeak-ng' ? espeakNg() : null);
  },
  { name: 'queue-devices' },
);
