import { describe, expect, it } from "vitest";
import { nameCompatible, nameKey } from "../../src/extract/entities/names.js";
import { tokenize } from "../../src/extract/text/tokens.js";

describe("name forms", () => {
  it("keys names without particles, case or accents", () => {
    expect(nameKey("Bashar al-Assad")).toEqual(["bashar", "assad"]);
    expect(nameKey("Recep Tayyip Erdoğan")).toEqual(["recep", "tayyip", "erdogan"]);
    expect(nameKey("Mohammed bin Rashid Al Maktoum")).toEqual(["mohammed", "rashid", "maktoum"]);
    expect(nameKey("Ursula von der Leyen")).toEqual(["ursula", "leyen"]);
  });

  it("joins surnames and fuller forms, never a shared given name alone", () => {
    const k = (s: string): string[] => nameKey(s);
    expect(nameCompatible(k("Assad"), k("Bashar al-Assad"))).toBe(true);
    expect(nameCompatible(k("Bashar Assad"), k("Bashar al-Assad"))).toBe(true);
    expect(nameCompatible(k("Tayyip Erdogan"), k("Recep Tayyip Erdoğan"))).toBe(true);
    expect(nameCompatible(k("Mohammed bin Zayed"), k("Mohammed bin Zayed Al Nahyan"))).toBe(true);
    expect(nameCompatible(k("Bashar"), k("Bashar al-Assad"))).toBe(false);
    expect(nameCompatible(k("Bashar al-Jafari"), k("Bashar al-Assad"))).toBe(false);
    expect(nameCompatible(k("Mohammed bin Zayed"), k("Mohammed bin Rashid Al Maktoum"))).toBe(false);
  });
});

describe("tokens", () => {
  it("keeps offsets, possessives, inner hyphens and dotted abbreviations", () => {
    const text = "Syria’s al-Assad met U.S. envoys; the Workers' Party said 400,000.";
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toEqual([
      "Syria", "’s", "al-Assad", "met", "U.S.", "envoys", ";", "the", "Workers'", "Party", "said", "400,000", ".",
    ]);
    expect(tokens[1]!.kind).toBe("poss");
    expect(tokens[2]!.cap).toBe(true);
  });
});
