// Signed documents and open credentials: what PAdES signing adds to an eCertificate's first render
// (the same renders, unsigned then signed, in one run), checking an uploaded 100 KB PDF (through the
// API and the signature check alone), and issuing an Open Badges 3.0 credential.
import { PDFDocument } from 'pdf-lib';
import { randomBytes } from 'node:crypto';
import { CredentialSigner } from '../../src/achievements/application/ports/credential-signer';
import { PdfRenderer, PdfRenderRequest } from '../../src/shared/application/pdf-renderer';
import { PdfSignatureVerifier, PdfSigner } from '../../src/shared/application/pdf-signing';
import { round, run, stats, statsTable, timed, today } from './fixtures';
import { machine, machineLoad, startPortal, writeSection } from './support';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 20);
const DETAILS = {
  reason: 'Issued by Veri Awarding Body',
  location: 'United Kingdom',
  signerName: 'Veri Awarding Body',
  contactInfo: '',
};

function certificate(i: number): PdfRenderRequest {
  return {
    template: 'ecertificate',
    title: 'Certificate of Achievement',
    verificationCode: 'K7Q2-9XMD-4RTP-H3WZ',
    data: {
      achievement: {
        certificateNumber: `0170${String(i).padStart(4, '0')}-01-K7PD`,
        kind: 'qualification',
        kindLabel: 'Qualification',
        isAccreditation: false,
        title: 'Level 3 Diploma in Light Vehicle Maintenance and Repair Principles',
        qualificationNumber: '600/6553/2',
        candidateNumber: String(7000000 + i),
        fullName: `Candidate ${i} Lovelace`,
        grade: 'Merit',
        issueDate: '2018-03-14',
        centre: 'Northgate Training Centre',
        expiryDate: null,
        description: null,
      },
      units: [],
      totalCredit: null,
      verification: { code: 'K7Q2-9XMD-4RTP-H3WZ', url: 'https://veri.example/verify/K7Q2-9XMD-4RTP-H3WZ' },
    },
  };
}

/** A signed PDF of about `size` bytes: a rendered certificate with a filler attachment, then signed. */
async function signedPdfOfSize(rendered: Buffer, signer: PdfSigner, size: number): Promise<Buffer> {
  const document = await PDFDocument.load(rendered);
  const filler = Math.max(0, size - rendered.length - 20_000);
  await document.attach(randomBytes(filler), 'filler.bin', { mimeType: 'application/octet-stream' });
  return signer.sign(Buffer.from(await document.save()), DETAILS);
}

run(async () => {
  const portal = await startPortal('signing', { TRUST_PROXY: 'true' });
  try {
    const renderer = portal.app.get(PdfRenderer) as PdfRenderer;
    const signer = portal.app.get(PdfSigner) as PdfSigner;
    const verifier = portal.app.get(PdfSignatureVerifier) as PdfSignatureVerifier;
    const credentials = portal.app.get(CredentialSigner) as CredentialSigner;

    // First renders (each certificate different, as a first download is), unsigned and signed.
    await renderer.render(certificate(0)); // launches Chromium
    await signer.sign(await renderer.render(certificate(0)), DETAILS); // warms the signing code
    const unsigned: number[] = [];
    const signed: number[] = [];
    const signing: number[] = [];
    let pdf: Buffer = Buffer.alloc(0);
    for (let i = 1; i <= SAMPLES; i++) {
      unsigned.push((await timed(() => renderer.render(certificate(i)))).ms);
      const render = await timed(() => renderer.render(certificate(SAMPLES + i)));
      const sign = await timed(() => signer.sign(render.value, DETAILS));
      signed.push(render.ms + sign.ms);
      signing.push(sign.ms);
      pdf = render.value;
    }

    // Checking an upload of 100 KB: over HTTP (multipart, throttle, the query) and the check alone.
    const upload = await signedPdfOfSize(pdf, signer, 100 * 1024);
    const viaApi: number[] = [];
    const checkOnly: number[] = [];
    for (let i = 0; i < SAMPLES * 2; i++) {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(upload)], { type: 'application/pdf' }), 'certificate.pdf');
      const { ms, value } = await timed(async () => {
        const res = await fetch(`${portal.baseUrl}/api/v1/verifications/documents`, {
          method: 'POST',
          body: form,
          headers: { 'X-Forwarded-For': `198.51.${Math.floor(i / 250)}.${(i % 250) + 1}` },
        });
        return { status: res.status, body: (await res.json()) as { signature: string } };
      });
      if (value.status !== 200 || value.body.signature !== 'valid')
        throw new Error(`check ${i}: ${value.status}`);
      viaApi.push(ms);
      checkOnly.push((await timed(() => verifier.check(upload))).ms);
    }

    // Issuing: canonicalising and signing one OpenBadgeCredential (eddsa-rdfc-2022).
    const credential = {
      '@context': [
        'https://www.w3.org/ns/credentials/v2',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      ],
      id: 'urn:uuid:0b8a3c1e-7d0a-8f3e-9a1b-2c3d4e5f6a7b',
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      name: 'Level 3 Diploma in Light Vehicle Maintenance and Repair Principles',
      issuer: {
        id: credentials.issuerId,
        type: ['Profile'],
        name: 'Veri Awarding Body',
        url: portal.config.publicUrl,
      },
      validFrom: '2018-03-14T00:00:00Z',
      credentialSubject: {
        type: ['AchievementSubject'],
        identifier: [
          { type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: 'Ada Lovelace' },
        ],
        achievement: {
          id: 'urn:uuid:1c9b4d2f-8e1b-8a4f-8b2c-3d4e5f6a7b8c',
          type: ['Achievement'],
          achievementType: 'Certificate',
          name: 'Level 3 Diploma in Light Vehicle Maintenance and Repair Principles',
          description: 'A level 3 diploma.',
          criteria: { narrative: 'Met every assessment requirement.' },
        },
      },
      credentialStatus: {
        id: `${portal.config.publicUrl}/api/v1/credentials/status/1#7`,
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: '7',
        statusListCredential: `${portal.config.publicUrl}/api/v1/credentials/status/1`,
      },
    };
    await credentials.sign(credential);
    const issuing: number[] = [];
    for (let i = 0; i < SAMPLES * 5; i++) issuing.push((await timed(() => credentials.sign(credential))).ms);

    const rows = [
      stats('first render of an eCertificate, unsigned', unsigned),
      stats('first render of an eCertificate, then signed', signed),
      stats('signing alone (placeholder + CMS)', signing),
      stats(`POST /api/v1/verifications/documents, ${round(upload.length / 1024, 0)} KB signed PDF`, viaApi),
      stats(`signature check alone, same PDF`, checkOnly),
      stats('issuing an OpenBadgeCredential (eddsa-rdfc-2022)', issuing),
    ];
    const overhead = round(rows[1].p50 - rows[0].p50);
    const markdown = `## Signed documents and open credentials

${today()}, ${machine()}; ${machineLoad()}. \`npm run bench -- signing\` (BENCH_SAMPLES=${SAMPLES}); one warm
Chromium, the development signing certificate (RSA-2048) and credential key (Ed25519).

${statsTable(rows)}

- Signing adds **${overhead} ms** to the p50 of a first render (${rows[0].p50} ms unsigned, ${rows[1].p50} ms
  signed; signing alone p50 ${rows[2].p50} ms). Target: at most 20 ms.
- Checking an uploaded ${round(upload.length / 1024, 0)} KB PDF: p50 ${rows[3].p50} ms over HTTP, ${rows[4].p50} ms for the signature
  check itself. Target: at most 50 ms.
- Issuing a credential: p50 ${rows[5].p50} ms. Target: at most 30 ms.`;
    writeSection('signing', markdown);
    console.log(markdown);
  } finally {
    await portal.close();
  }
});
