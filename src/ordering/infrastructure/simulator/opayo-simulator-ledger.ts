import { Injectable } from '@nestjs/common';

/** A transaction the simulator has registered: what Opayo itself would keep. */
export interface SimulatedTransaction {
  vpsTxId: string;
  securityKey: string;
  vendor: string;
  vendorTxCode: string;
  amount: string;
  description: string;
  notificationUrl: string;
  completed: boolean;
}

/** In-memory: the simulator stands in for Opayo in zero-setup mode and tests, one process at a time. */
@Injectable()
export class OpayoSimulatorLedger {
  private readonly transactions = new Map<string, SimulatedTransaction>();
  private readonly codes = new Set<string>();

  register(tx: SimulatedTransaction): boolean {
    if (this.codes.has(tx.vendorTxCode)) return false;
    this.codes.add(tx.vendorTxCode);
    this.transactions.set(tx.vpsTxId, tx);
    return true;
  }

  /** How many transactions were registered: what the provider would bill and show its merchant. */
  get registrations(): number {
    return this.codes.size;
  }

  find(vpsTxId: string): SimulatedTransaction | undefined {
    return this.transactions.get(vpsTxId);
  }
}

/** The simulator's test cards (Opayo's own test card numbers where it has them). */
export const SIMULATOR_TEST_CARDS: Array<{
  number: string;
  brand: string;
  outcome: 'OK' | 'NOTAUTHED' | 'REJECTED' | 'ERROR';
  label: string;
}> = [
  {
    number: '4929000000006',
    brand: 'VISA',
    outcome: 'OK',
    label: 'Visa: payment succeeds (security code 123)',
  },
  {
    number: '5404000000000001',
    brand: 'MC',
    outcome: 'OK',
    label: 'Mastercard: payment succeeds (security code 123)',
  },
  { number: '4000000000000002', brand: 'VISA', outcome: 'NOTAUTHED', label: 'Visa: declined by the bank' },
  {
    number: '4000000000009995',
    brand: 'VISA',
    outcome: 'REJECTED',
    label: 'Visa: rejected by fraud screening',
  },
  { number: '4000000000000119', brand: 'VISA', outcome: 'ERROR', label: 'Visa: the gateway fails' },
];
