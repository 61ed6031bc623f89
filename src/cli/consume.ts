/**
 * `chaperone consume [--port N] [--host H]`: take messages from a NATS JetStream stream (see
 * src/service/stream-intake.ts) into the same store as `chaperone serve`, with the same environment
 * plus NATS_URL. With --port (or $PORT) the process also serves the HTTP API, /metrics and
 * /health/ready, so one process can be both an HTTP instance and a stream consumer; without it only
 * the stream is read.
 */
import { parseListenArgs, startApp } from './service-start.js';
import { startStreamIntake } from '../service/stream-intake.js';

const USAGE = `chaperone consume [--port N] [--host H]

Reads the durable consumer of a NATS JetStream stream, decides each message like POST /v1/messages,
publishes the decision and acknowledges it after the commit. Creates the stream and consumer when
absent (CHAPERONE_STREAM_CREATE=0 to require existing ones).

Environment: everything 'chaperone serve' reads (DATABASE_URL, CHAPERONE_WEBHOOK_URL, …), and
  NATS_URL                     nats://127.0.0.1:4222 (comma-separated for a cluster)
  CHAPERONE_STREAM             CHAPERONE
  CHAPERONE_SUBJECT_IN         chaperone.messages.in   (input: the POST /v1/messages body + "id")
  CHAPERONE_SUBJECT_DECISIONS  chaperone.decisions     (output: the HTTP reply + "id")
  CHAPERONE_SUBJECT_DEAD       chaperone.dead          (bad payloads, with the error)
  CHAPERONE_DURABLE            chaperone               (shared by every consume process)
  CHAPERONE_MAX_IN_FLIGHT      32                      (messages processed at once per process)
  CHAPERONE_ACK_WAIT_SECONDS   30                      (redelivery after; set when the consumer is created)
  PORT / HOST                  also serve HTTP, /metrics and /health/ready there
`;


/** Consume until SIGINT/SIGTERM; resolves to the exit status. */
export async function consumeCommand(args: string[]): Promise<number> {
  const parsed = parseListenArgs(args, null);
  if (parsed === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (typeof parsed === 'string') {
    process.stderr.write(`chaperone consume: ${parsed}\n\n${USAGE}`);
    return 2;
  }
  const app = await startApp('consume');
  if (!app) return 1;
  let intake;
  try {
    intake = await startStreamIntake(app.chaperone, app.log);
  } catch (err) {
    process.stderr.write(`chaperone consume: cannot read the stream: ${err instanceof Error ? err.message : String(err)}\n`);
    await app.close();
    return 1;
  }
  const st = intake.settings;
  process.stdout.write(`chaperone: consuming ${st.stream}/${st.durable} (${st.inputSubject} → ${st.decisionSubject}, dead letters to ${st.deadSubject}) from ${st.natsUrl}, ${st.maxInFlight} in flight\n`);
  if (parsed.port !== null) {
    try {
      const address = await app.listen({ port: parsed.port, host: parsed.host });
      process.stdout.write(`chaperone: listening on ${address} (${app.chaperone.store.dialect}); API docs at ${address}/docs\n`);
    } catch (err) {
      process.stderr.write(`chaperone consume: cannot listen on ${parsed.host}:${parsed.port}: ${err instanceof Error ? err.message : String(err)}\n`);
      await intake.stop();
      await app.close();
      return 1;
    }
  }
  return new Promise<number>((resolve) => {
    const stop = () => {
      intake
        .stop()
        .then(() => app.close())
        .then(() => resolve(0), () => resolve(1));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
