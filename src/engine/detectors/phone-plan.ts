import { Metadata, type CountryCode } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/metadata.max.json';

/**
 * A fast path for the home region's numbers, built from libphonenumber-js's own (max) metadata.
 *
 * Why: `parsePhoneNumberFromString` costs about 40 µs a call on this machine (it rebuilds its
 * regular expressions from the metadata every time), and the phone detector may ask it several
 * times a message. Here the region's patterns are compiled once, and checking a national number
 * costs about a microsecond. The answers are libphonenumber's: possible = a possible length of the
 * region; valid = the number matches one of the region's number types. Anything this does not
 * handle (other regions, other calling codes) still goes to libphonenumber-js itself.
 */
export interface PlanResult {
  possible: boolean;
  valid: boolean;
  /** E.164, e.g. +447700900123. */
  number: string;
  country: string;
}

interface RegionPlan {
  region: string;
  /** Leading-digits pattern: a sufficient sign that a number belongs to this region. */
  leading: RegExp | null;
  possibleLengths: number[];
  general: RegExp;
  types: { pattern: RegExp; lengths: number[] | undefined }[];
}

interface CompiledPlan {
  callingCode: string;
  nationalPrefix: string;
  /** Regions sharing the calling code, in libphonenumber's order (the main region first). */
  regions: RegionPlan[];
}

interface NumberingPlan {
  callingCode(): string;
  nationalPrefix(): string | undefined;
  leadingDigits(): string | undefined;
  possibleLengths(): number[];
  nationalNumberPattern(): string;
  type(t: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}

const TYPES = ['FIXED_LINE', 'MOBILE', 'TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST', 'PERSONAL_NUMBER', 'VOIP', 'PAGER', 'UAN', 'VOICEMAIL'] as const;
const plans = new Map<string, CompiledPlan | null>();

function compileRegion(m: Metadata, region: string): RegionPlan {
  m.selectNumberingPlan(region as CountryCode);
  // The numbering plan's accessors are libphonenumber-js internals typed loosely; read them once.
  const p = (m as unknown as { numberingPlan: NumberingPlan }).numberingPlan;
  const types: RegionPlan['types'] = [];
  for (const t of TYPES) {
    const d = p.type(t);
    if (d && d.pattern()) types.push({ pattern: new RegExp(`^(?:${d.pattern()})$`), lengths: d.possibleLengths() });
  }
  const leading = p.leadingDigits();
  return { region, leading: leading ? new RegExp(`^(?:${leading})`) : null, possibleLengths: p.possibleLengths(), general: new RegExp(`^(?:${p.nationalNumberPattern()})$`), types };
}

function compile(home: string): CompiledPlan | null {
  const m = new Metadata(metadata) as Metadata & { hasCountry(c: string): boolean };
  if (!m.hasCountry(home)) return null;
  m.selectNumberingPlan(home as CountryCode);
  const p = (m as unknown as { numberingPlan: NumberingPlan }).numberingPlan;
  const callingCode = p.callingCode();
  const nationalPrefix = p.nationalPrefix() ?? '';
  const sharing = (metadata as unknown as { country_calling_codes: Record<string, string[]> }).country_calling_codes[callingCode] ?? [home];
  return { callingCode, nationalPrefix, regions: sharing.map((r) => compileRegion(m, r)) };
}

function planFor(region: string): CompiledPlan | null {
  let plan = plans.get(region);
  if (plan === undefined) plans.set(region, (plan = compile(region)));
  return plan;
}

/** libphonenumber's getNumberType, as a yes/no: the general pattern, then any type (with its lengths). */
function hasType(r: RegionPlan, national: string): boolean {
  if (!r.general.test(national)) return false;
  return r.types.some((t) => (!t.lengths || t.lengths.includes(national.length)) && t.pattern.test(national));
}

/** libphonenumber's getCountryByNationalNumber: leading digits, else a full type match, in order. */
function selectRegion(plan: CompiledPlan, national: string): RegionPlan | undefined {
  for (const r of plan.regions) {
    if (r.leading) {
      if (r.leading.test(national)) return r;
    } else if (hasType(r, national)) return r;
  }
  return undefined;
}

/**
 * Check `digits` (figures only) as a number of the home `region`: written nationally with the
 * national prefix ("07700900123"), or internationally with its calling code ("447700900123", from
 * "+44…" or "0044…"; `international` says which). The region is chosen among those sharing the
 * calling code as libphonenumber does (+44: GB, GG, IM, JE). Returns null when this does not apply.
 */
export function checkHomeNumber(digits: string, region: string, international: boolean): PlanResult | null {
  const plan = planFor(region);
  if (!plan) return null;
  let national: string;
  if (international) {
    if (!digits.startsWith(plan.callingCode)) return null;
    national = digits.slice(plan.callingCode.length);
  } else {
    if (!plan.nationalPrefix || !digits.startsWith(plan.nationalPrefix)) return null;
    national = digits.slice(plan.nationalPrefix.length);
  }
  const selected = selectRegion(plan, national);
  const lengths = (selected ?? plan.regions[0]).possibleLengths;
  const possible = lengths.includes(national.length);
  const valid = possible && selected !== undefined && hasType(selected, national);
  // Written nationally, a number no region claims is taken as the home region's (as the library does
  // with a default country); written internationally, it has no region.
  return { possible, valid, number: `+${plan.callingCode}${national}`, country: selected?.region ?? (international ? '' : region) };
}

/** The national prefix of `region` ("0" for GB, "1" for US), or "" when it has none or is unknown. */
export function nationalPrefixOf(region: string): string {
  return planFor(region)?.nationalPrefix ?? '';
}

/**
 * `digits` as a national number of `region` written without any prefix, for regions whose plan has
 * no national prefix (Spain, Portugal, Italy…): the same check as `checkHomeNumber`, with the
 * figures taken as the national number itself. Null when the region has a national prefix.
 */
export function checkNationalNumber(digits: string, region: string): PlanResult | null {
  const plan = planFor(region);
  if (!plan || plan.nationalPrefix) return null;
  const selected = selectRegion(plan, digits);
  const lengths = (selected ?? plan.regions[0]).possibleLengths;
  const possible = lengths.includes(digits.length);
  const valid = possible && selected !== undefined && hasType(selected, digits);
  return { possible, valid, number: `+${plan.callingCode}${digits}`, country: selected?.region ?? region };
}
