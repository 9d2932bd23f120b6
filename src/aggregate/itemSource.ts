/** Where an annotated item sits on the site: its article and the sentence it came from. */
export interface ItemSource {
  /** Unique across the site: "kharkiv-border#c5". */
  key: string;
  /** The article's page name. */
  slug: string;
  /** The item's id on its page ("c5", "e2", "f1"). */
  id: string;
  /** The sentence it came from ("s12"). */
  sentence: string;
  /** The article's title, outlet and publication date. */
  article: string;
  outlet: string;
  published: string;
}
