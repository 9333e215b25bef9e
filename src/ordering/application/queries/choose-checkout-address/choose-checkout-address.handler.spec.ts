import { CANDIDATE, FakeCandidateDirectory } from '../../testing/in-memory-ordering';
import { ChooseCheckoutAddress } from './choose-checkout-address.query';
import { ChooseCheckoutAddressHandler } from './choose-checkout-address.handler';

describe('ChooseCheckoutAddressHandler', () => {
  const setUp = () => {
    const directory = new FakeCandidateDirectory();
    directory.book = [
      {
        id: 'addr-work',
        label: 'Work',
        isDefault: false,
        fullName: '',
        line1: '9 Mill Lane',
        line2: null,
        town: 'York',
        county: null,
        postcode: 'YO1 7HH',
        country: 'GB',
      },
    ];
    return new ChooseCheckoutAddressHandler(directory);
  };
  const choose = (choice: ChooseCheckoutAddress['choice']) =>
    setUp().execute(new ChooseCheckoutAddress(CANDIDATE.accountId, choice));

  it('addresses a saved entry to the candidate when no name is typed', async () => {
    await expect(choose({ savedAddress: 'addr-work', fullName: ' ' })).resolves.toMatchObject({
      fullName: 'Sam Eichen',
      line1: '9 Mill Lane',
      postcode: 'YO1 7HH',
    });
  });

  it('addresses a saved entry to the name typed on the form', async () => {
    await expect(
      choose({ savedAddress: 'addr-work', fullName: 'Accounts, Eichen Ltd' }),
    ).resolves.toMatchObject({
      fullName: 'Accounts, Eichen Ltd',
      town: 'York',
    });
  });

  it('refuses an entry that is not in the candidate’s address book', async () => {
    await expect(choose({ savedAddress: 'addr-someone-else' })).rejects.toMatchObject({
      code: 'ORDERING.ADDRESS_NOT_FOUND',
    });
  });

  it('checks a typed address as an order needs it, with the fields to correct', async () => {
    await expect(
      choose({
        savedAddress: 'new',
        fullName: 'Sam Eichen',
        line1: '1 High Street',
        town: 'Leeds',
        postcode: 'ls1 4ap',
        country: 'GB',
      }),
    ).resolves.toMatchObject({ postcode: 'LS1 4AP' });
    const refusal = choose({ savedAddress: 'new', fullName: 'Sam Eichen', country: 'GB' });
    await expect(refusal).rejects.toMatchObject({ kind: 'invalid' });
    await refusal.catch((error: { details: Array<{ field?: string }> }) =>
      expect(error.details.map((d) => d.field)).toEqual(
        expect.arrayContaining(['line1', 'town', 'postcode']),
      ),
    );
  });
});
