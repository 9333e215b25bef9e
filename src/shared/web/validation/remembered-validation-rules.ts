import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

type LookUp = ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas'];

const installed = new WeakSet<object>();

/**
 * class-validator finds a class's rules by testing every decorated class of the process on each validation,
 * for inherited ones (typestack/class-validator#2686): a cost that grows with the number of DTOs, 2 % of
 * an API request's CPU here. A class's rules, its ancestors' included, are all registered when its file
 * loads, before anything can validate an instance, so the answer for the same class and options never
 * changes: it is looked up once and remembered. Installed once on the process's metadata storage.
 */
export function rememberValidationRules(): void {
  const storage = getMetadataStorage();
  if (installed.has(storage)) return;
  installed.add(storage);
  const lookUp: LookUp = storage.getTargetValidationMetadatas.bind(storage);
  const remembered = new WeakMap<object, Map<string, ValidationMetadata[]>>();
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    // A schema by name (a string target) is left to class-validator; classes are what the portal validates.
    if (typeof target !== 'function') return lookUp(target, schema, always, strictGroups, groups);
    const key = `${schema}\n${always}\n${strictGroups}\n${groups?.join('\n') ?? ''}`;
    let byOptions = remembered.get(target);
    if (!byOptions) remembered.set(target, (byOptions = new Map()));
    let rules = byOptions.get(key);
    if (!rules) byOptions.set(key, (rules = lookUp(target, schema, always, strictGroups, groups)));
    return rules;
  };
}
