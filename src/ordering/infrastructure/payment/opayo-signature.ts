import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * The fields of an Opayo Server protocol 4.00 notification that VPSSignature covers, in order. The
 * vendor name goes in lower case and the transaction's SecurityKey (never sent in the notification) is
 * placed after AVSCV2; absent fields count as empty strings.
 */
export const OPAYO_SIGNED_FIELDS = [
  'VPSTxId',
  'VendorTxCode',
  'Status',
  'TxAuthNo',
  'VendorName',
  'AVSCV2',
  'SecurityKey',
  'AddressResult',
  'PostCodeResult',
  'CV2Result',
  'GiftAid',
  '3DSecureStatus',
  'CAVV',
  'AddressStatus',
  'PayerStatus',
  'CardType',
  'Last4Digits',
  'DeclineCode',
  'ExpiryDate',
  'FraudResponse',
  'BankAuthCode',
  'ACSTransID',
  'DSTransID',
  'SchemeTraceID',
] as const;

/** MD5 over the concatenated fields, as upper-case hex. */
export function opayoSignature(
  fields: Record<string, string | undefined>,
  vendorName: string,
  securityKey: string,
): string {
  const text = OPAYO_SIGNED_FIELDS.map((name) => {
    if (name === 'VendorName') return vendorName.toLowerCase();
    if (name === 'SecurityKey') return securityKey;
    return fields[name] ?? '';
  }).join('');
  return createHash('md5').update(text, 'utf8').digest('hex').toUpperCase();
}

/** Compared without regard to case and in constant time. */
export function verifyOpayoSignature(
  fields: Record<string, string | undefined>,
  vendorName: string,
  securityKey: string,
): boolean {
  const sent = (fields.VPSSignature ?? '').toUpperCase();
  const expected = opayoSignature(fields, vendorName, securityKey);
  return sent.length === expected.length && timingSafeEqual(Buffer.from(sent), Buffer.from(expected));
}
