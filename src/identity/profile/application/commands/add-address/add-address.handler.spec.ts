import { clockAt, RecordingUnitOfWork } from '../../../../../shared/application/testing';
import { AddressBookFullError, InvalidAddressError } from '../../../../domain/profile.errors';
import { anAddressInput, InMemoryAddresses } from '../../../../application/testing/in-memory-identity';
import { AddAddress } from './add-address.command';
import { AddAddressHandler } from './add-address.handler';

describe('AddAddressHandler', () => {
  const setUp = () => {
    const addresses = new InMemoryAddresses();
    const handler = new AddAddressHandler(new RecordingUnitOfWork(), addresses, clockAt());
    return { addresses, handler };
  };

  it('adds a checked address; the first is the default, a later one only when asked', async () => {
    const { addresses, handler } = setUp();

    const first = await handler.execute(new AddAddress('acc-1', anAddressInput({ postcode: 'ls11aa' })));
    const second = await handler.execute(new AddAddress('acc-1', anAddressInput({ label: 'Work' })));
    const third = await handler.execute(
      new AddAddress('acc-1', { ...anAddressInput({ label: 'Parents' }), isDefault: true }),
    );

    expect(first).toMatchObject({ postcode: 'LS1 1AA', isDefault: true });
    expect(second.isDefault).toBe(false);
    expect(third.isDefault).toBe(true);
    expect((await addresses.listFor('acc-1')).filter((address) => address.isDefault)).toHaveLength(1);
  });

  it('refuses a bad address, and a 21st, storing nothing more', async () => {
    const { addresses, handler } = setUp();
    await expect(
      handler.execute(new AddAddress('acc-1', anAddressInput({ line1: '', postcode: 'nonsense' }))),
    ).rejects.toBeInstanceOf(InvalidAddressError);
    for (let i = 0; i < 20; i++) await handler.execute(new AddAddress('acc-1', anAddressInput()));

    await expect(handler.execute(new AddAddress('acc-1', anAddressInput()))).rejects.toBeInstanceOf(
      AddressBookFullError,
    );
    expect(await addresses.listFor('acc-1')).toHaveLength(20);
  });
});
