import { PdfSignatureDetails } from '../../../shared/application/pdf-signing';

/** Ordering's settings, taken from the validated configuration by the module. */
export abstract class OrderingSettings {
  /** The portal's address, for links the payment provider sends the buyer back to. */
  abstract readonly publicUrl: string;
  /** How long an order waits for payment before it is cancelled (ORDER_PAYMENT_TIMEOUT_MINUTES). */
  abstract readonly unpaidOrderTimeoutMs: number;
  /** What the signature on proof of qualification letters says (the awarding body signs them). */
  abstract readonly letterSignature: PdfSignatureDetails;
  /** Who signs letters for the awarding body (DOCUMENT_SIGNATORY_NAME, _ROLE). */
  abstract readonly signatory: { name: string; role: string };
}
