// A write stream that honours back-pressure: write() resolves once the chunk is accepted,
// waiting for 'drain' when the stream's buffer is full.
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

/** An output file written chunk by chunk. */
export interface FileSink {
  path: string;
  write(chunk: string): Promise<void>;
  close(): Promise<void>;
}

/** Opens (truncating) a file for chunked writing. */
export function openFileSink(path: string): FileSink {
  const stream: WriteStream = createWriteStream(path, { encoding: 'utf8' });
  let failure: Error | undefined;
  stream.on('error', (error) => {
    failure = error;
  });
  return {
    path,
    async write(chunk) {
      if (failure) throw failure;
      if (!stream.write(chunk)) await once(stream, 'drain');
    },
    async close() {
      if (failure) throw failure;
      stream.end();
      await once(stream, 'finish');
    },
  };
}
