import { fold } from '../morph/key.js';
import type { Entity, Quote, Reference } from '../types.js';
import { isPersonPronoun } from './pronouns.js';

/**
 * Each entity with the pronouns that refer to it. A quote's pronoun speaker («…», — сказал он)
 * was resolved by the quote rules, which know the speaker is a person: theirs wins.
 */
export function withReferences(entities: Entity[], references: Reference[], quotes: Quote[], text: string): Entity[] {
  const byStart = new Map(references.map((r) => [r.start, r]));
  for (const { speaker, speakerEntity } of quotes) {
    if (!speaker || !speakerEntity) continue;
    const word = text.slice(speaker.start, speaker.end);
    if (isPersonPronoun(fold(word))) byStart.set(speaker.start, { ...speaker, text: word, entity: speakerEntity, kind: 'pronoun' });
  }
  const byEntity = new Map<string, Reference[]>();
  for (const r of [...byStart.values()].sort((a, b) => a.start - b.start)) {
    const list = byEntity.get(r.entity) ?? [];
    list.push(r);
    byEntity.set(r.entity, list);
  }
  return entities.map((e) => ({ ...e, references: byEntity.get(e.id) ?? [] }));
}
