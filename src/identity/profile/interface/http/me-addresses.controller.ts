import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal } from '../../../../shared/web/authentication/auth.decorators';
import type { AuthenticatedPrincipal } from '../../../../shared/web/authentication/principal';
import { AddAddress } from '../../application/commands/add-address/add-address.command';
import { RemoveAddress } from '../../application/commands/remove-address/remove-address.command';
import { UpdateAddress } from '../../application/commands/update-address/update-address.command';
import { GetAddress } from '../../application/queries/get-address/get-address.query';
import { ListAddresses } from '../../application/queries/list-addresses/list-addresses.query';
import { AddressView } from '../../application/views/address-view';
import { AddressNotFoundError } from '../../../domain/profile.errors';
import { AddressRequest } from '../dto/address.requests';

/** The address book (api.md "Identity"): another account's address is always "not found". */
@ApiTags('Identity')
@Authenticated()
@Controller('api/v1/me/addresses')
export class MeAddressesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The address book, the default address first' })
  @ApiOkResponse()
  async list(@CurrentPrincipal() principal: AuthenticatedPrincipal): Promise<{ items: AddressView[] }> {
    return { items: await this.queries.execute(new ListAddresses(principal.accountId)) };
  }

  @Post()
  @ApiOperation({ summary: 'Add an address (at most 20; the first is the default)' })
  @ApiCreatedResponse()
  add(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Body() body: AddressRequest,
  ): Promise<AddressView> {
    return this.commands.execute(new AddAddress(principal.accountId, { ...body }));
  }

  @Get(':id')
  @ApiOperation({ summary: 'One address of the book' })
  @ApiOkResponse()
  async one(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id') id: string,
  ): Promise<AddressView> {
    const address = await this.queries.execute(new GetAddress(principal.accountId, id));
    if (!address) throw new AddressNotFoundError();
    return address;
  }

  @Put(':id')
  @ApiOperation({ summary: 'Replace an address; isDefault: true also makes it the default' })
  @ApiOkResponse()
  update(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id') id: string,
    @Body() body: AddressRequest,
  ): Promise<AddressView> {
    return this.commands.execute(new UpdateAddress(principal.accountId, id, { ...body }));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Remove an address (removing the default makes the oldest remaining one the default)',
  })
  @ApiNoContentResponse()
  async remove(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('id') id: string,
  ): Promise<void> {
    await this.commands.execute(new RemoveAddress(principal.accountId, id));
  }
}
