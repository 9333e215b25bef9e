import { clockAt, DirectUnitOfWork, RecordingAuditLog } from '../../../../shared/application/testing';
import { SupportContact } from '../../../domain/support-contact';
import { InMemorySupportContact } from '../../testing/in-memory-support';
import { ReviseSupportContact } from './revise-support-contact.command';
import { ReviseSupportContactHandler } from './revise-support-contact.handler';

describe('ReviseSupportContactHandler', () => {
  const actor = { accountId: 'staff-1', ip: '192.0.2.1' };
  const setUp = (stored: SupportContact | null) => {
    const contacts = new InMemorySupportContact();
    contacts.stored = stored;
    const audit = new RecordingAuditLog();
    const handler = new ReviseSupportContactHandler(new DirectUnitOfWork(), contacts, audit, clockAt());
    return { contacts, audit, handler };
  };

  it('stores the first details over the fallback, and records who', async () => {
    const { contacts, audit, handler } = setUp(null);
    await handler.execute(new ReviseSupportContact({ email: 'desk@awarding.example' }, actor));
    expect(contacts.stored!.toState()).toEqual({
      email: 'desk@awarding.example',
      telephone: null,
      openingHours: null,
      postalAddress: null,
      notes: null,
      updatedAt: new Date('2026-11-30T09:00:00Z'),
    });
    expect(audit.entries).toEqual([
      expect.objectContaining({ action: 'support.contact-revised', targetId: '1', actorId: 'staff-1' }),
    ]);
  });

  it('replaces stored details, and refuses a bad email address without recording it', async () => {
    const stored = SupportContact.fallback();
    const { contacts, audit, handler } = setUp(stored);
    await handler.execute(new ReviseSupportContact({ email: 'a@b.example', telephone: '0113' }, actor));
    expect(contacts.stored!.telephone).toBe('0113');
    await expect(handler.execute(new ReviseSupportContact({ email: 'nope' }, actor))).rejects.toMatchObject({
      code: 'SUPPORT.CONTACT_EMAIL_INVALID',
    });
    expect(contacts.stored!.email).toBe('a@b.example');
    expect(audit.entries).toHaveLength(1);
  });
});
