// The load generator's own process: autocannon never shares an event loop or a core's time slices with
// the server it measures. support.ts forks this file, sends one LoadJob and gets the summary back.
import autocannon from 'autocannon';
import type { LoadJob } from './support';

let address = 0;
/** A different client address per request (TRUST_PROXY=true): per-address throttles see many clients. */
function nextAddress(): string {
  address += 1;
  return `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`;
}

function requestsOf(job: LoadJob): autocannon.Request[] | undefined {
  if (!job.requests) return undefined;
  return job.requests.map((spec) => {
    let next = 0;
    return {
      method: spec.method ?? 'GET',
      path: spec.path,
      setupRequest: (req: autocannon.Request) => {
        const headers: Record<string, string> = {
          ...(req.headers as Record<string, string>),
          ...spec.headers,
        };
        if (spec.manyClients) headers['x-forwarded-for'] = nextAddress();
        const body = spec.bodies ? spec.bodies[next++ % spec.bodies.length] : undefined;
        return { ...req, headers, ...(body === undefined ? {} : { body }) };
      },
    } as autocannon.Request;
  });
}

process.once('message', (job: LoadJob) => {
  autocannon(
    {
      url: job.url,
      connections: job.connections,
      // autocannon refuses an undefined duration: either a number of requests or a duration.
      ...(job.amount ? { amount: job.amount } : { duration: job.duration }),
      headers: job.headers,
      requests: requestsOf(job),
    },
    (error, result) => {
      if (error) process.send!({ error: String(error) }, () => process.exit(1));
      else process.send!({ result }, () => process.exit(0));
    },
  );
});
