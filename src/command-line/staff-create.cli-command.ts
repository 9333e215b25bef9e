import { MikroORM } from '@mikro-orm/core';
import { CommandBus } from '@nestjs/cqrs';
import { Command, CommandRunner, Option } from 'nest-commander';
import { CreateStaffAccount, CreateStaffAccountResult } from '../identity/identity.public';
import { withRequestContext } from './with-request-context';

interface Options {
  email: string;
  password: string;
  totpSecret?: string;
  firstName: string;
  surname: string;
}

/** `staff:create --email E --password P [--totp-secret BASE32]`: the first staff account, set up by an operator. */
@Command({ name: 'staff:create', description: 'Create a staff account and print its TOTP enrolment URL' })
export class StaffCreateCliCommand extends CommandRunner {
  constructor(
    private readonly orm: MikroORM,
    private readonly commands: CommandBus,
  ) {
    super();
  }

  async run(_args: string[], options: Options): Promise<void> {
    if (!options.email || !options.password) throw new Error('Both --email and --password are required');
    const result = await withRequestContext(this.orm, () =>
      this.commands.execute<CreateStaffAccount, CreateStaffAccountResult>(
        new CreateStaffAccount(
          {
            email: options.email,
            password: options.password,
            totpSecret: options.totpSecret,
            firstName: options.firstName,
            surname: options.surname,
          },
          { accountId: null, ip: null },
        ),
      ),
    );
    console.log(`Staff account ${result.accountId} created for ${options.email}`);
    console.log(`TOTP secret: ${result.totpSecret}`);
    console.log(result.enrolmentUri);
  }

  @Option({ flags: '--email <email>', description: 'sign-in email address' })
  parseEmail(value: string): string {
    return value;
  }

  @Option({ flags: '--password <password>', description: 'at least 8 characters; not a common password' })
  parsePassword(value: string): string {
    return value;
  }

  @Option({
    flags: '--totp-secret <base32>',
    description: 'use this TOTP secret instead of a new random one',
  })
  parseTotpSecret(value: string): string {
    return value;
  }

  @Option({ flags: '--first-name <name>', description: 'first name', defaultValue: 'Staff' })
  parseFirstName(value: string): string {
    return value;
  }

  @Option({ flags: '--surname <name>', description: 'surname', defaultValue: 'Member' })
  parseSurname(value: string): string {
    return value;
  }
}
