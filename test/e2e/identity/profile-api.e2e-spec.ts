import { MikroORM, RequestContext } from '@mikro-orm/core';
import { QueryBus } from '@nestjs/cqrs';
import sharp from 'sharp';
import {
  AddressView,
  CandidatePhoto,
  GetAddress,
  GetCandidatePhoto,
  ListAddresses,
} from '../../../src/identity/identity.public';
import { createTestApp, TestApp } from '../../support/app';
import { staffToken, withDatabase } from '../../support/identity';
import { activeCandidate as candidate, picture } from './profile-fixtures';

// PUT/GET/DELETE /me/photo and the address book (GET, POST /me/addresses; GET, PUT, DELETE /me/addresses/{id}),
// with the bad input each must refuse.

describe('the profile API: photo and address book', () => {
  let t: TestApp;
  let me: { token: string; accountId: string };
  let other: { token: string; accountId: string };

  beforeAll(async () => {
    t = await createTestApp({ env: { TRUST_PROXY: 'true' } });
    const staff = await staffToken(t);
    me = await candidate(t, staff, 1);
    other = await candidate(t, staff, 2);
  });

  afterAll(() => t.close());

  const auth = (who = me) => ({ Authorization: `Bearer ${who.token}` });

  describe('photo', () => {
    it('PUT stores a re-encoded 350 x 350 WebP without metadata; GET gives it to the owner; DELETE removes it', async () => {
      const upload = await t
        .http()
        .put('/api/v1/me/photo')
        .set(auth())
        .attach('photo', await picture('jpeg', 1200, 800), 'me.jpg');
      expect(upload.status).toBe(204);

      const account = await t.http().get('/api/v1/me').set(auth());
      expect(account.body.photoUrl).toMatch(/^\/api\/v1\/me\/photo\?v=/);
      const photo = await t
        .http()
        .get('/api/v1/me/photo')
        .set(auth())
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        });
      expect(photo.status).toBe(200);
      expect(photo.headers['content-type']).toBe('image/webp');
      expect(photo.headers['cache-control']).toBe('private, no-store');
      expect(photo.headers['x-content-type-options']).toBe('nosniff');
      const metadata = await sharp(photo.body as Buffer).metadata();
      expect(metadata).toMatchObject({ format: 'webp', width: 350, height: 350 });
      expect(metadata.exif).toBeUndefined();
      expect((photo.body as Buffer).toString('latin1')).not.toContain('Secret Camera Owner');

      // The same version again is "not modified".
      const again = await t
        .http()
        .get('/api/v1/me/photo')
        .set(auth())
        .set('If-None-Match', photo.headers.etag);
      expect(again.status).toBe(304);

      // Another account has no photo; the photo is nobody else's to fetch from this route.
      expect((await t.http().get('/api/v1/me/photo').set(auth(other))).status).toBe(404);
      expect((await t.http().get('/api/v1/me/photo')).status).toBe(401);

      // A replacement removes the previous file from storage.
      const before = await withDatabase(t, (c) =>
        c.query('SELECT photo_key FROM identity_accounts WHERE id = $1', [me.accountId]),
      );
      expect(
        (
          await t
            .http()
            .put('/api/v1/me/photo')
            .set(auth())
            .attach('photo', await picture('png'), 'me.png')
        ).status,
      ).toBe(204);
      const after = await withDatabase(t, (c) =>
        c.query('SELECT photo_key FROM identity_accounts WHERE id = $1', [me.accountId]),
      );
      expect(after.rows[0].photo_key).not.toBe(before.rows[0].photo_key);
      const { existsSync } = await import('node:fs');
      const { join } = await import('node:path');
      expect(existsSync(join(t.dataDir, 'files', before.rows[0].photo_key))).toBe(false);
      expect(existsSync(join(t.dataDir, 'files', after.rows[0].photo_key))).toBe(true);

      expect((await t.http().delete('/api/v1/me/photo').set(auth())).status).toBe(204);
      expect((await t.http().get('/api/v1/me').set(auth())).body.photoUrl).toBeNull();
      expect((await t.http().get('/api/v1/me/photo').set(auth())).status).toBe(404);
      expect(existsSync(join(t.dataDir, 'files', after.rows[0].photo_key))).toBe(false);
    });

    it('judges by content: a real PNG named .jpg is accepted, WebP too', async () => {
      expect(
        (
          await t
            .http()
            .put('/api/v1/me/photo')
            .set(auth())
            .attach('photo', await picture('png'), { filename: 'holiday.jpg', contentType: 'image/jpeg' })
        ).status,
      ).toBe(204);
      expect(
        (
          await t
            .http()
            .put('/api/v1/me/photo')
            .set(auth())
            .attach('photo', await picture('webp'), 'me.webp')
        ).status,
      ).toBe(204);
    });

    it('refuses a 10 MB photo with 413', async () => {
      const big = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(10 * 1024 * 1024, 1)]);
      const res = await t.http().put('/api/v1/me/photo').set(auth()).attach('photo', big, 'big.jpg');
      expect(res.status).toBe(413);
      expect(res.body.error.code).toBe('IDENTITY.PHOTO_TOO_LARGE');
    });

    it.each([
      [
        'a script named .jpg and sent as image/jpeg',
        Buffer.from('#!/bin/sh\nrm -rf /\n'),
        'photo.jpg',
        'image/jpeg',
      ],
      [
        'an SVG',
        Buffer.from(
          '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
        ),
        'me.svg',
        'image/svg+xml',
      ],
      ['a PDF', Buffer.from('%PDF-1.7\n1 0 obj<<>>endobj\n'), 'cv.pdf', 'application/pdf'],
      ['a GIF', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;'), 'me.gif', 'image/gif'],
      [
        'a broken JPEG (right first bytes, then junk)',
        Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('not really a picture at all')]),
        'me.jpg',
        'image/jpeg',
      ],
    ])('refuses %s with 415 and a clear message', async (_, bytes, filename, contentType) => {
      const res = await t
        .http()
        .put('/api/v1/me/photo')
        .set(auth())
        .attach('photo', bytes, { filename, contentType });
      expect(res.status).toBe(415);
      expect(res.body.error).toMatchObject({
        code: 'IDENTITY.PHOTO_UNSUPPORTED',
        message: 'The photo must be a JPEG, PNG or WebP picture.',
      });
    });

    it('refuses a body that is not a multipart form (415), no file (400) and a file in another field (400)', async () => {
      const raw = await t
        .http()
        .put('/api/v1/me/photo')
        .set(auth())
        .set('Content-Type', 'image/png')
        .send(await picture('png'));
      expect(raw.status).toBe(415);
      const none = await t.http().put('/api/v1/me/photo').set(auth()).field('comment', 'no file');
      expect(none.status).toBe(400);
      expect(none.body.error.code).toBe('IDENTITY.PHOTO_MISSING');
      const elsewhere = await t
        .http()
        .put('/api/v1/me/photo')
        .set(auth())
        .attach('avatar', await picture('png'), 'me.png');
      expect(elsewhere.status).toBe(400);
    });
  });

  describe('address book', () => {
    const home = {
      label: 'Home',
      line1: '1 High Street',
      town: 'Leeds',
      postcode: 'ls1  4ap',
      country: 'gb',
    };

    it('adds, lists, edits, chooses the default and removes', async () => {
      const first = await t.http().post('/api/v1/me/addresses').set(auth()).send(home);
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({
        id: expect.any(String),
        label: 'Home',
        line1: '1 High Street',
        line2: null,
        postcode: 'LS1 4AP',
        country: 'GB',
        countryName: 'United Kingdom',
        isDefault: true,
      });

      const work = await t.http().post('/api/v1/me/addresses').set(auth()).send({
        label: 'Work',
        line1: 'Unter den Linden 5',
        town: 'Berlin',
        postcode: '10117',
        country: 'DE',
      });
      expect(work.status).toBe(201);
      expect(work.body.isDefault).toBe(false);

      const list = await t.http().get('/api/v1/me/addresses').set(auth());
      expect(
        list.body.items.map((a: { label: string; isDefault: boolean }) => [a.label, a.isDefault]),
      ).toEqual([
        ['Home', true],
        ['Work', false],
      ]);

      const edited = await t
        .http()
        .put(`/api/v1/me/addresses/${work.body.id}`)
        .set(auth())
        .send({
          ...home,
          label: 'Office',
          line2: 'Floor 2',
          county: 'West Yorkshire',
          postcode: 'LS2 9JT',
          isDefault: true,
        });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({
        label: 'Office',
        line2: 'Floor 2',
        county: 'West Yorkshire',
        postcode: 'LS2 9JT',
        isDefault: true,
      });
      expect((await t.http().get(`/api/v1/me/addresses/${first.body.id}`).set(auth())).body.isDefault).toBe(
        false,
      );

      // Removing the default makes the remaining (oldest) address the default.
      expect((await t.http().delete(`/api/v1/me/addresses/${work.body.id}`).set(auth())).status).toBe(204);
      const after = await t.http().get('/api/v1/me/addresses').set(auth());
      expect(after.body.items).toEqual([expect.objectContaining({ id: first.body.id, isDefault: true })]);
      expect((await t.http().get(`/api/v1/me/addresses/${work.body.id}`).set(auth())).status).toBe(404);
    });

    it.each([
      ['no postcode', { ...home, postcode: undefined }, 'postcode'],
      ['an empty postcode', { ...home, postcode: '' }, 'postcode'],
      ['a bad UK postcode', { ...home, postcode: 'LS99 9999' }, 'postcode'],
      ['an unknown country', { ...home, country: 'XX' }, 'country'],
      ['a country name instead of a code', { ...home, country: 'England' }, 'country'],
      ['no first line', { ...home, line1: '   ' }, 'line1'],
      ['an unknown field', { ...home, fax: '01632 960000' }, 'fax'],
      ['isDefault that is not a boolean', { ...home, isDefault: 'yes' }, 'isDefault'],
    ])('refuses %s with 400 naming the field', async (_, body, field) => {
      const res = await t.http().post('/api/v1/me/addresses').set(auth()).send(body);
      expect(res.status).toBe(400);
      expect(res.body.error.details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    });

    it('another account’s address is not found (404) for reading, editing and deleting', async () => {
      const mine = await t
        .http()
        .post('/api/v1/me/addresses')
        .set(auth())
        .send({ ...home, label: 'Private' });
      const id = mine.body.id as string;
      expect((await t.http().get(`/api/v1/me/addresses/${id}`).set(auth(other))).status).toBe(404);
      const edit = await t
        .http()
        .put(`/api/v1/me/addresses/${id}`)
        .set(auth(other))
        .send({ ...home, label: 'Stolen' });
      expect(edit.status).toBe(404);
      expect(edit.body.error.code).toBe('IDENTITY.ADDRESS_NOT_FOUND');
      expect((await t.http().delete(`/api/v1/me/addresses/${id}`).set(auth(other))).status).toBe(404);
      expect((await t.http().delete('/api/v1/me/addresses/not-a-uuid').set(auth(other))).status).toBe(404);
      expect((await t.http().get(`/api/v1/me/addresses/${id}`).set(auth())).body.label).toBe('Private');
      expect((await t.http().get('/api/v1/me/addresses').set(auth(other))).body.items).toEqual([]);
    });
  });
  describe('the public queries other contexts use (identity.public.ts)', () => {
    // As another context's handler would ask them (inside a request context of its own).
    const queries = {
      execute: <T>(query: object): Promise<T> =>
        RequestContext.create(t.app.get(MikroORM).em, () =>
          t.app.get(QueryBus).execute(query as never),
        ) as Promise<T>,
    };

    it('GetCandidatePhoto gives the photo bytes of an account, or null', async () => {
      expect(
        (
          await t
            .http()
            .put('/api/v1/me/photo')
            .set(auth())
            .attach('photo', await picture('jpeg'), 'me.jpg')
        ).status,
      ).toBe(204);
      const photo: CandidatePhoto | null = await queries.execute(new GetCandidatePhoto(me.accountId));
      expect(photo).toMatchObject({ contentType: 'image/webp', version: expect.any(String) });
      expect((await sharp(photo!.content).metadata()).width).toBe(350);
      expect(await queries.execute(new GetCandidatePhoto(other.accountId))).toBeNull();
      expect(await queries.execute(new GetCandidatePhoto('not-an-id'))).toBeNull();
    });

    it('ListAddresses and GetAddress answer for the owner only', async () => {
      const mine: AddressView[] = await queries.execute(new ListAddresses(me.accountId));
      expect(mine.length).toBeGreaterThan(0);
      expect(mine[0]).toMatchObject({
        isDefault: true,
        country: expect.stringMatching(/^[A-Z]{2}$/),
        countryName: expect.any(String),
      });
      expect(await queries.execute(new GetAddress(me.accountId, mine[0].id))).toMatchObject({
        id: mine[0].id,
        line1: mine[0].line1,
      });
      expect(await queries.execute(new GetAddress(other.accountId, mine[0].id))).toBeNull();
      expect(await queries.execute(new GetAddress(me.accountId, 'not-an-id'))).toBeNull();
    });
  });
});
