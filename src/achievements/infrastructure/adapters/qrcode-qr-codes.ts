import QRCode from 'qrcode';
import { QrCodes } from '../../application/ports/qr-codes';

/** QR codes from the `qrcode` package; medium error correction survives a crease or a poor print. */
export class QrcodeQrCodes extends QrCodes {
  pngDataUrl(text: string): Promise<string> {
    return QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 2, width: 300 });
  }
}
