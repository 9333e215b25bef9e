import { Command } from '@nestjs/cqrs';

export interface AddToBasketInput {
  product: string;
  certificateNumber: string;
  reason: string;
  reasonText?: string | null;
  quantity: number;
}

/** Document Reprint form -> Add to Cart: one copy of a document for one of the candidate's achievements. */
export class AddToBasket extends Command<{ itemId: string }> {
  constructor(
    readonly accountId: string,
    readonly input: AddToBasketInput,
  ) {
    super();
  }
}
