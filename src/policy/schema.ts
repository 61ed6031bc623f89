/**
 * The JSON Schema (draft 2020-12 subset that ajv 8 checks by default) of a policy FILE, before it is
 * resolved. Structure only: the loader adds semantic checks that a schema cannot express (unknown
 * template ids, unknown kinds or kind groups, unknown word lists, duplicate rule ids, ladder order).
 * The file format is documented in policies/README.md; policies/default.yaml is the reference example.
 */
import { KINDS } from '../engine/types.js';
import { ACTIONS, AGE_BANDS, CONCERNS, ROLES, STAGES } from './types.js';

const STRATEGIES = ['label', 'mask', 'remove', 'none'];
const stringList = { type: 'array', items: { type: 'string', minLength: 1 } };
const enumList = (values: readonly string[]) => ({ type: 'array', minItems: 1, items: { enum: [...values, 'unknown'] } });
const score = { type: 'number', minimum: 0, maximum: 1 };
const templateId = { type: 'string', pattern: '^[a-z0-9][a-z0-9_-]*$' };

/** The policy file's JSON Schema, as a plain object (ajv compiles it once in the loader). */
export const POLICY_SCHEMA = {
  $id: 'https://chaperone.dev/policy.schema.json',
  title: 'Chaperone policy',
  type: 'object',
  additionalProperties: false,
  required: ['version', 'rules', 'templates'],
  properties: {
    version: { const: 1 },
    name: { type: 'string' },
    description: { type: 'string' },
    thresholds: {
      type: 'object',
      description: 'Named score thresholds (0..1); rules refer to them by name. `report`: findings below it are ignored.',
      additionalProperties: score,
      propertyNames: { pattern: '^[a-z][a-zA-Z0-9_]*$' },
    },
    engine: {
      type: 'object',
      description: 'Settings passed to the engine (see engineConfigFromPolicy); lists extend the engine defaults.',
      additionalProperties: false,
      properties: {
        allowedDomains: stringList,
        educationalSites: { ...stringList, description: 'Replaces the engine\'s default educational allow-list (src/engine/educational-sites.ts) when given.' },
        allowedEmails: stringList,
        shortenerDomains: stringList,
        webmailProviders: stringList,
        defaultCountry: { type: 'string', pattern: '^[A-Z]{2}$' },
        phoneRegions: { type: 'array', items: { type: 'string', pattern: '^[A-Z]{2}$' } },
        minScore: score,
      },
    },
    kindGroups: {
      type: 'object',
      additionalProperties: { type: 'array', minItems: 1, items: { enum: [...KINDS] } },
    },
    wordLists: {
      type: 'object',
      additionalProperties: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
    },
    details: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(KINDS.map((k) => [k, { type: 'string', minLength: 1 }])),
    },
    redaction: {
      type: 'object',
      additionalProperties: false,
      properties: {
        default: { enum: STRATEGIES },
        byKind: {
          type: 'object',
          additionalProperties: false,
          properties: Object.fromEntries(KINDS.map((k) => [k, { enum: STRATEGIES }])),
        },
      },
    },
    strikes: {
      type: 'object',
      additionalProperties: false,
      properties: {
        windowDays: { type: 'number', exclusiveMinimum: 0 },
        decay: { enum: ['linear', 'exponential'] },
        weights: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['minSeverity', 'weight'],
            properties: { minSeverity: { type: 'number', minimum: 0, maximum: 100 }, weight: { type: 'number', minimum: 0 } },
          },
        },
      },
    },
    escalation: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['level', 'minPoints', 'reason'],
        properties: {
          level: { type: 'string', pattern: '^[a-z][a-z0-9_]*$' },
          minPoints: { type: 'number', exclusiveMinimum: 0 },
          onFinding: { enum: [...ACTIONS] },
          onClean: { enum: [...ACTIONS] },
          concern: { enum: [...CONCERNS] },
          severityBoost: { type: 'number', minimum: 0, maximum: 100 },
          nudge: templateId,
          reason: { type: 'string', minLength: 1 },
        },
      },
    },
    review: {
      type: 'object',
      description: 'How held messages are reviewed: who may release a safeguarding hold, and whether later messages are held after a detail was assembled from delivered fragments.',
      additionalProperties: false,
      properties: {
        safeguardingRelease: { enum: ['lead', 'lead_or_four_eyes'] },
        holdAfterDeliveredFragments: { type: 'boolean' },
      },
    },
    safeguardingCues: {
      type: 'object',
      description: "Safeguarding cues never block and are never named to the sender; a conversation whose cue risk (0..1) reaches routeThreshold is flagged to the safeguarding queue, sorted by that risk.",
      additionalProperties: false,
      properties: { routeThreshold: { type: 'number', exclusiveMinimum: 0, maximum: 1 } },
    },
    priority: {
      type: 'object',
      description: "Points added to a hold's severity to order the review queues.",
      additionalProperties: false,
      properties: {
        standing: { type: 'object', additionalProperties: { type: 'number', minimum: 0 }, propertyNames: { pattern: '^[a-z][a-z0-9_]*$' } },
        strikePoint: { type: 'number', minimum: 0 },
        strikePointsMax: { type: 'number', minimum: 0 },
        studentAge: { type: 'object', additionalProperties: false, properties: Object.fromEntries([...AGE_BANDS, 'unknown'].map((k) => [k, { type: 'number', minimum: 0 }])) },
        stage: { type: 'object', additionalProperties: false, properties: Object.fromEntries([...STAGES, 'unknown'].map((k) => [k, { type: 'number', minimum: 0 }])) },
        tutorToStudent: { type: 'number', minimum: 0 },
        conversationRisk: { type: 'number', minimum: 0 },
      },
    },
    names: {
      type: 'object',
      additionalProperties: false,
      properties: { recipient: { type: 'string' }, sender: { type: 'string' } },
    },
    templates: {
      type: 'object',
      propertyNames: templateId,
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['text'],
        properties: {
          text: { type: 'string', minLength: 1 },
          audience: { enum: ['sender', 'recipient'] },
          // A tip is advice worth adding beside another rule's nudge (e.g. the tech-support route).
          tip: { type: 'boolean' },
        },
      },
    },
    rules: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'then'],
        properties: {
          id: { type: 'string', pattern: '^[a-z0-9][a-z0-9_-]*$' },
          description: { type: 'string' },
          final: { type: 'boolean' },
          when: {
            type: 'object',
            additionalProperties: false,
            properties: {
              kinds: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
              // A number 0..1 or the name of a threshold; the loader checks the range or the name.
              minScore: { type: ['number', 'string'] },
              senderRole: enumList(ROLES),
              recipientRole: enumList(ROLES),
              studentAge: enumList(AGE_BANDS),
              stage: enumList(STAGES),
              words: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
              notWords: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
              attachment: { type: 'boolean' },
            },
          },
          then: {
            type: 'object',
            additionalProperties: false,
            required: ['action', 'reason'],
            properties: {
              action: { enum: [...ACTIONS] },
              concern: { enum: [...CONCERNS] },
              severity: { type: 'number', minimum: 0, maximum: 100 },
              reason: { type: 'string', minLength: 1 },
              nudge: templateId,
              recipientSuggestion: templateId,
              strike: { type: 'number', minimum: 0 },
            },
          },
        },
      },
    },
  },
} as const;
