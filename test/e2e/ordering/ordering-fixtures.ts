// Test data of Ordering: two candidates with achievements (imported through the staff API) and helpers
// that drive the Opayo simulator's card page the way a buyer's browser does, over real HTTP.
import { TestApp } from '../../support/app';
import { staffToken } from '../../support/identity';
import {
  achievement,
  Candidate,
  candidateWithToken,
  importAchievements,
} from '../achievements/achievements-fixtures';

export const ADA_CERT = '01702345-01-K7PD';
export const ADA_SECOND_CERT = '01645461-01-NU8R';
export const BOB_CERT = '01811190-01-WX9M';

export interface OrderingWorld {
  staff: string;
  ada: Candidate;
  bob: Candidate;
}

let numbers = 0;

/** Candidate numbers differ per call so several worlds can share one database. */
export async function orderingWorld(t: TestApp): Promise<OrderingWorld> {
  numbers += 1;
  const staff = await staffToken(t, `staff-${numbers}@example.test`);
  const adaNumber = `71${String(numbers).padStart(2, '0')}001`;
  const bobNumber = `71${String(numbers).padStart(2, '0')}002`;
  const ada = await candidateWithToken(t, staff, adaNumber, 'Ada', 'Lovelace');
  const bob = await candidateWithToken(t, staff, bobNumber, 'Bob', 'Hope');
  await importAchievements(t, staff, [
    achievement({ certificateNumber: ADA_CERT, candidateNumber: adaNumber }),
    achievement({
      certificateNumber: ADA_SECOND_CERT,
      candidateNumber: adaNumber,
      title: 'Level 2 Award in MOT Testing (Classes 1 and 2)',
      units: undefined,
      issueDate: '2017-10-06',
    }),
    achievement({
      certificateNumber: BOB_CERT,
      candidateNumber: bobNumber,
      fullName: 'Bob Hope',
      issueDate: '2020-02-17',
    }),
  ]);
  return { staff, ada, bob };
}

export const UK_ADDRESS = { line1: '1 High Street', town: 'Leeds', postcode: 'LS1 4AP', country: 'GB' };
export const FRENCH_ADDRESS = { line1: '3 rue de la Paix', town: 'Paris', postcode: '75002', country: 'FR' };

export function as(t: TestApp, token: string) {
  const auth = (r: ReturnType<ReturnType<TestApp['http']>['get']>) =>
    r.set('Authorization', `Bearer ${token}`);
  return {
    get: (path: string) => auth(t.http().get(path)),
    post: (path: string) => auth(t.http().post(path)),
    put: (path: string) => auth(t.http().put(path)),
    delete: (path: string) => auth(t.http().delete(path)),
  };
}

export function reprint(certificateNumber = ADA_CERT, overrides: Record<string, unknown> = {}) {
  return { product: 'certificate-reprint', certificateNumber, reason: 'lost', quantity: 1, ...overrides };
}

export const TEST_CARDS = { success: '4929000000006', declined: '4000000000000002' };

/**
 * Opens the simulator's card page (NextURL) and submits it like a browser: pays with a card or cancels.
 * Answers the simulator's redirect (the RedirectURL our notification answer gave).
 */
export async function payOnSimulator(
  paymentUrl: string,
  choice: { card: string; securityCode?: string } | 'cancel',
): Promise<{ status: number; location: string | null }> {
  const page = await fetch(paymentUrl);
  if (page.status !== 200) throw new Error(`Card page answered ${page.status}`);
  const tx = new URL(paymentUrl).searchParams.get('tx')!;
  const form: Record<string, string> =
    choice === 'cancel'
      ? { tx, action: 'cancel' }
      : {
          tx,
          action: 'pay',
          cardNumber: choice.card,
          securityCode: choice.securityCode ?? '123',
          expiry: '12/30',
        };
  const res = await fetch(new URL('card-details', paymentUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
    redirect: 'manual',
  });
  return { status: res.status, location: res.headers.get('location') };
}
