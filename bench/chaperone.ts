/**
 * Chaperone as the bench measures it: the compiled JavaScript in `dist/` — what `npm start`, the CLI
 * and the package's export run — not the TypeScript sources through tsx. tsx's esbuild transform
 * keeps function names by wrapping every closure it creates (`__name(fn, "…")`), which costs the
 * engine 10–25% per message on this corpus and is not what ships.
 *
 * `npm run bench` compiles first (`tsc`); when the bench is started some other way, a `dist/` older
 * than any source is refused with the command to run, so stale code is never timed.
 * Types come from the sources (the same declarations the build emits).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as ConversationModule from '../src/engine/conversation.js';
import type * as ScanModule from '../src/engine/scan.js';
import type * as NormaliseModule from '../src/engine/normalise/index.js';
import type * as RegistryModule from '../src/engine/detectors/registry.js';
import type * as ConfigModule from '../src/engine/config.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');

/** Source folders whose compiled output the bench runs (the engine in process; the CLI and service in the service section). */
const MEASURED = ['src'];

/** The newest source file under `dir` that is newer than its compiled counterpart, if any. */
function staleSource(dir: string): string | null {
  for (const name of readdirSync(join(ROOT, dir))) {
    const rel = join(dir, name);
    const abs = join(ROOT, rel);
    if (statSync(abs).isDirectory()) {
      const s = staleSource(rel);
      if (s) return s;
      continue;
    }
    if (!name.endsWith('.ts') || name.endsWith('.test.ts') || name.endsWith('.d.ts')) continue;
    const built = join(DIST, rel.replace(/\.ts$/, '.js'));
    if (!existsSync(built) || statSync(built).mtimeMs < statSync(abs).mtimeMs) return rel;
  }
  return null;
}

for (const dir of MEASURED) {
  const stale = staleSource(dir);
  if (stale) {
    throw new Error(`dist/ is older than ${stale}: run \`npm run bench\` (it compiles first) or \`npx tsc -p tsconfig.json\``);
  }
}

/** Import a compiled module by its source path ("src/engine/scan.ts" → dist/src/engine/scan.js). */
async function built<T>(source: string): Promise<T> {
  return (await import(pathToFileURL(join(DIST, source.replace(/\.ts$/, '.js'))).href)) as T;
}

export const { scan, detect } = await built<typeof ScanModule>('src/engine/scan.ts');
export const { scanInConversation, emptyConversationState } = await built<typeof ConversationModule>('src/engine/conversation.ts');
export const { normalise } = await built<typeof NormaliseModule>('src/engine/normalise/index.ts');
export const { DEFAULT_DETECTORS } = await built<typeof RegistryModule>('src/engine/detectors/registry.ts');
export const { makeEngineConfig } = await built<typeof ConfigModule>('src/engine/config.ts');

/** Where the measured code lives, for the report. */
export const MEASURED_BUILD = `${relative(ROOT, DIST)}/ (compiled by tsc, as shipped)`;

/** Path of a compiled module, for modules the bench finds at run time (the policy). */
export function builtPath(source: string): string {
  return join(DIST, source.replace(/\.ts$/, '.js'));
}
export type { ConversationState } from '../src/engine/conversation.js';
export type { ScanResult } from '../src/engine/scan.js';
export type { DetectorInput } from '../src/engine/types.js';
