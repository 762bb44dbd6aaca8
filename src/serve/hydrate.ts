import DataLoader from "dataloader";
import { execute, isObjectType, parse, print, type FieldNode, type GraphQLResolveInfo, type GraphQLSchema } from "graphql";
import type { Database, RunOptions } from "../database/database.js";
import { ParleyError } from "../errors.js";
import { meetingsOfActors } from "../query/traversals.js";
import type { ActorRow, ArticleRow, EvidenceRow, MeetingRow, PlaceRow } from "../query/types.js";

type Lazy = (args: Record<string, unknown>, context: unknown, info: GraphQLResolveInfo) => unknown;

// The generated root query field of each node type, used to answer fields a traversal did not fetch.
const ROOT_FIELD: Record<string, string> = { Actor: "actors", Meeting: "meetings", Place: "places", Article: "articles", Evidence: "evidences", Organisation: "organisations" };

/**
 * Turns traversal rows into objects the generated node types can resolve. Fields the traversal fetched are
 * plain values; Actor.meetings is batched per request; any other field is answered by a follow-up query
 * through the generated API, so every selection of the schema works on traversal results.
 */
export class Hydrator {
  private readonly actorMeetings: DataLoader<string, MeetingRow[]>;

  constructor(
    db: Database,
    options: RunOptions,
    private readonly schema: GraphQLSchema,
    private readonly rawVariables: Record<string, unknown>,
  ) {
    this.actorMeetings = new DataLoader(async (ids) => {
      const byId = await meetingsOfActors(db, ids, options);
      return ids.map((id) => byId.get(id) ?? []);
    });
  }

  actor(row: ActorRow): object {
    return this.node("Actor", row.id, {
      id: row.id,
      name: row.name,
      aliases: row.aliases,
      meetings: ((args: Record<string, unknown>) => {
        rejectNestedArguments("Actor.meetings", args);
        return this.actorMeetings.load(row.id).then((ms) => ms.map((m) => this.meeting(m)));
      }) as Lazy,
    });
  }

  meeting(row: MeetingRow): object {
    return this.node("Meeting", row.id, {
      id: row.id,
      kind: row.kind,
      date: row.date,
      dateFrom: row.dateFrom,
      dateTo: row.dateTo,
      place: row.place ? this.place(row.place) : null,
      participants: row.participants.map((p) => this.actor(p)),
      evidence: row.evidence.map((e) => this.evidence(e)),
    });
  }

  private place(row: PlaceRow): object {
    return this.node("Place", row.id, { ...row });
  }

  private evidence(row: EvidenceRow): object {
    return this.node("Evidence", row.id, { id: row.id, quote: row.quote, start: row.start, end: row.end, claim: row.claim, article: this.article(row.article) });
  }

  private article(row: ArticleRow): object {
    return this.node("Article", row.id, { ...row });
  }

  /** Wraps known values so that any other field of the type falls back to a follow-up query. */
  private node(typeName: string, id: string, known: Record<string, unknown>): object {
    const type = this.schema.getType(typeName);
    const fields = isObjectType(type) ? type.getFields() : {};
    return new Proxy(known, {
      get: (target, prop) => {
        if (typeof prop !== "string" || prop in target || !(prop in fields)) return target[prop as string];
        return ((_args, context, info) => this.followUp(typeName, id, context, info)) as Lazy;
      },
    });
  }

  private async followUp(typeName: string, id: string, context: unknown, info: GraphQLResolveInfo): Promise<unknown> {
    const root = ROOT_FIELD[typeName]!;
    const field: FieldNode = { ...info.fieldNodes[0]!, alias: undefined };
    const varDefs = [...(info.operation.variableDefinitions ?? []).map((d) => print(d)), "$__parleyId: ID!"].join(", ");
    const fragments = Object.values(info.fragments).map((f) => print(f)).join("\n");
    const document = parse(`query (${varDefs}) { ${root}(where: { id: { eq: $__parleyId } }) { ${print(field)} } }\n${fragments}`);
    const result = await execute({ schema: info.schema, document, variableValues: { ...this.rawVariables, __parleyId: id }, contextValue: context });
    if (result.errors?.length) throw result.errors[0];
    const rows = (result.data?.[root] ?? []) as Array<Record<string, unknown>>;
    return rows[0]?.[field.name.value] ?? null;
  }
}

function rejectNestedArguments(field: string, args: Record<string, unknown>): void {
  const given = Object.keys(args).filter((k) => args[k] !== undefined && args[k] !== null);
  if (given.length > 0) {
    throw new ParleyError("INPUT_INVALID", `${field} inside a traversal result takes no arguments (${given.join(", ")}); query actors(where: { id: { eq: ... } }) for filtered meetings`);
  }
}
