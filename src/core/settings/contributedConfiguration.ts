import * as z from 'zod';
import { SETTINGS_SECTION } from './settingSpec';
import type { SettingSection, SettingSpec } from './settingSpec';
import { SETTING_SPECS } from './settingsSchema';

/** One entry of `contributes.configuration` in package.json. */
export interface ConfigurationSection {
  readonly id: string;
  readonly title: string;
  readonly order: number;
  readonly properties: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

const SECTION_TITLES: Readonly<Record<SettingSection, string>> = {
  general: 'General',
  estimates: 'Estimates',
  providers: 'Providers',
};

/**
 * `contributes.configuration` as package.json must hold it, derived from the zod schema so the two
 * cannot drift: JSON Schema of each setting (type, enum, bounds, default) plus scope and help text.
 */
export function contributedConfiguration(): ConfigurationSection[] {
  const sections = Object.keys(SECTION_TITLES) as SettingSection[];
  return sections.map((section, sectionIndex) => {
    const properties: Record<string, Record<string, unknown>> = {};
    let order = 0;
    for (const [key, spec] of Object.entries(SETTING_SPECS) as [string, SettingSpec][]) {
      if (spec.section !== section) continue;
      properties[`${SETTINGS_SECTION}.${key}`] = propertyOf(spec, order++);
    }
    return { id: `${SETTINGS_SECTION}.${section}`, title: `LLM Cost: ${SECTION_TITLES[section]}`, order: sectionIndex, properties };
  });
}

/** Keys (with prefix) that an untrusted workspace must not set: `restrictedConfigurations`. */
export function restrictedSettings(): string[] {
  return Object.entries(SETTING_SPECS as Record<string, SettingSpec>)
    .filter(([, spec]) => spec.routesRequests)
    .map(([key]) => `${SETTINGS_SECTION}.${key}`);
}

function propertyOf(spec: SettingSpec, order: number): Record<string, unknown> {
  const json = z.toJSONSchema(spec.schema, { io: 'input', target: 'draft-7' }) as Record<string, unknown>;
  delete json.$schema;
  return {
    ...collapseNullable(json),
    ...(spec.enumDescriptions ? { enumDescriptions: [...spec.enumDescriptions] } : {}),
    ...(spec.patternErrorMessage ? { patternErrorMessage: spec.patternErrorMessage } : {}),
    markdownDescription: spec.markdownDescription,
    scope: spec.scope,
    order,
  };
}

/**
 * zod writes `T | null` as `anyOf: [T, {type: null}]`, which the Settings editor can only send to
 * settings.json; `type: [T, "null"]` gets an inline editor.
 */
function collapseNullable(json: Record<string, unknown>): Record<string, unknown> {
  const anyOf = json.anyOf as Record<string, unknown>[] | undefined;
  if (!anyOf || anyOf.length !== 2 || anyOf[1]?.type !== 'null' || typeof anyOf[0]?.type !== 'string') return json;
  const { anyOf: _dropped, ...rest } = json;
  return { ...rest, ...anyOf[0], type: [anyOf[0].type, 'null'] };
}
