// A TCP proxy (node:net) in front of a real server that can fall silent: until silence()
// it forwards every byte both ways; after it, connections stay open and new ones are
// accepted, but nothing more goes through either way, as when a server hangs or a
// network drops packets. It can also fall silent by itself when the client has sent a
// marker (a statement's text) a given number of times.
import { connect, createServer, type Server, type Socket } from 'node:net';

/** A running proxy. */
export interface SilencingProxy {
  port: number;
  /** Stops forwarding, from now on. */
  silence(): void;
  /** When silence began (Date.now()), or undefined while it forwards. */
  silencedAt(): number | undefined;
  /** How often the client has sent `text` so far (counted while forwarding). */
  sent(text: string): number;
  /** Destroys every connection and stops listening. */
  close(): Promise<void>;
}

/** Options of startSilencingProxy. */
export interface SilencingOptions {
  /** Fall silent when the client sends this text for the `times`-th time (that message is not forwarded). */
  silenceOn?: { text: string; times: number };
  /** Texts to count in what the client sends (sent()). */
  count?: string[];
}

/** Starts a proxy on 127.0.0.1 (any free port) to `target`. */
export async function startSilencingProxy(
  target: { host: string; port: number },
  options: SilencingOptions = {},
): Promise<SilencingProxy> {
  const sockets = new Set<Socket>();
  const counts = new Map<string, number>();
  const watched = [...new Set([...(options.count ?? []), ...(options.silenceOn ? [options.silenceOn.text] : [])])];
  let silencedAt: number | undefined;
  const silence = () => {
    silencedAt ??= Date.now();
  };
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
  };
  const server: Server = createServer((client) => {
    track(client);
    if (silencedAt !== undefined) return; // accepted, never answered
    const upstream = connect(target.port, target.host);
    track(upstream);
    // The end of the previous chunk, so a marker split between two chunks is still seen.
    let tail = '';
    client.on('data', (chunk: Buffer) => {
      if (silencedAt !== undefined) return;
      const text = tail + chunk.toString('latin1');
      for (const marker of watched) {
        let seen = 0;
        for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + 1))
          if (at + marker.length > tail.length) seen += 1;
        if (seen === 0) continue;
        counts.set(marker, (counts.get(marker) ?? 0) + seen);
        if (options.silenceOn?.text === marker && counts.get(marker)! >= options.silenceOn.times) silence();
      }
      tail = text.slice(-200);
      if (silencedAt === undefined) upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (silencedAt === undefined) client.write(chunk);
    });
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    silence,
    silencedAt: () => silencedAt,
    sent: (text) => counts.get(text) ?? 0,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
