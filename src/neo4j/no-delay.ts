/**
 * neo4j-driver 5 opens its sockets without TCP_NODELAY, and writes a Bolt message in chunks of about 1400
 * bytes. A statement longer than one chunk then leaves its second chunk waiting, under Nagle's algorithm,
 * for the server to acknowledge the first, and the server delays that acknowledgement by up to 40 ms. The
 * API's longer statements (supporting actions, coverage) took ~45 ms instead of ~2 ms because of it
 * (measured in docs/performance.md). The driver has no socket option, so the sockets it opens through
 * `net.connect`/`tls.connect` get `setNoDelay(true)` here (Node's own HTTP client does the same by default).
 */
import net from 'node:net';
import tls from 'node:tls';

let applied = false;

export function sendWithoutNagleDelay(): void {
  if (applied) return;
  applied = true;
  const netConnect = net.connect;
  const tlsConnect = tls.connect;
  (net as { connect: unknown }).connect = (...args: Parameters<typeof net.connect>) => netConnect(...args).setNoDelay(true);
  (tls as { connect: unknown }).connect = (...args: Parameters<typeof tls.connect>) => tlsConnect(...args).setNoDelay(true);
}
