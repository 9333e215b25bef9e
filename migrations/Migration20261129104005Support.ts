import { Migration } from '@mikro-orm/migrations';

/** Support: the FAQ and the support team's contact details, with default content staff can edit. */
export class Migration20261129104005Support extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE faq_entries (
        id uuid PRIMARY KEY,
        question varchar(300) NOT NULL CHECK (length(btrim(question)) > 0),
        answer text NOT NULL CHECK (length(btrim(answer)) > 0 AND length(answer) <= 10000),
        position integer NOT NULL CHECK (position >= 0),
        published boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- Deferred, so staff can swap two entries' positions in one transaction.
        CONSTRAINT faq_entries_position_key UNIQUE (position) DEFERRABLE INITIALLY DEFERRED
      );`);
    this.addSql(`
      CREATE TABLE support_contact (
        id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
        email varchar(254) NOT NULL CHECK (email LIKE '%_@_%'),
        telephone varchar(40) NULL,
        opening_hours varchar(200) NULL,
        postal_address text NULL,
        notes text NULL,
        updated_at timestamptz NULL DEFAULT now()
      );`);
    this.addSql(`
      INSERT INTO support_contact (id, email, opening_hours, notes) VALUES (
        1,
        'support@veri.localhost',
        'Monday to Friday, 9am to 5pm (UK time), except bank holidays',
        $$We aim to answer every message within two working days. Please include your **candidate number** (if you know it) and, for an order, the **order ID**.$$
      );`);
    const entries: Array<[string, string]> = [
      [
        'How do I register?',
        `Select **Register** under *Candidates* on the home page and follow the three steps:

1. **Login**: the email address you will log in with, and a password.
2. **Profile**: your candidate number, names, telephone numbers and date of birth. If you do not know your candidate number, enter **NA**.
3. **Confirm**: check your answers and submit.

If your details match our records, your account is ready at once and we email you to say so.`,
      ],
      [
        'Why is my account pending authorisation?',
        `Your details did not match one of our candidate records exactly, so a member of the team checks them by hand. We email you when your account is approved, or to tell you what we need.

To avoid this, enter your names and date of birth exactly as they appear on your certificate.`,
      ],
      [
        'Which documents can I download?',
        `The **Documents** page lists each of your achievements. For achievements issued on or after 1 November 2017 you can download:

- the **eCertificate**, your full certificate, and
- the **eTranscript**, which lists your units and credits (accreditations have an eCertificate only).

Earlier achievements show their details on a document card; you can order a printed copy.`,
      ],
      [
        'How do I share my certificates with an employer or college?',
        `Go to **Connections** and choose **Add Connection**. Enter the person's name, email address and company, choose which documents they may see and, if you like, an expiry date (one month from today if you leave it blank).

We email them a link to register or log in. You can extend the expiry, change the documents or delete the connection at any time: access ends at once. You can also see when they viewed or downloaded each document.`,
      ],
      [
        'How can someone check that a certificate is genuine?',
        `Every eCertificate and eTranscript carries a **verification code** and a QR code. Anyone can enter the code on the verification page, or scan the QR code, to see whether the document is valid, expired or revoked.`,
      ],
      [
        'How do I order a replacement certificate or a proof of qualification letter?',
        `On the **Documents** page, open the achievement's actions and choose **Order Certificate** or **Order POQ**. Choose the reason and add it to your basket; you can order one copy of each per achievement.

Checkout has five steps: basket, billing address, delivery address, delivery option and confirmation, then card payment. The delivery options and their prices are shown at checkout. For an international address no delivery charge is shown: the team will contact you to arrange delivery and payment.`,
      ],
      [
        'The details on my certificate are wrong. What should I do?',
        `Open the achievement on the **Documents** page and choose **Raise an Enquiry**. Tell us what is wrong; the team replies there and by email, and you can follow the enquiry's history.`,
      ],
      [
        'I have forgotten my password.',
        `Select **Forgotten password?** under the login box and enter your email address. If an account uses that address, we email a link to choose a new password. The link works once and only for a short time.`,
      ],
    ];
    entries.forEach(([question, answer], index) => {
      this.addSql(
        `INSERT INTO faq_entries (id, question, answer, position) VALUES (gen_random_uuid(), $q$${question}$q$, $a$${answer}$a$, ${(index + 1) * 10});`,
      );
    });
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE IF EXISTS support_contact;');
    this.addSql('DROP TABLE IF EXISTS faq_entries;');
  }
}
