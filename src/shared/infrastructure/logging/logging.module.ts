// Structured JSON logs (pino) for the whole process: Nest's own messages and every HTTP request,
// each request with an id (the caller's x-request-id, or a new one) that is returned as a header and
// carried by every log line of that request. Secrets never reach the log.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DynamicModule, Global, Injectable, Module } from '@nestjs/common';
import { Logger, LoggerModule } from 'nestjs-pino';
import pino, { DestinationStream, Logger as PinoInstance } from 'pino';
import pinoPretty from 'pino-pretty';
import { pinoHttp, HttpLogger } from 'pino-http';
import { AppConfig } from '../../../config/app-config';

/** Where log lines go: stdout (one JSON object a line); tests may override it to read the lines. */
export const LOG_DESTINATION = Symbol('LOG_DESTINATION');
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');
/** The pino-http middleware; configureHttpApp mounts it first, so every request is logged. */
export const HTTP_LOGGER = Symbol('HTTP_LOGGER');

export const REQUEST_ID_HEADER = 'x-request-id';
const ACCEPTABLE_REQUEST_ID = /^[\w.:@-]{1,128}$/;
/** Query parameters that carry secrets (emailed links, form tokens). */
const SECRET_QUERY_PARAMETERS = /([?&](?:token|_csrf|code)=)[^&#]*/gi;

export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'req.query.token',
  'req.query._csrf',
  'password',
  'currentPassword',
  'newPassword',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.totp',
  '*.accessToken',
];

export function requestIdFor(req: IncomingMessage, res: ServerResponse): string {
  const offered = req.headers[REQUEST_ID_HEADER];
  const id = typeof offered === 'string' && ACCEPTABLE_REQUEST_ID.test(offered) ? offered : randomUUID();
  res.setHeader(REQUEST_ID_HEADER, id);
  return id;
}

function isProbe(req: IncomingMessage): boolean {
  return /^\/(health|metrics)(\/|\?|$)/.test(req.url ?? '');
}

function createHttpLogger(logger: PinoInstance): HttpLogger {
  return pinoHttp({
    logger,
    genReqId: requestIdFor,
    // Lines logged while handling a request carry its id as `reqId`; the completion line also has req and res.
    quietReqLogger: true,
    autoLogging: { ignore: isProbe },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
    // What is worth keeping about a request: no headers (cookies, tokens), no body, secrets cut from the URL.
    serializers: {
      req: (req: {
        id?: unknown;
        method?: string;
        url?: string;
        remoteAddress?: string;
        headers?: Record<string, unknown>;
      }) => ({
        id: req.id,
        method: req.method,
        url: typeof req.url === 'string' ? req.url.replace(SECRET_QUERY_PARAMETERS, '$1[redacted]') : req.url,
        remoteAddress: req.remoteAddress,
        userAgent: req.headers?.['user-agent'],
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
  });
}

/**
 * Standard output, written asynchronously: a request never waits for its log line to reach a slow
 * terminal, pipe or collector (a synchronous write blocks the event loop for every request). pino
 * flushes what is still buffered when the process exits.
 */
export function createLogDestination(pretty = false): DestinationStream & { sync?: boolean } {
  if (pretty)
    return pinoPretty({
      destination: 1,
      sync: false,
      colorize: Boolean(process.stdout.isTTY),
      translateTime: 'SYS:HH:MM:ss',
      ignore: 'pid,hostname,service,context',
      messageFormat: '{if context}[{context}] {end}{msg}',
      singleLine: false,
    }) as DestinationStream & { sync?: boolean };
  return pino.destination({ dest: 1, sync: false });
}

/**
 * Readable lines for a person at a terminal (or LOG_PRETTY=true), JSON for everything else: a log
 * collector, a pipe, a test. Production is always JSON (loadConfig never sets logPretty there).
 */
export function usesPrettyLogs(config: Pick<AppConfig, 'logPretty'>, stdoutIsTerminal: boolean): boolean {
  return config.logPretty ?? stdoutIsTerminal;
}

/** Nest's start-up chatter: one line per module, controller and route. Useful when debugging routing only. */
const START_UP_DETAIL_CONTEXTS = new Set(['RoutesResolver', 'RouterExplorer', 'InstanceLoader']);

/**
 * Nest's Logger on pino, with the route mappings (and module initialisation lines) at debug level: a
 * start at the default level says what matters in a few lines instead of hundreds.
 */
@Injectable()
export class VeriLogger extends Logger {
  override log(message: unknown, ...optionalParams: unknown[]): void {
    const context = optionalParams.at(-1);
    if (typeof context === 'string' && START_UP_DETAIL_CONTEXTS.has(context))
      return super.debug(message, ...optionalParams);
    super.log(message, ...optionalParams);
  }
}

@Global()
@Module({})
class LogOutputModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: LogOutputModule,
      providers: [
        {
          provide: LOG_DESTINATION,
          useFactory: () => createLogDestination(usesPrettyLogs(config, Boolean(process.stdout.isTTY))),
        },
        {
          provide: ROOT_LOGGER,
          inject: [LOG_DESTINATION],
          useFactory: (destination: DestinationStream) =>
            pino(
              {
                level: config.logLevel,
                redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
                base: { service: 'veri' },
              },
              destination,
            ),
        },
        { provide: HTTP_LOGGER, inject: [ROOT_LOGGER], useFactory: createHttpLogger },
      ],
      exports: [LOG_DESTINATION, ROOT_LOGGER, HTTP_LOGGER],
    };
  }
}

@Module({})
export class LoggingModule {
  static forRoot(config: AppConfig): DynamicModule {
    const output = LogOutputModule.forRoot(config);
    return {
      module: LoggingModule,
      imports: [
        output,
        // nestjs-pino gives Nest's Logger (app.useLogger(app.get(Logger))) and PinoLogger; the HTTP
        // middleware is ours (useExisting), mounted before everything else by configureHttpApp.
        LoggerModule.forRootAsync({
          imports: [output],
          inject: [ROOT_LOGGER],
          useFactory: (logger: PinoInstance) => ({ pinoHttp: { logger }, useExisting: true }),
        }),
      ],
      providers: [VeriLogger],
      exports: [output, VeriLogger],
    };
  }
}
