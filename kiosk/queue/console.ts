// Officer console: sign in with a PIN at a counter, then call, recall, start, complete, mark no-show, transfer.
interface TicketView {
  id: string;
  number: string;
  serviceCode: string;
  status: string;
  /** Set when the citizen booked an appointment and checked in. */
  appointmentAt?: string | null;
}

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const signInForm = byId<HTMLFormElement>('console-sign-in');
const panel = byId<HTMLElement>('console-panel');
const current = byId<HTMLElement>('console-current');
const message = byId<HTMLElement>('console-message');
const printerState = byId<HTMLElement>('console-printer');
let session: { token: string; counter: number } | null = JSON.parse(sessionStorage.getItem('queue-officer') ?? 'null');
let ticket: TicketView | null = null;

async function call(action: string, body?: object): Promise<unknown> {
  if (!session) return null;
  const response = await fetch(`/api/queue/counters/${session.counter}/${action}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${session.token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const json = await response.json();
  if (!response.ok) {
    message.textContent = (json as { error?: { messageVi?: string } }).error?.messageVi ?? 'Có lỗi xảy ra';
    if (response.status === 401) signOut();
    return null;
  }
  message.textContent = '';
  return json;
}

const counterServices = JSON.parse(panel.dataset.counterServices ?? '{}') as Record<string, string[]>;
const waitingList = byId<HTMLElement>('console-waiting');
const appointmentList = byId<HTMLElement>('console-appointments');

/** Who waits for this counter's services (the same list the board shows), refreshed every few seconds. */
async function refreshWaiting() {
  if (!session) return;
  const board = (await (await fetch('/api/queue/board')).json()) as { waiting: Record<string, string[]> };
  const services = counterServices[String(session.counter)] ?? [];
  waitingList.replaceChildren(
    ...services.map((code) => {
      const numbers = board.waiting[code] ?? [];
      const item = document.createElement('li');
      item.textContent = numbers.length ? `${code}: ${numbers.join(', ')}${numbers.length >= 5 ? ' …' : ''}` : `${code}: không có ai chờ`;
      return item;
    }),
  );
}

async function refreshAppointments() {
  if (!session) return;
  const response = await fetch('/api/queue/appointments', { headers: { authorization: `Bearer ${session.token}` } });
  if (!response.ok) return;
  const { appointments } = (await response.json()) as { appointments: { code: string; serviceCode: string; slot: string; status: string; ticketNumber: string | null }[] };
  const services = counterServices[String(session.counter)] ?? [];
  const mine = appointments.filter((appointment) => services.includes(appointment.serviceCode));
  if (mine.length === 0) {
    const empty = document.createElement('li');
    empty.textContent = 'Không có lịch hẹn cho quầy này';
    appointmentList.replaceChildren(empty);
    return;
  }
  appointmentList.replaceChildren(
    ...mine.map((appointment) => {
      const item = document.createElement('li');
      const time = appointment.slot.slice(11, 16);
      item.textContent = `${time} – dịch vụ ${appointment.serviceCode} – ${appointment.status === 'checked_in' ? `đã đến, số ${appointment.ticketNumber ?? ''}` : 'chưa đến'}`;
      return item;
    }),
  );
}

function show() {
  signInForm.hidden = session !== null;
  panel.hidden = session === null;
  // Only what makes sense now: a ticket at the counter can be started, finished, marked absent or transferred.
  for (const action of ['recall', 'start', 'complete', 'no-show', 'transfer']) {
    const button = document.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
    if (button) button.disabled = ticket === null || (action === 'start' && ticket.status !== 'called') || (action === 'recall' && ticket.status !== 'called');
  }
  byId('console-counter').textContent = session ? `Quầy số ${session.counter}` : '';
  current.textContent = ticket
    ? `Đang phục vụ số ${ticket.number} (${ticket.status === 'called' ? 'đã gọi' : ticket.status === 'serving' ? 'đang làm' : ticket.status})${ticket.appointmentAt ? ' – có lịch hẹn' : ''}`
    : 'Chưa gọi số nào';
}

function signOut() {
  session = null;
  sessionStorage.removeItem('queue-officer');
  show();
}

async function refreshPrinter() {
  const state = (await (await fetch('/api/queue/printer')).json()) as { state: string };
  printerState.textContent = { ready: 'Máy in: sẵn sàng', offline: 'Máy in: MẤT KẾT NỐI', out_of_paper: 'Máy in: HẾT GIẤY', not_configured: 'Máy in: chưa cấu hình' }[state.state] ?? state.state;
}

signInForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const pin = byId<HTMLInputElement>('console-pin').value;
  const counter = Number(byId<HTMLSelectElement>('console-counter-select').value);
  void fetch('/api/queue/officer/sign-in', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ pin, counter }) }).then(async (response) => {
    const json = (await response.json()) as { token?: string; error?: { messageVi: string } };
    if (!response.ok || !json.token) {
      message.textContent = json.error?.messageVi ?? 'Đăng nhập không thành công';
      return;
    }
    session = { token: json.token, counter };
    sessionStorage.setItem('queue-officer', JSON.stringify(session));
    show();
    void refreshWaiting();
    void refreshAppointments();
  });
});

const actions: Record<string, () => Promise<void>> = {
  'call-next': async () => {
    const result = (await call('call-next')) as { ticket: TicketView | null } | null;
    if (result) {
      ticket = result.ticket;
      if (!ticket) message.textContent = 'Không còn ai chờ';
    }
  },
  recall: async () => void (await call('recall')),
  start: async () => {
    if (ticket) ticket = ((await call('start', { ticketId: ticket.id })) as TicketView | null) ?? ticket;
  },
  complete: async () => {
    if (ticket && (await call('complete', { ticketId: ticket.id }))) ticket = null;
  },
  'no-show': async () => {
    if (ticket && (await call('no-show', { ticketId: ticket.id }))) ticket = null;
  },
  transfer: async () => {
    const serviceCode = byId<HTMLSelectElement>('console-transfer-service').value;
    if (ticket && (await call('transfer', { ticketId: ticket.id, serviceCode }))) ticket = null;
  },
};
for (const [action, run] of Object.entries(actions)) {
  document.querySelector(`[data-action="${action}"]`)?.addEventListener('click', () => void run().then(show).then(refreshWaiting));
}
byId('console-sign-out').addEventListener('click', signOut);
show();
void refreshPrinter();
void refreshWaiting();
void refreshAppointments();
setInterval(() => void refreshPrinter(), 15_000);
setInterval(() => void refreshWaiting(), 5_000);
setInterval(() => void refreshAppointments(), 60_000);
