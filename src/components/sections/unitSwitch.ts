/**
 * The km² / sq mi switch of the figures page: shows the radio buttons (hidden without
 * JavaScript), and shows the charts in the chosen unit, remembering the choice for the visit.
 */
export function setupUnitSwitch(): void {
  const root = document.querySelector<HTMLElement>('.units');
  const form = root?.querySelector<HTMLFormElement>('form.unit-switch');
  if (!root || !form) return;
  const show = (unit: string) => {
    root.dataset.unit = unit === 'sq_mi' ? 'sq_mi' : 'km2';
    for (const details of root.querySelectorAll<HTMLDetailsElement>('details.unit-sq_mi')) details.open = true;
  };
  let saved: string | null = null;
  try {
    saved = sessionStorage.getItem('area-unit');
  } catch {
    /* storage blocked: start in km² */
  }
  const initial = form.querySelector<HTMLInputElement>(`input[value="${saved === 'sq_mi' ? 'sq_mi' : 'km2'}"]`);
  if (initial) initial.checked = true;
  root.classList.add('units-js');
  form.hidden = false;
  show(initial?.value ?? 'km2');
  form.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    show(input.value);
    try {
      sessionStorage.setItem('area-unit', input.value);
    } catch {
      /* the choice lasts for this page only */
    }
  });
}
