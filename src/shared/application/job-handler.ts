import { DiscoveryService } from '@nestjs/core';

/**
 * Marks a provider that runs queued jobs of one topic (the outbox topic), e.g. "email.send".
 * Handlers must be idempotent: a job may run more than once after a crash or a retry.
 */
export const HandlesJob = DiscoveryService.createDecorator<string>();

export interface JobHandler<TPayload = Record<string, unknown>> {
  handle(payload: TPayload, context: { jobId: string; attempt: number }): Promise<void>;
}
