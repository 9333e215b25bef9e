import { plainToInstance } from 'class-transformer';
import { IsOptional, IsString, MaxLength, validateSync } from 'class-validator';

const text = (max: number) => [IsOptional(), IsString(), MaxLength(max)];
function Text(max = 100): PropertyDecorator {
  return (target, key) => text(max).forEach((decorate) => decorate(target, key));
}

/**
 * The fields Opayo Server (protocol 4.00) posts in a notification, form-encoded. Only these are kept;
 * values are taken exactly as sent (never trimmed), since VPSSignature covers them byte for byte.
 */
export class OpayoNotificationForm {
  @Text(10) VPSProtocol?: string;
  @Text(15) TxType?: string;
  @Text(40) VendorTxCode?: string;
  @Text(38) VPSTxId?: string;
  @Text(20) Status?: string;
  @Text(255) StatusDetail?: string;
  @Text(50) TxAuthNo?: string;
  @Text(50) AVSCV2?: string;
  @Text(20) AddressResult?: string;
  @Text(20) PostCodeResult?: string;
  @Text(20) CV2Result?: string;
  @Text(1) GiftAid?: string;
  @Text(50) '3DSecureStatus'?: string;
  @Text(40) CAVV?: string;
  @Text(20) AddressStatus?: string;
  @Text(20) PayerStatus?: string;
  @Text(15) CardType?: string;
  @Text(4) Last4Digits?: string;
  @Text(100) VPSSignature?: string;
  @Text(20) FraudResponse?: string;
  @Text(20) Surcharge?: string;
  @Text(20) DeclineCode?: string;
  @Text(4) ExpiryDate?: string;
  @Text(50) BankAuthCode?: string;
  @Text(38) Token?: string;
  @Text(36) ACSTransID?: string;
  @Text(36) DSTransID?: string;
  @Text(100) SchemeTraceID?: string;
}

/**
 * The notification's fields as strings, the undeclared ones dropped. A notification with a field of
 * the wrong shape gives no fields at all: it is then answered INVALID in Opayo's format, never 400.
 */
export function opayoNotificationFields(body: unknown): Record<string, string> {
  const form = plainToInstance(OpayoNotificationForm, (body ?? {}) as object);
  const errors = validateSync(form, { whitelist: true, forbidNonWhitelisted: false });
  if (errors.length > 0) return {};
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(form)) if (typeof value === 'string') fields[name] = value;
  return fields;
}
