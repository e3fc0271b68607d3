import type { FineDeadlines } from './deadlines';
import type { Countdown, FineStatus } from './status';

/** A fine as its pages show it: the registry's record with its status computed at a moment. */
export type Fine = {
  id: string;
  uin: string;
  article: string;
  articleTitle: string;
  place: string;
  offenceAt: Date;
  decisionDate: string;
  decisionNumber: string;
  amountKopecks: number;
  camera: string | null;
  officer: string | null;
  paidAt: Date | null;
  plate: string | null;
  vehicleModel: string | null;
  ownerName: string | null;
  licenceNumber: string | null;
  holderName: string | null;
  status: FineStatus;
  deadlines: FineDeadlines;
  /** Time left of the discount, while it lasts. */
  countdown: Countdown | null;
  /** A payment of it that has not finished yet (anyone's: the fine cannot be paid twice at once). */
  paymentInProgress: boolean;
};
