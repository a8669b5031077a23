// Network ESC/POS printer (raw TCP, usually port 9100) and a device-file printer (/dev/usb/lp0, serial).
import { open } from 'node:fs/promises';
import { Socket } from 'node:net';
import type { PrinterState, TicketPrinter } from './ticket-printer';

export function networkPrinter(host: string, port = 9100, timeoutMs = 3000): TicketPrinter {
  let state: PrinterState = 'ready';
  return {
    name: `tcp://${host}:${port}`,
    state: () => state,
    print: (job) =>
      new Promise<PrinterState>((resolve) => {
        const socket = new Socket();
        const finish = (next: PrinterState) => {
          state = next;
          socket.destroy();
          resolve(next);
        };
        socket.setTimeout(timeoutMs, () => finish('offline'));
        socket.once('error', () => finish('offline'));
        socket.connect(port, host, () => {
          // DLE EOT 4: paper roll status; bits 5-6 set means the paper end was detected.
          socket.write(Buffer.from([0x10, 0x04, 0x04]));
          socket.once('data', (status) => {
            if ((status[0]! & 0x60) === 0x60) return finish('out_of_paper');
            socket.end(job, () => finish('ready'));
          });
          // Printers that never answer status queries still print.
          setTimeout(() => {
            if (!socket.destroyed) socket.end(job, () => finish('ready'));
          }, 500);
        });
      }),
  };
}

export function deviceFilePrinter(path: string): TicketPrinter {
  let state: PrinterState = 'ready';
  return {
    name: path,
    state: () => state,
    async print(job) {
      try {
        const handle = await open(path, 'a');
        await handle.write(job);
        await handle.close();
        state = 'ready';
      } catch {
        state = 'offline';
      }
      return state;
    },
  };
}
