import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';

/**
 * For clients that use the session cookie instead of a bearer token (e.g. scripts in the browser):
 * the token to send as `x-csrf-token` with every write.
 */
@ApiTags('Platform')
@Controller('api/v1/csrf-token')
export class CsrfTokenController {
  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'The CSRF token of the current session, for session-authenticated writes (header x-csrf-token)',
  })
  @ApiOkResponse({ schema: { type: 'object', properties: { csrfToken: { type: 'string' } } } })
  token(@Res({ passthrough: true }) res: Response): { csrfToken: string } {
    return { csrfToken: res.locals.csrfToken.value };
  }
}
