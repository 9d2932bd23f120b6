declare namespace App {
  interface Locals {
    /** The review state of the article page being rendered, read by its Claim, Event and Figure. */
    review?: 'draft' | 'reviewed';
  }
}
