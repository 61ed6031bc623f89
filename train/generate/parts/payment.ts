/**
 * Ways of paying outside the platform: apps (with their spellings), payment links and bank details.
 *
 * The frames carry the proposal itself ("skip the fees", "between us", "cash on the day"); this
 * module only fills {payapp}, {paylink} and {bank}. Local apps matter: a Polish parent says BLIK,
 * a Pakistani family JazzCash, an Indian one UPI or Paytm, a Spanish one Bizum, a Portuguese MB Way.
 */
import type { Rng } from '../prng.js';
import type { Lang } from './types.js';
import { leet, spaced } from './platforms.js';

interface PayApp {
  id: string;
  names: string[];
  misspelled?: string[];
  /** Languages where it is common; empty = everywhere. */
  langs?: Lang[];
  weight: number;
}

const PAY_APPS: readonly PayApp[] = [
  { id: 'paypal', names: ['PayPal', 'paypal', 'Paypal', 'PP'], misspelled: ['pay pal', 'paypall', 'pay-pal', 'papyal'], weight: 8 },
  { id: 'revolut', names: ['Revolut', 'revolut', 'revo', 'Rev'], misspelled: ['revolute', 'revoult', 'revollut'], weight: 5 },
  { id: 'monzo', names: ['Monzo', 'monzo'], misspelled: ['monzoo', 'monso'], weight: 4 },
  { id: 'venmo', names: ['Venmo', 'venmo'], misspelled: ['vemno'], weight: 1 },
  { id: 'wise', names: ['Wise', 'wise', 'TransferWise'], weight: 2 },
  { id: 'starling', names: ['Starling', 'starling'], weight: 1 },
  { id: 'applepay', names: ['Apple Pay', 'apple pay'], weight: 1 },
  { id: 'gpay', names: ['Google Pay', 'GPay', 'gpay'], weight: 2 },
  { id: 'cashapp', names: ['Cash App', 'cashapp'], weight: 1 },
  { id: 'blik', names: ['BLIK', 'blik', 'Blik'], langs: ['pl'], weight: 6 },
  { id: 'jazzcash', names: ['JazzCash', 'jazzcash', 'Jazz Cash'], langs: ['ur'], weight: 5 },
  { id: 'easypaisa', names: ['Easypaisa', 'easypaisa', 'easy paisa'], langs: ['ur'], weight: 5 },
  { id: 'upi', names: ['UPI', 'upi'], langs: ['hi'], weight: 5 },
  { id: 'paytm', names: ['Paytm', 'paytm', 'PayTM'], langs: ['hi'], weight: 4 },
  { id: 'phonepe', names: ['PhonePe', 'phonepe'], langs: ['hi'], weight: 3 },
  { id: 'bizum', names: ['Bizum', 'bizum'], langs: ['es'], weight: 6 },
  { id: 'mbway', names: ['MB Way', 'MBWay', 'mbway'], langs: ['pt'], weight: 5 },
  { id: 'pix', names: ['Pix', 'PIX', 'pix'], langs: ['pt'], weight: 4 },
  { id: 'lydia', names: ['Lydia', 'lydia'], langs: ['fr'], weight: 5 },
  { id: 'paylib', names: ['Paylib', 'paylib'], langs: ['fr'], weight: 2 },
  { id: 'stcpay', names: ['STC Pay', 'stc pay'], langs: ['ar'], weight: 3 },
  { id: 'westernunion', names: ['Western Union', 'western union', 'WU'], langs: ['ar', 'ur', 'ro'], weight: 2 },
];

export interface PayPick { id: string; text: string; style: string }

/** A payment app for `lang`: global apps everywhere, local ones in their language. */
export function pickPayApp(rng: Rng, lang: Lang): PayPick {
  const pool = PAY_APPS.filter((a) => !a.langs || a.langs.includes(lang));
  const weights: Record<string, number> = {};
  for (const a of pool) weights[a.id] = a.weight;
  const chosen = rng.weighted(weights);
  const app = pool.find((a) => a.id === chosen)!;
  const style = rng.weighted({ name: 80, misspelled: app.misspelled ? 10 : 0, leet: 5, spaced: 5 });
  const base = rng.pick(app.names);
  switch (style) {
    case 'misspelled': return { id: app.id, text: rng.pick(app.misspelled!), style };
    case 'leet': return { id: app.id, text: leet(rng, base.replace(/\s+/g, '')), style };
    case 'spaced': return { id: app.id, text: spaced(rng, base), style };
    default: return { id: app.id, text: base, style: 'name' };
  }
}

function digits(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(rng.int(0, 9));
  return s;
}

/**
 * Made-up bank details: a UK sort code and account number, or one of the published documentation
 * example IBANs (never a real account).
 */
export function pickBank(rng: Rng): PayPick {
  const style = rng.weighted({ uk: 70, ukwords: 15, iban: 15 });
  if (style === 'iban') {
    return { id: 'iban', style, text: rng.pick(['GB82 WEST 1234 5698 7654 32', 'GB33BUKB20201555555555', 'GB82WEST12345698765432', 'PL61 1090 1014 0000 0712 1981 2874', 'RO49 AAAA 1B31 0075 9384 0000', 'ES91 2100 0418 4502 0005 1332', 'FR14 2004 1010 0505 0001 3M02 606', 'PT50 0002 0123 1234 5678 9015 4']) };
  }
  const sc = `${digits(rng, 2)}-${digits(rng, 2)}-${digits(rng, 2)}`;
  const acc = digits(rng, 8);
  if (style === 'ukwords') return { id: 'uk', style, text: rng.pick([`sort code ${sc} account ${acc}`, `s/c ${sc} a/c ${acc}`, `sort ${sc.replace(/-/g, '')} acc no ${acc}`]) };
  return { id: 'uk', style, text: rng.pick([`${sc} ${acc}`, `${sc} / ${acc}`, `SC ${sc}, ACC ${acc}`, `${sc.replace(/-/g, ' ')}  ${acc}`]) };
}

/** A personal payment link (labelled `url` as well as `payment`): paypal.me/…, monzo.me/… */
export function pickPayLink(rng: Rng, handle: string): PayPick {
  const h = handle.replace(/^@/, '').replace(/[._]/g, '');
  const host = rng.pick(['paypal.me', 'monzo.me', 'revolut.me', 'www.paypal.me', 'https://monzo.me', 'paypal.me']);
  return { id: host.replace(/^https:\/\/|^www\./, ''), style: 'link', text: `${host}/${h}` };
}
