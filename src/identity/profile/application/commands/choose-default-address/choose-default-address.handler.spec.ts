import { clockAt, RecordingUnitOfWork } from '../../../../../shared/application/testing';
import { AddressNotFoundError } from '../../../../domain/profile.errors';
import { anAddressInput, InMemoryAddresses } from '../../../../application/testing/in-memory-identity';
import { ChooseDefaultAddress } from './choose-default-address.command';
import { ChooseDefaultAddressHandler } from './choose-default-address.handler';

describe('ChooseDefaultAddressHandler', () => {
  it('moves the default to the chosen address, keeping exactly one', async () => {
    const addresses = new InMemoryAddresses();
    const [home, work] = await addresses.holding(
      'acc-1',
      anAddressInput(),
      anAddressInput({ label: 'Work' }),
    );
    const handler = new ChooseDefaultAddressHandler(new RecordingUnitOfWork(), addresses, clockAt());

    await handler.execute(new ChooseDefaultAddress('acc-1', work.id));

    const byId = Object.fromEntries((await addresses.listFor('acc-1')).map((a) => [a.id, a.isDefault]));
    expect(byId).toEqual({ [home.id]: false, [work.id]: true });
    await expect(handler.execute(new ChooseDefaultAddress('acc-2', home.id))).rejects.toBeInstanceOf(
      AddressNotFoundError,
    );
  });
});
