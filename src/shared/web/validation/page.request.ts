import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** Far beyond any real list; it keeps a typed page number from asking Postgres for a huge OFFSET. */
export const LAST_PAGE = 100_000;

/** api.md lists: page from 1, pageSize 1..100 (anything else is a 400). */
export class PageRequest {
  @ApiPropertyOptional({ minimum: 1, maximum: LAST_PAGE, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(LAST_PAGE)
  page = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize = 10;
}

/** The same bounds with no defaults: the list's own query decides the page size it falls back to. */
export class OptionalPageRequest {
  @ApiPropertyOptional({ minimum: 1, maximum: LAST_PAGE, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(LAST_PAGE)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
}
