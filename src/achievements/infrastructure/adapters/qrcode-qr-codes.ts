import { QrCodes } from '../../application/ports/qr-codes';
import { qrCodeSvgDataUrl } from '../../../shared/infrastructure/pdf/qr-code-image';

export class QrcodeQrCodes extends QrCodes {
  imageDataUrl(text: string): Promise<string> {
    return qrCodeSvgDataUrl(text);
  }
}
