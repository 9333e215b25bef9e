import QRCode from 'qrcode';
import { LetterQrCodes } from '../../application/ports/qr-codes';

/** QR codes from the `qrcode` package, as on the achievement documents (medium error correction). */
export class QrcodeLetterQrCodes extends LetterQrCodes {
  pngDataUrl(text: string): Promise<string> {
    return QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 2, width: 300 });
  }
}
