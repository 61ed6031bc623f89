/**
 * `npm run bench`: engine speed against the baselines, accuracy on the same corpus, scaling, and the
 * service under load — one run, one table, one JSON file (bench/results/latest.json).
 *
 * Flags: --quick (small corpus and short runs, a smoke test), --only engine|accuracy|scaling|worst-case|service|attachments,
 * --generated (use the generated corpus even when ../shared is present), --profile (also list the
 * functions where Chaperone's engine loop spends its time), --out FILE (JSON path).
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAccuracy, chaperoneKindScanner } from './accuracy.js';
import { BASELINES } from './baselines.js';
import { allMessages, loadCorpus } from './corpus.js';
import { runEngineBench } from './engine.js';
import { chaperoneNoMemoryRunner, chaperoneRunner, probePolicy, scannerRunner } from './pipeline.js';
import { runClusterBench, renderCluster, type ClusterReport } from './cluster.js';
import { checkTargets, machineInfo, renderText, writeJson, type BenchResults } from './report.js';
import { runScaling } from './scaling.js';
import { renderWorstCase, runWorstCase } from './worst-case.js';
import { runServiceBench } from './service.js';
import { profileRunner } from './profile.js';
import { renderProcess, runProcessBench } from './process.js';
import { progressBar } from '../src/util/progress.js';
import { DEFAULT_DETECTORS, MEASURED_BUILD } from './chaperone.js';
import { execFileSync } from 'node:child_process';

const SECTIONS = ['process', 'engine', 'accuracy', 'scaling', 'worst-case', 'service', 'cluster', 'attachments'] as const;
type Section = (typeof SECTIONS)[number];

interface Flags {
  quick: boolean;
  only: Section | null;
  generated: boolean;
  profile: boolean;
  /** Also run the many-instances and stream section (slow: starts several servers). */
  cluster: boolean;
  out: string;
}

/** Parse argv; a bad flag is a usage error (exit 64), never silently ignored. */
function parseFlags(argv: string[]): Flags {
  const root = join(dirname(fileURLToPath(import.meta.url)));
  const flags: Flags = { quick: false, only: null, generated: false, profile: false, cluster: false, out: join(root, 'results', 'latest.json') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') flags.quick = true;
    else if (a === '--generated') flags.generated = true;
    else if (a === '--profile') flags.profile = true;
    else if (a === '--cluster') flags.cluster = true;
    else if (a === '--only' || a.startsWith('--only=')) {
      const v = a.includes('=') ? a.slice(7) : argv[++i];
      if (!SECTIONS.includes(v as Section)) throw new UsageError(`--only takes one of ${SECTIONS.join('|')}, got '${v ?? ''}'`);
      flags.only = v as Section;
    } else if (a === '--out') {
      const v = argv[++i];
      if (!v) throw new UsageError('--out needs a file path');
      flags.out = resolve(v);
    } else throw new UsageError(`unknown flag '${a}'`);
  }
  return flags;
}

class UsageError extends Error {}

/** The git revision measured, with '+dirty' when the working tree has changes (figures are of what is on disk). */
function revision(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return dirty ? `${head}+dirty` : head;
  } catch {
    return 'unknown';
  }
}

const log = (s: string): void => void process.stderr.write(`bench: ${s}\n`);

async function main(): Promise<number> {
  let flags: Flags;
  try {
    flags = parseFlags(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`bench: ${e.message}\nusage: npm run bench -- [--quick] [--only ${SECTIONS.join('|')}] [--generated] [--profile] [--cluster] [--out FILE]\n`);
    return 64;
  }
  const machine = machineInfo(); // before the work starts: the load average is the machine's, not ours
  const wants = (s: Section): boolean => (s === 'cluster' ? flags.cluster || flags.only === 'cluster' : flags.only === null || flags.only === s);
  // Attachments: OCR on generated images and PDFs (issue 18); alone, it needs neither corpus nor policy.
  if (flags.only === 'attachments') {
    const { runAttachmentBench, renderAttachments } = await import('./attachments.js');
    const attachments = await runAttachmentBench({ log });
    process.stdout.write(renderAttachments(attachments));
    writeJson(flags.out, { machine, revision: revision(), attachments } as unknown as BenchResults);
    log(`wrote ${flags.out}`);
    return 0;
  }
  const corpus = loadCorpus({ quick: flags.quick, generated: flags.generated });
  const messages = allMessages(corpus);
  log(`corpus: ${corpus.source}, ${messages.length} messages`);
  const policy = await probePolicy();
  log(`policy: ${policy.status}`);

  const contenders = [{ name: 'Chaperone', scan: chaperoneKindScanner }, ...BASELINES];
  // Sections done, on stderr when it is a terminal (silent otherwise).
  const chosen = SECTIONS.filter(wants);
  const bar = progressBar('bench', chosen.length);
  let sectionsDone = 0;
  const sectionDone = (): void => bar.tick(++sectionsDone);
  let processBench = null;
  if (wants('process')) {
    log('process…');
    const decide = policy.decide;
    processBench = await runProcessBench(corpus.conversations, { quick: flags.quick, log, ...(decide ? { decide } : {}) });
    sectionDone();
  }
  let engine = null;
  if (wants('engine')) {
    log('engine…');
    // Chaperone first (ratios are to it), the baselines next (the targets read figures[1]), then the reference row.
    const runners = [chaperoneRunner(policy), ...BASELINES.map((b) => scannerRunner(b.name, b.scan)), chaperoneNoMemoryRunner(policy)];
    engine = runEngineBench(corpus.conversations, runners, { rounds: flags.quick ? 1 : 5, warmupMessages: flags.quick ? 500 : Infinity, warmupPasses: flags.quick ? 1 : 3 });
    sectionDone();
  }
  let profile = null;
  if (flags.profile && wants('engine')) {
    log('profile…');
    profile = await profileRunner(chaperoneRunner(policy), corpus.conversations, { passes: 1, limit: 15, decide: policy.decide });
  }
  let accuracy = null;
  if (wants('accuracy')) {
    log('accuracy…');
    accuracy = runAccuracy(corpus, contenders);
    sectionDone();
  }
  let scaling = null;
  if (wants('scaling')) {
    log('scaling…');
    scaling = runScaling(messages, {
      sizes: [100, 1024, 10 * 1024, 100 * 1024],
      conversationLengths: [10, 100, 1000],
      budgetBytes: flags.quick ? 300_000 : 3_000_000,
      conversationMessages: flags.quick ? 1000 : 3000,
    });
    sectionDone();
  }
  let worstCase = null;
  if (wants('worst-case')) {
    log('worst case…');
    worstCase = runWorstCase({ runs: flags.quick ? 1 : 3 });
    sectionDone();
  }
  let service = null;
  if (wants('service')) {
    log('service…');
    service = await runServiceBench(messages, { quick: flags.quick, profile: flags.profile, log });
    sectionDone();
  }
  bar.done();
  const partial: Omit<BenchResults, 'targets'> = {
    machine,
    options: { quick: flags.quick, only: flags.only, profile: flags.profile, generated: flags.generated },
    corpus: { source: corpus.source, parts: corpus.parts, messages: messages.length, conversations: corpus.conversations.length },
    policy: policy.status,
    detectors: DEFAULT_DETECTORS.map((d) => d.id),
    build: MEASURED_BUILD,
    revision: revision(),
    process: processBench,
    engine,
    profile,
    accuracy,
    scaling,
    worstCase,
    service,
  };
  const results: BenchResults = { ...partial, targets: checkTargets(partial) };
  process.stdout.write(renderText(results));
  if (processBench) process.stdout.write('\n' + renderProcess(processBench));
  if (worstCase) process.stdout.write('\n' + renderWorstCase(worstCase) + '\n');
  let cluster: ClusterReport | null = null;
  if (wants('cluster')) {
    log('cluster…');
    cluster = await runClusterBench(messages, { quick: flags.quick, log });
    process.stdout.write(renderCluster(cluster));
  }
  let attachments = null;
  if (wants('attachments')) {
    log('attachments…');
    const { runAttachmentBench, renderAttachments } = await import('./attachments.js');
    attachments = await runAttachmentBench({ log });
    process.stdout.write(renderAttachments(attachments));
  }
  writeJson(flags.out, { ...results, ...(cluster ? { cluster } : {}), ...(attachments ? { attachments } : {}) } as BenchResults);
  log(`wrote ${flags.out}`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`bench: failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
