import { FaqEntryRepository } from '../../domain/faq-entry.repository';

/**
 * An entry is going to `position`: whichever entry holds it now takes `freed` instead (a swap; the
 * database checks uniqueness at commit, so the two writes may pass through a moment of overlap).
 */
export async function makeRoomAt(
  entries: FaqEntryRepository,
  position: number,
  freed: number,
  now: Date,
): Promise<void> {
  const holder = await entries.atPosition(position);
  if (!holder) return;
  holder.moveTo(freed, now);
  await entries.save(holder);
}
