/** The site's name, in the header, the page titles and the RSS feed. */
export const SITE_NAME = 'War in Ukraine, explained from the sources';
