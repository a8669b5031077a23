export {};
// Officer lookup: search as you type, filter by field and level, open the full procedure, copy the citation.
// Also runs on the citizen procedure page for the copy button.
interface Summary {
  code: string;
  title: string;
  field?: string;
}

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;
const query = byId<HTMLInputElement>('lookup-query');
const fieldSelect = byId<HTMLSelectElement>('lookup-field');
const levelSelect = byId<HTMLSelectElement>('lookup-level');
const results = byId<HTMLOListElement>('lookup-results');
const detail = byId<HTMLElement>('lookup-detail');
const statusLine = byId<HTMLElement>('lookup-status');

document.addEventListener('click', (event) => {
  if ((event.target as HTMLElement).closest('[data-print]')) print();
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-copy-citation]');
  if (!button) return;
  void navigator.clipboard?.writeText(button.dataset.copyCitation ?? '').then(
    () => (button.textContent = 'Đã sao chép'),
    () => (button.textContent = 'Không sao chép được'),
  );
});

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as T;
}

async function loadFields() {
  if (!fieldSelect) return;
  const fields = await getJson<{ field: string; count: number }[]>('/api/fields');
  for (const { field, count } of fields) {
    const option = document.createElement('option');
    option.value = field;
    option.textContent = `${field} (${count})`;
    fieldSelect.append(option);
  }
}

async function openProcedure(code: string) {
  if (!detail) return;
  const response = await fetch(`/api/procedures/${encodeURIComponent(code)}/html`);
  detail.innerHTML = response.ok ? await response.text() : '<p>Không tải được thủ tục.</p>';
  detail.querySelector('h1')?.setAttribute('tabindex', '-1');
  detail.querySelector<HTMLElement>('h1')?.focus();
}

let generation = 0;
async function search() {
  if (!query || !results || !statusLine) return;
  const current = ++generation;
  const text = query.value.trim();
  const field = fieldSelect?.value ?? '';
  const level = levelSelect?.value ?? '';
  let items: Summary[] = [];
  if (text && !field && !level) {
    items = (await getJson<{ results: Summary[] }>(`/api/search?q=${encodeURIComponent(text)}&top=20`)).results;
  } else if (text || field || level) {
    const params = new URLSearchParams({ pageSize: '50', ...(text ? { q: text } : {}), ...(field ? { field } : {}), ...(level ? { level } : {}) });
    items = (await getJson<{ items: Summary[] }>(`/api/procedures?${params.toString()}`)).items;
  }
  if (current !== generation) return; // a newer keystroke already answered
  results.replaceChildren(
    ...items.map((item) => {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = `${item.title} (${item.code})`;
      button.addEventListener('click', () => void openProcedure(item.code));
      li.append(button);
      return li;
    }),
  );
  statusLine.textContent = text || field || level ? `${items.length} thủ tục` : '';
}

let timer: ReturnType<typeof setTimeout> | undefined;
const schedule = () => {
  clearTimeout(timer);
  timer = setTimeout(() => void search(), 200);
};
query?.addEventListener('input', schedule);
fieldSelect?.addEventListener('change', schedule);
levelSelect?.addEventListener('change', schedule);
document.getElementById('lookup-form')?.addEventListener('submit', (event) => {
  event.preventDefault();
  void search();
});
void loadFields();
