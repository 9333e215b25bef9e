// The one validated configuration of Veri. Every setting is read from the environment here and
// nowhere else; a missing or malformed setting stops start-up with a message naming it.
import 'reflect-metadata';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';
import { cpus } from 'node:os';
import { resolve } from 'node:path';

const toBoolean = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : value === true || value === 'true' || value === '1';
const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);
const emptyAsUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

export class EnvironmentVariables {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '127.0.0.1';

  @IsOptional()
  @Transform(emptyAsUndefined)
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  @IsOptional()
  @Transform(emptyAsUndefined)
  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL?: string;

  @IsOptional()
  @Transform(emptyAsUndefined)
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsString()
  @Matches(/.+@.+/, { message: 'MAIL_FROM must contain an email address' })
  MAIL_FROM = 'Veri <no-reply@veri.localhost>';

  @IsOptional()
  @Transform(emptyAsUndefined)
  @IsUrl(
    { require_tld: false, require_protocol: true },
    { message: 'PUBLIC_URL must be an absolute http(s) URL' },
  )
  PUBLIC_URL?: string;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  DEMO_DATA?: boolean;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  MIGRATE_ON_START?: boolean;

  /** The bearer token Prometheus sends to /metrics; without it, /metrics is off in production. */
  @IsOptional()
  @Transform(emptyAsUndefined)
  @IsString()
  @MinLength(24, { message: 'METRICS_TOKEN must be at least 24 characters' })
  METRICS_TOKEN?: string;

  /** The development mail viewer at /dev/mail (it shows every reset link): off unless set to true. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  DEV_MAIL_VIEWER?: boolean;

  /** The OpenAPI explorer at /api/docs: on outside production, off in production unless set to true. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  API_DOCS?: boolean;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  RUN_WORKERS?: boolean;

  @IsString()
  DATA_DIR = '.data';

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(65535)
  EMBEDDED_POSTGRES_PORT = 54329;

  @IsOptional()
  @Transform(emptyAsUndefined)
  @IsString()
  @MinLength(32, { message: 'SESSION_SECRET must be at least 32 characters' })
  SESSION_SECRET?: string;

  @IsOptional()
  @Transform(emptyAsUndefined)
  @IsString()
  CHROMIUM_PATH?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  WEB_PROCESSES = 1;

  /** How long a stopping process lets requests and jobs in flight finish (ms). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(600_000)
  SHUTDOWN_GRACE_MS = 25_000;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  PDF_POOL_SIZE = Math.max(1, cpus().length);

  @Transform(toInt)
  @IsInt()
  @Min(1000)
  PDF_RENDER_TIMEOUT_MS = 30000;

  @IsIn(['opayo', 'opayo-simulator'])
  PAYMENT_PROVIDER: 'opayo' | 'opayo-simulator' = 'opayo-simulator';

  @IsOptional()
  @IsString()
  OPAYO_VENDOR?: string;

  @IsIn(['test', 'live'])
  OPAYO_ENV: 'test' | 'live' = 'test';

  @IsOptional()
  @Transform(emptyAsUndefined)
  @IsUrl({ require_tld: false, require_protocol: true })
  OPAYO_GATEWAY_URL?: string;

  /** How long an order waits for payment before a job cancels it (default 24 hours). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(43200)
  ORDER_PAYMENT_TIMEOUT_MINUTES = 1440;

  @IsString()
  BRAND_NAME = 'Veri Awarding Body';

  @IsString()
  BRAND_SHORT_NAME = 'Veri';

  @IsOptional()
  @IsString()
  BRAND_LOGO_URL?: string;

  @Matches(/^#[0-9a-fA-F]{6}$/, { message: 'BRAND_HEADER_COLOUR must be a #rrggbb colour' })
  BRAND_HEADER_COLOUR = '#0b1f3a';

  @Matches(/^#[0-9a-fA-F]{6}$/, { message: 'BRAND_ACCENT_COLOUR must be a #rrggbb colour' })
  BRAND_ACCENT_COLOUR = '#0061a8';

  /** The PDF signing certificate and key (PKCS#12); required in production. */
  @IsOptional()
  @Transform(emptyAsUndefined)
  @IsString()
  SIGNING_P12_PATH?: string;

  @IsOptional()
  @IsString()
  SIGNING_P12_PASSPHRASE?: string;

  /** The place a PDF signature names (shown by PDF readers). */
  @IsString()
  SIGNING_LOCATION = 'United Kingdom';

  /** The Ed25519 key that signs open credentials, as a multibase (z...) secret key; required in production. */
  @IsOptional()
  @Transform(emptyAsUndefined)
  @Matches(/^z[1-9A-HJ-NP-Za-km-z]+$/, {
    message: 'CREDENTIAL_SIGNING_KEY must be a multibase (base58btc, z...) key',
  })
  CREDENTIAL_SIGNING_KEY?: string;

  /** The person whose name and role the certificates carry above the signature line. */
  @IsString()
  DOCUMENT_SIGNATORY_NAME = 'Dr Jane Smith';

  @IsString()
  DOCUMENT_SIGNATORY_ROLE = 'Chief Executive';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /**
   * Readable, coloured log lines instead of JSON. Unset: readable when standard output is a terminal.
   * Never in production, whose logs go to a collector that reads JSON.
   */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  LOG_PRETTY?: boolean;

  /** The staff inbox told about new enquiries (and candidates' follow-ups) on achievements. */
  @IsString()
  @Matches(/.+@.+/, { message: 'ENQUIRIES_EMAIL must be an email address' })
  ENQUIRIES_EMAIL = 'enquiries@veri.localhost';

  /**
   * Express "trust proxy": 'false' (default), 'true', a hop count, or addresses/subnets, comma-separated.
   * Set it behind a TLS-terminating load balancer, or secure cookies are never sent.
   */
  @IsOptional()
  @Transform(emptyAsUndefined)
  @Matches(/^[\w.:/,\s-]+$/, { message: 'TRUST_PROXY must be true, false, a hop count or addresses' })
  TRUST_PROXY?: string;

  @IsString()
  CONNECTION_EXPIRY_CRON = '*/5 * * * *';

  /** Failed logins in a row (per email address typed) before the address is locked. */
  @Transform(toInt)
  @IsInt()
  @Min(3)
  @Max(100)
  LOGIN_LOCKOUT_THRESHOLD = 10;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1440)
  LOGIN_LOCKOUT_MINUTES = 15;

  /** Redis key prefix of the job queue; several deployments (or test runs) can share one Redis. */
  @Matches(/^[\w.-]+$/, { message: 'QUEUE_PREFIX may contain letters, digits, ".", "_" and "-" only' })
  QUEUE_PREFIX = 'veri';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(25)
  JOB_ATTEMPTS = 5;

  /** First retry delay; each further retry waits twice as long (2 s, 4 s, 8 s, 16 s by default). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  JOB_BACKOFF_MS = 2000;

  /**
   * Jobs run at once by one worker process. Most jobs wait on I/O (SMTP, Redis, Postgres), so a worker
   * keeps its core busy only with many in flight; Chromium pages and SMTP connections have their own bounds.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  JOB_CONCURRENCY = 50;

  @Transform(toInt)
  @IsInt()
  @Min(10)
  OUTBOX_POLL_MS = 500;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  OUTBOX_BATCH_SIZE = 100;

  /**
   * An outbox row relayed this long ago whose job has neither completed nor failed is relayed again
   * (the queue ignores the copy while it still holds the job; Redis may have forgotten it). Keep it
   * above the longest a job can run.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  OUTBOX_REDELIVER_AFTER_MS = 60_000;

  /**
   * How long a worker's hold on a running job lasts without renewal: after a worker dies, its jobs run
   * again elsewhere within about twice this.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  JOB_LOCK_MS = 30_000;
}

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** Absent: an embedded PostgreSQL is started under dataDir. */
  databaseUrl?: string;
  /** Absent: the in-process queue adapter serves the queue port. */
  redisUrl?: string;
  /** Absent: mail is written as .eml files under dataDir/mail. */
  smtpUrl?: string;
  mailFrom: string;
  publicUrl: string;
  demoData: boolean;
  migrateOnStart: boolean;
  /** /metrics wants `Authorization: Bearer <token>` when set; in production /metrics is off without it. */
  metricsToken?: string;
  /** Serve /dev/mail (never in production, and only with mail written to files). */
  devMailViewer: boolean;
  /** Serve the OpenAPI explorer and document at /api/docs and /api/docs-json. */
  apiDocs: boolean;
  /** Queue consumers and scheduled jobs run in this process. */
  runWorkers: boolean;
  /** How many web processes `node dist/src/main.js` runs on this machine (Node cluster, one port). */
  webProcesses: number;
  /** On SIGTERM or Ctrl-C, how long requests and jobs in flight may take to finish. */
  shutdownGraceMs: number;
  dataDir: string;
  embeddedPostgresPort: number;
  sessionSecret?: string;
  chromiumPath?: string;
  pdf: { poolSize: number; renderTimeoutMs: number };
  payment: { provider: 'opayo' | 'opayo-simulator'; opayoVendor: string; opayoGatewayUrl: string };
  /** Ordering: unpaid orders are cancelled after this many minutes. */
  ordering: { paymentTimeoutMinutes: number };
  brand: { name: string; shortName: string; logoUrl?: string; headerColour: string; accentColour: string };
  /** Keys for PDF signatures and open credentials; absent keys: development keys under dataDir/keys. */
  signing: {
    p12Path?: string;
    p12Passphrase?: string;
    location: string;
    credentialKey?: string;
  };
  /** The named signatory printed on certificates. */
  signatory: { name: string; role: string };
  logLevel: string;
  /** LOG_PRETTY as given (undefined: decide by whether standard output is a terminal); always false in production. */
  logPretty?: boolean;
  /** Where staff hear about enquiries (ENQUIRIES_EMAIL). */
  enquiriesEmail: string;
  /** Express "trust proxy" setting (see TRUST_PROXY). */
  trustProxy: boolean | number | string;
  schedules: { connectionExpiry: string };
  /** Queued jobs: failed attempts are retried with exponential backoff, then dead-lettered. */
  jobs: { queuePrefix: string; attempts: number; backoffMs: number; concurrency: number; lockMs: number };
  /** The relay that moves committed outbox rows to the job queue, and again if a job went missing. */
  outbox: { pollMs: number; batchSize: number; redeliverAfterMs: number };
  /** Password guessing against one address: locked for lockMinutes after maxConsecutiveFailures. */
  loginLockout: { maxConsecutiveFailures: number; lockMinutes: number };
}

export class ConfigurationError extends Error {}

function parseTrustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

/** https, or plain http to this machine only (a local trial of the production build). */
function servedSecurely(publicUrl: string): boolean {
  const url = new URL(publicUrl);
  if (url.protocol === 'https:') return true;
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const vars = plainToInstance(EnvironmentVariables, env, { exposeDefaultValues: true });
  const errors = validateSync(vars, { skipMissingProperties: false, whitelist: false });
  if (errors.length > 0) {
    const lines = errors.flatMap((e) =>
      Object.values(e.constraints ?? {}).map((m) => `  - ${e.property}: ${m}`),
    );
    throw new ConfigurationError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const production = vars.NODE_ENV === 'production';
  const zeroSetup = !vars.DATABASE_URL;
  if (production && vars.PAYMENT_PROVIDER === 'opayo-simulator') {
    throw new ConfigurationError(
      'Invalid configuration:\n  - PAYMENT_PROVIDER: opayo-simulator is never allowed in production',
    );
  }
  if (production && !vars.SESSION_SECRET) {
    throw new ConfigurationError('Invalid configuration:\n  - SESSION_SECRET: required in production');
  }
  if (production && (!vars.SIGNING_P12_PATH || vars.SIGNING_P12_PASSPHRASE === undefined)) {
    throw new ConfigurationError(
      'Invalid configuration:\n  - SIGNING_P12_PATH and SIGNING_P12_PASSPHRASE: required in production (the PDF signing certificate)',
    );
  }
  if (production && !vars.CREDENTIAL_SIGNING_KEY) {
    throw new ConfigurationError(
      'Invalid configuration:\n  - CREDENTIAL_SIGNING_KEY: required in production (the Ed25519 key of open credentials)',
    );
  }
  if (production && vars.DEV_MAIL_VIEWER) {
    throw new ConfigurationError(
      'Invalid configuration:\n  - DEV_MAIL_VIEWER: never allowed in production (it shows every password reset link)',
    );
  }
  if (production && vars.DEMO_DATA) {
    throw new ConfigurationError(
      'Invalid configuration:\n  - DEMO_DATA: never allowed in production (the demo accounts and their passwords are published)',
    );
  }
  const publicUrl = (vars.PUBLIC_URL ?? `http://localhost:${vars.PORT}`).replace(/\/+$/, '');
  if (production && !servedSecurely(publicUrl)) {
    throw new ConfigurationError(
      'Invalid configuration:\n  - PUBLIC_URL: must be an https:// URL in production (http:// turns off Secure cookies and HSTS)',
    );
  }
  const opayoDefault =
    vars.PAYMENT_PROVIDER === 'opayo-simulator'
      ? `${publicUrl}/simulator/opayo/gateway/service`
      : vars.OPAYO_ENV === 'live'
        ? 'https://live.opayo.eu.elavon.com/gateway/service'
        : 'https://sandbox.opayo.eu.elavon.com/gateway/service';
  return {
    env: vars.NODE_ENV,
    port: vars.PORT,
    host: vars.HOST,
    databaseUrl: vars.DATABASE_URL,
    redisUrl: vars.REDIS_URL,
    smtpUrl: vars.SMTP_URL,
    mailFrom: vars.MAIL_FROM,
    publicUrl,
    // Zero-setup demo data is a convenience of development only; production never has demo accounts.
    demoData: production ? false : (vars.DEMO_DATA ?? zeroSetup),
    migrateOnStart: vars.MIGRATE_ON_START ?? true,
    metricsToken: vars.METRICS_TOKEN,
    apiDocs: vars.API_DOCS ?? !production,
    devMailViewer: vars.DEV_MAIL_VIEWER ?? false,
    runWorkers: vars.RUN_WORKERS ?? true,
    webProcesses: vars.WEB_PROCESSES,
    shutdownGraceMs: vars.SHUTDOWN_GRACE_MS,
    dataDir: resolve(vars.DATA_DIR),
    embeddedPostgresPort: vars.EMBEDDED_POSTGRES_PORT,
    sessionSecret: vars.SESSION_SECRET,
    chromiumPath: vars.CHROMIUM_PATH,
    pdf: { poolSize: vars.PDF_POOL_SIZE, renderTimeoutMs: vars.PDF_RENDER_TIMEOUT_MS },
    payment: {
      provider: vars.PAYMENT_PROVIDER,
      opayoVendor: vars.OPAYO_VENDOR ?? 'veri',
      opayoGatewayUrl: (vars.OPAYO_GATEWAY_URL ?? opayoDefault).replace(/\/+$/, ''),
    },
    ordering: { paymentTimeoutMinutes: vars.ORDER_PAYMENT_TIMEOUT_MINUTES },
    brand: {
      name: vars.BRAND_NAME,
      shortName: vars.BRAND_SHORT_NAME,
      logoUrl: vars.BRAND_LOGO_URL,
      headerColour: vars.BRAND_HEADER_COLOUR,
      accentColour: vars.BRAND_ACCENT_COLOUR,
    },
    signing: {
      p12Path: vars.SIGNING_P12_PATH,
      p12Passphrase: vars.SIGNING_P12_PASSPHRASE,
      location: vars.SIGNING_LOCATION,
      credentialKey: vars.CREDENTIAL_SIGNING_KEY,
    },
    signatory: { name: vars.DOCUMENT_SIGNATORY_NAME, role: vars.DOCUMENT_SIGNATORY_ROLE },
    logLevel: vars.LOG_LEVEL,
    logPretty: production ? false : vars.LOG_PRETTY,
    enquiriesEmail: vars.ENQUIRIES_EMAIL,
    trustProxy: parseTrustProxy(vars.TRUST_PROXY),
    schedules: { connectionExpiry: vars.CONNECTION_EXPIRY_CRON },
    jobs: {
      queuePrefix: vars.QUEUE_PREFIX,
      attempts: vars.JOB_ATTEMPTS,
      backoffMs: vars.JOB_BACKOFF_MS,
      concurrency: vars.JOB_CONCURRENCY,
      lockMs: vars.JOB_LOCK_MS,
    },
    outbox: {
      pollMs: vars.OUTBOX_POLL_MS,
      batchSize: vars.OUTBOX_BATCH_SIZE,
      redeliverAfterMs: vars.OUTBOX_REDELIVER_AFTER_MS,
    },
    loginLockout: {
      maxConsecutiveFailures: vars.LOGIN_LOCKOUT_THRESHOLD,
      lockMinutes: vars.LOGIN_LOCKOUT_MINUTES,
    },
  };
}

/** Nest token under which the validated AppConfig is provided. */
export const APP_CONFIG = Symbol('APP_CONFIG');
