// Renders a queue ticket as real ESC/POS bytes. Printer code pages cannot print Vietnamese, so the whole ticket
// (text and QR code) is drawn as an image with sharp and sent as a raster (GS v 0), then fed and cut.
import QRCode from 'qrcode';
import sharp from 'sharp';

export interface TicketContent {
  siteName: string;
  number: string;
  serviceName: string;
  issuedAt: Date;
  waitingAhead: number;
  statusUrl: string;
}

/** 58 mm printers are 384 dots wide; 80 mm printers 576. */
export const paperDots = 384;

const escape = (text: string) => text.replace(/[&<>"']/gu, (character) => `&#${character.charCodeAt(0)};`);

export async function renderTicketImage(content: TicketContent, width = paperDots): Promise<{ pixels: Buffer; width: number; height: number }> {
  const qrSize = Math.round(width * 0.55);
  const qr = await QRCode.toBuffer(content.statusUrl, { type: 'png', width: qrSize, margin: 1, errorCorrectionLevel: 'M' });
  const time = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' }).format(content.issuedAt);
  const textHeight = 330;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${textHeight}">
<rect width="100%" height="100%" fill="#fff"/>
<text x="50%" y="34" font-family="DejaVu Sans, sans-serif" font-size="20" text-anchor="middle">${escape(content.siteName.slice(0, 40))}</text>
<text x="50%" y="70" font-family="DejaVu Sans, sans-serif" font-size="20" text-anchor="middle">${escape(content.serviceName.slice(0, 40))}</text>
<text x="50%" y="190" font-family="DejaVu Sans, sans-serif" font-size="110" font-weight="bold" text-anchor="middle">${escape(content.number)}</text>
<text x="50%" y="240" font-family="DejaVu Sans, sans-serif" font-size="20" text-anchor="middle">Số người đang chờ trước bạn: ${content.waitingAhead}</text>
<text x="50%" y="272" font-family="DejaVu Sans, sans-serif" font-size="18" text-anchor="middle">${escape(time)}</text>
<text x="50%" y="310" font-family="DejaVu Sans, sans-serif" font-size="18" text-anchor="middle">Quét mã để xem lượt chờ</text>
</svg>`;
  const height = textHeight + qrSize + 20;
  const { data } = await sharp({ create: { width, height, channels: 3, background: '#ffffff' } })
    .composite([
      { input: Buffer.from(svg), top: 0, left: 0 },
      { input: qr, top: textHeight, left: Math.round((width - qrSize) / 2) },
    ])
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { pixels: data, width, height };
}

/** 1-bit raster rows, 8 dots a byte, most significant bit first, 1 = black. */
export function packRaster(pixels: Buffer, width: number, height: number, threshold = 160): Buffer {
  const bytesPerRow = Math.ceil(width / 8);
  const out = Buffer.alloc(bytesPerRow * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      if (pixels[y * width + x]! < threshold) out[y * bytesPerRow + (x >> 3)]! |= 0x80 >> (x & 7);
    }
  }
  return out;
}

export async function escposTicket(content: TicketContent, width = paperDots): Promise<Buffer> {
  const { pixels, height } = await renderTicketImage(content, width);
  const raster = packRaster(pixels, width, height);
  const bytesPerRow = Math.ceil(width / 8);
  return Buffer.concat([
    Buffer.from([0x1b, 0x40]), // ESC @: initialise
    Buffer.from([0x1b, 0x61, 0x01]), // ESC a 1: centre
    Buffer.from([0x1d, 0x76, 0x30, 0x00, bytesPerRow & 0xff, bytesPerRow >> 8, height & 0xff, height >> 8]), // GS v 0
    raster,
    Buffer.from([0x1b, 0x64, 0x04]), // ESC d 4: feed four lines
    Buffer.from([0x1d, 0x56, 0x42, 0x00]), // GS V B 0: partial cut
  ]);
}

/** Reads the raster image back out of ESC/POS bytes (tests, and a preview for staff). */
export function decodeRaster(job: Buffer): { width: number; height: number; dots: Buffer } | null {
  const start = job.indexOf(Buffer.from([0x1d, 0x76, 0x30]));
  if (start < 0) return null;
  const bytesPerRow = job[start + 4]! | (job[start + 5]! << 8);
  const height = job[start + 6]! | (job[start + 7]! << 8);
  const dots = job.subarray(start + 8, start + 8 + bytesPerRow * height);
  return { width: bytesPerRow * 8, height, dots };
}
