/** The site's name: page titles, the header, and the publisher of the claim reviews. */
export const SITE_NAME = 'War in Ukraine, explained from the sources';
