import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '../../../../../shared/application/unit-of-work';
import { Clock } from '../../../../../shared/domain';
import { PersonalDetails, SocialLinks } from '../../../../domain/account';
import { AccountRepository } from '../../../../domain/account.repository';
import { AccountNotFoundError } from '../../../../domain/identity.errors';
import { DetailsChecker } from '../../../../application/services/details-check';
import { UpdateProfile } from './update-profile.command';

@CommandHandler(UpdateProfile)
export class UpdateProfileHandler implements ICommandHandler<UpdateProfile> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly accounts: AccountRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ accountId, changes }: UpdateProfile): Promise<void> {
    const now = this.clock.now();
    const check = new DetailsChecker();
    const details: Partial<PersonalDetails> & { social?: SocialLinks } = {};
    if (changes.firstName !== undefined)
      details.firstName = check.name('firstName', changes.firstName, 'first name');
    if (changes.surname !== undefined) details.surname = check.name('surname', changes.surname, 'surname');
    if (changes.telephone !== undefined)
      details.telephone = check.telephone('telephone', changes.telephone, 'telephone number');
    if (changes.mobile !== undefined)
      details.mobile = check.telephone('mobile', changes.mobile, 'mobile number');
    if (changes.dateOfBirth !== undefined) {
      details.dateOfBirth = changes.dateOfBirth
        ? check.dateOfBirth('dateOfBirth', changes.dateOfBirth, now)
        : null;
    }
    if (changes.social !== undefined) details.social = check.social('social', changes.social);
    check.assertValid();

    await this.uow.run(async () => {
      const account = await this.accounts.byId(accountId);
      if (!account) throw new AccountNotFoundError();
      account.updateDetails(details, now);
      await this.accounts.save(account);
    });
  }
}
