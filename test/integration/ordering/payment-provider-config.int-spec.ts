import { loadConfig } from '../../../src/config/app-config';
import { createTestApp, TestApp } from '../../support/app';

// The simulator is for development and tests only: production refuses it, and with the real provider
// configured it is not mounted at all.
describe('Opayo simulator availability', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ env: { PAYMENT_PROVIDER: 'opayo', OPAYO_VENDOR: 'veri' } });
  });

  afterAll(() => t.close());

  it('is refused in production configuration', () => {
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        PAYMENT_PROVIDER: 'opayo-simulator',
        SESSION_SECRET: 'x'.repeat(40),
      }),
    ).toThrow(/opayo-simulator is never allowed in production/);
  });

  it('is not mounted when the real provider is configured, and the adapter points at Opayo', async () => {
    await t
      .http()
      .post('/simulator/opayo/gateway/service/vspserver-register.vsp')
      .type('form')
      .send({ VPSProtocol: '4.00' })
      .expect(404);
    await t.http().get('/simulator/opayo/gateway/service/card-details?tx=x').expect(404);
    expect(t.config.payment.opayoGatewayUrl).toBe('https://sandbox.opayo.eu.elavon.com/gateway/service');
  });
});
