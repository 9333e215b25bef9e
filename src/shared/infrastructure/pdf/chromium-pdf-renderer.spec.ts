import { Test } from '@nestjs/testing';
import { loadConfig } from '../../../config/app-config';
import { ConfigModule } from '../../../config/config.module';
import { PDF_UNAVAILABLE, PdfRenderer } from '../../application/pdf-renderer';
import { DomainError } from '../../domain/domain-error';
import { CHROMIUM_NOT_FOUND } from './chromium-pdf-renderer';
import { PdfModule } from './pdf.module';

describe('PDF rendering without Chromium', () => {
  const config = loadConfig({ NODE_ENV: 'test', CHROMIUM_PATH: '/nonexistent/chromium' });

  async function renderer() {
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(config), PdfModule.forRoot(config)],
    }).compile();
    return { pdf: moduleRef.get(PdfRenderer), close: () => moduleRef.close() };
  }

  it('still starts, and reports itself down with how to install Chromium', async () => {
    const { pdf, close } = await renderer();

    await expect(pdf.health()).resolves.toEqual({
      up: false,
      detail: 'Chromium not found: install it with `apt-get install -y chromium` or set CHROMIUM_PATH',
    });
    await close();
  });

  it('refuses to render with an unavailable error the HTTP layer answers with 503', async () => {
    const { pdf, close } = await renderer();

    const rendering = pdf.render({ template: 'sample', data: { candidate: { name: 'Ada Lovelace' } } });

    await expect(rendering).rejects.toBeInstanceOf(DomainError);
    await expect(rendering).rejects.toMatchObject({
      code: PDF_UNAVAILABLE,
      kind: 'unavailable',
      message: CHROMIUM_NOT_FOUND,
    });
    await close();
  });
});
