import { Global, Module } from '@nestjs/common';
import { Clock, SystemClock } from '../../domain';

/** The one place that chooses the clock: the system's. Tests pass a FixedClock to what they build. */
@Global()
@Module({ providers: [{ provide: Clock, useClass: SystemClock }], exports: [Clock] })
export class ClockModule {}
