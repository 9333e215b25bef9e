import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { PdfSignatureVerifier } from '../../../../shared/application/pdf-signing';
import { Clock } from '../../../../shared/domain';
import { AchievementRepository } from '../../../domain/achievement.repository';
import { ukToday } from '../../../domain/calendar-date';
import { normaliseVerificationCode } from '../../../domain/verification-code';
import { CheckUploadedDocument, UploadedDocumentCheck } from './check-uploaded-document.query';

/**
 * The signature says whether the bytes are ours and unchanged; the code inside the signed bytes says
 * which achievement it is, and so its status today (a signed PDF of a since-revoked certificate is
 * still a genuine, but revoked, document). Only a valid signature is trusted to name a code.
 */
@QueryHandler(CheckUploadedDocument)
export class CheckUploadedDocumentHandler implements IQueryHandler<
  CheckUploadedDocument,
  UploadedDocumentCheck
> {
  constructor(
    private readonly verifier: PdfSignatureVerifier,
    private readonly achievements: AchievementRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ pdf }: CheckUploadedDocument): Promise<UploadedDocumentCheck> {
    const check = await this.verifier.check(pdf);
    const result: UploadedDocumentCheck = {
      signature: check.signature,
      signatureProblem: check.problem ?? null,
      signedBy: check.signedBy,
      signedAt: check.signedAt?.toISOString() ?? null,
      code: null,
      status: 'unknown',
      title: null,
      holderName: null,
      certificateNumber: null,
    };
    const code = check.signature === 'valid' ? normaliseVerificationCode(check.verificationCode ?? '') : null;
    const achievement = code ? await this.achievements.findByVerificationCode(code) : undefined;
    if (!achievement) return result;
    return {
      ...result,
      code: achievement.verificationCode,
      status: achievement.verificationStatus(ukToday(this.clock.now())),
      title: achievement.title,
      holderName: achievement.fullName,
      certificateNumber: achievement.certificateNumber,
    };
  }
}
