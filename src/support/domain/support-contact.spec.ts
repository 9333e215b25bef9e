import { SupportContact } from './support-contact';

describe('SupportContact', () => {
  const now = new Date('2026-12-01T09:00:00Z');

  it('keeps an email address, and trims the rest, empty parts becoming none', () => {
    const contact = SupportContact.fallback();
    contact.revise({ email: ' desk@awarding.example ', telephone: '  ', notes: ' Call *us*. ' }, now);
    expect(contact.toState()).toEqual({
      email: 'desk@awarding.example',
      telephone: null,
      openingHours: null,
      postalAddress: null,
      notes: 'Call *us*.',
      updatedAt: now,
    });
  });

  it('refuses a revision whole: one bad part leaves every detail as it was', () => {
    const contact = SupportContact.fallback();
    const before = contact.toState();
    expect(() =>
      contact.revise({ email: 'desk@awarding.example', telephone: '0113', notes: 'x'.repeat(5001) }, now),
    ).toThrow(expect.objectContaining({ code: 'SUPPORT.CONTACT_TOO_LONG' }));
    expect(contact.toState()).toEqual(before);
    expect(() => contact.revise({ email: 'nope' }, now)).toThrow(
      expect.objectContaining({ code: 'SUPPORT.CONTACT_EMAIL_INVALID' }),
    );
  });

  it('gives its state only as a copy', () => {
    const contact = SupportContact.fallback();
    contact.toState().email = 'changed@example.com';
    expect(contact.email).toBe('support@veri.localhost');
  });
});
