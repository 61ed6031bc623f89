/**
 * Test helpers that run the real `chaperone` CLI in a child process (through tsx, on the sources),
 * so tests see exactly what a user sees: standard output, standard error and the exit status.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (two levels above this file). */
export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const MAIN = join(REPO_ROOT, 'src', 'cli', 'main.ts');
const REPORT_RSS = join(REPO_ROOT, 'test', 'helpers', 'report-rss.ts');

/** What a finished CLI run produced. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Standard output parsed as JSON Lines. */
  lines: Record<string, unknown>[];
}

/** Start the CLI with `args`; with `reportRss`, the child reports its peak RSS on stderr at exit. */
export function spawnCli(args: string[], options: { reportRss?: boolean } = {}): ChildProcessWithoutNullStreams {
  const imports = ['--import', 'tsx', ...(options.reportRss ? ['--import', REPORT_RSS] : [])];
  return spawn(process.execPath, [...imports, MAIN, ...args], { cwd: REPO_ROOT, env: { ...process.env } });
}

/** Run the CLI to completion, feeding `input` (if any) on standard input. */
export function runCli(args: string[], input?: string | Buffer): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawnCli(args);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      const stdout = Buffer.concat(out).toString('utf8');
      // Output that is not JSON Lines (e.g. --help) leaves `lines` empty rather than throwing here.
      let lines: Record<string, unknown>[] = [];
      try {
        lines = stdout
          .split('\n')
          .filter((l) => l.length > 0)
          .map((l) => JSON.parse(l) as Record<string, unknown>);
      } catch {
        lines = [];
      }
      resolve({ code, stdout, stderr: Buffer.concat(err).toString('utf8'), lines });
    });
    // A child that exits early (usage error) closes stdin; ignore the resulting EPIPE.
    child.stdin.on('error', () => {});
    child.stdin.end(input ?? '');
  });
}

/** The peak RSS (KiB) a child started with `reportRss` printed on stderr, or null. */
export function reportedMaxRssKb(stderr: string): number | null {
  const m = /CHAPERONE_TEST_MAXRSS_KB=(\d+)/.exec(stderr);
  return m ? Number(m[1]) : null;
}
