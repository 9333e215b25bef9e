import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditLog } from '../../../../shared/application/audit-log';
import { UnitOfWork } from '../../../../shared/application/unit-of-work';
import { Clock } from '../../../../shared/domain';
import { CatalogueRepository } from '../../../domain/catalogue';
import { InvalidCatalogueError } from '../../../domain/ordering.errors';
import { UpdateCatalogue } from './update-catalogue.command';

@CommandHandler(UpdateCatalogue)
export class UpdateCatalogueHandler implements ICommandHandler<UpdateCatalogue> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly catalogue: CatalogueRepository,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async execute({ products, deliveryOptions, actor }: UpdateCatalogue): Promise<void> {
    await this.uow.run(async () => {
      const now = this.clock.now();
      for (const [index, change] of products.entries()) {
        const product = await this.catalogue.product(change.code);
        if (!product)
          throw new InvalidCatalogueError([
            { field: `products[${index}].code`, message: `There is no product "${change.code}".` },
          ]);
        product.reprice(change, now, `products[${index}]`);
        this.audit.record({
          actorId: actor.accountId,
          ip: actor.ip,
          action: 'ordering.product-repriced',
          targetType: 'product',
          targetId: product.code,
          details: { pricePence: product.pricePence, vatRateBps: product.vatRateBps },
        });
      }
      for (const [index, change] of deliveryOptions.entries()) {
        const option = await this.catalogue.deliveryOption(change.code);
        if (!option)
          throw new InvalidCatalogueError([
            {
              field: `deliveryOptions[${index}].code`,
              message: `There is no delivery option "${change.code}".`,
            },
          ]);
        option.reprice(change, now, `deliveryOptions[${index}]`);
        this.audit.record({
          actorId: actor.accountId,
          ip: actor.ip,
          action: 'ordering.delivery-option-repriced',
          targetType: 'delivery_option',
          targetId: option.code,
          details: { pricePence: option.pricePence, vatRateBps: option.vatRateBps },
        });
      }
    });
  }
}
