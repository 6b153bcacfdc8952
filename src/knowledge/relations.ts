import type { UiKey } from '../i18n/t';
import type { relationKinds } from '../vocab';

export type RelationKind = (typeof relationKinds)[number];

/**
 * How a relation reads from each end. `forward` labels the list on the page that declares the relation
 * ("Built on: Netpoll"), `inverse` the list derived on the target's page ("Foundation of: Kitex").
 * Symmetric kinds use the same label both ways. Labels are UI keys: a kind without both keys in
 * i18n/ui/en.ts (and so in zh.ts, which is typed against it) fails the type check.
 */
export const relationLabels: Record<RelationKind, { forward: UiKey; inverse: UiKey }> = {
  'built-on': { forward: 'relation.builtOn', inverse: 'relation.foundationOf' },
  uses: { forward: 'relation.uses', inverse: 'relation.usedBy' },
  'part-of': { forward: 'relation.partOf', inverse: 'relation.hasPart' },
  'data-plane-for': { forward: 'relation.dataPlaneFor', inverse: 'relation.dataPlane' },
  'stores-state-in': { forward: 'relation.storesStateIn', inverse: 'relation.stateStoreFor' },
  'alternative-to': { forward: 'relation.alternativeTo', inverse: 'relation.alternativeTo' },
  'successor-of': { forward: 'relation.successorOf', inverse: 'relation.predecessorOf' },
};
