import { LetterQrCodes } from '../../application/ports/qr-codes';
import { qrCodeSvgDataUrl } from '../../../shared/infrastructure/pdf/qr-code-image';

export class QrcodeLetterQrCodes extends LetterQrCodes {
  imageDataUrl(text: string): Promise<string> {
    return qrCodeSvgDataUrl(text);
  }
}
