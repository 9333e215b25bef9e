import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/**
 * The Document Reprint form. Only the shape is checked here; whether the achievement is the candidate's,
 * the reason and "one copy per achievement" are AddToBasket's rules, shown on the same page.
 */
export class ReprintForm {
  @IsOptional()
  @IsString()
  @MaxLength(40)
  certificate: string = '';

  @IsOptional()
  @IsString()
  @MaxLength(40)
  product: string = '';

  // A whole number of copies; more than 1 is refused by the rule, with its own explanation.
  @Matches(/^\d{1,3}$/, { message: 'Enter the number of copies: 1.' })
  @Matches(/[1-9]/, { message: 'Enter the number of copies: 1.' })
  quantity!: string;

  @IsOptional()
  @IsString()
  @MaxLength(40)
  reason: string = '';

  @IsOptional()
  @IsString()
  @MaxLength(500)
  reasonText: string = '';
}
