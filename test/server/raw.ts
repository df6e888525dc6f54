/** Raw HTTP over a socket, for what fetch will not send: odd paths, slow or broken bodies. */
import { connect, type Socket } from 'node:net';

/** Opens a connection to `port` on loopback. */
export function open(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Everything the server sends until it closes the connection (or `ms` pass): status and text. */
export function readAll(socket: Socket, ms = 5000): Promise<{ status: number; text: string; closed: boolean }> {
  return new Promise((resolve) => {
    let text = '';
    const done = (closed: boolean) => {
      clearTimeout(timer);
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text, closed });
    };
    const timer = setTimeout(() => {
      socket.destroy();
      done(false);
    }, ms);
    socket.setEncoding('utf8');
    socket.on('data', (d: string) => (text += d));
    socket.on('close', () => done(true));
    socket.on('error', () => undefined);
  });
}

/** Sends `request` as it is, then reads the answer until the server closes. */
export async function raw(port: number, request: string, ms?: number) {
  const socket = await open(port);
  const answer = readAll(socket, ms);
  socket.end(request);
  return answer;
}

/** The body of a raw answer, parsed. */
export const jsonOf = (text: string): unknown => JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4));
