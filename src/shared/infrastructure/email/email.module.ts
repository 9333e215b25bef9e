// Email: rendering the templates and delivering them. The one place where the delivery adapter is chosen.
import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '../../../config/app-config';
import { EmailSender } from '../../application/email-sender';
import { DevMailController } from './dev-mail.controller';
import { defaultEmailTemplatesDir, EmailTemplates } from './email-templates';
import { FileEmailSender, mailDir } from './file-email-sender';
import { SendEmailJobHandler } from './send-email.job-handler';
import { SmtpEmailSender } from './smtp-email-sender';

/**
 * SMTP when SMTP_URL is set, else .eml files under DATA_DIR/mail (with the /dev/mail viewer only when
 * DEV_MAIL_VIEWER=true, never in production: it shows every reset link). Tests swap the sender with `.overrideProvider(EmailSender).useValue(new InMemoryEmailSender())`.
 * Contexts do not send mail themselves: they call EmailOutbox.queue() inside their transaction and the
 * 'email.send' job handler here renders and sends it.
 */
@Module({})
export class EmailModule {
  static forRoot(config: AppConfig): DynamicModule {
    const toFiles = !config.smtpUrl;
    return {
      module: EmailModule,
      providers: [
        {
          provide: EmailSender,
          useFactory: () =>
            config.smtpUrl ? new SmtpEmailSender(config.smtpUrl) : new FileEmailSender(mailDir(config)),
        },
        {
          provide: EmailTemplates,
          useFactory: () =>
            new EmailTemplates({
              dir: defaultEmailTemplatesDir(),
              publicUrl: config.publicUrl,
              brand: config.brand,
              cache: config.env !== 'development',
            }),
        },
        SendEmailJobHandler,
      ],
      controllers: toFiles && config.devMailViewer && config.env !== 'production' ? [DevMailController] : [],
      exports: [EmailSender, EmailTemplates],
    };
  }
}
