import { clockAt, RecordingUnitOfWork } from '../../../../../shared/application/testing';
import { AddressNotFoundError } from '../../../../domain/profile.errors';
import { anAddressInput, InMemoryAddresses } from '../../../../application/testing/in-memory-identity';
import { RemoveAddress } from './remove-address.command';
import { RemoveAddressHandler } from './remove-address.handler';

describe('RemoveAddressHandler', () => {
  it('removes the default and promotes the oldest remaining address', async () => {
    const addresses = new InMemoryAddresses();
    const [home, work] = await addresses.holding(
      'acc-1',
      anAddressInput(),
      anAddressInput({ label: 'Work' }),
    );
    const handler = new RemoveAddressHandler(new RecordingUnitOfWork(), addresses, clockAt());

    await handler.execute(new RemoveAddress('acc-1', home.id));

    expect(await addresses.listFor('acc-1')).toEqual([
      expect.objectContaining({ id: work.id, isDefault: true }),
    ]);
    await expect(handler.execute(new RemoveAddress('acc-2', work.id))).rejects.toBeInstanceOf(
      AddressNotFoundError,
    );
  });
});
