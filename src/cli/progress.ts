/**
 * The progress line (docs/s and, when the input size is known, percent and ETA) for a
 * terminal, and the summary line at the end. Off a terminal the progress line is never drawn:
 * logs and pipes get the summary only.
 */
export interface Progress {
  update(docs: number, bytesRead: number): void;
  /** Clears the progress line. */
  end(): void;
}

const EVERY_MS = 200;

export function createProgress(stream: NodeJS.WriteStream, totalBytes: number | null, startedAt: number): Progress {
  if (!stream.isTTY) return { update: () => {}, end: () => {} };
  let drawnAt = 0;
  let drawn = false;
  return {
    update(docs, bytesRead) {
      const now = performance.now();
      if (now - drawnAt < EVERY_MS) return;
      drawnAt = now;
      drawn = true;
      stream.write(`\r\x1b[K${progressLine(docs, bytesRead, totalBytes, (now - startedAt) / 1000)}`);
    },
    end() {
      if (drawn) stream.write('\r\x1b[K');
      drawn = false;
    },
  };
}

export function progressLine(docs: number, bytesRead: number, totalBytes: number | null, seconds: number): string {
  const rate = `${count(docs)} docs  ${count(seconds > 0 ? docs / seconds : 0)} docs/s`;
  if (!totalBytes || bytesRead === 0) return rate;
  const done = Math.min(1, bytesRead / totalBytes);
  const eta = (seconds / done) * (1 - done);
  return `${rate}  ${(done * 100).toFixed(0)}%  ETA ${clock(eta)}`;
}

export function summaryLine(docs: number, errors: number, seconds: number, unreadable = 0): string {
  const failed = unreadable > 0 ? `, ${count(unreadable)} unreadable input${unreadable > 1 ? 's' : ''}` : '';
  return `gazeta: ${count(docs)} docs, ${count(errors)} errors${failed}, ${seconds.toFixed(1)} s, ${count(seconds > 0 ? docs / seconds : 0)} docs/s`;
}

const count = (n: number) => Math.round(n).toLocaleString('en-US');

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const hms = [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60];
  return (hms[0] ? `${hms[0]}:` : '') + `${hms[1]}`.padStart(hms[0] ? 2 : 1, '0') + ':' + `${hms[2]}`.padStart(2, '0');
}
