import { InvalidInputError, NotFoundError } from '../../shared/domain';

export const FAQ_QUESTION_MAX_LENGTH = 300;
export const FAQ_ANSWER_MAX_LENGTH = 10_000;

export interface FaqEntryContent {
  question: string;
  /** Limited Markdown: paragraphs, emphasis, lists, links. */
  answer: string;
  published: boolean;
}

/** One question and its answer on the FAQ page, in the order staff choose (lowest position first). */
export class FaqEntry {
  id: string;
  question: string;
  answer: string;
  position: number;
  published: boolean;
  createdAt: Date;
  updatedAt: Date;

  static create(props: { id: string; position: number; now: Date } & FaqEntryContent): FaqEntry {
    const entry = new FaqEntry();
    entry.id = props.id;
    entry.position = props.position;
    entry.createdAt = props.now;
    entry.revise(props, props.now);
    return entry;
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
    this.question = question;
    this.answer = answer;
    this.published = content.published;
    this.updatedAt = now;
  }

  /** Positions are unique (deferred in the database, so two entries can swap in one transaction). */
  moveTo(position: number, now: Date): void {
    if (!Number.isInteger(position) || position < 0) {
      const message = 'The position must be a whole number, 0 or more.';
      throw new InvalidInputError('SUPPORT.FAQ_POSITION_INVALID', message, [{ field: 'position', message }]);
    }
    this.position = position;
    this.updatedAt = now;
  }
}

export class FaqEntryNotFoundError extends NotFoundError {
  constructor() {
    super('SUPPORT.FAQ_ENTRY_NOT_FOUND', 'We could not find that FAQ entry.');
  }
}
