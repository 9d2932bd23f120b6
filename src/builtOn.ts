/**
 * The day the site is built ("21 November 2026"), for the print header: worked out once per
 * build (in `astro dev`, once per start), not on every page.
 */
export const BUILT_ON = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
