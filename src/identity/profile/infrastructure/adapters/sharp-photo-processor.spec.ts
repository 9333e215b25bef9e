import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { UnsupportedPhotoError } from '../../../domain/profile.errors';
import { SharpPhotoProcessor } from './sharp-photo-processor';

// Real sharp (libvips): what the stored photo looks like, and what it refuses.
describe('SharpPhotoProcessor', () => {
  const processor = new SharpPhotoProcessor();
  const solid = (width: number, height: number) =>
    sharp({ create: { width, height, channels: 3, background: '#2a6' } });

  it('crops to a 350 x 350 WebP and drops the metadata (camera, position)', async () => {
    const upload = await solid(1600, 900)
      .withMetadata({ exif: { IFD0: { Make: 'Camera Maker', Copyright: 'Someone' } } })
      .jpeg()
      .toBuffer();
    expect((await sharp(upload).metadata()).exif).toBeDefined();
    const photo = await processor.normalise(upload, 'jpeg');
    expect(photo.contentType).toBe('image/webp');
    const metadata = await sharp(photo.content).metadata();
    expect(metadata).toMatchObject({ format: 'webp', width: 350, height: 350 });
    expect(metadata.exif).toBeUndefined();
    expect(metadata.icc).toBeUndefined();
    expect(photo.content.toString('latin1')).not.toContain('Camera Maker');
  });

  it('turns a photo upright from its EXIF orientation before the orientation is dropped', async () => {
    // 400 wide, 200 tall, marked "rotate 90°": upright it is tall, and its top-left quarter is red.
    const upload = await sharp({ create: { width: 400, height: 200, channels: 3, background: '#00f' } })
      .composite([
        { input: { create: { width: 200, height: 200, channels: 3, background: '#f00' } }, left: 0, top: 0 },
      ])
      .withMetadata({ orientation: 6 })
      .png()
      .toBuffer();
    const photo = await processor.normalise(upload, 'png');
    const { data } = await sharp(photo.content).raw().toBuffer({ resolveWithObject: true });
    // After turning, red is the upper half: the top-left pixel is red, the bottom-left blue.
    expect([data[0] > 200, data[2] < 60]).toEqual([true, true]);
    const bottomLeft = 349 * 350 * 3;
    expect([data[bottomLeft] < 60, data[bottomLeft + 2] > 200]).toEqual([true, true]);
  });

  it('refuses bytes that are not the format their signature claims, and broken pictures', async () => {
    const png = await solid(10, 10).png().toBuffer();
    await expect(processor.normalise(png, 'jpeg')).rejects.toBeInstanceOf(UnsupportedPhotoError);
    const broken = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('junk junk junk')]);
    await expect(processor.normalise(broken, 'jpeg')).rejects.toBeInstanceOf(UnsupportedPhotoError);
  });

  it('refuses a picture whose header claims enormous dimensions', async () => {
    // A small PNG whose header claims 20,000 x 20,000 pixels (a "decompression bomb").
    const bomb = await solid(8, 8).png().toBuffer();
    bomb.writeUInt32BE(20_000, 16);
    bomb.writeUInt32BE(20_000, 20);
    bomb.writeUInt32BE(crc32(bomb.subarray(12, 29)), 29);
    await expect(processor.normalise(bomb, 'png')).rejects.toBeInstanceOf(UnsupportedPhotoError);
  });
});
