// Ticket printer port. Expected states (offline, out of paper) are values shown to staff, never exceptions.
export type PrinterState = 'ready' | 'offline' | 'out_of_paper' | 'not_configured';

export interface TicketPrinter {
  readonly name: string;
  /** Sends ESC/POS bytes; resolves to the printer's state after the attempt. */
  print(job: Buffer): Promise<PrinterState>;
  state(): PrinterState;
}

/** No printer configured: tickets are shown on screen only. */
export function noPrinter(): TicketPrinter {
  return { name: 'none', print: async () => 'not_configured', state: () => 'not_configured' };
}
