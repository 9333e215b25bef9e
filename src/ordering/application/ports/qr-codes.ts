/** QR codes as images a letter can embed (rendered pages fetch nothing, so data: URLs). */
export abstract class LetterQrCodes {
  abstract imageDataUrl(text: string): Promise<string>;
}
