// The shared form partials, as a failed submission shows them: error summary linking to each field,
// messages beside the fields, input kept, step indicator, a table that becomes cards on a phone and
// the pagination bar. Checked in real Chromium with axe-core.
import { Body, Controller, Get, Module, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { join } from 'node:path';
import { Browser } from 'playwright-core';
import { validateForm } from '../../src/shared/web/forms/validate-form';
import { paginationView, stepsFor } from '../../src/shared/web/views/view-models';
import { IsEmail, IsIn, IsNotEmpty, Matches } from 'class-validator';
import { TestApp } from '../support/app';
import { hasHorizontalScroll, launchBrowser, seriousAxeViolations, startAppOnPort } from '../support/browser';

const VIEW = join(__dirname, '../fixtures/views/form-showcase.hbs');

class ShowcaseForm {
  @IsNotEmpty({ message: 'Enter your email address' })
  @IsEmail({}, { message: 'Enter an email address in the correct format, like name@example.com' })
  email: string;

  @Matches(/^\d{1,2}$/, { message: 'Date of birth must be a real date' })
  'dateOfBirth-day': string;

  @IsIn(['lost', 'damaged'], { message: 'Choose a reason' })
  reason: string;
}

function model(extra: object = {}) {
  return {
    title: 'Form showcase',
    breadcrumbs: [{ label: 'Candidate Home', href: '/home' }, { label: 'Showcase' }],
    help: 'Fill in the form.',
    steps: stepsFor(['Basket', 'Billing', 'Delivery', 'Delivery Options', 'Confirm'], 2, [
      '/basket',
      '/checkout/billing',
    ]),
    reasons: [
      { value: 'lost', label: 'Lost' },
      { value: 'damaged', label: 'Damaged' },
    ],
    orders: [
      { id: 'VERI-000123', status: 'Paid (processing)', totalPence: 2588 },
      { id: 'VERI-000124', status: 'Dispatched', totalPence: 3938 },
    ],
    pagination: paginationView({ page: 1, pageSize: 10, totalItems: 2, totalPages: 1 }, '/showcase'),
    ...extra,
  };
}

@Controller('showcase')
class ShowcaseController {
  @Get()
  show(@Res() res: Response) {
    res.render(VIEW, model());
  }

  @Post()
  async submit(@Body() body: Record<string, unknown>, @Res() res: Response) {
    const form = await validateForm(ShowcaseForm, body);
    if (!form.ok) return res.status(400).render(VIEW, model({ errors: form.errors, values: body }));
    res.redirect(303, '/showcase');
  }
}

@Module({ controllers: [ShowcaseController] })
class ShowcaseModule {}

describe('form partials (browser)', () => {
  let t: TestApp & { baseUrl: string };
  let browser: Browser;

  beforeAll(async () => {
    [t, browser] = await Promise.all([startAppOnPort({ imports: [ShowcaseModule] }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('a failed submission shows an accessible error summary and keeps what was typed', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${t.baseUrl}/showcase`);
      await page.fill('#email', 'not-an-email');
      await page.fill('#dateOfBirth', '31');
      await page.fill('#dateOfBirth-month', '2');
      await page.fill('#message', 'My surname is misspelt');
      await page.click('button[type=submit]');

      expect(await page.title()).toBe('Error: Form showcase – Veri Awarding Body');
      const summary = page.locator('.error-summary');
      expect(await summary.locator('a').allInnerTexts()).toEqual([
        'Enter an email address in the correct format, like name@example.com',
        'Choose a reason',
      ]);
      expect(await summary.locator('a').first().getAttribute('href')).toBe('#email');
      expect(await page.locator('#email').inputValue()).toBe('not-an-email');
      expect(await page.locator('#email').getAttribute('aria-describedby')).toBe('email-hint email-error');
      expect(await page.locator('#email').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#dateOfBirth').inputValue()).toBe('31');
      expect(await page.locator('#dateOfBirth-month').inputValue()).toBe('2');
      expect(await page.locator('#message').inputValue()).toBe('My surname is misspelt');
      expect(await page.locator('[aria-current="step"]').innerText()).toContain('Delivery');
      expect(await seriousAxeViolations(page)).toEqual([]);

      // Following a summary link moves to the field.
      await summary.locator('a').first().click();
      await page.waitForURL(/#email$/);
    } finally {
      await page.close();
    }
  });

  it('tables become stacked cards on a phone, and nothing scrolls sideways', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    try {
      await page.goto(`${t.baseUrl}/showcase`);
      expect(await hasHorizontalScroll(page)).toBe(false);
      expect(
        await page
          .locator('.table--responsive tr')
          .first()
          .evaluate((row) => getComputedStyle(row).display),
      ).toBe('block');
      expect(await page.locator('.pagination').innerText()).toMatch(
        /Page 1 of 1[\s\S]*View[\s\S]*records[\s\S]*Found total 2 records/,
      );
      expect(await seriousAxeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
