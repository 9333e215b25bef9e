import { Module } from '@nestjs/common';

/** The Support bounded context (see docs/architecture.md). */
@Module({})
export class SupportModule {}
