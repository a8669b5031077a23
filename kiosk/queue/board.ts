// Calling board (TV): the latest call in large type, the number at each counter, the next numbers per service,
// live over socket.io, with a spoken announcement for each call (server speech engine, else the browser's voice).
import { io, type Socket } from 'socket.io-client';
import type { CallAnnouncement, QueueClientToServerEvents, QueueServerToClientEvents } from '../../contracts/queue';

const root = document.getElementById('board');
const siteId = root?.dataset.site ?? '';
const latest = document.getElementById('board-latest')!;
const clock = document.getElementById('board-clock');

/** What the screen shows; the spoken text spells the number out for the speech engine instead. */
const displayText = (call: CallAnnouncement) => `Mời số ${call.number} đến quầy số ${call.counter}`;

function showLatest(call: CallAnnouncement, fresh: boolean) {
  latest.replaceChildren();
  const label = document.createElement('span');
  label.className = 'label';
  label.textContent = 'Mời số';
  const number = document.createElement('strong');
  number.textContent = `${call.number} → Quầy ${call.counter}`;
  latest.append(label, number);
  latest.setAttribute('aria-label', displayText(call));
  latest.classList.remove('fresh');
  if (fresh) {
    void latest.offsetWidth; // restart the flash for a new call
    latest.classList.add('fresh');
  }
}

function showCounters(calls: CallAnnouncement[]) {
  for (const row of document.querySelectorAll<HTMLTableRowElement>('#board-counters tr[data-counter]')) {
    const call = calls.find((item) => String(item.counter) === row.dataset.counter);
    row.querySelector('.number')!.textContent = call ? call.number : '—';
  }
}

function showWaiting(waiting: Record<string, string[]>) {
  for (const item of document.querySelectorAll<HTMLLIElement>('#board-waiting li[data-service]')) {
    const numbers = waiting[item.dataset.service ?? ''] ?? [];
    item.querySelector('.numbers')!.textContent = numbers.join(', ') || '—';
  }
}

async function speak(call: CallAnnouncement) {
  try {
    const response = await fetch(`/api/queue/tickets/${encodeURIComponent(call.ticketId)}/announcement.wav`);
    if (!response.ok) throw new Error('no server speech');
    const audio = new Audio(URL.createObjectURL(await response.blob()));
    await audio.play();
  } catch {
    if ('speechSynthesis' in window) {
      const utterance = new SpeechSynthesisUtterance(call.text);
      utterance.lang = 'vi-VN';
      speechSynthesis.speak(utterance);
    }
  }
}

// The site's own time, whatever zone the TV's browser was set up in.
const timeZone = root?.dataset.timeZone || undefined;
function tick() {
  if (clock) clock.textContent = new Date().toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', ...(timeZone ? { timeZone } : {}) });
}
tick();
setInterval(tick, 10_000);

let calls: CallAnnouncement[] = [];
const socket: Socket<QueueServerToClientEvents, QueueClientToServerEvents> = io('/queue', { transports: ['websocket', 'polling'] });
socket.on('connect', () => socket.emit('join-board', { siteId }));
socket.on('state', (state) => {
  calls = state.calls;
  showCounters(calls);
  showWaiting(state.waiting);
  if (calls[0] && !latest.querySelector('strong')) showLatest(calls[0], false);
});
socket.on('called', (call) => {
  calls = [call, ...calls.filter((other) => other.counter !== call.counter)];
  showCounters(calls);
  showLatest(call, true);
  document.body.dataset.lastCall = call.number;
  void speak(call);
});
