import { Command } from '@nestjs/cqrs';
import { RequestActor } from '../../../../shared/application/audit-log';

export interface PricedEntryChange {
  code: string;
  name: string;
  pricePence: number;
  vatRateBps: number;
}

/** Staff change names, prices and VAT rates. Orders already placed keep the prices they were placed at. */
export class UpdateCatalogue extends Command<void> {
  constructor(
    readonly products: PricedEntryChange[],
    readonly deliveryOptions: PricedEntryChange[],
    readonly actor: RequestActor,
  ) {
    super();
  }
}
