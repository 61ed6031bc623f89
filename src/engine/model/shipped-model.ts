/**
 * The shipped weights (`models/intent.bin` at the package root), read once on first use. This is the
 * engine's one read of a file, and it reads only what ships with the package: nothing is fetched.
 * `CHAPERONE_MODEL=path` points at another weights file (for experiments); a missing or broken file
 * is an error at first use, never a silent fall back to rules alone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifierFor, type Classifier } from './classifier.js';
import { decodeModel } from './weights-file.js';

let loaded: Classifier | undefined;

/** Path of the weights file: $CHAPERONE_MODEL, else models/intent.bin beside package.json. */
export function shippedModelPath(): string {
  if (process.env.CHAPERONE_MODEL) return process.env.CHAPERONE_MODEL;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, 'models', 'intent.bin');
    dir = dirname(dir);
  }
  throw new Error('cannot find the package root (package.json) to load models/intent.bin');
}

/** The shipped intent classifier, loaded on first call. */
export function shippedClassifier(): Classifier {
  if (!loaded) {
    const path = shippedModelPath();
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch (e) {
      throw new Error(`the intent model ${path} is missing (${(e as NodeJS.ErrnoException).code ?? 'unreadable'}): run npm run train`);
    }
    loaded = classifierFor(decodeModel(bytes));
  }
  return loaded;
}
