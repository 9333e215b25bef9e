import { Module } from '@nestjs/common';

/** The Sharing bounded context (see docs/architecture.md). */
@Module({})
export class SharingModule {}
