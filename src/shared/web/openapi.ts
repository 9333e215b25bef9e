import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppConfig } from '../../config/app-config';

/**
 * OpenAPI for the JSON API at /api/docs (explorer) and /api/docs-json, built from the controllers'
 * decorators. Pages are not part of the contract, so only /api paths are published.
 */
export function setupOpenApi(app: INestApplication, config: AppConfig): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(`${config.brand.name} API`)
      .setDescription(
        'Veri HTTP API v1. Errors are `{"error": {"code", "message", "details"}}`; lists take `page` and `pageSize` ' +
          'and answer `{items, page, pageSize, totalItems, totalPages}`; dates are ISO 8601; money is integer pence.',
      )
      .setVersion('1')
      .addServer(config.publicUrl)
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'A token from POST /api/v1/auth/token' })
      .build(),
  );
  for (const path of Object.keys(document.paths)) {
    if (!path.startsWith('/api/')) delete document.paths[path];
  }
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs-json',
    customSiteTitle: `${config.brand.shortName} API`,
  });
}
