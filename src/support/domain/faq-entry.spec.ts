import { InvalidInputError } from '../../shared/domain';
import { FAQ_QUESTION_MAX_LENGTH, FaqEntry } from './faq-entry';

const now = new Date('2026-11-29T10:00:00Z');
const valid = {
  id: 'f1',
  position: 1,
  now,
  question: '  How do I register?  ',
  answer: 'Use the **Register** button.',
  published: true,
};

describe('FaqEntry', () => {
  it('keeps a trimmed question and answer', () => {
    const entry = FaqEntry.create(valid);
    expect(entry.question).toBe('How do I register?');
    expect(entry.updatedAt).toEqual(now);
  });

  it('refuses an empty question or answer', () => {
    expect(() => FaqEntry.create({ ...valid, question: '   ' })).toThrow(InvalidInputError);
    expect(() => FaqEntry.create({ ...valid, answer: '' })).toThrow(
      expect.objectContaining({ code: 'SUPPORT.FAQ_ANSWER_REQUIRED' }),
    );
  });

  it('refuses a question that is too long', () => {
    expect(() => FaqEntry.create({ ...valid, question: 'x'.repeat(FAQ_QUESTION_MAX_LENGTH + 1) })).toThrow(
      expect.objectContaining({ code: 'SUPPORT.FAQ_QUESTION_TOO_LONG' }),
    );
  });
});
