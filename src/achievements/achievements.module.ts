import { Module } from '@nestjs/common';

/** The Achievements bounded context (see docs/architecture.md). */
@Module({})
export class AchievementsModule {}
