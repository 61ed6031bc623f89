/**
 * Turns pasted lines into playground messages: `tutor: hello` sets the sender's role, other lines
 * keep the role they were typed under. Blank lines are dropped.
 */

/** A sender role the playground offers. */
export type PlaygroundRole = 'tutor' | 'parent' | 'student';

/** One message of a playground conversation. */
export interface PlaygroundRow {
  role: PlaygroundRole;
  text: string;
}

/**
 * @example parseConversation('parent: number?\nsure 07700 900123', 'tutor')
 * // [{role:'parent', text:'number?'}, {role:'tutor', text:'sure 07700 900123'}]
 */
export function parseConversation(pasted: string, fallback: PlaygroundRole): PlaygroundRow[] {
  return pasted
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      const m = /^(tutor|parent|student)\s*:\s*(.*)$/i.exec(line);
      return m ? { role: m[1].toLowerCase() as PlaygroundRole, text: m[2] } : { role: fallback, text: line };
    });
}
