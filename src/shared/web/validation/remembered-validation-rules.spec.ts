import { getMetadataStorage, IsInt, IsString, MaxLength, validate } from 'class-validator';
import { rememberValidationRules } from './remembered-validation-rules';

class Named {
  @IsString()
  @MaxLength(5)
  name!: string;
}

class NamedAndCounted extends Named {
  @IsInt({ groups: ['counted'] })
  count!: number;
}

function instance<T extends object>(type: new () => T, fields: Partial<T>): T {
  return Object.assign(new type(), fields);
}

describe('rememberValidationRules', () => {
  beforeAll(() => rememberValidationRules());

  it("looks up a class's rules once and gives the same answer after", () => {
    const storage = getMetadataStorage();
    const first = storage.getTargetValidationMetadatas(NamedAndCounted, '', false, false);
    expect(storage.getTargetValidationMetadatas(NamedAndCounted, '', false, false)).toBe(first);
    expect(first.map((rule) => rule.propertyName).sort()).toEqual(['count', 'name', 'name']);
  });

  it('keeps inherited rules, and answers each choice of groups apart', async () => {
    const bad = instance(NamedAndCounted, { name: 'far too long', count: 1.5 });
    expect((await validate(bad)).map((error) => error.property).sort()).toEqual(['count', 'name']);
    expect((await validate(bad, { strictGroups: true })).map((error) => error.property)).toEqual(['name']);
    expect((await validate(bad, { groups: ['counted'] })).map((error) => error.property)).toEqual(['count']);
    expect(
      await validate(instance(NamedAndCounted, { name: 'Ann', count: 2 }), { groups: ['counted'] }),
    ).toEqual([]);
  });

  it('installs once however often it is asked', () => {
    const installed = getMetadataStorage().getTargetValidationMetadatas;
    rememberValidationRules();
    expect(getMetadataStorage().getTargetValidationMetadatas).toBe(installed);
  });
});
