/** A one-line progress bar on a terminal (stderr); silent when stderr is not a TTY, so logs stay clean. */
export class Progress {
  private done = 0;
  private lastDraw = 0;
  private readonly tty: boolean;

  constructor(private total: number | null, private readonly stream: NodeJS.WriteStream = process.stderr) {
    this.tty = Boolean(stream.isTTY);
  }

  tick(label: string): void {
    this.done++;
    const now = Date.now();
    if (!this.tty || (now - this.lastDraw < 50 && this.done !== this.total)) return;
    this.lastDraw = now;
    const width = Math.max(10, Math.min(30, (this.stream.columns || 80) - 60));
    const total = this.total && this.total >= this.done ? this.total : null;
    const bar = total ? "█".repeat(Math.round((this.done / total) * width)).padEnd(width, "░") : "";
    const count = total ? `${this.done}/${total}` : `${this.done}`;
    const name = label.length > 30 ? `…${label.slice(-29)}` : label;
    this.stream.write(`\r\x1b[2K${bar} ${count} ${name}`);
  }

  /** Clears the bar before other output (errors, the summary). */
  clear(): void {
    if (this.tty) this.stream.write("\r\x1b[2K");
  }
}
