import type { Candidate } from '../../types.js';
import type { NerContext } from '../context.js';
import type { GazetteerMatch } from '../gazetteer.js';
import { isQuotedPerson } from '../filters/quoted-names.js';
import { abbreviationCandidates } from '../rules/abbreviation.js';
import { acronymOrgCandidates, acronymRepeatCandidates } from '../rules/org-acronym.js';
import { latinFullNameCandidates, latinNameCandidates } from '../rules/latin-names.js';
import { compoundOrgCandidates } from '../rules/org-compound.js';
import { parentCompoundCandidates } from '../rules/org-parent-compound.js';
import { kindNameCandidates } from '../rules/org-kind-name.js';
import { numberedOrgCandidates } from '../rules/org-numbered.js';
import { namedAfterOrgCandidates } from '../rules/org-named-after.js';
import { domainOrgCandidates } from '../rules/org-domain.js';
import { institutionGenitiveCandidates } from '../rules/institution-genitive.js';
import { sportSideCandidates } from '../rules/org-sport-sides.js';
import { dependentOrgCandidates, descriptiveOrgCandidates } from '../rules/org-descriptive.js';
import { quotedOrgCandidates } from '../rules/org-quoted.js';
import { coordinatedNames } from '../rules/person/coordinated-names.js';
import { personCandidates } from '../rules/person/index.js';
import { withoutJoinedPeople } from '../rules/person/joined-people.js';
import { descriptivePlaceCandidates, placeCandidates } from '../rules/place.js';
import { repeatedSurnames } from '../rules/surname-repeat.js';
import { dictionaryCandidates } from './dictionary.js';
import { gazetteerMatches } from './gazetteer.js';

/** What the proposers before a rule found: the gazetteer's matches, and each rule's candidates by its name. */
export interface Proposals {
  matches: readonly GazetteerMatch[];
  by: Readonly<Record<string, readonly Candidate[]>>;
}

/** A rule that proposes candidates; it may read what the rules before it proposed. */
export interface Proposer {
  name: string;
  run: (ctx: NerContext, earlier: Proposals) => Candidate[];
}

const by = (earlier: Proposals, name: string): readonly Candidate[] => earlier.by[name] ?? [];

/** The rules, in the order they run; their candidates go to selection in this order too. */
export const PROPOSERS: readonly Proposer[] = [
  { name: 'quoted-org', run: (ctx, earlier) => quotedOrgCandidates(ctx, earlier.matches) },
  { name: 'dictionary', run: (ctx, earlier) => dictionaryCandidates(ctx, earlier.matches, by(earlier, 'quoted-org')) },
  { name: 'person', run: (ctx, earlier) => withoutJoinedPeople(ctx, personCandidates(ctx), by(earlier, 'dictionary')) },
  { name: 'abbreviation', run: (ctx, earlier) => abbreviationCandidates(ctx, earlier.matches) },
  { name: 'latin-name', run: (ctx) => latinNameCandidates(ctx) },
  { name: 'latin-full-name', run: (ctx, earlier) => latinFullNameCandidates(ctx, [...by(earlier, 'dictionary'), ...by(earlier, 'abbreviation')]) },
  { name: 'descriptive-org', run: (ctx) => descriptiveOrgCandidates(ctx) },
  { name: 'acronym-org', run: (ctx) => acronymOrgCandidates(ctx) },
  { name: 'acronym-repeat', run: (ctx, earlier) => acronymRepeatCandidates(ctx, by(earlier, 'acronym-org')) },
  { name: 'compound-org', run: (ctx) => compoundOrgCandidates(ctx) },
  { name: 'parent-compound-org', run: (ctx) => parentCompoundCandidates(ctx) },
  { name: 'kind-name-org', run: (ctx, earlier) => kindNameCandidates(ctx, earlier.matches) },
  { name: 'numbered-org', run: (ctx) => numberedOrgCandidates(ctx) },
  { name: 'named-after-org', run: (ctx) => namedAfterOrgCandidates(ctx) },
  { name: 'sport-side-org', run: (ctx) => sportSideCandidates(ctx) },
  { name: 'domain-org', run: (ctx) => domainOrgCandidates(ctx) },
  { name: 'dependent-org', run: (ctx, earlier) => dependentOrgCandidates(ctx, by(earlier, 'dictionary')) },
  { name: 'place', run: (ctx) => placeCandidates(ctx) },
  { name: 'descriptive-place', run: (ctx) => descriptivePlaceCandidates(ctx) },
  {
    name: 'institution-genitive',
    run: (ctx, earlier) => institutionGenitiveCandidates(ctx, [...by(earlier, 'dictionary'), ...by(earlier, 'person'), ...by(earlier, 'place')]),
  },
  {
    name: 'surname-repeat',
    run: (ctx, earlier) => {
      const known = by(earlier, 'person').concat(by(earlier, 'dictionary').filter((c) => c.entry?.type === 'PER'));
      return repeatedSurnames(ctx, known.filter((c) => !isQuotedPerson(ctx, c)));
    },
  },
  {
    name: 'coordinated-name',
    run: (ctx, earlier) => coordinatedNames(ctx, by(earlier, 'person').concat(by(earlier, 'dictionary').filter((c) => c.entry?.type === 'PER'), by(earlier, 'surname-repeat'))),
  },
];

/** The propose phase: the gazetteer first (the rules read where its names lie), then every rule in order. */
export function propose(ctx: NerContext): Candidate[] {
  const found: Record<string, readonly Candidate[]> = {};
  // One view for every rule: \`by\` is the same object, filled as the rules run.
  const earlier: Proposals = { matches: gazetteerMatches(ctx), by: found };
  const all: Candidate[] = [];
  for (const p of PROPOSERS) {
    const candidates = p.run(ctx, earlier);
    found[p.name] = candidates;
    // One push each, not concat (a copy of all so far per rule) nor push(...) (a long document
    // has more candidates than a call has arguments).
    for (const c of candidates) all.push(c);
  }
  return all;
}
