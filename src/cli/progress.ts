import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, note: string): void;
  stop(): void;
}

/** A progress bar on stderr when it is a terminal; silent otherwise (logs and pipes stay clean). */
export function createProgress(total: number, label: string, enabled = Boolean(process.stderr.isTTY)): Progress {
  if (!enabled || total <= 1) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: `${label} [{bar}] {value}/{total} articles | {eta_formatted} left | {note}`, barsize: 30, hideCursor: true, clearOnComplete: true, etaBuffer: 50 },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { note: '' });
  return {
    update: (done, note) => bar.update(Math.min(done, total), { note: note.length > 40 ? `…${note.slice(-39)}` : note }),
    stop: () => bar.stop(),
  };
}
