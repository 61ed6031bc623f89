/**
 * A small seeded PRNG (mulberry32) and the helpers the composer needs.
 *
 * Why our own: the output file must be reproducible byte for byte from the seed on any machine, so
 * nothing may depend on Math.random, the clock, or iteration orders we do not control.
 * mulberry32 is 32-bit, fast, and good enough for picking parts (this is not cryptography).
 */
export class Rng {
  private state: number;

  constructor(seed: number) {
    // Mix the seed once (splitmix32 step) so that nearby seeds (1, 2, 3…) start far apart.
    let z = (seed >>> 0) + 0x9e3779b9;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    this.state = (z ^ (z >>> 16)) >>> 0;
  }

  /** Uniform float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max] inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element, uniformly. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)];
  }

  /** Index of one element, uniformly. */
  index(length: number): number {
    return Math.floor(this.next() * length);
  }

  /** One key of a weight table, proportionally to its weight (keys in insertion order). */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const keys = Object.keys(weights) as K[];
    let total = 0;
    for (const k of keys) total += weights[k];
    let r = this.next() * total;
    for (const k of keys) {
      r -= weights[k];
      if (r < 0) return k;
    }
    return keys[keys.length - 1];
  }

  /** A child generator: lets one part draw many numbers without shifting the others' streams. */
  fork(): Rng {
    return new Rng(Math.floor(this.next() * 4294967296));
  }
}
