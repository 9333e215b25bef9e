import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { InvalidInputError } from '../../domain/domain-error';

/** No identifier of Veri is longer (UUIDs 36, certificate numbers 16, audit targets at most 100). */
export const MAX_PATH_PARAMETER_LENGTH = 100;

/**
 * Every path parameter, before any handler sees it: bounded in length and free of NUL, so a made-up
 * identifier is a 400 and never reaches a varchar column or the Postgres protocol.
 */
@Injectable()
export class PathParameterPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'param' || typeof value !== 'string') return value;
    const name = metadata.data ?? 'parameter';
    if (value.length > MAX_PATH_PARAMETER_LENGTH)
      throw new InvalidInputError(
        'PLATFORM.PARAMETER_TOO_LONG',
        `The ${name} in the address is too long (at most ${MAX_PATH_PARAMETER_LENGTH} characters).`,
      );
    if (value.includes('\u0000'))
      throw new InvalidInputError(
        'PLATFORM.NUL_CHARACTER',
        'The request contains a NUL character (\\u0000), which is never accepted.',
      );
    return value;
  }
}
