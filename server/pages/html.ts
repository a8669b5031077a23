// Small helpers for the server-rendered pages: escaping and one page shell with large, high-contrast type.
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/gu, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!);

export function page(title: string, body: string, scripts: string[] = []): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/assets/site.css">
</head><body>
<header class="site"><a href="/">Trợ lý thủ tục hành chính</a> · <a href="/tra-cuu">Tra cứu thủ tục</a></header>
<main id="main">${body}</main>
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
.board { background: #000; color: #fff; min-height: 100vh; margin: -16px -20px; padding: 24px; }
.board h1 { font-size: 2.4em; } .board .latest { font-size: 2.6em; color: #ffeb3b; font-weight: 700; }
.board .calls li { font-size: 3.4em; font-weight: 700; list-style: none; } .board .calls .arrow { margin: 0 .5em; color: #90caf9; }
.board .waiting li { font-size: 1.6em; list-style: none; } .board h2 { border-color: #fff; }
@media print { header.site, .no-print, #tthc-chat-widget { display: none !important; } body { font-size: 14pt; } main { max-width: none; } }
`;
