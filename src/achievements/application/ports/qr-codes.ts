/** QR codes as images that a PDF can embed (rendered pages fetch nothing, so data: URLs). */
export abstract class QrCodes {
  abstract imageDataUrl(text: string): Promise<string>;
}
