import { DynamicModule, Global, Logger, Module } from '@nestjs/common';
import { AppConfig } from '../../../config/app-config';
import { PdfSignatureVerifier, PdfSigner } from '../../application/pdf-signing';
import { documentSigningKeyStore } from './document-signing-certificate';
import { ForgePdfSignatureVerifier } from './forge-pdf-signature-verifier';
import { certificateFingerprint, openKeyStore, P12PdfSigner } from './p12-pdf-signer';

/**
 * Signatures for every context: the PDF signer and the check of uploaded PDFs, both from the one
 * signing certificate (SIGNING_P12_PATH, or a development certificate kept under DATA_DIR/keys).
 */
@Global()
@Module({})
export class SigningModule {
  static forRoot(config: AppConfig): DynamicModule {
    const identity = {
      provide: 'DOCUMENT_SIGNING_IDENTITY',
      useFactory: () => {
        const store = documentSigningKeyStore({
          p12Path: config.signing.p12Path,
          p12Passphrase: config.signing.p12Passphrase,
          dataDir: config.dataDir,
          organisation: config.brand.name,
        });
        new Logger('Signing').log(`PDF signing certificate: ${store.source}`);
        return openKeyStore(store);
      },
    };
    return {
      module: SigningModule,
      providers: [
        identity,
        {
          provide: PdfSigner,
          inject: [identity.provide],
          useFactory: (id: ReturnType<typeof openKeyStore>) => new P12PdfSigner(id),
        },
        {
          provide: PdfSignatureVerifier,
          inject: [identity.provide],
          useFactory: (id: ReturnType<typeof openKeyStore>) =>
            new ForgePdfSignatureVerifier([certificateFingerprint(id.certificate)]),
        },
      ],
      exports: [PdfSigner, PdfSignatureVerifier],
    };
  }
}
