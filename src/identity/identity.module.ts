import { Module } from '@nestjs/common';

/** The Identity bounded context (see docs/architecture.md). */
@Module({})
export class IdentityModule {}
