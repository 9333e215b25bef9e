import { createHash } from 'node:crypto';
import { OPAYO_SIGNED_FIELDS, opayoSignature, verifyOpayoSignature } from './opayo-signature';

// A notification as Opayo posts it (protocol 4.00), and its signature computed by hand from the
// documented order: VPSTxId, VendorTxCode, Status, TxAuthNo, VendorName (lower case), AVSCV2, SecurityKey,
// AddressResult, PostCodeResult, CV2Result, GiftAid, 3DSecureStatus, CAVV, AddressStatus, PayerStatus,
// CardType, Last4Digits, DeclineCode, ExpiryDate, FraudResponse, BankAuthCode, ACSTransID, DSTransID, SchemeTraceID.
const notification: Record<string, string> = {
  VPSProtocol: '4.00',
  TxType: 'PAYMENT',
  VendorTxCode: 'VERI-100001-AB12CD34EF',
  VPSTxId: '{5A1B2C3D-0000-1111-2222-333344445555}',
  Status: 'OK',
  StatusDetail: '0000 : The Authorisation was Successful.',
  TxAuthNo: '8661',
  AVSCV2: 'ALL MATCH',
  AddressResult: 'MATCHED',
  PostCodeResult: 'MATCHED',
  CV2Result: 'MATCHED',
  GiftAid: '0',
  '3DSecureStatus': 'OK',
  CAVV: 'AAABARR5kwAAAAAAAAAAAAAAAAA=',
  CardType: 'VISA',
  Last4Digits: '0006',
  DeclineCode: '00',
  ExpiryDate: '1229',
  FraudResponse: 'ACCEPT',
  BankAuthCode: '999777',
  ACSTransID: 'c2b4f3a6-1111-2222-3333-444455556666',
  DSTransID: 'd7e8f9a0-7777-8888-9999-000011112222',
  SchemeTraceID: 'SP1234567890',
};
const handConcatenation =
  '{5A1B2C3D-0000-1111-2222-333344445555}' +
  'VERI-100001-AB12CD34EF' +
  'OK' +
  '8661' +
  'veritest' +
  'ALL MATCH' +
  'SECKEY1234' +
  'MATCHED' +
  'MATCHED' +
  'MATCHED' +
  '0' +
  'OK' +
  'AAABARR5kwAAAAAAAAAAAAAAAAA=' +
  '' +
  '' +
  'VISA' +
  '0006' +
  '00' +
  '1229' +
  'ACCEPT' +
  '999777' +
  'c2b4f3a6-1111-2222-3333-444455556666' +
  'd7e8f9a0-7777-8888-9999-000011112222' +
  'SP1234567890';
const vector = createHash('md5').update(handConcatenation).digest('hex').toUpperCase();

describe('Opayo VPSSignature (protocol 4.00)', () => {
  it('signs the documented fields in the documented order', () => {
    expect(OPAYO_SIGNED_FIELDS).toHaveLength(24);
    expect(opayoSignature(notification, 'VeriTest', 'SECKEY1234')).toBe(vector);
  });

  it('accepts the signature in upper or lower case', () => {
    expect(verifyOpayoSignature({ ...notification, VPSSignature: vector }, 'VeriTest', 'SECKEY1234')).toBe(
      true,
    );
    expect(
      verifyOpayoSignature({ ...notification, VPSSignature: vector.toLowerCase() }, 'veritest', 'SECKEY1234'),
    ).toBe(true);
  });

  it('refuses a changed field, a wrong key or a missing signature', () => {
    expect(
      verifyOpayoSignature(
        { ...notification, Status: 'NOTAUTHED', VPSSignature: vector },
        'veritest',
        'SECKEY1234',
      ),
    ).toBe(false);
    expect(verifyOpayoSignature({ ...notification, VPSSignature: vector }, 'veritest', 'OTHERKEY')).toBe(
      false,
    );
    expect(verifyOpayoSignature(notification, 'veritest', 'SECKEY1234')).toBe(false);
  });
});
