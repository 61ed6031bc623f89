/**
 * One colour per kind and per action, shared by highlights, chips and charts. The dark shades are
 * used for chart fills and borders; text is always drawn on light backgrounds for contrast.
 */
const KIND_COLOURS: Record<string, string> = {
  phone: '#b42318',
  email: '#1d4ed8',
  url: '#15803d',
  social: '#7e22ce',
  platform: '#b45309',
  payment: '#be185d',
  address: '#0f766e',
  request: '#4b5563',
};
const ACTION_COLOURS: Record<string, string> = {
  allow: '#6b7280',
  warn: '#ca8a04',
  redact: '#2563eb',
  hold: '#c2410c',
  block: '#991b1b',
};

/** Chart colour for a kind. */
export function kindColour(kind: string): string {
  return KIND_COLOURS[kind] ?? '#374151';
}
/** Chart colour for an action. */
export function actionColour(action: string): string {
  return ACTION_COLOURS[action] ?? '#374151';
}
