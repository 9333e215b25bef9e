import { InvalidInputError, NotFoundError } from '../../shared/domain';

export const FAQ_QUESTION_MAX_LENGTH = 300;
export const FAQ_ANSWER_MAX_LENGTH = 10_000;

export interface FaqEntryContent {
  question: string;
  /** Limited Markdown: paragraphs, emphasis, lists, links. */
  answer: string;
  published: boolean;
}

/** What an FAQ entry is made of, as the repository stores it and gives it back. */
export interface FaqEntryState extends FaqEntryContent {
  id: string;
  position: number;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * One question and its answer on the FAQ page, in the order staff choose (lowest position first).
 * Its state is its own: it changes only through `revise` and `moveTo`, which guard its rules.
 */
export class FaqEntry {
  private constructor(private readonly state: FaqEntryState) {}

  static create(props: { id: string; position: number; now: Date } & FaqEntryContent): FaqEntry {
    const entry = new FaqEntry({
      id: props.id,
      position: props.position,
      question: '',
      answer: '',
      published: false,
      createdAt: props.now,
      updatedAt: props.now,
    });
    entry.revise(props, props.now);
    return entry;
  }

  /** An entry as it was stored (its rules were checked when it was made or changed). */
  static restore(state: FaqEntryState): FaqEntry {
    return new FaqEntry({ ...state });
  }

  get id(): string {
    return this.state.id;
  }
  get question(): string {
    return this.state.question;
  }
  get answer(): string {
    return this.state.answer;
  }
  get position(): number {
    return this.state.position;
  }
  get published(): boolean {
    return this.state.published;
  }
  get createdAt(): Date {
    return this.state.createdAt;
  }
  get updatedAt(): Date {
    return this.state.updatedAt;
  }

  /** A copy of the state, for the repository to store. */
  toState(): FaqEntryState {
    return { ...this.state };
  }

  revise(content: FaqEntryContent, now: Date): void {
    const question = content.question.trim();
    const answer = content.answer.trim();
    if (!question)
      throw new InvalidInputError('SUPPORT.FAQ_QUESTION_REQUIRED', 'Enter the question.', [
        { field: 'question', message: 'Enter the question.' },
      ]);
    if (question.length > FAQ_QUESTION_MAX_LENGTH) {
      const message = `The question must be ${FAQ_QUESTION_MAX_LENGTH} characters or fewer.`;
      throw new InvalidInputError('SUPPORT.FAQ_QUESTION_TOO_LONG', message, [{ field: 'question', message }]);
    }
    if (!answer)
      throw new InvalidInputError('SUPPORT.FAQ_ANSWER_REQUIRED', 'Enter the answer.', [
        { field: 'answer', message: 'Enter the answer.' },
      ]);
    if (answer.length > FAQ_ANSWER_MAX_LENGTH) {
      const message = `The answer must be ${FAQ_ANSWER_MAX_LENGTH} characters or fewer.`;
      throw new InvalidInputError('SUPPORT.FAQ_ANSWER_TOO_LONG', message, [{ field: 'answer', message }]);
    }
    this.state.question = question;
    this.state.answer = answer;
    this.state.published = content.published;
    this.state.updatedAt = now;
  }

  /** Positions are unique (deferred in the database, so two entries can swap in one transaction). */
  moveTo(position: number, now: Date): void {
    if (!Number.isInteger(position) || position < 0) {
      const message = 'The position must be a whole number, 0 or more.';
      throw new InvalidInputError('SUPPORT.FAQ_POSITION_INVALID', message, [{ field: 'position', message }]);
    }
    this.state.position = position;
    this.state.updatedAt = now;
  }
}

export class FaqEntryNotFoundError extends NotFoundError {
  constructor() {
    super('SUPPORT.FAQ_ENTRY_NOT_FOUND', 'We could not find that FAQ entry.');
  }
}
