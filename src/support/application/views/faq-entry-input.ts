/** What staff give for an FAQ entry, when adding or revising it. */
export interface FaqEntryInput {
  question: string;
  /** Plain text or limited Markdown; rendered with raw HTML disabled and only safe links. */
  answer: string;
  /** 0 first; absent puts a new entry last and leaves an existing one where it is. */
  position?: number;
  published?: boolean;
}
