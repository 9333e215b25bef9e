import { DocumentSettings } from '../../ports/document-settings';
import { verificationUrlOf } from '../../views/holder-links';
import { GetHolderLinksHandler } from './get-holder-links.handler';

describe('GetHolderLinksHandler', () => {
  it('links a code to the same verification page the documents print', async () => {
    const settings = {
      signature: { signerName: 'Awarding Body' },
      verificationUrl: (code: string) => `https://veri.example/verify/${encodeURIComponent(code)}`,
    } as unknown as DocumentSettings;

    const links = await new GetHolderLinksHandler(settings).execute();

    expect(links.organisation).toBe('Awarding Body');
    expect(verificationUrlOf(links, 'AB CD/12')).toBe(settings.verificationUrl('AB CD/12'));
  });
});
