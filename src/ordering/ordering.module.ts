import { Module } from '@nestjs/common';

/** The Ordering bounded context (see docs/architecture.md). */
@Module({})
export class OrderingModule {}
