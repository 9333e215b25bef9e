import { BadRequestException, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { ConflictError, DomainError } from '../../domain/domain-error';
import { ConnectionException, DriverException, ServerException } from '@mikro-orm/core';
import { BRIEFLY_UNAVAILABLE_MESSAGE, describeHttpError, INTERNAL_ERROR_MESSAGE } from './http-error-mapping';

/** An error as pg or Node's net module makes it: a message and a code. */
const failure = (message: string, code?: string) => Object.assign(new Error(message), code ? { code } : {});

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

  describe('a lost or unobtainable database connection', () => {
    const shapes: Array<[string, unknown]> = [
      [
        'pg 57P01 (connections terminated by an administrator)',
        failure('terminating connection due to administrator command', '57P01'),
      ],
      [
        'pg 57P02 (crash shutdown)',
        failure('terminating connection due to crash of another server process', '57P02'),
      ],
      ['pg 57P03 (the server is starting up)', failure('the database system is starting up', '57P03')],
      ['pg class 08 (connection exception)', failure('connection failure', '08006')],
      ['ECONNREFUSED', failure('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
      ['ECONNRESET', failure('read ECONNRESET', 'ECONNRESET')],
      ['EPIPE', failure('write EPIPE', 'EPIPE')],
      ['ETIMEDOUT', failure('connect ETIMEDOUT', 'ETIMEDOUT')],
      ['pg: Connection terminated unexpectedly', failure('Connection terminated unexpectedly')],
      [
        'pg: a broken pooled client',
        failure('Client has encountered a connection error and is not queryable'),
      ],
      [
        'knex/tarn: no connection in time',
        failure('Knex: Timeout acquiring a connection. The pool is probably full.'),
      ],
      ['MikroORM ConnectionException', new ConnectionException(failure('connection lost'))],
      [
        'MikroORM DriverException copying a pg code',
        new DriverException(failure('terminating connection', '57P01')),
      ],
      [
        'a wrapper keeping it as cause',
        new Error('query failed', { cause: failure('Connection terminated') }),
      ],
      [
        'a wrapper of a wrapper',
        new Error('a', { cause: new Error('b', { cause: failure('x', 'ECONNREFUSED') }) }),
      ],
    ];

    it.each(shapes)('%s answers 503 with Retry-After: 5 and a plain message', (_, error) => {
      expect(describeHttpError(error)).toEqual({
        status: 503,
        code: 'PLATFORM.UNAVAILABLE',
        message: BRIEFLY_UNAVAILABLE_MESSAGE,
        details: [],
        retryAfterSeconds: 5,
        unexpected: false,
        transient: true,
      });
    });

    it('leaves other database errors as 500s', () => {
      for (const error of [
        new ServerException(failure('relation "x" does not exist', '42P01')),
        failure('duplicate key value', '23505'),
        failure('08 is not a code here', '0800'),
      ])
        expect(describeHttpError(error)).toMatchObject({
          status: 500,
          code: 'PLATFORM.INTERNAL_ERROR',
          unexpected: true,
        });
    });
  });
});
