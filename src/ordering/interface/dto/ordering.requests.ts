import { OptionalPageRequest } from '../../../shared/web/validation/page.request';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PRODUCT_CODES } from '../../domain/catalogue';
import { REPRINT_REASONS } from '../../domain/reprint-reason';

export class AddBasketItemRequest {
  @ApiProperty({ enum: PRODUCT_CODES })
  @IsIn(PRODUCT_CODES, { message: 'product must be certificate-reprint or poq-letter' })
  product!: string;

  @ApiProperty({ example: '01645461-01-NU8R' })
  @IsString()
  @Length(1, 40)
  certificateNumber!: string;

  @ApiProperty({ enum: REPRINT_REASONS })
  @IsIn(REPRINT_REASONS, { message: `reason must be one of ${REPRINT_REASONS.join(', ')}` })
  reason!: string;

  @ApiPropertyOptional({ description: 'Required when reason is "other"' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  reasonText?: string;

  @ApiProperty({ description: 'Always 1: one copy per achievement per product', example: 1 })
  @IsInt({ message: 'quantity must be a whole number' })
  @Min(1, { message: 'quantity must be at least 1' })
  quantity!: number;
}

export class PlaceOrderRequest {
  @ApiProperty({
    description: 'An address {fullName?, line1, line2?, town, county?, postcode, country} or {addressId}',
  })
  @IsObject()
  billingAddress!: Record<string, unknown>;

  @ApiPropertyOptional({
    description: 'As billingAddress, or {sameAsBilling: true}; absent means the billing address',
  })
  @IsOptional()
  @IsObject()
  deliveryAddress?: Record<string, unknown>;

  @ApiProperty({ example: 'royal-mail-signed-for-2nd' })
  @IsString()
  @Length(1, 40)
  deliveryOption!: string;
}

export const ORDER_STATUSES = ['pending_payment', 'paid', 'in_print', 'dispatched', 'cancelled'] as const;

export class StaffOrdersRequest extends OptionalPageRequest {
  @ApiPropertyOptional({ enum: ORDER_STATUSES })
  @IsOptional()
  @IsIn(ORDER_STATUSES)
  status?: (typeof ORDER_STATUSES)[number];
}

export class MoneyRequest {
  @ApiProperty({ example: 2588 })
  @IsInt({ message: 'amountPence must be whole pence' })
  @Min(0)
  @Max(1_000_000)
  amountPence!: number;

  @ApiProperty({ example: 'GBP' })
  @IsIn(['GBP'])
  currency!: string;
}

export class CatalogueEntryRequest {
  @ApiProperty()
  @IsString()
  @Length(1, 40)
  code!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 120)
  name!: string;

  @ApiProperty({ type: MoneyRequest })
  @ValidateNested()
  @Type(() => MoneyRequest)
  price!: MoneyRequest;

  @ApiProperty({ description: 'VAT rate in percent, e.g. 20', example: 20 })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  vatRate!: number;

  /** Delivery options say it; it cannot be changed (an option is domestic or international for good). */
  @ApiPropertyOptional()
  @IsOptional()
  international?: boolean;
}

export class CatalogueUpdateRequest {
  @ApiProperty({ type: [CatalogueEntryRequest] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CatalogueEntryRequest)
  products!: CatalogueEntryRequest[];

  @ApiProperty({ type: [CatalogueEntryRequest] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CatalogueEntryRequest)
  deliveryOptions!: CatalogueEntryRequest[];
}
