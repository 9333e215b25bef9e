import { Injectable } from '@nestjs/common';
import { dictionary } from '@zxcvbn-ts/language-common';
import { CommonPasswordList } from '../../application/ports/common-password-list';

/** The ~49,000 most common passwords from zxcvbn-ts, compared without case. */
@Injectable()
export class ZxcvbnCommonPasswordList extends CommonPasswordList {
  private readonly passwords = new Set(
    (dictionary['passwords-common'] as string[]).map((password) => password.toLowerCase()),
  );

  contains(password: string): boolean {
    return this.passwords.has(password.toLowerCase());
  }
}
