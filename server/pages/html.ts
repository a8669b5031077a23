// Small helpers for the server-rendered pages: escaping and one page shell with large, high-contrast type.
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/gu, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!);

/** `screen`: a full-screen display (the calling board on a TV) without the site's navigation bar. */
export function page(title: string, body: string, scripts: string[] = [], options: { screen?: boolean } = {}): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/assets/site.css">
</head><body${options.screen ? ' class="screen"' : ''}>
${options.screen ? '' : '<header class="site"><a href="/">Trợ lý thủ tục hành chính</a> · <a href="/tra-cuu">Tra cứu thủ tục</a></header>\n'}<main id="main">${body}</main>
${scripts.map((src) => `<script src="${escapeHtml(src)}"></script>`).join('\n')}
</body></html>`;
}

export const siteCss = `
body { font-family: system-ui, "Segoe UI", Roboto, Arial, sans-serif; font-size: 19px; line-height: 1.55; color: #111; background: #fff; margin: 0; }
header.site { background: #b71c1c; color: #fff; padding: 12px 20px; font-size: 1.1em; }
header.site a { color: #fff; font-weight: 600; }
main { max-width: 960px; margin: 0 auto; padding: 16px 20px 80px; }
h1 { font-size: 1.6em; line-height: 1.3; } h2 { font-size: 1.25em; margin-top: 1.6em; border-bottom: 2px solid #b71c1c; }
table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #999; padding: 6px 8px; text-align: left; vertical-align: top; }
.meta { color: #333; } .flags { color: #8d6e00; }
.checklist li { list-style: none; margin: 6px 0; } .checklist li::before { content: "☐ "; font-size: 1.2em; }
input, select, button { font: inherit; padding: 8px; } button { cursor: pointer; }
.results li { margin: 8px 0; } .results button { text-align: left; background: none; border: 0; color: #0d47a1; text-decoration: underline; padding: 0; }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible { outline: 3px solid #ffb300; outline-offset: 2px; }
.screen { background: #000; } .screen main { max-width: none; padding: 0; }
.board { background: #000; color: #fff; min-height: 100vh; padding: 2vh 3vw; box-sizing: border-box; font-size: 2.2vh; }
.board header { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 2px solid #555; }
.board h1 { font-size: 2.2em; margin: 0 0 .3em; } .board .clock { font-size: 2.2em; font-variant-numeric: tabular-nums; }
.board .latest { margin: 1.2vh 0; padding: 1.5vh 2vw; border: 4px solid #ffeb3b; border-radius: 12px; color: #ffeb3b; }
.board .latest .label { font-size: 1.6em; } .board .latest strong { font-size: 4.4em; display: block; line-height: 1.1; }
.board .latest.fresh { animation: flash 1s ease-in-out 3; } @keyframes flash { 50% { background: #ffeb3b; color: #000; } }
.board .columns { display: grid; grid-template-columns: 3fr 2fr; gap: 3vw; }
.board table { font-size: 2em; } .board td, .board th { border: 0; border-bottom: 1px solid #444; padding: .35em .4em; color: #fff; }
.board th { width: 30%; } .board td.service { font-size: .55em; color: #bbb; } .board td.number { font-weight: 700; color: #80d8ff; text-align: right; font-variant-numeric: tabular-nums; }
.board h2 { font-size: 1.8em; border-color: #fff; margin-top: .6em; } .board .waiting { padding: 0; }
.board .waiting li { font-size: 1.6em; list-style: none; margin: .4em 0; } .board .waiting .name { color: #bbb; display: block; font-size: .7em; }
.board .waiting .numbers { font-weight: 700; font-variant-numeric: tabular-nums; }
.console-current { font-size: 1.5em; font-weight: 700; } .console-list { padding-left: 1.2em; } .console-list li { margin: 4px 0; }
button:disabled { opacity: .45; cursor: not-allowed; }
@media print { header.site, .no-print, #tthc-chat-widget { display: none !important; } body { font-size: 14pt; } main { max-width: none; } }
`;
