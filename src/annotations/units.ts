/** The units a figure may be annotated in, and how each converts to km² or km. */

/** Square kilometres per unit of area. */
export const KM2_PER_UNIT: Readonly<Record<string, number>> = { km2: 1, sq_mi: 2.58999, ha: 0.01, acre: 0.00404686 };

/** Kilometres per unit of distance. */
export const KM_PER_UNIT: Readonly<Record<string, number>> = { km: 1, mi: 1.609344, nmi: 1.852, m: 0.001 };

/** Units that carry no area or distance of their own. */
export const PLAIN_UNITS = ['share', 'count'] as const;

export const FIGURE_UNITS = [...Object.keys(KM2_PER_UNIT), ...Object.keys(KM_PER_UNIT), ...PLAIN_UNITS];
