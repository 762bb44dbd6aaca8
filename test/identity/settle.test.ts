import { describe, expect, it } from "vitest";
import { familyOf, settleNames, type NameKeyForms } from "../../src/identity/settle.js";
import { nameKey } from "../../src/identity/names.js";

const entry = (...forms: string[]): NameKeyForms => ({ key: nameKey(forms[0]!), forms });
const settle = (...entries: NameKeyForms[]) => settleNames(entries);
/** Every order of the entries settles the same. */
function allOrders(entries: NameKeyForms[]): NameKeyForms[][] {
  if (entries.length <= 1) return [entries];
  return entries.flatMap((e, i) => allOrders([...entries.slice(0, i), ...entries.slice(i + 1)]).map((rest) => [e, ...rest]));
}

describe("settling names across the corpus", () => {
  it("groups keys by surname", () => {
    expect(familyOf("zoltan vargaby")).toBe("vargaby");
    expect(familyOf("vargaby")).toBe("vargaby");
  });

  it("joins a lone surname to the only full name ending in it, and says so", () => {
    const s = settle(entry("Vargaby", "President Vargaby"), entry("Zoltan Vargaby", "President Zoltan Vargaby"));
    expect(s.get("vargaby")).toEqual({ actorKey: "zoltan vargaby", rule: "surname", basis: expect.stringContaining("'President Zoltan Vargaby' is the only full name") });
    expect(s.get("zoltan vargaby")).toMatchObject({ actorKey: "zoltan vargaby", rule: "own" });
  });

  it("keeps a lone surname apart when two full names end in it, and names both", () => {
    const s = settle(entry("Vargaby"), entry("Zoltan Vargaby"), entry("Ilona Vargaby"));
    expect(s.get("vargaby")).toMatchObject({ actorKey: "vargaby", rule: "ambiguous" });
    expect(s.get("vargaby")!.basis).toContain("'Ilona Vargaby' or 'Zoltan Vargaby'");
  });

  it("lets a shared title decide between two full names", () => {
    const s = settle(entry("Vargaby", "President Vargaby"), entry("Zoltan Vargaby", "President Zoltan Vargaby"), entry("Ilona Vargaby"));
    expect(s.get("vargaby")).toMatchObject({ actorKey: "zoltan vargaby", rule: "title" });
    expect(s.get("vargaby")!.basis).toContain("'president'");
  });

  it("does not join a full name whose titles all differ, and says why", () => {
    const one = settle(entry("Vargaby", "Admiral Vargaby"), entry("Zoltan Vargaby", "Senator Zoltan Vargaby"));
    expect(one.get("vargaby")).toMatchObject({ actorKey: "vargaby", rule: "kept-apart", basis: expect.stringContaining("had other titles") });
    const two = settle(entry("Vargaby", "President Vargaby"), entry("Zoltan Vargaby", "President Zoltan Vargaby"), entry("Ilona Vargaby", "Minister Ilona Vargaby"));
    expect(two.get("vargaby")).toMatchObject({ actorKey: "zoltan vargaby", rule: "surname" });
    // Courtesy titles are no evidence either way.
    expect(settle(entry("Vargaby", "Mr Vargaby"), entry("Zoltan Vargaby", "Senator Zoltan Vargaby")).get("vargaby")!.rule).toBe("surname");
  });

  it("does not take the father's name in 'X bin Y' for the person", () => {
    const s = settle(entry("Tarek bin Fadil", "Sheikh Tarek bin Fadil"), entry("Omar bin Tarek bin Fadil"), entry("Fadil"));
    expect(s.get("tarek fadil")).toMatchObject({ actorKey: "tarek fadil", rule: "kept-apart", basis: expect.stringContaining("father") });
    expect(s.get("fadil")).toMatchObject({ actorKey: "fadil", rule: "kept-apart" });
  });

  it("joins a shorter form that keeps the surname to the one fuller name containing it", () => {
    const s = settle(entry("Tarek Fadil"), entry("Omar Tarek Fadil"));
    expect(s.get("tarek fadil")).toMatchObject({ actorKey: "omar tarek fadil", rule: "shorter-form" });
  });

  it("never joins people who share only a given name", () => {
    const s = settle(entry("Karim al-Haddad"), entry("Karim al-Jabri"), entry("Karim"));
    expect(s.get("karim haddad")!.actorKey).toBe("karim haddad");
    expect(s.get("karim jabri")!.actorKey).toBe("karim jabri");
    expect(s.get("karim")).toMatchObject({ actorKey: "karim", rule: "own" });
  });

  it("settles the same whatever order the names come in", () => {
    const entries = [entry("Vargaby", "President Vargaby"), entry("Zoltan Vargaby"), entry("Ilona Vargaby", "President Ilona Vargaby"), entry("Ilona Vargaby")];
    const first = [...settle(...entries)].sort();
    for (const order of allOrders(entries)) expect([...settle(...order)].sort()).toEqual(first);
  });
});

describe("settling a ruler's name", () => {
  it("does not take a name after a ruler's title for a surname", () => {
    const s = settleNames([entry("Vargaby", "Sultan Vargaby"), entry("Zoltan Vargaby")]);
    expect(s.get("vargaby")).toMatchObject({ actorKey: "vargaby", rule: "kept-apart", basis: expect.stringContaining("given name") });
  });
});
