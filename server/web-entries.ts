// Browser entry points bundled at start by the web-assets plugin and served as /assets/<name>.js.
// Each feature adds its own line.
export const webEntries: Record<string, string> = {
  widget: 'kiosk/widget/main.ts',
  lookup: 'kiosk/lookup/main.ts',
  'queue-board': 'kiosk/queue/board.ts',
  'queue-console': 'kiosk/queue/console.ts',
};
