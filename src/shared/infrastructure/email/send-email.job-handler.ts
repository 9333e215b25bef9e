import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';
import { EmailRequest, SEND_EMAIL_TOPIC } from '../../application/email-outbox';
import { EmailSender } from '../../application/email-sender';
import { HandlesJob, JobHandler } from '../../application/job-handler';
import { PermanentJobFailure } from '../../application/job-queue';
import { EmailTemplates, RenderedEmail } from './email-templates';

/** Runs the 'email.send' jobs that EmailOutbox queues: renders the template, then sends. */
@Injectable()
@HandlesJob(SEND_EMAIL_TOPIC)
export class SendEmailJobHandler implements JobHandler<EmailRequest> {
  constructor(
    private readonly templates: EmailTemplates,
    private readonly sender: EmailSender,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle(request: EmailRequest, { jobId }: { jobId: string }): Promise<void> {
    const { to, subject, template, data } = request;
    if (typeof to !== 'string' || typeof subject !== 'string' || typeof template !== 'string') {
      throw new PermanentJobFailure('An email job needs "to", "subject" and "template"');
    }
    await this.sender.send({
      from: this.config.mailFrom,
      to,
      subject,
      messageId: messageIdFor(jobId, this.config.mailFrom),
      ...this.render(template, subject, data ?? {}),
    });
  }

  /** Rendering is deterministic: if it fails once it fails every time, so the job is not retried. */
  private render(template: string, subject: string, data: Record<string, unknown>): RenderedEmail {
    try {
      return this.templates.render(template, subject, data);
    } catch (error) {
      throw new PermanentJobFailure(
        `Rendering email "${template}" failed: ${error instanceof Error ? error.message : error}`,
      );
    }
  }
}

/** One Message-ID per outbox row (the job id), in the sender's domain: every retry sends the same. */
export function messageIdFor(jobId: string, mailFrom: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(mailFrom)?.[1] ?? 'veri.localhost';
  return `<${jobId}@${domain}>`;
}
