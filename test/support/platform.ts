// Builds the real platform modules (config, database, queue, email) for integration tests, and
// writes outbox messages the way a command does: in a committed unit of work.
import { MikroORM, RequestContext } from '@mikro-orm/core';
import { INestApplication, Provider } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { ConfigModule } from '../../src/config/config.module';
import { EmailOutbox, EmailRequest } from '../../src/shared/application/email-outbox';
import { EmailSender } from '../../src/shared/application/email-sender';
import { Outbox, OutboxMessage } from '../../src/shared/application/outbox';
import { UnitOfWork } from '../../src/shared/application/unit-of-work';
import { DatabaseModule } from '../../src/shared/infrastructure/database/database.module';
import { EmailModule } from '../../src/shared/infrastructure/email/email.module';
import { QueueModule } from '../../src/shared/infrastructure/queue/queue.module';

export interface PlatformOptions {
  /** Extra providers, e.g. test-only @HandlesJob handlers. */
  providers?: Provider[];
  /** Replaces the configured email adapter. */
  emailSender?: EmailSender;
}

export interface Platform {
  app: INestApplication;
  config: AppConfig;
  close(): Promise<void>;
}

export async function startPlatform(
  env: Record<string, string>,
  options: PlatformOptions = {},
): Promise<Platform> {
  const config = loadConfig({ NODE_ENV: 'test', MIGRATE_ON_START: 'false', ...env });
  let builder = Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(config),
      DatabaseModule.forRoot(config),
      QueueModule.forRoot(config),
      EmailModule.forRoot(config),
    ],
    providers: options.providers ?? [],
  });
  if (options.emailSender) builder = builder.overrideProvider(EmailSender).useValue(options.emailSender);
  const app = (await builder.compile()).createNestApplication({ logger: ['error'] });
  await app.init();
  return { app, config, close: () => app.close() };
}

/** Commits outbox messages in one unit of work, as a command handler would. */
export async function commitOutbox(app: INestApplication, ...messages: OutboxMessage[]): Promise<void> {
  const outbox = app.get(Outbox);
  await inTransaction(app, async () => messages.forEach((message) => outbox.add(message)));
}

/** Queues emails in one committed unit of work, as a command handler would. */
export async function commitEmails(app: INestApplication, ...requests: EmailRequest[]): Promise<void> {
  const emails = app.get(EmailOutbox);
  await inTransaction(app, async () => requests.forEach((request) => emails.queue(request)));
}

async function inTransaction(app: INestApplication, work: () => Promise<void>): Promise<void> {
  const uow = app.get(UnitOfWork);
  await RequestContext.create(app.get(MikroORM).em, () => uow.run(work));
}
