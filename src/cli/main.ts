/**
 * The `chaperone` command: one file per subcommand, dispatched here.
 */
const USAGE = `chaperone <command> [options]

Commands:
  scan [FILE]            scan JSON Lines (file or stdin) and write one result per line
  eval [--verbose]       precision and recall on ../shared data
  serve                  run the HTTP service and moderator console
  consume                take messages from a NATS JetStream stream (and optionally serve HTTP)
  policy check FILE      validate a policy file
  audit verify           verify the audit log's hash chain
`;

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  serve: async () => (await import('./serve.js')).serveCommand,
  consume: async () => (await import('./consume.js')).consumeCommand,
  audit: async () => (await import('./audit.js')).auditCommand,
  eval: async () => (await import('./eval.js')).evalCommand,
  scan: async () => (await import('./scan.js')).scanCommand,
  policy: async () => (await import('./policy.js')).policyCommand,
};

/** Run the CLI with `argv` (without node and script); resolves to the exit status. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE);
    return name ? 0 : 64;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`chaperone: unknown command '${name}'\n\n${USAGE}`);
    return 64;
  }
  return (await load())(rest);
}

// When run directly (npm run eval uses tsx on this file), execute.
if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
