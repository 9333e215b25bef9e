import { opayoNotificationFields } from './opayo-notification.form';

describe('opayoNotificationFields', () => {
  it('keeps the fields Opayo sends exactly as sent and drops any other', () => {
    expect(
      opayoNotificationFields({
        VendorTxCode: 'VERI-1001-AB12CD34EF',
        Status: 'OK',
        StatusDetail: ' 0000 : The Authorisation was Successful. ',
        '3DSecureStatus': 'OK',
        VPSSignature: 'ABC',
        isAdmin: 'true',
      }),
    ).toEqual({
      VendorTxCode: 'VERI-1001-AB12CD34EF',
      Status: 'OK',
      StatusDetail: ' 0000 : The Authorisation was Successful. ',
      '3DSecureStatus': 'OK',
      VPSSignature: 'ABC',
    });
  });

  it('gives nothing for a notification with a field of the wrong shape', () => {
    expect(opayoNotificationFields({ Status: ['OK', 'OK'], VendorTxCode: 'x' })).toEqual({});
    expect(opayoNotificationFields({ Last4Digits: '12345' })).toEqual({});
    expect(opayoNotificationFields(undefined)).toEqual({});
  });
});
