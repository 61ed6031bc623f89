/**
 * `require` for the CommonJS packages the engine uses (tldts, confusables). Importing a CommonJS
 * package from ESM makes Node scan its whole source for export names (cjs-module-lexer) before
 * running it — for tldts's 220 KB that was the largest single item of a one-line `chaperone scan`'s
 * start-up. `require` runs the same file without that scan; the exports are the same objects.
 */
import { createRequire } from 'node:module';

/** `require` relative to the engine (resolves packages from the project's node_modules). */
export const requireCommonJs: NodeJS.Require = createRequire(import.meta.url);
