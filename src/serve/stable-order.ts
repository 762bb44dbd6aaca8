import {
  Kind,
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type ArgumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLInputObjectType,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type ObjectValueNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";

/**
 * Every list and connection of the generated API in a total order: `{ id: ASC }` is appended to each `sort`
 * (and added where none is given), at the root and in every nested field. @neo4j/graphql's cursors are
 * offsets into the sorted rows, so without a unique last key rows that tie (same `dateFrom`, or null) come
 * back in any order and paging repeats some and skips others.
 *
 * @neo4j/graphql builds one Cypher statement from the root field's arguments and the parsed selection
 * (`info.fieldNodes`, `info.fragments`, `info.variableValues`), so the root resolvers are wrapped to see a
 * rewritten selection; the schema itself is unchanged.
 */
export function withStableOrder(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  if (!query) return schema;
  for (const field of Object.values(query.getFields())) {
    const tieBreak = tieBreakFor(field);
    if (!tieBreak || !field.resolve) continue;
    const resolve = field.resolve as GraphQLFieldResolver<unknown, unknown>;
    field.resolve = (source, args: Record<string, unknown>, context, info) => {
      const rewritten = rewriteInfo(info);
      return resolve(source, { ...args, sort: appendTieBreak(args["sort"], tieBreak) }, context, rewritten);
    };
  }
  return schema;
}

type TieBreak = { id: "ASC" } | { node: { id: "ASC" } };

/** The entry that makes a field's `sort` total, or null when the field has no sort over nodes with an id. */
function tieBreakFor(field: GraphQLField<unknown, unknown>): TieBreak | null {
  const sort = field.args.find((a) => a.name === "sort");
  if (!sort) return null;
  const item = getNamedType(sort.type);
  if (!isInputObjectType(item)) return null;
  const fields = item.getFields();
  if (fields["id"]) return { id: "ASC" };
  const node = fields["node"] ? getNamedType(fields["node"].type) : null;
  if (node && isInputObjectType(node) && (node as GraphQLInputObjectType).getFields()["id"]) return { node: { id: "ASC" } };
  return null;
}

function appendTieBreak(sort: unknown, tieBreak: TieBreak): unknown[] {
  const list = sort === undefined || sort === null ? [] : Array.isArray(sort) ? sort : [sort];
  return [...list, tieBreak];
}

function rewriteInfo(info: GraphQLResolveInfo): GraphQLResolveInfo {
  const variables: Record<string, unknown> = { ...info.variableValues };
  const ctx: Rewrite = { schema: info.schema, variables, counter: 0 };
  const fieldNodes = info.fieldNodes.map((node) => rewriteField(ctx, node, info.parentType));
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const [name, fragment] of Object.entries(info.fragments)) {
    const type = info.schema.getType(fragment.typeCondition.name.value);
    fragments[name] = type ? { ...fragment, selectionSet: rewriteSelections(ctx, fragment.selectionSet, type) } : fragment;
  }
  return { ...info, fieldNodes, fragments, variableValues: variables };
}

interface Rewrite {
  readonly schema: GraphQLSchema;
  readonly variables: Record<string, unknown>;
  counter: number;
}

function rewriteSelections(ctx: Rewrite, set: SelectionSetNode, parent: GraphQLNamedType): SelectionSetNode {
  return {
    ...set,
    selections: set.selections.map((s) => {
      if (s.kind === Kind.FIELD) return rewriteField(ctx, s, parent);
      if (s.kind === Kind.INLINE_FRAGMENT) {
        const type = s.typeCondition ? ctx.schema.getType(s.typeCondition.name.value) ?? parent : parent;
        return { ...s, selectionSet: rewriteSelections(ctx, s.selectionSet, type) };
      }
      return s;
    }),
  };
}

function rewriteField(ctx: Rewrite, node: FieldNode, parent: GraphQLNamedType): FieldNode {
  if (!(isObjectType(parent) || isInterfaceType(parent))) return node;
  const field = parent.getFields()[node.name.value];
  if (!field) return node;
  const tieBreak = tieBreakFor(field as GraphQLField<unknown, unknown>);
  const args = tieBreak ? withSortArgument(ctx, node.arguments ?? [], tieBreak) : node.arguments;
  const selectionSet = node.selectionSet ? rewriteSelections(ctx, node.selectionSet, getNamedType(field.type)) : undefined;
  return { ...node, ...(args ? { arguments: args } : {}), ...(selectionSet ? { selectionSet } : {}) };
}

function withSortArgument(ctx: Rewrite, args: readonly ArgumentNode[], tieBreak: TieBreak): ArgumentNode[] {
  const existing = args.find((a) => a.name.value === "sort");
  const rest = args.filter((a) => a !== existing);
  let value: ValueNode;
  if (!existing) value = { kind: Kind.LIST, values: [literal(tieBreak)] };
  else if (existing.value.kind === Kind.VARIABLE) {
    // A variable is replaced by a fresh one holding the sort with the tie-break appended.
    const name = `__parleyStableSort${ctx.counter++}`;
    ctx.variables[name] = appendTieBreak(ctx.variables[existing.value.name.value], tieBreak);
    value = { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: name } };
  } else if (existing.value.kind === Kind.LIST) value = { ...existing.value, values: [...existing.value.values, literal(tieBreak)] };
  else if (existing.value.kind === Kind.NULL) value = { kind: Kind.LIST, values: [literal(tieBreak)] };
  else value = { kind: Kind.LIST, values: [existing.value, literal(tieBreak)] };
  return [...rest, { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: "sort" }, value }];
}

function literal(tieBreak: TieBreak): ObjectValueNode {
  const id: ObjectValueNode = { kind: Kind.OBJECT, fields: [{ kind: Kind.OBJECT_FIELD, name: { kind: Kind.NAME, value: "id" }, value: { kind: Kind.ENUM, value: "ASC" } }] };
  if ("id" in tieBreak) return id;
  return { kind: Kind.OBJECT, fields: [{ kind: Kind.OBJECT_FIELD, name: { kind: Kind.NAME, value: "node" }, value: id }] };
}
