import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, visit, type ArgumentNode, type DocumentNode } from "graphql";

/** Page arguments of the generated API and the traversals: never negative, never over the page size. */
const PAGE_ARGUMENTS = new Set(["limit", "first"]);
const COUNT_ARGUMENTS = new Set(["limit", "first", "offset"]);
/** Name forms and search text: short, so a request cannot build a huge full-text query. */
const TEXT_ARGUMENTS = new Set(["actor", "from", "to", "query"]);

export interface ArgumentLimitSettings {
  /** Largest `limit`/`first` anywhere. */
  readonly maxPageSize: number;
  /** Longest name or search text, in characters. */
  readonly maxTextLength: number;
}

/** An argument of a document as written: a literal, or the variable that gives its value. */
interface ArgumentUse {
  readonly node: ArgumentNode;
  readonly literal?: number | string;
  readonly variable?: string;
}

export type ArgumentProblem = { code: "INPUT_INVALID" | "BAD_USER_INPUT"; message: string; argument: string; limit?: number };

/**
 * Checks one argument's value; undefined when it is fine. Pure, so the rules are unit-tested on their own.
 * Values of the wrong type are left to GraphQL's own coercion, which reports them.
 */
export function checkArgument(name: string, value: unknown, limits: ArgumentLimitSettings): ArgumentProblem | undefined {
  if (COUNT_ARGUMENTS.has(name) && typeof value === "number") {
    if (value < 0) return { code: "INPUT_INVALID", argument: name, message: `${name} must be 0 or more; got ${value}` };
    if (PAGE_ARGUMENTS.has(name) && value > limits.maxPageSize) {
      return {
        code: "BAD_USER_INPUT",
        argument: name,
        limit: limits.maxPageSize,
        message: `${name}: ${value} is over the page-size limit of ${limits.maxPageSize}; page through results with cursors (first/after on the *Connection queries) or offset`,
      };
    }
  }
  if (TEXT_ARGUMENTS.has(name) && typeof value === "string" && value.length > limits.maxTextLength) {
    return {
      code: "INPUT_INVALID",
      argument: name,
      limit: limits.maxTextLength,
      message: `${name} is ${value.length} characters long; names and search text are at most ${limits.maxTextLength}`,
    };
  }
  return undefined;
}

/**
 * Range-checks every page and text argument, literal or variable, before anything runs, so nothing out of
 * range reaches Cypher (where a negative LIMIT or a thousand-word full-text query fails with Neo4j's
 * internals). Refusals are request errors: INPUT_INVALID or BAD_USER_INPUT naming the argument.
 */
export function argumentLimits(limits: ArgumentLimitSettings): ApolloServerPlugin {
  // Apollo hands the same parsed document to every request with the same query text (its document store), so
  // the walk over the document is done once per document; each request only looks up its variables.
  const byDocument = new WeakMap<DocumentNode, readonly ArgumentUse[]>();
  const argumentUses = (document: DocumentNode): readonly ArgumentUse[] => {
    let found = byDocument.get(document);
    if (!found) {
      const list: ArgumentUse[] = [];
      visit(document, {
        Argument(node) {
          const name = node.name.value;
          if (!COUNT_ARGUMENTS.has(name) && !TEXT_ARGUMENTS.has(name)) return;
          if (node.value.kind === Kind.INT) list.push({ node, literal: Number(node.value.value) });
          else if (node.value.kind === Kind.STRING) list.push({ node, literal: node.value.value });
          else if (node.value.kind === Kind.VARIABLE) list.push({ node, variable: node.value.name.value });
        },
      });
      found = list;
      byDocument.set(document, found);
    }
    return found;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const uses = argumentUses(document);
          if (uses.length === 0) return;
          const variables = request.variables ?? {};
          for (const use of uses) {
            const value = use.variable !== undefined ? variables[use.variable] : use.literal;
            const problem = checkArgument(use.node.name.value, value, limits);
            if (problem) {
              throw new GraphQLError(problem.message, {
                nodes: [use.node],
                extensions: {
                  code: problem.code,
                  argument: problem.argument,
                  ...(problem.limit !== undefined ? { limit: problem.limit } : {}),
                  http: { status: 400 },
                },
              });
            }
          }
        },
      };
    },
  };
}
