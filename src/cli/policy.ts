/**
 * `chaperone policy check FILE`: validate a policy file and print OK or every problem with its path
 * (exit 1 on problems). `chaperone policy schema` prints the policy file's JSON Schema.
 */
import { loadPolicy } from '../policy/load-policy.js';
import { PolicyError } from '../policy/policy-error.js';
import { POLICY_SCHEMA } from '../policy/schema.js';

const USAGE = `chaperone policy <subcommand>

  check FILE    validate a policy file (YAML, or JSON by extension); prints OK or every error with its path
  schema        print the policy file's JSON Schema
`;

/** Run `chaperone policy …`; resolves to the exit status (0 ok, 1 invalid policy, 64 usage). */
export async function policyCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'schema') {
    process.stdout.write(JSON.stringify(POLICY_SCHEMA, null, 2) + '\n');
    return 0;
  }
  if (sub !== 'check' || rest.length !== 1 || rest[0].startsWith('-')) {
    process.stderr.write(sub === '--help' || sub === '-h' ? '' : `chaperone policy: expected 'check FILE' or 'schema'\n\n`);
    (sub === '--help' || sub === '-h' ? process.stdout : process.stderr).write(USAGE);
    return sub === '--help' || sub === '-h' ? 0 : 64;
  }
  const file = rest[0];
  try {
    const policy = loadPolicy(file);
    process.stdout.write(`OK ${file}: policy '${policy.name}', ${policy.rules.length} rules, ${Object.keys(policy.templates).length} templates, ${policy.escalation.length} escalation levels\n`);
    return 0;
  } catch (e) {
    if (!(e instanceof PolicyError)) throw e;
    process.stdout.write(`${file}: ${e.issues.length} error${e.issues.length === 1 ? '' : 's'} (${e.code})\n`);
    for (const issue of e.issues) process.stdout.write(`  ${issue.path}: ${issue.message}\n`);
    return 1;
  }
}
