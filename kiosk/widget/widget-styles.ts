// Styles live inside the widget's shadow root, so the host page's CSS cannot leak in or out.
export const widgetStyles = `
:host { all: initial; font-family: system-ui, "Segoe UI", Roboto, Arial, sans-serif; }
.launcher { position: fixed; right: 20px; bottom: 20px; width: 64px; height: 64px; border-radius: 50%; border: 0;
  background: #b71c1c; color: #fff; font-size: 30px; cursor: pointer; box-shadow: 0 4px 14px rgba(0,0,0,.35); z-index: 2147483000; }
.launcher:focus-visible, button:focus-visible, textarea:focus-visible, a:focus-visible { outline: 3px solid #ffb300; outline-offset: 2px; }
.panel { position: fixed; right: 20px; bottom: 96px; width: min(420px, calc(100vw - 24px)); height: min(640px, calc(100vh - 120px));
  display: flex; flex-direction: column; background: #fff; color: #111; border-radius: 14px; box-shadow: 0 8px 30px rgba(0,0,0,.35);
  z-index: 2147483000; overflow: hidden; font-size: 18px; line-height: 1.5; }
.panel[hidden] { display: none; }
.panel.large { font-size: 22px; }
.panel.contrast { background: #000; color: #fff; }
.panel.contrast .bubble.bot { background: #222; color: #fff; border-color: #fff; }
.panel.contrast a { color: #ffeb3b; }
header { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; padding: 12px 14px; background: #b71c1c; color: #fff; }
header h2 { margin: 0; font-size: 1.05em; flex: 1 1 100%; }
header button { background: transparent; color: #fff; border: 1px solid rgba(255,255,255,.6); border-radius: 8px; font-size: .8em; padding: 4px 8px; cursor: pointer; }
.log { flex: 1; overflow-y: auto; padding: 12px; display: flex; flex-direction: column; gap: 10px; }
.bubble { max-width: 92%; padding: 10px 12px; border-radius: 12px; white-space: pre-wrap; word-wrap: break-word; }
.bubble.user { align-self: flex-end; background: #e3f2fd; color: #0d47a1; }
.bubble.bot { align-self: flex-start; background: #f5f5f5; border: 1px solid #ddd; }
.citations { margin-top: 6px; font-size: .85em; }
.feedback { display: flex; gap: 6px; margin-top: 6px; align-items: center; font-size: .85em; }
.feedback button { font-size: 1em; padding: 2px 10px; border-radius: 8px; border: 1px solid #999; background: #fff; cursor: pointer; }
.suggestions { display: flex; flex-wrap: wrap; gap: 6px; padding: 0 12px 8px; }
.suggestions button { font-size: .8em; border: 1px solid #b71c1c; color: #b71c1c; background: #fff; border-radius: 16px; padding: 4px 10px; cursor: pointer; }
form { display: flex; gap: 8px; padding: 10px; border-top: 1px solid #ddd; }
textarea { flex: 1; font: inherit; font-size: .9em; resize: none; padding: 8px; border-radius: 8px; border: 1px solid #999; min-height: 44px; }
form button { background: #b71c1c; color: #fff; border: 0; border-radius: 8px; padding: 0 16px; font-size: .9em; cursor: pointer; }
`;
