// Downloads in a process of its own, one after another, so that reading a PDF never shares the portal's
// event loop: achievements.bench.ts forks this file, sends one DownloadJob and gets a DownloadResult back.
import { Agent, get } from 'node:http';

export interface DownloadJob {
  urls: string[];
  headers: Record<string, string>;
}

export interface DownloadResult {
  /** Each download's time from sending the request to the last byte read, in the job's order. */
  ms: number[];
  bytes: number[];
}

/** One keep-alive connection, as a browser downloading one file after another would use. */
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

function download(url: string, headers: Record<string, string>): Promise<{ ms: number; bytes: number }> {
  const sent = performance.now();
  return new Promise((resolve, reject) => {
    get(url, { agent, headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () =>
        res.statusCode === 200
          ? resolve({ ms: performance.now() - sent, bytes })
          : reject(new Error(`${url}: ${res.statusCode}`)),
      );
    }).on('error', reject);
  });
}

process.once('message', async (job: DownloadJob) => {
  const result: DownloadResult = { ms: [], bytes: [] };
  for (const url of job.urls) {
    const { ms, bytes } = await download(url, job.headers);
    result.ms.push(ms);
    result.bytes.push(bytes);
  }
  process.send!(result, () => process.exit(0));
});
