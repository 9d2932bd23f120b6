/**
 * Sorting and filtering for the claims table. Header cells marked data-sort get a button that
 * sorts by that column (ascending, then descending; aria-sort says which); the filter form
 * (hidden without JavaScript) narrows the rows by status, claimant kind, words, or to those
 * with confirmations or disputes. Works on the rows of the page it is on.
 */
type Key = 'by' | 'date' | 'status' | 'links';

const compare: Record<Key, (a: HTMLElement, b: HTMLElement) => number> = {
  by: (a, b) => (a.dataset.by ?? '').localeCompare(b.dataset.by ?? '', 'en') || order(a, b),
  date: (a, b) => (a.dataset.date ?? '').localeCompare(b.dataset.date ?? '') || order(a, b),
  status: (a, b) => (a.dataset.status ?? '').localeCompare(b.dataset.status ?? '') || order(a, b),
  links: (a, b) => Number(a.dataset.links) - Number(b.dataset.links) || order(a, b),
};

function order(a: HTMLElement, b: HTMLElement): number {
  return Number(a.dataset.order) - Number(b.dataset.order);
}

export function setupClaimsTable(): void {
  const table = document.querySelector<HTMLTableElement>('table.claims-table');
  const body = table?.tBodies[0];
  if (!table || !body) return;
  const rows = [...body.rows];
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('th[data-sort]')];

  for (const th of headers) {
    const key = th.dataset.sort as Key;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const sorted = [...rows].sort(compare[key]);
      if (!ascending) sorted.reverse();
      body.append(...sorted);
    });
  }

  const form = document.querySelector<HTMLFormElement>('form.claims-filters');
  if (!form) return;
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  const status = form.querySelector<HTMLElement>('.filter-status');
  const text = new Map(rows.map((r) => [r, (r.textContent ?? '').toLocaleLowerCase('en')]));
  const apply = () => {
    const wanted = { status: field('status').value, kind: field('kind').value, q: field('q').value.trim().toLocaleLowerCase('en'), linked: (field('linked') as HTMLInputElement).checked, reviewed: (field('reviewed') as HTMLInputElement).checked };
    let shown = 0;
    for (const r of rows) {
      const match =
        (!wanted.status || r.dataset.status === wanted.status) &&
        (!wanted.kind || r.dataset.kind === wanted.kind) &&
        (!wanted.linked || Number(r.dataset.links) > 0) &&
        (!wanted.reviewed || r.dataset.reviewed === 'true') &&
        (!wanted.q || (text.get(r) ?? '').includes(wanted.q));
      r.hidden = !match;
      if (match) shown += 1;
    }
    const filtered = wanted.status || wanted.kind || wanted.q || wanted.linked || wanted.reviewed;
    if (status) status.textContent = filtered ? `Showing ${shown} of ${rows.length} claims on this page.` : '';
  };
  form.hidden = false;
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
}
