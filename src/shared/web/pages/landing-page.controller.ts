import { Controller, Get, Header, Render } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { LANDING_MODEL, LANDING_VIEW } from './landing-page';

/**
 * The public front door: what candidates and employers can do here, registration and the login box.
 * A first visit (no cookie at all) is answered from memory before Express (landing-from-memory.ts);
 * this route answers every other visitor.
 */
@ApiExcludeController()
@Controller()
export class LandingPageController {
  @Get()
  // The login box carries a token of its own and the answer may set cookies: no shared cache may keep it.
  @Header('Cache-Control', 'no-store')
  @Render(LANDING_VIEW)
  landing() {
    return LANDING_MODEL;
  }
}
