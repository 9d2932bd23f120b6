/**
 * Filters the timeline by place and actor: shows the filter form (hidden without JavaScript),
 * hides events that do not match and months left empty, says how many are shown, and keeps the
 * choice in the address (?place=…&actor=…) so a filtered view can be shared.
 */
const listOf = (el: HTMLElement, key: 'places' | 'actors'): string[] => {
  try {
    const value: unknown = JSON.parse(el.dataset[key] ?? '[]');
    return Array.isArray(value) ? value.map(String) : [];
  } catch {
    return [];
  }
};

export function setupTimelineFilters(): void {
  const form = document.querySelector<HTMLFormElement>('form.tl-filters');
  if (!form) return;
  const place = form.elements.namedItem('place') as HTMLSelectElement;
  const actor = form.elements.namedItem('actor') as HTMLSelectElement;
  const status = form.querySelector<HTMLElement>('.filter-status');
  const events = [...document.querySelectorAll<HTMLElement>('.tl-event')].map((el) => ({ el, places: listOf(el, 'places'), actors: listOf(el, 'actors') }));
  const months = [...document.querySelectorAll<HTMLElement>('.tl-month')];

  const apply = () => {
    let shown = 0;
    for (const e of events) {
      const match = (!place.value || e.places.includes(place.value)) && (!actor.value || e.actors.includes(actor.value));
      e.el.hidden = !match;
      if (match) shown += 1;
    }
    for (const m of months) m.hidden = !m.querySelector('.tl-event:not([hidden])');
    if (status) status.textContent = place.value || actor.value ? `Showing ${shown} of ${events.length} events.` : '';
    const url = new URL(location.href);
    for (const [key, select] of [['place', place], ['actor', actor]] as const) {
      if (select.value) url.searchParams.set(key, select.value);
      else url.searchParams.delete(key);
    }
    history.replaceState(null, '', url);
  };

  const params = new URLSearchParams(location.search);
  for (const [key, select] of [['place', place], ['actor', actor]] as const) {
    const wanted = params.get(key);
    if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
  }
  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('reset', () => setTimeout(apply));
  form.addEventListener('submit', (event) => event.preventDefault());
  if (place.value || actor.value) apply();
}
