import { clockAt, RecordingUnitOfWork } from '../../../../../shared/application/testing';
import { AddressNotFoundError, InvalidAddressError } from '../../../../domain/profile.errors';
import { anAddressInput, InMemoryAddresses } from '../../../../application/testing/in-memory-identity';
import { UpdateAddress } from './update-address.command';
import { UpdateAddressHandler } from './update-address.handler';

describe('UpdateAddressHandler', () => {
  const setUp = async () => {
    const addresses = new InMemoryAddresses();
    const [home, work] = await addresses.holding(
      'acc-1',
      anAddressInput(),
      anAddressInput({ label: 'Work' }),
    );
    const handler = new UpdateAddressHandler(
      new RecordingUnitOfWork(),
      addresses,
      clockAt('2026-12-01T09:00:00Z'),
    );
    return { addresses, handler, home, work };
  };

  it('changes the address and makes it the default when asked', async () => {
    const { addresses, handler, home, work } = await setUp();

    const changed = await handler.execute(
      new UpdateAddress('acc-1', work.id, {
        ...anAddressInput({ label: 'Office', town: 'York' }),
        isDefault: true,
      }),
    );

    expect(changed).toMatchObject({ id: work.id, label: 'Office', town: 'York', isDefault: true });
    const [stored] = (await addresses.listFor('acc-1')).filter((address) => address.id === home.id);
    expect(stored.isDefault).toBe(false);
  });

  it('says another account’s address is not found before judging the input, and refuses a bad one', async () => {
    const { handler, work } = await setUp();
    await expect(
      handler.execute(new UpdateAddress('acc-2', work.id, anAddressInput({ line1: '' }))),
    ).rejects.toBeInstanceOf(AddressNotFoundError);
    await expect(
      handler.execute(new UpdateAddress('acc-1', work.id, anAddressInput({ line1: '' }))),
    ).rejects.toBeInstanceOf(InvalidAddressError);
  });
});
