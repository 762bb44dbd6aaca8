import { describe, expect, it } from "vitest";
import { gql } from "../support/http.js";
import { useSeedServer } from "../support/seeds.js";

const seeded = useSeedServer();

interface NameFormOut {
  key: string;
  name: string;
  rule: string;
  basis: string;
  articles: Array<{ source: string }>;
}

describe("why a name is an actor, over GraphQL", () => {
  it("lists every name form of an actor with the rule that settled it, the reason and the articles", async () => {
    const res = await gql<{ actors: Array<{ name: string; aliases: string[]; nameForms: NameFormOut[] }> }>(
      seeded.server.graphqlUrl,
      `{ actors(where: { nameForms: { some: { rule: { eq: "surname" } } } }) {
           name aliases nameForms { key name rule basis articles { source } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const actors = res.data!.actors;
    expect(actors.length).toBeGreaterThan(0);
    for (const actor of actors) {
      const surname = actor.nameForms.find((f) => f.rule === "surname")!;
      // The lone surname is the actor's last name, and the reason quotes the full name it joined.
      expect(actor.name.toLowerCase().endsWith(surname.key)).toBe(true);
      expect(surname.basis).toContain(`'${actor.name}'`);
      expect(surname.articles.length).toBeGreaterThan(0);
      expect(actor.aliases).toContain(surname.name);
      // The actor's own full name is there too, settled as its own.
      expect(actor.nameForms.some((f) => f.rule === "own" && f.name === actor.name)).toBe(true);
    }
  });
});
