import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../../../shared/web/authentication/auth.decorators';
import { AuthenticatedPrincipal } from '../../../shared/web/authentication/principal';
import { AddToBasket } from '../../application/commands/add-to-basket/add-to-basket.command';
import { RemoveFromBasket } from '../../application/commands/remove-from-basket/remove-from-basket.command';
import { GetBasket } from '../../application/queries/get-basket/get-basket.query';
import { BasketView } from '../../application/views/ordering-views';
import { AddBasketItemRequest } from '../dto/ordering.requests';

@ApiTags('Ordering')
@Roles('candidate')
@Controller('api/v1/me/basket')
export class MyBasketController {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The basket at current prices, with totals' })
  basket(@CurrentPrincipal() principal: AuthenticatedPrincipal): Promise<BasketView> {
    return this.queries.execute(new GetBasket(principal.accountId));
  }

  @Post('items')
  @ApiOperation({
    summary:
      'Add one copy of a document for one of your achievements (422 ORDERING.ONE_PER_ACHIEVEMENT for a second)',
  })
  async add(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Body() body: AddBasketItemRequest,
  ): Promise<{ id: string }> {
    const { itemId } = await this.commands.execute(new AddToBasket(principal.accountId, body));
    return { id: itemId };
  }

  @Delete('items/:id')
  @HttpCode(204)
  async remove(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id') id: string,
  ): Promise<void> {
    await this.commands.execute(new RemoveFromBasket(principal.accountId, [id]));
  }
}
