import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { decodeRaster, escposTicket, paperDots } from './escpos-ticket';
import { networkPrinter } from './network-printer';

const content = { siteName: 'Xã Núi Cấm', number: 'A015', serviceName: 'Hộ tịch – chứng thực', issuedAt: new Date('2026-11-22T02:30:00Z'), waitingAhead: 4, statusUrl: 'http://127.0.0.1:3000/so/abc' };

describe('ESC/POS ticket', () => {
  it('produces initialise, a raster image, feed and cut; the image decodes back with ink in the number and QR areas', async () => {
    const job = await escposTicket(content);
    expect([...job.subarray(0, 2)]).toEqual([0x1b, 0x40]);
    expect([...job.subarray(-4)]).toEqual([0x1d, 0x56, 0x42, 0x00]);
    const image = decodeRaster(job)!;
    expect(image.width).toBe(paperDots);
    expect(image.height).toBeGreaterThan(500);
    const bytesPerRow = image.width / 8;
    const inkInRows = (from: number, to: number) => {
      let ink = 0;
      for (let row = from; row < to; row += 1) for (let column = 0; column < bytesPerRow; column += 1) ink += image.dots[row * bytesPerRow + column]!.toString(2).replace(/0/gu, '').length;
      return ink / ((to - from) * image.width);
    };
    expect(inkInRows(100, 200)).toBeGreaterThan(0.05); // the big number
    expect(inkInRows(340, image.height - 20)).toBeGreaterThan(0.2); // QR modules
    expect(inkInRows(0, 8)).toBe(0); // white margin
  });

  it('a network printer that is down is a state, not a crash', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const printer = networkPrinter('127.0.0.1', port, 1000);
    expect(await printer.print(await escposTicket(content))).toBe('offline');
    expect(printer.state()).toBe('offline');
  });

  it('reports out of paper from the status byte and receives the job otherwise', async () => {
    let received = Buffer.alloc(0);
    let paperOut = true;
    const server = createServer((socket) => {
      socket.on('data', (chunk) => {
        if (chunk[0] === 0x10 && chunk.length === 3) socket.write(Buffer.from([paperOut ? 0x72 : 0x12]));
        else received = Buffer.concat([received, chunk]);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const printer = networkPrinter('127.0.0.1', (server.address() as AddressInfo).port, 2000);
    const job = await escposTicket(content);
    expect(await printer.print(job)).toBe('out_of_paper');
    paperOut = false;
    expect(await printer.print(job)).toBe('ready');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(received.subarray(received.length - job.length).equals(job)).toBe(true);
    server.close();
  });
});
