// Calling board (TV): current calls per counter and the next numbers, live over socket.io, with a spoken
// announcement for each call (server speech engine, else the browser's own voice).
import { io, type Socket } from 'socket.io-client';
import type { CallAnnouncement, QueueClientToServerEvents, QueueServerToClientEvents } from '../../contracts/queue';

const root = document.getElementById('board');
const siteId = root?.dataset.site ?? '';
const callsList = document.getElementById('board-calls')!;
const waitingList = document.getElementById('board-waiting')!;
const latest = document.getElementById('board-latest')!;
let calls: CallAnnouncement[] = [];

function renderCalls() {
  callsList.replaceChildren(
    ...calls.slice(0, 6).map((call) => {
      const row = document.createElement('li');
      row.innerHTML = `<span class="number"></span><span class="arrow">→</span><span class="counter"></span>`;
      row.querySelector('.number')!.textContent = call.number;
      row.querySelector('.counter')!.textContent = `Quầy ${call.counter}`;
      return row;
    }),
  );
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

const socket: Socket<QueueServerToClientEvents, QueueClientToServerEvents> = io('/queue', { transports: ['websocket', 'polling'] });
socket.on('connect', () => socket.emit('join-board', { siteId }));
socket.on('state', (state) => {
  calls = state.calls;
  renderCalls();
  waitingList.replaceChildren(
    ...Object.entries(state.waiting).map(([service, numbers]) => {
      const item = document.createElement('li');
      item.textContent = `${service}: ${numbers.join(', ') || '—'}`;
      return item;
    }),
  );
});
socket.on('called', (call) => {
  calls = [call, ...calls.filter((other) => other.counter !== call.counter)];
  renderCalls();
  latest.textContent = call.text;
  document.body.dataset.lastCall = call.number;
  void speak(call);
});
