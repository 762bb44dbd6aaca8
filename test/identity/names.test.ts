import { describe, expect, it } from "vitest";
import { fold, nameKey, nameWords, searchTerms, wordRole } from "../../src/identity/names.js";
import { nameKey as extractKey } from "../../src/extract/entities/names.js";

describe("the name key", () => {
  it("ignores case, accents, apostrophes and particles, the same for every particle", () => {
    expect(nameKey("Karim al-Haddad")).toBe("karim haddad");
    expect(nameKey("Karim Al Haddad")).toBe("karim haddad");
    expect(nameKey("Yusuf bin Tarek")).toBe(nameKey("Yusuf Tarek"));
    expect(nameKey("Greta von Hallmark")).toBe(nameKey("Greta Hallmark"));
    expect(nameKey("Omar abu Fadil")).toBe(nameKey("Omar Fadil"));
    expect(nameKey("Şükrü Çelikoğlu")).toBe("sukru celikoglu");
    expect(nameKey("Liam O’Darragh's")).toBe("liam odarragh");
  });

  it("leaves a nickname in quotes out of the key, so the plain form is the same person", () => {
    expect(nameKey("Ramon “Bongo” Dela Pena Jr.")).toBe(nameKey("Ramon Dela Pena Jr."));
    expect(nameKey("Ramon 'Bongo' Dela Pena")).toBe(nameKey("Ramon Dela Pena"));
  });

  it("reads a word between two 'Al' particles as the father's line", () => {
    expect(wordRole("hasan", "Karim Al Hasan Al Fadil")).toBe("father");
    expect(wordRole("karim", "Karim Al Hasan Al Fadil")).toBe("own");
    expect(wordRole("rawi", "Omar Al Rawi")).toBe("own");
  });

  it("keeps apart names that differ in more than spelling", () => {
    expect(nameKey("Karim al-Haddad")).not.toBe(nameKey("Karim al-Jabri"));
    expect(nameKey("Mohammed bin Tarek")).not.toBe(nameKey("Mohammed bin Tarek Al Fadil"));
  });

  it("is the key extraction compares (as words) and the plan and queries use (joined)", () => {
    for (const name of ["Yusuf bin Tarek", "Greta von der Hallmark", "Jean-Luc Ferrand", "Anna-Maria d'Ossola"]) {
      expect(extractKey(name)).toEqual(nameWords(name));
      expect(nameKey(name)).toBe(nameWords(name).join(" "));
    }
  });

  it("keeps a name made only of particles rather than giving it the empty key", () => {
    expect(nameKey("Al")).toBe("al");
  });

  it("folds without changing plain ASCII", () => {
    expect(fold("Zoltan")).toBe("zoltan");
    expect(fold("Ünal’s")).toBe("unal's");
    expect(searchTerms("President al-Haddad's")).toEqual(["president", "al", "haddad"]);
  });
});
