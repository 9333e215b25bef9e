import { photoFormatOf } from './photo-format';

describe('photoFormatOf', () => {
  it('recognises JPEG, PNG and WebP by their signatures', () => {
    expect(photoFormatOf(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe('jpeg');
    expect(photoFormatOf(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('png');
    expect(
      photoFormatOf(Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')])),
    ).toBe('webp');
  });

  it('refuses everything else, whatever it is called', () => {
    expect(photoFormatOf(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBeUndefined();
    expect(photoFormatOf(Buffer.from('#!/bin/sh\necho hello\n'))).toBeUndefined();
    expect(photoFormatOf(Buffer.from('%PDF-1.7'))).toBeUndefined();
    expect(photoFormatOf(Buffer.from('GIF89a'))).toBeUndefined();
    expect(photoFormatOf(Buffer.alloc(0))).toBeUndefined();
  });
});
