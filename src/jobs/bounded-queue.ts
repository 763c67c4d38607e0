/** A FIFO between one producer and one consumer: `push` waits while it is full, `take` waits while it is empty. */
export class BoundedQueue<T> {
  private readonly items: T[] = [];
  private ended = false;
  private wakeConsumer: (() => void) | null = null;
  private wakeProducer: (() => void) | null = null;

  constructor(private readonly capacity: number) {}

  /** False once the queue has ended (the consumer stopped): the producer should stop too. */
  async push(item: T): Promise<boolean> {
    while (this.items.length >= this.capacity && !this.ended) await new Promise<void>((r) => (this.wakeProducer = r));
    if (this.ended) return false;
    this.items.push(item);
    this.wake("consumer");
    return true;
  }

  /** The next item, waiting for one; undefined once the queue has ended and is empty. */
  async take(): Promise<T | undefined> {
    while (!this.items.length && !this.ended) await new Promise<void>((r) => (this.wakeConsumer = r));
    return this.poll();
  }

  /** The next item, waiting at most `ms` for one; undefined if none came by then or the queue ended empty. */
  async takeWithin(ms: number): Promise<T | undefined> {
    if (!this.items.length && !this.ended && ms > 0) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      await new Promise<void>((r) => {
        this.wakeConsumer = r;
        timer = setTimeout(r, ms);
      });
      clearTimeout(timer);
      this.wakeConsumer = null;
    }
    return this.poll();
  }

  /** The next item if one is there now. */
  poll(): T | undefined {
    const item = this.items.shift();
    if (item !== undefined) this.wake("producer");
    return item;
  }

  /** No more items: a waiting consumer gets what is left, then undefined; a waiting producer returns. */
  end(): void {
    this.ended = true;
    this.wake("consumer");
    this.wake("producer");
  }

  private wake(who: "consumer" | "producer"): void {
    const w = who === "consumer" ? this.wakeConsumer : this.wakeProducer;
    if (who === "consumer") this.wakeConsumer = null;
    else this.wakeProducer = null;
    w?.();
  }
}
