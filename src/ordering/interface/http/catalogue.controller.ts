import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CatalogueView, GetCatalogue } from '../../application/queries/get-catalogue/get-catalogue.query';

@ApiTags('Ordering')
@Controller('api/v1/catalogue')
export class CatalogueController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'Products and delivery options with their prices (VAT-inclusive, integer pence)' })
  catalogue(): Promise<CatalogueView> {
    return this.queries.execute(new GetCatalogue());
  }
}
