// The chat widget: one <script src=".../assets/widget.js" data-server="https://..."></script> on any page.
// Launcher bubble + panel in a shadow root; answers stream over socket.io; citations open the procedure page.
import { io } from 'socket.io-client';
import type { AskResponse } from '../../contracts/assistant';
import type { AssistantClientToServerEvents, AssistantServerToClientEvents } from '../../contracts/assistant-events';
import type { Socket } from 'socket.io-client';
import { widgetStyles } from './widget-styles';

const script = document.currentScript as HTMLScriptElement | null;
const server = (script?.dataset.server ?? (script ? new URL(script.src).origin : location.origin)).replace(/\/$/u, '');
const suggestions = ['Làm giấy khai sinh cho con cần gì?', 'Lệ phí chứng thực bản sao?', 'Đăng ký thường trú cho vợ', 'Cấp lại thẻ căn cước bị mất'];

const sessionId = (() => {
  const key = 'tthc-widget-session';
  try {
    const existing = sessionStorage.getItem(key);
    if (existing) return existing;
    const created = crypto.randomUUID();
    sessionStorage.setItem(key, created);
    return created;
  } catch {
    return crypto.randomUUID();
  }
})();

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text) node.textContent = text;
  return node;
}

/** Answer text with its web addresses as short links: a long address is unreadable on a phone and a screen reader
 * spells it out. Only http(s) addresses become links; everything else stays text (no HTML from the server). */
function withLinks(text: string): Node[] {
  const nodes: Node[] = [];
  let last = 0;
  for (const match of text.matchAll(/https?:\/\/[^\s<>"]+[^\s<>".,;:!?)]/gu)) {
    nodes.push(document.createTextNode(text.slice(last, match.index)));
    const url = new URL(match[0]);
    const label = url.hostname.endsWith('dichvucong.gov.vn') ? 'xem trên Cổng Dịch vụ công quốc gia' : url.hostname;
    nodes.push(element('a', { href: url.href, target: '_blank', rel: 'noopener' }, label));
    last = match.index + match[0].length;
  }
  nodes.push(document.createTextNode(text.slice(last)));
  return nodes;
}

const host = element('div', { id: 'tthc-chat-widget' });
document.body.appendChild(host);
const root = host.attachShadow({ mode: 'open' });
root.appendChild(element('style', {}, widgetStyles));

const launcher = element('button', { class: 'launcher', 'aria-label': 'Mở trợ lý thủ tục hành chính', 'aria-expanded': 'false', 'aria-controls': 'tthc-panel' });
// An inline SVG icon: kiosks and old phones often lack emoji fonts.
launcher.innerHTML =
  '<svg width="34" height="34" viewBox="0 0 24 24" aria-hidden="true"><path fill="currentColor" d="M4 3h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3z"/></svg>';
const panel = element('section', { class: 'panel', id: 'tthc-panel', role: 'dialog', 'aria-label': 'Trợ lý thủ tục hành chính', hidden: '' });
const header = element('header');
header.append(element('h2', {}, 'Hỏi đáp thủ tục hành chính'));
const largeButton = element('button', { type: 'button', 'aria-pressed': 'false' }, 'Chữ to');
const contrastButton = element('button', { type: 'button', 'aria-pressed': 'false' }, 'Tương phản');
const closeButton = element('button', { type: 'button', 'aria-label': 'Đóng' }, 'Đóng');
header.append(largeButton, contrastButton, closeButton);
const log = element('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions text' });
const suggestionBar = element('div', { class: 'suggestions' });
const form = element('form');
const input = element('textarea', { 'aria-label': 'Câu hỏi của bạn', placeholder: 'Nhập câu hỏi, ví dụ: làm giấy khai sinh cần gì?', maxlength: '1000', rows: '2' });
const send = element('button', { type: 'submit' }, 'Gửi');
form.append(input, send);
panel.append(header, log, suggestionBar, form);
root.append(launcher, panel);

log.append(element('div', { class: 'bubble bot' }, 'Xin chào! Tôi có thể hướng dẫn hồ sơ, lệ phí, thời hạn và nơi nộp của các thủ tục hành chính. Bạn cần hỏi gì?'));
for (const suggestion of suggestions) {
  const button = element('button', { type: 'button' }, suggestion);
  button.addEventListener('click', () => ask(suggestion));
  suggestionBar.append(button);
}

const history: { role: 'user' | 'assistant'; text: string; citations?: string[] }[] = [];
let socket: Socket<AssistantServerToClientEvents, AssistantClientToServerEvents> | null = null;
const pending = new Map<string, HTMLDivElement>();

function connect() {
  if (socket) return socket;
  socket = io(`${server}/assistant`, { transports: ['websocket', 'polling'] });
  socket.on('answer-delta', ({ requestId, text }) => {
    const bubble = pending.get(requestId);
    if (bubble) bubble.firstChild!.textContent += text;
  });
  socket.on('answer-end', (response) => {
    const bubble = pending.get(response.requestId);
    if (!bubble) return;
    pending.delete(response.requestId);
    bubble.setAttribute('aria-busy', 'false');
    (bubble.firstChild as HTMLElement).replaceChildren(...withLinks(response.answer));
    finishAnswer(bubble, response);
  });
  socket.on('error', ({ requestId, messageVi }) => {
    const bubble = requestId ? pending.get(requestId) : undefined;
    if (bubble) {
      bubble.firstChild!.textContent = messageVi;
      pending.delete(requestId!);
    } else log.append(element('div', { class: 'bubble bot' }, messageVi));
  });
  return socket;
}

function finishAnswer(bubble: HTMLDivElement, response: AskResponse & { messageId: string }) {
  history.push({ role: 'assistant', text: response.answer, citations: response.citations });
  if (response.citations.length > 0) {
    const citations = element('div', { class: 'citations' }, 'Xem thủ tục: ');
    response.citations.forEach((code, index) => {
      if (index > 0) citations.append(', ');
      citations.append(element('a', { href: `${server}/thu-tuc/${code}`, target: '_blank', rel: 'noopener' }, code));
    });
    bubble.append(citations);
  }
  const feedback = element('div', { class: 'feedback' }, 'Câu trả lời có hữu ích không?');
  const up = element('button', { type: 'button', 'aria-label': 'Hữu ích' }, 'Có');
  const down = element('button', { type: 'button', 'aria-label': 'Chưa hữu ích' }, 'Chưa');
  const send = async (rating: 'up' | 'down') => {
    const reason = rating === 'down' ? (prompt('Bạn cho biết lý do để chúng tôi cải thiện (không bắt buộc):') ?? undefined) : undefined;
    await fetch(`${server}/api/feedback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sessionId, messageId: response.messageId, rating, ...(reason ? { reason } : {}) }) });
    feedback.textContent = 'Cảm ơn bạn đã góp ý!';
  };
  up.addEventListener('click', () => void send('up'));
  down.addEventListener('click', () => void send('down'));
  feedback.append(up, down);
  bubble.append(feedback);
  log.scrollTop = log.scrollHeight;
}

function ask(question: string) {
  const text = question.trim();
  if (!text) return;
  log.append(element('div', { class: 'bubble user' }, text));
  const bubble = element('div', { class: 'bubble bot', 'aria-busy': 'true' });
  // The answer's text lives in its own element, so links can replace the streamed text once it is complete.
  bubble.append(element('span', { class: 'answer-text' }));
  log.append(bubble);
  const requestId = crypto.randomUUID();
  pending.set(requestId, bubble);
  connect().emit('ask', { requestId, question: text, history: history.slice(-6), sessionId });
  history.push({ role: 'user', text });
  log.scrollTop = log.scrollHeight;
}

function open(show: boolean) {
  panel.hidden = !show;
  launcher.setAttribute('aria-expanded', String(show));
  if (show) {
    connect();
    input.focus();
  } else launcher.focus();
}

launcher.addEventListener('click', () => open(panel.hidden));
closeButton.addEventListener('click', () => open(false));
// On the document, not the panel: focus may have left the panel (a thumbs button replaced by a thank-you).
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !panel.hidden) open(false);
});
largeButton.addEventListener('click', () => largeButton.setAttribute('aria-pressed', String(panel.classList.toggle('large'))));
contrastButton.addEventListener('click', () => contrastButton.setAttribute('aria-pressed', String(panel.classList.toggle('contrast'))));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  ask(input.value);
  input.value = '';
});
input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey) {
    event.preventDefault();
    form.requestSubmit();
  }
});
