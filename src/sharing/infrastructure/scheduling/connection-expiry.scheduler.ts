import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob } from 'cron';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';
import { ExpireDueConnections } from '../../application/commands/expire-due-connections/expire-due-connections.command';
import { DueConnectionsOutcome } from '../../application/ports/due-connections';

const JOB_NAME = 'sharing.expire-due-connections';

/**
 * Runs the expiry job on CONNECTION_EXPIRY_CRON in processes that run workers. Every instance ticks;
 * the advisory locks inside the command (one per lane, DUE_CONNECTIONS_LANES) bound how many batches run at once.
 */
@Injectable()
export class ConnectionExpiryScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(ConnectionExpiryScheduler.name);
  private running = false;

  constructor(
    private readonly commands: CommandBus,
    private readonly registry: SchedulerRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.runWorkers || this.registry.doesExist('cron', JOB_NAME)) return;
    const job = CronJob.from({
      cronTime: this.config.schedules.connectionExpiry,
      onTick: () => void this.tick(),
      start: true,
      timeZone: 'UTC',
    });
    this.registry.addCronJob(JOB_NAME, job as never);
  }

  /** One tick; a tick that finds the previous one still running in this process skips. */
  async tick(): Promise<DueConnectionsOutcome | null> {
    if (this.running) return null;
    this.running = true;
    try {
      const outcome: DueConnectionsOutcome = await this.commands.execute(new ExpireDueConnections());
      if (outcome.ran && (outcome.expired || outcome.reminded))
        this.logger.log(`Connections expired: ${outcome.expired}, reminded: ${outcome.reminded}`);
      return outcome;
    } catch (error) {
      this.logger.error(`Connection expiry failed: ${(error as Error).message}`);
      return null;
    } finally {
      this.running = false;
    }
  }
}
