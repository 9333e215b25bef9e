import { aFaqEntry } from '../../../src/support/application/testing/in-memory-support';
import { FaqEntryRepository } from '../../../src/support/domain/faq-entry.repository';
import { SupportContact } from '../../../src/support/domain/support-contact';
import { FaqEntrySchema } from '../../../src/support/infrastructure/faq-entry.schema';
import { MikroOrmFaqEntryRepository } from '../../../src/support/infrastructure/mikro-orm-faq-entry.repository';
import { MikroOrmSupportContactRepository } from '../../../src/support/infrastructure/mikro-orm-support-contact.repository';
import { SupportContactSchema } from '../../../src/support/infrastructure/support-contact.schema';
import { ormOnTestDatabase, TestOrm } from '../../support/orm';

// Support's FAQ entries and contact details written through their repositories and read back fresh.
describe('Support repositories keep what they are given', () => {
  let db: TestOrm;
  const now = new Date('2026-11-30T09:00:00Z');

  beforeAll(async () => {
    db = await ormOnTestDatabase([FaqEntrySchema, SupportContactSchema]);
  });
  afterAll(() => db.close());

  it('an FAQ entry, revised and moved, unpublished', async () => {
    const entry = aFaqEntry(940, {
      id: '0b8c6e1e-5f86-4c1f-9a55-2f7bbd6f0c11',
      question: 'Round trip?',
      answer: 'A *Markdown* answer.',
    });
    await db.inTransaction((em) => new MikroOrmFaqEntryRepository(em).add(entry));
    await db.inTransaction(async (em) => {
      const repository: FaqEntryRepository = new MikroOrmFaqEntryRepository(em);
      const loaded = (await repository.byId(entry.id))!;
      for (const e of [loaded, entry]) {
        e.revise({ question: 'Round trip, revised?', answer: 'Yes.', published: false }, now);
        e.moveTo(941, now);
      }
      await repository.save(loaded);
    });
    const back = await new MikroOrmFaqEntryRepository(db.fresh()).atPosition(941);
    expect(back!.toState()).toEqual(entry.toState());
    await db.inTransaction(async (em) => {
      const repository = new MikroOrmFaqEntryRepository(em);
      await repository.remove((await repository.byId(entry.id))!);
    });
    expect(await new MikroOrmFaqEntryRepository(db.fresh()).byId(entry.id)).toBeNull();
    expect(await new MikroOrmFaqEntryRepository(db.fresh()).byId('not-an-id')).toBeNull();
  });

  it('the support contact details, replaced', async () => {
    const contact = SupportContact.fallback();
    contact.revise(
      {
        email: 'help@awarding.example',
        telephone: '0113 496 0000',
        openingHours: 'Weekdays 9 to 5',
        postalAddress: '1 High Street\nLeeds LS1 4AP',
        notes: 'We answer within two working days.',
      },
      now,
    );
    await db.inTransaction((em) => new MikroOrmSupportContactRepository(em).save(contact));
    const back = await new MikroOrmSupportContactRepository(db.fresh()).get();
    expect(back!.toState()).toEqual(contact.toState());
  });
});
