// The Ordering bounded context: the catalogue (staff-edited prices and delivery options), baskets,
// checkout into orders with frozen prices, card payment through Opayo Server (or its simulator), and
// staff fulfilment in print batches.
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { PublishOrderingIntegrationEvents } from './application/events/publish-integration-events';
import { CqrsModule } from '@nestjs/cqrs';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AddToBasketHandler } from './application/commands/add-to-basket/add-to-basket.handler';
import { CancelUnpaidOrderHandler } from './application/commands/cancel-unpaid-order/cancel-unpaid-order.handler';
import { CreatePrintBatchHandler } from './application/commands/create-print-batch/create-print-batch.handler';
import { DispatchPrintBatchHandler } from './application/commands/dispatch-print-batch/dispatch-print-batch.handler';
import { CheckoutHandler } from './application/commands/checkout/checkout.handler';
import { RemoveFromBasketHandler } from './application/commands/remove-from-basket/remove-from-basket.handler';
import { SettlePaymentHandler } from './application/commands/settle-payment/settle-payment.handler';
import { StartPaymentHandler } from './application/commands/start-payment/start-payment.handler';
import { UpdateCatalogueHandler } from './application/commands/update-catalogue/update-catalogue.handler';
import { EmailOrderSteps } from './application/events/email-order-steps';
import { PaymentRegistrar } from './application/services/payment-registrar';
import { CandidateDirectory } from './application/ports/candidate-directory';
import { LetterQrCodes } from './application/ports/qr-codes';
import { QrcodeLetterQrCodes } from './infrastructure/adapters/qrcode-letter-qr-codes';
import { OrderingSettings } from './application/ports/ordering-settings';
import { PaymentGateway } from './application/ports/payment-gateway';
import { CountAccountOrdersHandler } from './application/queries/count-account-orders/count-account-orders.handler';
import { ExportPrintBatchHandler } from './application/queries/export-print-batch/export-print-batch.handler';
import { GetAccountNamesHandler } from './application/queries/get-account-names/get-account-names.handler';
import { GetBasketHandler } from './application/queries/get-basket/get-basket.handler';
import { GetBasketSummaryHandler } from './application/queries/get-basket-summary/get-basket-summary.handler';
import { ChooseCheckoutAddressHandler } from './application/queries/choose-checkout-address/choose-checkout-address.handler';
import { GetCheckoutAddressesHandler } from './application/queries/get-checkout-addresses/get-checkout-addresses.handler';
import { GetReprintAvailabilityHandler } from './application/queries/get-reprint-availability/get-reprint-availability.handler';
import { GetReprintSubjectHandler } from './application/queries/get-reprint-subject/get-reprint-subject.handler';
import { GetCatalogueHandler } from './application/queries/get-catalogue/get-catalogue.handler';
import { GetMyOrderHandler } from './application/queries/get-my-order/get-my-order.handler';
import { ListMyOrdersHandler } from './application/queries/list-my-orders/list-my-orders.handler';
import { ListOrdersHandler } from './application/queries/list-orders/list-orders.handler';
import { BasketRepository, ReprintClaims } from './domain/basket';
import { CatalogueRepository } from './domain/catalogue';
import { OrderRepository } from './domain/order';
import { PaymentAttemptRepository } from './domain/payment-attempt';
import { PrintBatchRepository } from './domain/print-batch';
import { ContextCandidateDirectory } from './infrastructure/adapters/context-candidate-directory';
import { OrderCountContributor } from './infrastructure/adapters/order-count-contributor';
import { WaitingOrdersContributor } from './infrastructure/adapters/waiting-orders-contributor';
import { CancelUnpaidOrderJobHandler } from './infrastructure/jobs/cancel-unpaid-order.job-handler';
import {
  MikroOrmBasketRepository,
  MikroOrmCatalogueRepository,
  MikroOrmOrderRepository,
  MikroOrmPaymentAttemptRepository,
  MikroOrmPrintBatchRepository,
  SqlReprintClaims,
} from './infrastructure/persistence/mikro-orm-ordering.repositories';
import { SqlBasketPrices } from './infrastructure/persistence/sql-basket-prices';
import { BasketPrices } from './application/ports/basket-prices';
import { ORDERING_SCHEMAS } from './infrastructure/persistence/ordering.schemas';
import { OpayoServerPaymentGateway } from './infrastructure/payment/opayo-server-payment-gateway';
import { OpayoSimulatorController } from './infrastructure/simulator/opayo-simulator.controller';
import { OpayoSimulatorLedger } from './infrastructure/simulator/opayo-simulator-ledger';
import { AdminOrderingController } from './interface/admin/admin-ordering.controller';
import { AdminOrderingPagesController } from './interface/admin/admin-ordering-pages.controller';
import { RenderBatchLettersHandler } from './application/queries/render-batch-letters/render-batch-letters.handler';
import { GetBatchCertificateHandler } from './application/queries/get-batch-certificate/get-batch-certificate.handler';
import { GetPrintBatchHandler } from './application/queries/get-print-batch/get-print-batch.handler';
import { ListPrintBatchesHandler } from './application/queries/list-print-batches/list-print-batches.handler';
import { CatalogueController } from './interface/http/catalogue.controller';
import { MyBasketController } from './interface/http/my-basket.controller';
import { MyOrdersController } from './interface/http/my-orders.controller';
import { PaymentNotificationsController } from './interface/http/payment-notifications.controller';
import { BasketPagesController } from './interface/web/basket-pages.controller';
import { BasketSummaryMiddleware } from './interface/web/basket-summary.middleware';
import { CheckoutPagesController } from './interface/web/checkout-pages.controller';
import { OrderPagesController } from './interface/web/order-pages.controller';
import { ReprintPagesController } from './interface/web/reprint-pages.controller';

@Module({
  imports: [CqrsModule, MikroOrmModule.forFeature(ORDERING_SCHEMAS)],
  controllers: [
    CatalogueController,
    MyBasketController,
    MyOrdersController,
    PaymentNotificationsController,
    AdminOrderingController,
    OpayoSimulatorController,
    // The reprint form before the order pages, so /orders/reprint is not taken for an order id.
    ReprintPagesController,
    BasketPagesController,
    CheckoutPagesController,
    OrderPagesController,
    AdminOrderingPagesController,
  ],
  providers: [
    PublishOrderingIntegrationEvents,
    { provide: CatalogueRepository, useClass: MikroOrmCatalogueRepository },
    { provide: BasketRepository, useClass: MikroOrmBasketRepository },
    { provide: ReprintClaims, useClass: SqlReprintClaims },
    { provide: BasketPrices, useClass: SqlBasketPrices },
    { provide: OrderRepository, useClass: MikroOrmOrderRepository },
    { provide: PaymentAttemptRepository, useClass: MikroOrmPaymentAttemptRepository },
    { provide: PrintBatchRepository, useClass: MikroOrmPrintBatchRepository },
    { provide: CandidateDirectory, useClass: ContextCandidateDirectory },
    { provide: LetterQrCodes, useClass: QrcodeLetterQrCodes },
    {
      provide: OrderingSettings,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): OrderingSettings => ({
        publicUrl: config.publicUrl,
        unpaidOrderTimeoutMs: config.ordering.paymentTimeoutMinutes * 60_000,
        signatory: config.signatory,
        letterSignature: {
          reason: `Proof of qualification issued by ${config.brand.name}, the awarding body`,
          location: config.signing.location,
          signerName: config.brand.name,
          contactInfo: `${config.publicUrl}/verify`,
        },
      }),
    },
    // One adapter for both providers: the simulator speaks Opayo's protocol, so only the URL differs.
    {
      provide: PaymentGateway,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new OpayoServerPaymentGateway({
          vendor: config.payment.opayoVendor,
          gatewayUrl: config.payment.opayoGatewayUrl,
          notificationUrl: `${config.publicUrl}/api/v1/payments/opayo/notifications`,
        }),
    },
    OpayoSimulatorLedger,
    AddToBasketHandler,
    RemoveFromBasketHandler,
    PaymentRegistrar,
    CheckoutHandler,
    StartPaymentHandler,
    SettlePaymentHandler,
    CancelUnpaidOrderHandler,
    UpdateCatalogueHandler,
    CreatePrintBatchHandler,
    DispatchPrintBatchHandler,
    GetCatalogueHandler,
    GetBasketHandler,
    GetAccountNamesHandler,
    GetCheckoutAddressesHandler,
    ChooseCheckoutAddressHandler,
    GetBasketSummaryHandler,
    GetReprintAvailabilityHandler,
    GetReprintSubjectHandler,
    ListMyOrdersHandler,
    GetMyOrderHandler,
    ListOrdersHandler,
    ExportPrintBatchHandler,
    CountAccountOrdersHandler,
    ListPrintBatchesHandler,
    GetPrintBatchHandler,
    RenderBatchLettersHandler,
    GetBatchCertificateHandler,
    EmailOrderSteps,
    CancelUnpaidOrderJobHandler,
    OrderCountContributor,
    WaitingOrdersContributor,
  ],
})
export class OrderingModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(BasketSummaryMiddleware).forRoutes('*');
  }
}
