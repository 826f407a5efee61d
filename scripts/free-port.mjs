// A TCP port that no one listens on right now, on both localhost addresses (IPv4 and IPv6).
import { createServer } from 'node:net';

/** Resolves when `port` can be bound on `host` (false when it is taken). */
function canListen(port, host) {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', (e) => resolve(e.code === 'EADDRNOTAVAIL' || e.code === 'EAFNOSUPPORT'));
    srv.listen({ port, host, exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

/** Asks the OS for an ephemeral port on 127.0.0.1 and checks ::1 too (vite preview binds "localhost"). */
export async function freePort() {
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = await new Promise((resolve, reject) => {
      const srv = createServer();
      srv.once('error', reject);
      srv.listen({ port: 0, host: '127.0.0.1' }, () => {
        const p = srv.address().port;
        srv.close(() => resolve(p));
      });
    });
    if ((await canListen(port, '127.0.0.1')) && (await canListen(port, '::1'))) return port;
  }
  throw new Error('no free TCP port found for the preview server');
}
