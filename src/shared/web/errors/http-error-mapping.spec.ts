import { BadRequestException, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { ConflictError, DomainError } from '../../domain/domain-error';
import { describeHttpError, INTERNAL_ERROR_MESSAGE } from './http-error-mapping';

describe('describeHttpError', () => {
  it('maps domain error kinds to statuses and keeps code, message and details', () => {
    expect(
      describeHttpError(new ConflictError('IDENTITY.EMAIL_TAKEN', 'That email address is taken.')),
    ).toMatchObject({
      status: 409,
      code: 'IDENTITY.EMAIL_TAKEN',
      message: 'That email address is taken.',
    });
    const kinds = {
      invalid: 400,
      unauthenticated: 401,
      forbidden: 403,
      not_found: 404,
      too_large: 413,
      unsupported_media: 415,
      rule: 422,
      unavailable: 503,
    } as const;
    for (const [kind, status] of Object.entries(kinds))
      expect(describeHttpError(new DomainError('X.Y', 'm', kind as keyof typeof kinds)).status).toBe(status);
  });

  it("replaces Nest's default wording, keeps a custom one", () => {
    expect(describeHttpError(new UnauthorizedException())).toMatchObject({
      status: 401,
      code: 'PLATFORM.UNAUTHENTICATED',
      message: 'You need to log in to do that.',
    });
    expect(describeHttpError(new NotFoundException('Cannot GET /x')).message).toBe(
      'We could not find what you asked for.',
    );
    expect(describeHttpError(new BadRequestException('The file is empty.')).message).toBe(
      'The file is empty.',
    );
    expect(describeHttpError(new ThrottlerException())).toMatchObject({
      status: 429,
      code: 'PLATFORM.TOO_MANY_REQUESTS',
    });
  });

  it('reveals nothing of an unexpected error', () => {
    const described = describeHttpError(new Error('password=hunter2'));
    expect(described).toEqual({
      status: 500,
      code: 'PLATFORM.INTERNAL_ERROR',
      message: INTERNAL_ERROR_MESSAGE,
      details: [],
      unexpected: true,
    });
  });

  it('treats exposed client errors from middleware as what they are', () => {
    expect(describeHttpError(Object.assign(new Error('x'), { status: 415, expose: true })).status).toBe(415);
    expect(describeHttpError(Object.assign(new Error('x'), { status: 502, expose: false })).status).toBe(500);
  });
});
