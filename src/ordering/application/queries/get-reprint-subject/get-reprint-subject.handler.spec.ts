import { CANDIDATE, FakeCandidateDirectory, InMemoryCatalogue } from '../../testing/in-memory-ordering';
import { GetReprintSubject } from './get-reprint-subject.query';
import { GetReprintSubjectHandler } from './get-reprint-subject.handler';

describe('GetReprintSubjectHandler', () => {
  const directory = new FakeCandidateDirectory();
  const handler = new GetReprintSubjectHandler(directory, new InMemoryCatalogue());
  const certificate = directory.facts[0].certificateNumber;

  it('answers the candidate’s own achievement with the product and its price', async () => {
    const subject = await handler.execute(
      new GetReprintSubject(CANDIDATE.accountId, certificate, 'certificate-reprint'),
    );
    expect(subject.achievement.certificateNumber).toBe(certificate);
    expect(subject.product).toMatchObject({ code: 'certificate-reprint', price: expect.any(Object) });
  });

  it('does not find someone else’s achievement, an unknown one, or an unknown product', async () => {
    const notFound = { code: 'ORDERING.ACHIEVEMENT_NOT_FOUND' };
    await expect(
      handler.execute(new GetReprintSubject('someone-else', certificate, 'certificate-reprint')),
    ).rejects.toMatchObject(notFound);
    await expect(
      handler.execute(new GetReprintSubject(CANDIDATE.accountId, 'nope', 'certificate-reprint')),
    ).rejects.toMatchObject(notFound);
    await expect(
      handler.execute(new GetReprintSubject(CANDIDATE.accountId, certificate, 'mug')),
    ).rejects.toMatchObject(notFound);
  });
});
