import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from '../../../config/app-config';
import { PdfRenderer } from '../../application/pdf-renderer';
import { ChromiumPdfRenderer, chromiumPdfRendererOptions } from './chromium-pdf-renderer';

/**
 * PDF rendering for every context (PdfRenderer). Chromium is the one adapter; when it is missing the
 * app still starts and the renderer reports itself unavailable. Nest closes the browser on shutdown.
 */
@Global()
@Module({})
export class PdfModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: PdfModule,
      providers: [
        {
          provide: PdfRenderer,
          useFactory: () => new ChromiumPdfRenderer(chromiumPdfRendererOptions(config)),
        },
      ],
      exports: [PdfRenderer],
    };
  }
}
