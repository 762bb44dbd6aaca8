import { Kind, type GraphQLResolveInfo, type SelectionSetNode, type ValueNode } from "graphql";

/**
 * Whether the request selects `field` on the object this resolver returns (or on each item of its list),
 * through fragments and inline fragments alike. @include/@skip are not evaluated: a field under either counts
 * as selected, which is always safe (it only means fetching what might not be used).
 */
export function selectsField(info: GraphQLResolveInfo, field: string): boolean {
  const seen = new Set<string>();
  const within = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === field;
      if (s.kind === Kind.INLINE_FRAGMENT) return within(s.selectionSet);
      const name = s.name.value;
      if (seen.has(name)) return false;
      seen.add(name);
      return within(info.fragments[name]?.selectionSet);
    });
  return info.fieldNodes.some((node) => within(node.selectionSet));
}

/**
 * The values the request gives argument `arg` of `field` on the object this resolver returns (every
 * occurrence: aliases may ask for the field twice), with variables resolved; `undefined` where it is left out.
 */
export function fieldArguments(info: GraphQLResolveInfo, field: string, arg: string): unknown[] {
  const values: unknown[] = [];
  const seen = new Set<string>();
  const within = (set: SelectionSetNode | undefined): void => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) {
        if (s.name.value !== field) continue;
        const node = s.arguments?.find((a) => a.name.value === arg);
        values.push(node === undefined ? undefined : node.value.kind === Kind.VARIABLE ? info.variableValues[node.value.name.value] : valueFromLiteral(node.value));
      } else if (s.kind === Kind.INLINE_FRAGMENT) within(s.selectionSet);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        within(info.fragments[s.name.value]?.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) within(node.selectionSet);
  return values;
}

function valueFromLiteral(node: ValueNode): unknown {
  return node.kind === Kind.INT ? Number(node.value) : node.kind === Kind.NULL ? null : undefined;
}

/** Whether the request selects the nested field at `path` (e.g. ["edges", "meetingIds"]) below this resolver's. */
export function selectsPath(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  const within = (set: SelectionSetNode | undefined, rest: readonly string[], seen: Set<string>): boolean =>
    (set?.selections ?? []).some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === rest[0] && (rest.length === 1 || within(s.selectionSet, rest.slice(1), seen));
      if (s.kind === Kind.INLINE_FRAGMENT) return within(s.selectionSet, rest, seen);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return within(info.fragments[s.name.value]?.selectionSet, rest, seen);
    });
  return info.fieldNodes.some((node) => within(node.selectionSet, path, new Set()));
}
