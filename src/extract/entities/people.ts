/** People: names after title chains ("Kenyan Foreign Minister Musalia Mudavadi"), role phrases, and untitled names. */
import { aliasCue, atSentenceStart, isCapWord, lastCountryBefore, nameChunk, qualifierOf, skipInitial, unclaimPlaces } from "../mentions/chunks.js";
import { claimRange, claimedBy, newMention, surface, type Analysis, type Doc, type Mention, type Qualifier } from "../text/document.js";
import { HONORIFIC_TAILS, HONORIFIC_WORDS, LEADING_ADJECTIVES, MONTHS, OCCUPATIONS, WEEKDAYS, NON_PERSON_FIRST, NON_PERSON_HEADS, ORG_HEADS, SPEECH_VERBS, STATE_KINDS, STOPWORDS, TITLE_CORE, TITLE_MODIFIERS, VERB_FILLERS } from "../text/lexicon.js";
import { fold, isBareAbbreviation, isNameStopword, isParticle, isTitleWord, looksLikePersonName, looksLikeSurname, titleChainAt } from "./names.js";
import type { Sentence } from "../text/sentences.js";
import type { Token } from "../text/tokens.js";
import { isCommonWord, isProperWord } from "../text/words.js";
import { demonymCountry, matchSubdivision } from "./places.js";
import { isServicePortfolio } from "./organisations.js";

const BOUNDARY = new Set([",", ".", ";", ":", ")", "—", "–", "!", "?", "”", "\""]);

const TO_TITLES = new Set(["ambassador", "envoy", "emissary", "adviser", "advisor", "representative", "delegate", "counsellor", "aide", "consul"]);

interface LeftContext {
  qualifier: Qualifier | null;
  determiner: Mention["determiner"];
  former: boolean;
  start: number;
  orgChunk: [number, number] | null;
}

/** Titles of those who govern a territory: an unknown capitalised word before them is a place ("Uttar Pradesh chief minister"). */
const TERRITORY_TITLES = /^(?:president|prime minister|premier|chief minister|governor|gov|lt gov|lieutenant governor|naa|king|queen|emir|sultan|mayor|president-elect|vice president|vice-president|deputy governor|first minister|ruler|monarch|crown prince|regional president|state governor)$/;

/** The opening quote of a short quoted run of capitalised words that closes at `close`, or null. */
function quotedName(a: Analysis, s: Sentence, close: number): number | null {
  const { tokens } = a.doc;
  let k = close - 1;
  while (k >= s.tokStart && close - k <= 5 && isCapWord(tokens[k]) && !claimedBy(a.doc, k)) k--;
  return k < close - 1 && k >= s.tokStart && /^[“"«]$/.test(tokens[k]!.text) ? k : null;
}

/** Offices of a province or state, which may name it between the title and the name ("Chief Minister Punjab X Y Z"). */
const PROVINCE_TITLES = /^(?:deputy )?(?:chief minister|governor|gov|lt gov|lieutenant governor|state governor|premier|first minister)$/;

/** Marks an unknown capitalised run before a territory's title as a place: neither organisation nor person. */
function territoryChunk(a: Analysis, from: number, to: number, chainStart: number, chainEnd: number): boolean {
  // "Norland Deputy Premier Datuk Amar …": the office without its honorifics or rank.
  const key = titleKeyOf(a.doc.tokens, chainStart, chainEnd).split(" ").filter((w) => !HONORIFIC_WORDS.has(w)).join(" ").replace(/^deputy /, "");
  if (!TERRITORY_TITLES.test(key)) return false;
  // "Congress president", "ANC president": an organisation's head.
  for (let k = from; k < to; k++) if (a.doc.tokens[k]!.allCaps || ORG_HEADS.has(a.doc.tokens[k]!.lower)) return false;
  for (let k = from; k < to; k++) a.adjectival[k] = 1;
  return true;
}

function leftContext(a: Analysis, s: Sentence, chainStart: number, modStart: number, chainEnd = chainStart): LeftContext {
  const { doc } = a;
  const { tokens } = doc;
  const ctx: LeftContext = { qualifier: null, determiner: null, former: false, start: modStart, orgChunk: null };
  for (let k = modStart; k < chainStart; k++) if (/^(former|ex|late)$/.test(tokens[k]!.lower)) ctx.former = true;
  let left = modStart - 1;
  // "Peru's energy and mines minister": a portfolio joined by "and" before the title.
  if (tokens[left]?.lower === "and") {
    let b = left - 1;
    while (b >= s.tokStart && b > left - 4 && tokens[b]!.kind === "word" && !tokens[b]!.cap && !STOPWORDS.has(tokens[b]!.lower) && !/ed$/.test(tokens[b]!.lower)) b--;
    const before = tokens[b];
    if (b < left - 1 && before && (before.kind === "poss" || /^(the|his|her|its|their)$/.test(before.lower) || doc.demonym[b])) left = b;
  }
  const lt = tokens[left];
  if (left >= s.tokStart && lt) {
    if (lt.kind === "poss") {
      ctx.determiner = "possessive";
      const owner = claimedBy(doc, left - 1);
      if (owner && (owner.kind === "place" || owner.kind === "org")) {
        ctx.qualifier = qualifierOf(owner);
        left = owner.tokStart - 1;
      } else if (tokens[left - 1]?.lower === "country") {
        const last = lastCountryBefore(doc, left - 1);
        ctx.qualifier = last ? qualifierOf(last) : null;
        left -= 2;
      } else if (isCapWord(tokens[left - 1]) && !owner) {
        let b = left - 1;
        while (b - 1 >= s.tokStart && isCapWord(tokens[b - 1]) && !claimedBy(doc, b - 1)) b--;
        b = skipInitial(a, b, left);
        if (b < left && !territoryChunk(a, b, left, chainStart, chainEnd)) ctx.orgChunk = [b, left];
        left = b - 1;
      } else {
        // "Kiprono's envoy X", "the group's leader X": the phrase starts at the title; the possessor is someone else.
        left = modStart - 1;
      }
    } else if (/^[”"»]$/.test(lt.text) && quotedName(a, s, left) !== null) {
      // "“Green Gathering” MP X": a quoted name before a title is the body the title belongs to.
      const open = quotedName(a, s, left)!;
      const org = newMention(doc, { kind: "org", tokStart: open + 1, tokEnd: left });
      claimRange(doc, org);
      ctx.qualifier = qualifierOf(org);
      left = open - 1;
    } else if (doc.demonym[left]) {
      const d = doc.demonym[left]!;
      ctx.qualifier = { kind: "country", name: d.name, countryCode: d.countryCode, mention: -1 };
      left--;
      // "South African", "New Zealand": a demonym of several words.
      while (left >= s.tokStart && doc.demonym[left] === d) left--;
    } else {
      const owner = claimedBy(doc, left);
      const acronymOwner = lt.text === ")" && tokens[left - 2]?.text === "(" ? claimedBy(doc, left - 1) : null;
      if (owner && (owner.kind === "place" || owner.kind === "org") && owner.tokEnd === left + 1) {
        ctx.qualifier = qualifierOf(owner);
        left = owner.tokStart - 1;
      } else if (acronymOwner && acronymOwner.kind === "org" && acronymOwner.apposedPerson >= 0) {
        // "Patriotic Union of Kurdistan (PUK) leader Karwan Aziz"
        const full = doc.mentions[acronymOwner.apposedPerson]!;
        ctx.qualifier = qualifierOf(full);
        left = full.tokStart - 1;
      } else if (!owner && isCapWord(lt) && !a.adjectival[left] && !isTitleWord(lt)) {
        let b = left;
        // "State House spokesperson": title-like modifiers ("State", "National") inside the name, but no title of its own.
        while (b - 1 >= s.tokStart && isCapWord(tokens[b - 1]) && !claimedBy(doc, b - 1) && !TITLE_CORE.has(tokens[b - 1]!.lower) && !a.adjectival[b - 1]) b--;
        b = skipInitial(a, b, left + 1);
        while (b < left && b === s.tokStart && LEADING_ADJECTIVES.has(tokens[b]!.lower)) b++;
        if (b <= left && !(left === b && isAdjective(tokens[b]!))) {
          const placeBefore = claimedBy(doc, b - 1);
          if (NON_PERSON_HEADS.has(lt.lower) || territoryChunk(a, b, left + 1, chainStart, chainEnd)) {
            // "Kurdistan Region President", "Amhara Region President": a place, not an organisation.
            left = placeBefore && placeBefore.kind === "place" && placeBefore.tokEnd === b ? placeBefore.tokStart - 1 : b - 1;
          } else if (isServicePortfolio(doc, b, left + 1)) {
            left = b - 1;
          } else {
            ctx.orgChunk = [b, left + 1];
            left = b - 1;
          }
        }
      }
    }
  }
  while (left >= s.tokStart && TITLE_MODIFIERS.has(tokens[left]!.lower)) {
    if (/^(former|ex|late)$/.test(tokens[left]!.lower)) ctx.former = true;
    left--;
  }
  if (left >= s.tokStart && ctx.determiner === null) {
    const l = tokens[left]!.lower;
    if (l === "the") ctx.determiner = "definite";
    else if (l === "a" || l === "an") ctx.determiner = "indefinite";
    else if (l === "his" || l === "her" || l === "its" || l === "their") ctx.determiner = "pronoun";
    if (ctx.determiner) left--;
  }
  ctx.start = left + 1;
  return ctx;
}

const ADJECTIVES = new Set([
  "western", "eastern", "northern", "southern", "arab", "arabic", "european", "african", "asian", "latin", "gulf", "kurdish", "shiite", "shia",
  "sunni", "muslim", "christian", "jewish", "islamic", "catholic", "orthodox", "palestinian", "israeli", "senior", "foreign", "local", "regional",
  "international", "national", "federal", "provincial", "military", "opposition", "rebel", "tribal", "baltic", "nordic", "balkan", "caucasian",
]);

/** "Western diplomat", "Kurdish commander": an adjective before a title, no organisation. */
function isAdjective(t: Token): boolean {
  return ADJECTIVES.has(t.lower) || /(?:ern|ish|ese|ic|ean|ian)$/.test(t.lower);
}

export function findTitled(a: Analysis, s: Sentence): void {
  const { doc } = a;
  const { tokens } = doc;
  for (let i = s.tokStart; i < s.tokEnd; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word" || claimedBy(doc, i)) continue;
    let lim = i + 1;
    while (lim < s.tokEnd && !claimedBy(doc, lim)) lim++;
    const chain = titleChainAt(tokens, i, lim);
    if (!chain) continue;
    // "met Lo Sen on Monday": a bare abbreviated title after a name word ends that name.
    const dotted = tokens[chain.start + 1]?.text === "." ? 1 : 0;
    if (chain.end - chain.start === 1 + dotted && isBareAbbreviation(tokens, chain.start) && isCapWord(tokens[chain.start - 1])) continue;
    if (chain.end - chain.start === 1 && chain.start === i && !t.cap && !precededByDeterminerOrQualifier(a, i)) {
      // A lone lower-case title word ("leader", "officials") only counts with a determiner, qualifier or name after it,
      // or as an apposition to a name ("Zhao Ming, chairman of the …,").
      const apposed = tokens[i - 1]?.text === "," && afterNameLike(a, i - 2) && tokens[chain.end]?.lower === "of";
      if (!isCapWord(tokens[chain.end]) && tokens[chain.end]?.text !== "," && !apposed) continue;
    }
    if (PLURAL_TITLES.has(tokens[chain.end - 1]!.lower)) {
      // "Taliban leaders", "Houthi officials": no one person, but the word before is an organisation.
      const ctx = leftContext(a, s, chain.start, i);
      // "the late Founding Leaders": one common word is no organisation.
      const single = ctx.orgChunk && ctx.orgChunk[1] - ctx.orgChunk[0] === 1 && isCommonWord(tokens[ctx.orgChunk[0]]!.lower) && !tokens[ctx.orgChunk[0]]!.allCaps;
      if (ctx.orgChunk && !single) a.orgCandidates.push({ tokStart: ctx.orgChunk[0], tokEnd: ctx.orgChunk[1], strength: "weak", qualifies: -1 });
      i = chain.end - 1;
      continue;
    }
    i = handleChain(a, s, i, chain.start, chain.end) - 1;
  }
}

const PLURAL_TITLES = new Set([
  "leaders", "officials", "ministers", "commanders", "representatives", "diplomats", "envoys", "members", "fighters", "militants",
  "spokesmen", "delegates", "negotiators", "lawmakers", "legislators", "advisers", "advisors", "aides", "chiefs", "heads", "officers",
  "mps", "senators", "governors", "mayors", "ambassadors", "generals", "chairmen", "spokespeople", "spokespersons",
]);

function surnameNamedBefore(doc: Doc, place: Mention): boolean {
  if (place.tokEnd - place.tokStart !== 1 || place.place?.kind !== "city") return false;
  const word = fold(doc.tokens[place.tokStart]!.text);
  return doc.mentions.some((m) => m.kind === "person" && m.tokEnd - m.tokStart >= 2 && m.tokEnd <= place.tokStart && fold(doc.tokens[m.tokEnd - 1]!.text) === word);
}

function precededByDeterminerOrQualifier(a: Analysis, i: number): boolean {
  const p = a.doc.tokens[i - 1];
  if (!p) return false;
  return p.kind === "poss" || /^(the|a|an|his|her|its|their)$/.test(p.lower) || a.doc.demonym[i - 1] !== null || claimedBy(a.doc, i - 1) !== null || p.cap;
}

function handleChain(a: Analysis, s: Sentence, modStart: number, chainStart: number, chainEnd: number): number {
  const { doc } = a;
  const { tokens } = doc;
  const ctx = leftContext(a, s, chainStart, modStart, chainEnd);
  let e = chainEnd;
  let titleEnd = chainEnd;
  let after: Qualifier | null = null;
  // The title words after "of"/"for" ("Minister of Foreign Affairs"): the office's portfolio.
  let portfolio: [number, number] | null = null;
  const lastCore = tokens[chainEnd - 1]!.lower.replace(/\.$/, "");
  const forPlace = tokens[e]?.lower === "for" ? claimedBy(doc, e + 1) : null;
  if (forPlace && forPlace.kind === "place" && forPlace.tokStart === e + 1 && TO_TITLES.has(lastCore.replace(/s$/, ""))) {
    // "personal envoy for Sudan, Karim Haddad"
    after = qualifierOf(forPlace);
    titleEnd = e = forPlace.tokEnd;
  } else if (tokens[e]?.lower === "for" && isCapWord(tokens[e + 1])) {
    // "Minister for Foreign Affairs", "Special Advisor for International Affairs": title words.
    let r = e + 1;
    const titleish = (k: number): boolean => {
      const t = tokens[k];
      // "Minister for Overseas Pakistanis and …": a people in the plural inside the portfolio.
      if (t !== undefined && t.cap && k > e + 1 && /[a-z]s$/.test(t.text) && demonymCountry(t.text.slice(0, -1)) && titleish(k - 1)) return true;
      return t !== undefined && isCapWord(t) && (isTitleWord(t) || isCommonWord(t.lower)) && !doc.demonym[k] && !claimedBy(doc, k);
    };
    while (r < s.tokEnd && (titleish(r) || ((tokens[r]!.lower === "and" || tokens[r]!.text === ",") && titleish(r + 1)))) r++;
    if (r > e + 1) {
      portfolio = [e + 1, r];
      titleEnd = e = r;
      const country = countryAfterOffice(a, e);
      if (country) [after, e] = [country.qualifier, country.end];
    }
  } else if (tokens[e]?.lower === "of") {
    let k = tokens[e + 1]?.lower === "the" ? e + 2 : e + 1;
    // "the head of the paramilitary Rapid Support Forces (RSF)"
    for (let n = 0; n < 2 && k > e + 1 && tokens[k]?.kind === "word" && !tokens[k]!.cap && !claimedBy(doc, k); n++) k++;
    const owner = claimedBy(doc, k);
    if (owner && (owner.kind === "org" || owner.kind === "place") && owner.tokStart === k) {
      after = qualifierOf(owner);
      // "President of the Islamic Republic of Mauritania, X": a country may take "the".
      if (k === e + 1 || owner.kind === "org" || (owner.place?.kind === "country" && tokens[e + 1]?.lower === "the")) {
        e = owner.tokEnd;
        const acr = claimedBy(doc, e + 1);
        if (tokens[e]?.text === "(" && acr && acr.kind === owner.kind && tokens[e + 2]?.text === ")") e += 3;
        // "Leader of the Example Alliance EA Jane Doe": the acronym without brackets.
        const bare = claimedBy(doc, e);
        if (bare && bare.kind === "org" && bare.tokStart === e && bare.apposedPerson === owner.id) e = bare.tokEnd;
        // "Ambassador of Chile to Peru X": the post after the country is the title's too, not the name's.
        if (tokens[e]?.lower === "to" && TO_TITLES.has(lastCore.replace(/s$/, ""))) {
          const at = tokens[e + 1]?.lower === "the" ? e + 2 : e + 1;
          const post = claimedBy(doc, at);
          if (post && post.tokStart === at && (post.kind === "place" || post.kind === "org")) e = post.tokEnd;
        }
      }
    } else if (k === e + 1 && isCapWord(tokens[k])) {
      // "Minister of Foreign Affairs", "Secretary of State": title words, never the name that follows.
      let r = k;
      const titleish = (t: Token): boolean => isCapWord(t) && (isTitleWord(t) || isCommonWord(t.lower));
      // "Minister of A, B and C X": a comma inside a list of portfolios that "and" closes.
      const listComma = (c: number): boolean => {
        if (tokens[c]!.text !== "," || !titleish(tokens[c + 1]!)) return false;
        for (let q = c + 1; q < s.tokEnd && q < c + 8; q++) {
          if (tokens[q]!.lower === "and") return titleish(tokens[q + 1]!);
          if (!titleish(tokens[q]!) && tokens[q]!.text !== ",") return false;
        }
        return false;
      };
      while (r < s.tokEnd && ((titleish(tokens[r]!) && !claimedBy(doc, r)) || (tokens[r]!.lower === "and" && titleish(tokens[r + 1]!)) || listComma(r))) r++;
      // "Chief of Army Staff Gen Tariq Javed": a rank after the title.
      if (r > k) portfolio = [k, r];
      const rank = r > k ? titleChainAt(tokens, r, s.tokEnd) : null;
      if (rank && rank.start === r) r = rank.end;
      if (r > k) {
        titleEnd = e = r;
        // "Minister of Foreign Affairs of the Republic of Chile X": the country after the office qualifies it.
        const country = countryAfterOffice(a, e);
        if (country) [after, e] = [country.qualifier, country.end];
      } else if (governsTerritory(tokens, chainStart, chainEnd)) markTerritory(a, s, k);
      else if (ownerAfterOf(a, s, k)) after = qualifierOf(doc.mentions[doc.mentions.length - 1]!);
    } else if (k === e + 2 && isCapWord(tokens[k]) && !claimedBy(doc, k) && !governsTerritory(tokens, chainStart, chainEnd) && ownerAfterOf(a, s, k)) {
      after = qualifierOf(doc.mentions[doc.mentions.length - 1]!);
    }
  } else if (tokens[e]?.lower === "to" && TO_TITLES.has(lastCore.replace(/s$/, ""))) {
    const k = tokens[e + 1]?.lower === "the" ? e + 2 : e + 1;
    const owner = claimedBy(doc, k);
    if (owner && owner.kind === "org" && owner.tokStart === k) {
      after = qualifierOf(owner);
      e = owner.tokEnd;
    } else if (owner && owner.kind === "place") {
      let r = owner.tokEnd;
      while (tokens[r]?.lower === "and" && claimedBy(doc, r + 1)?.kind === "place") r = claimedBy(doc, r + 1)!.tokEnd;
      titleEnd = e = r;
    } else if (k === e + 2 && STATE_KINDS.has(tokens[k]?.lower ?? "") && !claimedBy(doc, k) && isCapWord(tokens[k + 1]) && !ORG_HEADS.has(tokens[k + 1]!.lower) && !isCommonWord(tokens[k + 1]!.lower)) {
      // "Ambassador to the Kingdom X": a state named by its kind, as a story in that state says it.
      titleEnd = e = k + 1;
    }
  }
  const title = surface(doc, chainStart, titleEnd);
  const titleKey = portfolioKey(tokens, titleKeyOf(tokens, chainStart, chainEnd), portfolio);
  const qualifier = ctx.qualifier ?? after;

  let nameStart = e;
  // "Defense Minister Israel Katz": a country word between a title and a name belongs to the name, unless a full
  // name follows it ("Governor Lagos Ade Bayo Cole": the place is the office's).
  const between = claimedBy(doc, nameStart);
  let placeOfOffice: Qualifier | null = null;
  if (between && between.kind === "place" && between.tokStart === nameStart && isCapWord(tokens[between.tokEnd]) && !claimedBy(doc, between.tokEnd) && e === chainEnd) {
    const tail = nameChunk(a, between.tokEnd, s.tokEnd);
    if (tail && tail[1] - tail[0] >= 2 && looksLikePersonName(tokens.slice(tail[0], tail[1]), true)) {
      placeOfOffice = qualifierOf(between);
      nameStart = between.tokEnd;
    } else if (tail) {
      unclaimPlaces(doc, between.tokStart, between.tokEnd);
      nameStart = between.tokStart;
    }
  } else if (!between && e === chainEnd && isCapWord(tokens[e]) && !HONORIFIC_WORDS.has(tokens[e - 1]!.lower) && PROVINCE_TITLES.test(titleKeyOf(tokens, chainStart, chainEnd))) {
    // "Chief Minister Punjab X Y Z": a province between a territory's office and a full name is the office's. Province
    // names are also given names ("Governor Farah Abdi Warsame"), so only before a name of three words or more.
    const region = matchSubdivision(tokens, e, s.tokEnd);
    const tail = region && isCapWord(tokens[region.tokEnd]) && !claimedBy(doc, region.tokEnd) ? nameChunk(a, region.tokEnd, s.tokEnd) : null;
    const repeated = region !== null && tail !== null && tokens.slice(tail[0], tail[1]).some((t) => t.lower === tokens[e]!.lower);
    if (region && tail && !repeated && tail[1] - tail[0] >= 3 && looksLikePersonName(tokens.slice(tail[0], tail[1]), true)) {
      const pm = newMention(doc, { kind: "place", tokStart: e, tokEnd: region.tokEnd, place: region.place });
      claimRange(doc, pm);
      placeOfOffice = qualifierOf(pm);
      nameStart = region.tokEnd;
    }
  } else if (between && between.kind === "place" && between.tokStart === nameStart && e === chainEnd && surnameNamedBefore(doc, between)) {
    // "Prime Minister Ana Lima … PM Lima said": a one-word city after a title is the surname of a person already named.
    unclaimPlaces(doc, between.tokStart, between.tokEnd);
  }
  // "Health Minister Retired Brigadier General X": a retired rank between the office and the name.
  if (nameStart === e && tokens[e]?.kind === "word" && TITLE_MODIFIERS.has(tokens[e]!.lower) && isCapWord(tokens[e])) {
    const rank = titleChainAt(tokens, e, s.tokEnd);
    if (rank && rank.start > e && rank.end > rank.start && isCapWord(tokens[rank.end]) && !claimedBy(doc, rank.end)) nameStart = rank.end;
  }
  let direct = e === chainEnd || e === titleEnd ? nameChunk(a, nameStart, s.tokEnd) : null;
  if (!direct && after && after.kind !== "org" && e > chainEnd) {
    // "Emir of Qatar Sheikh Hamad bin Nasser", "President of Kenya Daniel Kiprono": a name after "of <country>".
    const honorific = titleChainAt(tokens, e, s.tokEnd);
    const at = honorific ? honorific.end : e;
    if (isCapWord(tokens[at]) && !claimedBy(doc, at) && !doc.demonym[at]) direct = nameChunk(a, at, s.tokEnd);
  }
  if (direct) direct = splitOwner(a, direct, true);
  if (direct && acceptTitledName(a, direct)) {
    const [ns, ne] = direct;
    unclaimPlaces(doc, ns, ne);
    let q = qualifier ?? placeOfOffice;
    let spanEnd = ne;
    if (!q && tokens[ne]?.lower === "of") {
      const owner = claimedBy(doc, ne + 1);
      if (owner && owner.kind === "place" && owner.tokStart === ne + 1) {
        q = qualifierOf(owner);
        spanEnd = owner.tokEnd;
      }
    }
    const pm = newMention(doc, {
      kind: "person", tokStart: ns, tokEnd: ne, spanStart: ctx.start, spanEnd, title, titleKey, qualifier: q, former: ctx.former,
      determiner: ctx.determiner,
    });
    claimRange(doc, pm);
    if (ctx.orgChunk) a.orgCandidates.push({ tokStart: ctx.orgChunk[0], tokEnd: ctx.orgChunk[1], strength: "weak", qualifies: pm.id });
    return ne;
  }
  // Reverse apposition: "Kenya's ambassador to Japan, Jane Wanjiru,".
  if (tokens[e]?.text === "," && (ctx.determiner !== null || ctx.qualifier !== null)) {
    // "Burkina Faso's military leader, Captain Moussa Keita": a rank before the name.
    const rank = titleChainAt(tokens, e + 1, s.tokEnd);
    const chunk = nameChunk(a, rank ? rank.end : e + 1, s.tokEnd);
    // After a portfolio ("Minister of Foreign Affairs, Trade and …,"), a run followed by "and" continues the portfolio.
    const listed = tokens[chunk?.[1] ?? -1]?.lower === "and" && titleEnd === chainEnd;
    // "…, and the Chilean Ambassador to Kenya, Adam Nowak also presented …": the name may run into its verb.
    const nextWord = tokens[chunk?.[1] ?? -1];
    const verbNext = nextWord?.kind === "word" && !nextWord.cap && !isParticle(nextWord) && !/^(and|or|of|for|the|in|on|at|to|with|from|by|as)$/.test(nextWord.lower);
    if (chunk && acceptTitledName(a, chunk) && (chunk[1] >= s.tokEnd || BOUNDARY.has(tokens[chunk[1]]!.text) || listed || verbNext)) {
      unclaimPlaces(doc, chunk[0], chunk[1]);
      const pm = newMention(doc, {
        kind: "person", tokStart: chunk[0], tokEnd: chunk[1], spanStart: ctx.start, spanEnd: chunk[1], title, titleKey, qualifier,
        former: ctx.former, determiner: ctx.determiner,
      });
      claimRange(doc, pm);
      const rm = newMention(doc, {
        kind: "role", tokStart: ctx.start, tokEnd: e, title, titleKey, qualifier, former: ctx.former, determiner: ctx.determiner,
      });
      rm.apposedPerson = pm.id;
      claimRange(doc, rm, chainStart, chainEnd);
      if (ctx.orgChunk) a.orgCandidates.push({ tokStart: ctx.orgChunk[0], tokEnd: ctx.orgChunk[1], strength: "weak", qualifies: pm.id });
      return chunk[1];
    }
  }
  const afterName = tokens[ctx.start - 1]?.text === "," && afterNameLike(a, ctx.start - 2);
  if (ctx.determiner === null && qualifier === null && ctx.orgChunk === null && !afterName) return chainEnd;
  let end = e;
  if (ctx.determiner === "indefinite" && /^(to|of|at|for|with)$/.test(tokens[end]?.lower ?? "")) {
    // "a senior adviser to the Kenyan Minister of Foreign Affairs": the descriptor runs to its verb.
    let r = end + 1;
    while (r < s.tokEnd) {
      const t = tokens[r]!;
      if (t.kind !== "word" && t.kind !== "poss") break;
      if (!t.cap && !/^(the|of|and|for|to)$/.test(t.lower) && !claimedBy(doc, r)) break;
      r++;
    }
    end = r;
  }
  const rm = newMention(doc, {
    kind: "role", tokStart: ctx.start, tokEnd: end, title, titleKey, qualifier, former: ctx.former, determiner: ctx.determiner,
  });
  claimRange(doc, rm, chainStart, chainEnd);
  if (ctx.orgChunk) a.orgCandidates.push({ tokStart: ctx.orgChunk[0], tokEnd: ctx.orgChunk[1], strength: "weak", qualifies: rm.id });
  return ctx.determiner === "indefinite" ? Math.max(end, chainEnd) : chainEnd;
}

/** A word that can open the owner of a name but not the name ("ABKM", "Council", "Prosecutions"). */
function ownerWord(t: Token, anyCap: boolean): boolean {
  if (t.kind !== "word" || !t.cap) return false;
  // Two capitals are initials ("KP Rana Thapa"), not an owner.
  if ((t.allCaps && t.text.length >= 3) || ORG_HEADS.has(t.lower) || isTitleWord(t) || anyCap) return true;
  if (isCommonWord(t.lower) && !isProperWord(t.lower)) return true;
  // A plural of a common word: "Prosecutions", "Elections".
  return t.lower.length > 4 && t.lower.endsWith("s") && isCommonWord(t.lower.slice(0, -1));
}

/**
 * A capitalised run that is an owner, then a name: "Chairman of ABKM Jane Doe", "president of the Greens Jean Dupont",
 * "Director of Public Prosecutions John Kamau Otieno". Returns the name's range; pushes the owner as an organisation
 * when it reads as one. `titled`: a title or "of (the)" comes before, so any capitalised owner may lead.
 */
function splitOwner(a: Analysis, [cs, ce]: [number, number], titled: boolean): [number, number] {
  const { tokens } = a.doc;
  if (ce - cs < 3) return [cs, ce];
  // "Chairman of ABKM Jane Doe": "of" after a title; not "the death of Nguyen Van An".
  const of = tokens[cs - 1]?.lower === "of" ? cs - 1 : tokens[cs - 1]?.lower === "the" && tokens[cs - 2]?.lower === "of" ? cs - 2 : -1;
  const afterOf = of > 0 && (isTitleWord(tokens[of - 1]!) || isCapWord(tokens[of - 1]));
  for (let p = cs + 1; p <= ce - 2; p++) {
    if (!ownerWord(tokens[p - 1]!, afterOf)) break;
    if (isParticle(tokens[p]!) || claimedBy(a.doc, p)) continue;
    const rest = tokens.slice(p, ce);
    if (isCommonWord(rest[0]!.lower) || !looksLikePersonName(rest, true)) continue;
    const prefix = tokens.slice(cs, p);
    if (!titled && !afterOf && !prefix.every((t) => t.allCaps || ORG_HEADS.has(t.lower))) break;
    if (prefix.some((t) => t.allCaps && t.text.length >= 3) || ORG_HEADS.has(tokens[p - 1]!.lower) || afterOf) {
      a.orgCandidates.push({ tokStart: cs, tokEnd: p, strength: "weak", qualifies: -1 });
    }
    return [p, ce];
  }
  // "President Norland Peoples Party Parliamentarians X Y Z", "Speaker Norland Assembly X Y Z": after a title, a body's
  // name that opens on a place and ends on its head word, then a full name.
  if (titled) {
    for (let p = ce - 2; p >= cs + 2; p--) {
      const head = ORG_HEADS.has(tokens[p - 1]!.lower) ? p - 1 : ORG_HEADS.has(tokens[p - 2]!.lower) && (ownerWord(tokens[p - 1]!, false) || /[a-z]{4}s$/.test(tokens[p - 1]!.text)) ? p - 2 : -1;
      if (head < 0) continue;
      const rest = tokens.slice(p, ce);
      if (rest.some((t) => ORG_HEADS.has(t.lower)) || isCommonWord(rest[0]!.lower) || !looksLikePersonName(rest, true)) return [cs, ce];
      a.orgCandidates.push({ tokStart: cs, tokEnd: p, strength: "weak", qualifies: -1 });
      return [p, ce];
    }
  }
  return [cs, ce];
}

/** "Governor of …", "Premier of …", "Ruler of …": what follows is a territory, not a body (a president may head either). */
function governsTerritory(tokens: readonly Token[], from: number, to: number): boolean {
  const key = titleKeyOf(tokens, from, to).split(" ").filter((w) => !HONORIFIC_WORDS.has(w)).join(" ").replace(/^deputy /, "");
  return TERRITORY_TITLES.test(key) && !/president/.test(key);
}

/** "Ruler of Umm Qasr": the capitalised run after a territory's title is a place, never a person. */
function markTerritory(a: Analysis, s: Sentence, k: number): void {
  const { tokens } = a.doc;
  for (let r = k; r < s.tokEnd && r - k < 4 && isCapWord(tokens[r]) && !claimedBy(a.doc, r); r++) a.adjectival[r] = 1;
}

const OWNER_END = new Set([",", ";", ".", ")", ":", "in", "and", "on", "at", "for", "since", "who", "which", "said", "says", "told", "was", "is", "has"]);

/**
 * "the Chief Executive of Rio Verde;", "President of Acme in Kenya": a capitalised run after "<title> of (the)" that is
 * no title and no place names the body the title belongs to. Claims it as an organisation.
 */
function ownerAfterOf(a: Analysis, s: Sentence, k: number): boolean {
  const { doc } = a;
  const { tokens } = doc;
  let r = k;
  // "of Rio Verde": a one-word city opening a longer name belongs to it.
  const city = claimedBy(doc, k);
  if (city && city.kind === "place" && city.tokStart === k && city.tokEnd === k + 1 && city.place?.kind === "city" && isCapWord(tokens[k + 1]) && !claimedBy(doc, k + 1)) r = k + 1;
  else if (city) return false;
  while (r < s.tokEnd && r - k < 5 && isCapWord(tokens[r]) && !claimedBy(doc, r) && !doc.demonym[r] && !isTitleWord(tokens[r]!) && !a.adjectival[r]) r++;
  if (r === k || (r < s.tokEnd && !OWNER_END.has(tokens[r]!.lower))) return false;
  const words = tokens.slice(k, r);
  // "Chairman of the Harbour Board Jane Doe": an owner and a name, read by the name rules.
  for (let p = k + 1; p <= r - 2; p++) if (ownerWord(tokens[p - 1]!, true) && looksLikePersonName(tokens.slice(p, r), true) && !isCommonWord(tokens[p]!.lower)) return false;
  if (words.some((t) => WEEKDAYS.has(t.lower) || MONTHS.has(t.lower)) || (words.length === 1 && isCommonWord(words[0]!.lower))) return false;
  // "of Ogun State", "of the Republic": a territory's name.
  if (NON_PERSON_HEADS.has(words[words.length - 1]!.lower) || NON_PERSON_FIRST.has(fold(words[0]!.text))) return false;
  unclaimPlaces(doc, k, r);
  claimRange(doc, newMention(doc, { kind: "org", tokStart: k, tokEnd: r }));
  return true;
}

/** Token k ends a person's name, found or still to be found ("Zhao Ming, chairman of …"). */
function afterNameLike(a: Analysis, k: number): boolean {
  const owner = claimedBy(a.doc, k);
  if (owner) return owner.kind === "person";
  const t = a.doc.tokens[k];
  return t !== undefined && t.kind === "word" && t.cap && !a.adjectival[k] && !a.doc.demonym[k] && !isTitleWord(t) && !isCommonWord(t.lower, 5000);
}

function acceptTitledName(a: Analysis, [s, e]: [number, number]): boolean {
  const t = a.doc.tokens;
  const words = t.slice(s, e).filter((w) => !isParticle(w));
  if (words.length === 0) return false;
  const last = words[words.length - 1]!.lower;
  // "Minister Ana Council": a surname that is also a body's word, after a given name.
  if (ORG_HEADS.has(last) && !(words.length >= 2 && isProperWord(words[0]!.lower) && !isCommonWord(words[0]!.lower))) return false;
  // "Secretary Ellen Park": after a title, a given name makes a surname of a place word ("Park", "Hall").
  if (NON_PERSON_HEADS.has(last) && !(words.length >= 2 && isProperWord(words[0]!.lower) && !isCommonWord(words[0]!.lower))) return false;
  if (words.length === 1) {
    if (looksLikeSurname(words[0]!)) return true;
    // "Prime Minister Key of New Zealand": a common word for a surname, vouched for by the country after it.
    const w = words[0]!;
    const place = t[e]?.lower === "of" ? claimedBy(a.doc, e + 1) : null;
    return place !== null && place.kind === "place" && place.place?.kind === "country" && w.cap && !w.allCaps && !isTitleWord(w) && !ORG_HEADS.has(w.lower) && (!STOPWORDS.has(w.lower) || /^(may|will)$/.test(w.lower));
  }
  // "Minister of Trade, Pacific Integration and …": a demonym or a common last word continues a title.
  if (a.doc.demonym[s] || NON_PERSON_FIRST.has(fold(t[s]!.text))) return false;
  const first = words[0]!.lower;
  // A common last word ends no name after an unknown or common first word when capitals run on, as in a headline
  // ("President Carter Calls Danish President …"), or when the first word reads as a plural people ("Mauritanians Abroad").
  const runsOn = isCapWord(t[e]);
  if (isCommonWord(last, 5000) && !isProperWord(last) && !isProperWord(first) && (runsOn || isCommonWord(first) || /(?:ans|ese|ers)$/.test(first))) return false;
  return !words.some((w, k) => STOPWORDS.has(w.lower) && !isNameStopword(words, k));
}

/**
 * A minister's title with its portfolio in front, as "Foreign Minister" says it: "Minister of Foreign Affairs"
 * is "foreign minister", "Minister for Trade and Industry" "trade minister" (its first portfolio), so that "the
 * foreign minister" later in the story finds the person. Other offices keep their title ("Head of State").
 */
function portfolioKey(tokens: readonly Token[], key: string, portfolio: [number, number] | null): string {
  if (!portfolio || !/(^| )minister$/.test(key)) return key;
  const words: string[] = [];
  for (let k = portfolio[0]; k < portfolio[1]; k++) {
    const t = tokens[k]!;
    if (t.lower === "and" || t.text === ",") break;
    if (t.kind === "word" && t.lower !== "affairs" && t.lower !== "the") words.push(t.lower);
  }
  return words.length > 0 ? `${words.join(" ")} ${key}` : key;
}

/** A country or body named by "of (the) X" right after an office ("… of the Republic of Chile"): the qualifier and where it ends. */
function countryAfterOffice(a: Analysis, at: number): { qualifier: Qualifier; end: number } | null {
  const { doc } = a;
  const { tokens } = doc;
  if (tokens[at]?.lower !== "of") return null;
  const k = tokens[at + 1]?.lower === "the" ? at + 2 : at + 1;
  const owner = claimedBy(doc, k);
  if (!owner || owner.tokStart !== k || !(owner.kind === "org" || owner.kind === "place")) return null;
  // "the" only before a body or a country's formal name ("the Republic of Chile"), never before a city.
  if (k === at + 2 && owner.kind === "place" && owner.place?.kind !== "country") return null;
  return { qualifier: qualifierOf(owner), end: owner.tokEnd };
}

/** "dubbing", "hailing", "noting": a present participle of a common verb (dub, hail, note). */
function participleOfCommonVerb(w: string): boolean {
  if (!/^[a-z]{3,}ing$/.test(w)) return false;
  const stem = w.slice(0, -3);
  return [stem, `${stem}e`, stem.slice(0, -1)].some((x) => x.length >= 3 && isCommonWord(x) && !isProperWord(x));
}

function titleKeyOf(tokens: readonly Token[], from: number, to: number): string {
  const words: string[] = [];
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind === "word") words.push(t.lower.replace(/^ex-/, ""));
  }
  // "Prime Minister Datuk Seri X": the honorifics after an office are the person's, not the office's ("the Prime Minister").
  const office = (w: string): boolean => TITLE_CORE.has(w) && !HONORIFIC_WORDS.has(w);
  while (words.length > 1 && (HONORIFIC_WORDS.has(words[words.length - 1]!) || HONORIFIC_TAILS.has(words[words.length - 1]!)) && words.slice(0, -1).some(office)) words.pop();
  return words.join(" ");
}

export function findUntitledNames(a: Analysis, s: Sentence): void {
  const { doc } = a;
  const { tokens } = doc;
  for (let i = s.tokStart; i < s.tokEnd; i++) {
    if (!isCapWord(tokens[i]) || a.adjectival[i]) continue;
    const owner = claimedBy(doc, i);
    if (owner && !(owner.kind === "place" && owner.place?.kind === "city")) continue;
    const start = owner ? i : skipInitial(a, i, s.tokEnd);
    if (start !== i) {
      i = start - 1;
      continue;
    }
    // An honorific left over from a titled name ("Toh Puan" before a claimed name) is no name itself.
    const honorific = owner ? null : titleChainAt(tokens, i, s.tokEnd);
    if (honorific && honorific.start === i) {
      i = honorific.end - 1;
      continue;
    }
    let chunk = nameChunk(a, i, s.tokEnd);
    if (!chunk || (owner && chunk[1] - chunk[0] < 2)) continue;
    // "Economist Jane Doe said": an occupation opening a sentence describes the name after it.
    if (!owner && chunk[1] - chunk[0] >= 3 && atSentenceStart(doc, chunk[0]) && OCCUPATIONS.has(tokens[chunk[0]]!.lower)) chunk = [chunk[0] + 1, chunk[1]];
    // "Dubbing Lee's visit as timely, …": a participle opening a sentence is no given name.
    // (Only before a possessive or a comma: "Manning Marable said" is a name.)
    if (!owner && chunk[1] - chunk[0] >= 2 && atSentenceStart(doc, chunk[0]) && participleOfCommonVerb(tokens[chunk[0]]!.lower) && (tokens[chunk[1]]?.kind === "poss" || tokens[chunk[1]]?.text === ",")) chunk = [chunk[0] + 1, chunk[1]];
    if (!owner) chunk = splitOwner(a, chunk, false);
    const [cs, ce] = chunk;
    // "Coastal Alliance MLA Jane Doe": a run right before a title qualifies it; "Green Party's Jane Doe": it owns a name.
    const titleNext = titleChainAt(tokens, ce, s.tokEnd);
    if (!owner && ((titleNext && titleNext.start === ce && isCapWord(tokens[titleNext.end])) || ownsNextName(a, ce, s))) {
      if (!titleNext) a.orgCandidates.push({ tokStart: cs, tokEnd: ce, strength: "weak", qualifies: -1 });
      i = ce - 1;
      continue;
    }
    // "Tir Vale is a party of dialogue": named as a body by the copula; "Y of Tir Vale", right after a person: their party.
    if (!owner && (copulaOrganisation(tokens, ce) || partyAfterPerson(a, cs))) {
      a.orgCandidates.push({ tokStart: cs, tokEnd: ce, strength: "strong", qualifies: -1 });
      i = ce - 1;
      continue;
    }
    const words = tokens.slice(cs, ce);
    const arabicArticle = /^(al|el)$/i.test(words[0]!.text) && words[0]!.cap;
    const midSentence = !atSentenceStart(doc, cs);
    if (arabicArticle || (!looksLikePersonName(words, midSentence) && ce - cs >= 2)) {
      // "Al Jazeera said", "The Jakarta Post reported": a named source that is no person.
      if (SPEECH_VERBS.has(tokens[ce]?.lower ?? "") || (tokens[ce]?.lower === "and" && ce + 1 < s.tokEnd)) {
        if (!owner && SPEECH_VERBS.has(tokens[ce]!.lower)) a.orgCandidates.push({ tokStart: cs, tokEnd: ce, strength: "weak", qualifies: -1 });
      }
      i = ce - 1;
      continue;
    }
    // "at Palazzo Chigi", "at Bellevue Palace": a venue, unless it is someone's ("at Kiprono's residence").
    const venue = tokens[cs - 1]?.lower === "at" && tokens[ce]?.kind !== "poss";
    // "the Sahel movement, also known as Ansar al-Din": another name of what comes before, no person.
    const cue = aliasCue(doc, cs);
    const aliasOf = cue > 0 ? claimedBy(doc, cue - 1) : null;
    // An unknown capitalised word before the cue may be a person found later ("Al-Tamimi, also known as …"): read on.
    const unknownName = !aliasOf && isCapWord(tokens[cue - 1]);
    if (cue > 0 && !unknownName && (!aliasOf || (aliasOf.kind !== "person" && aliasOf.kind !== "role"))) {
      if (!aliasOf || aliasOf.kind === "org") a.orgCandidates.push({ tokStart: cs, tokEnd: ce, strength: aliasOf ? "strong" : "weak", qualifies: -1 });
      i = ce - 1;
      continue;
    }
    if (!venue && (looksLikePersonName(words, midSentence) || (ce - cs === 1 && !owner && meetingCued(a, cs, ce, s)))) {
      unclaimPlaces(doc, cs, ce);
      let qualifier: Qualifier | null = null;
      let spanStart = cs;
      if (tokens[cs - 1]?.kind === "poss") {
        const owner = claimedBy(doc, cs - 2);
        if (owner && (owner.kind === "place" || owner.kind === "org")) {
          qualifier = qualifierOf(owner);
          spanStart = owner.tokStart;
        }
      }
      const m = newMention(doc, { kind: "person", tokStart: cs, tokEnd: ce, spanStart, qualifier });
      claimRange(doc, m);
    }
    i = ce - 1;
  }
}

/** "X's Jane Doe": a possessive right before an untitled full name; X is the party or body the person belongs to. */
/** "X is a party of dialogue", "X was a company that …": the copula and an organisation's head noun after the name. */
function copulaOrganisation(tokens: readonly Token[], ce: number): boolean {
  if (!/^(is|was)$/.test(tokens[ce]?.lower ?? "") || !/^(a|an|the)$/.test(tokens[ce + 1]?.lower ?? "")) return false;
  for (let k = ce + 2; k < ce + 5; k++) {
    const t = tokens[k];
    if (!t || t.kind !== "word" || t.cap) return false;
    if (ORG_HEADS.has(t.lower)) return true;
  }
  return false;
}

/** "Kalonzo Musoni of Tembo, Moses Wetu of Umoja Kenya": a run after "of" right after a person's name (no place). */
function partyAfterPerson(a: Analysis, cs: number): boolean {
  const { doc } = a;
  if (doc.tokens[cs - 1]?.lower !== "of") return false;
  const before = claimedBy(doc, cs - 2);
  return before !== null && before.kind === "person" && before.tokEnd === cs - 1 && before.tokEnd - before.tokStart >= 2 && !before.title;
}

function ownsNextName(a: Analysis, ce: number, s: Sentence): boolean {
  const { tokens } = a.doc;
  if (tokens[ce]?.kind !== "poss" || !isCapWord(tokens[ce + 1])) return false;
  const owned = claimedBy(a.doc, ce + 1);
  if (owned) return owned.kind === "person" && owned.tokStart === ce + 1 && owned.tokEnd - owned.tokStart >= 2 && owned.spanStart === owned.tokStart;
  const next = nameChunk(a, ce + 1, s.tokEnd);
  return next !== null && next[1] - next[0] >= 2 && looksLikePersonName(tokens.slice(next[0], next[1]), true);
}

const TEMPORAL_AFTER = new Set(["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "during", "after", "before", "by", "via", "over"]);

const MEETING_VERBS = new Set([
  "met", "meets", "hosted", "hosts", "received", "receives", "welcomed", "welcomes", "spoke", "speaks", "phoned", "telephoned", "greeted", "dialled", "dialed",
]);

/** A lone surname next to a meeting verb ("Ruto met …", "… hosted Scholz") names a person. */
function meetingCued(a: Analysis, cs: number, ce: number, s: Sentence): boolean {
  const { doc } = a;
  const t = doc.tokens;
  const w = t[cs]!;
  if (w.allCaps || isCommonWord(w.lower, 50000) || STOPWORDS.has(w.lower) || doc.demonym[cs] || isTitleWord(w) || MONTHS.has(w.lower)) return false;
  let k = ce;
  while (k < s.tokEnd && t[k]!.kind === "word" && VERB_FILLERS.has(t[k]!.lower)) k++;
  if (MEETING_VERBS.has(t[k]?.lower ?? "")) return true;
  // "Tinubu and Mahama met"
  if (t[ce]?.lower === "and" && isCapWord(t[ce + 1]) && MEETING_VERBS.has(t[ce + 2]?.lower ?? "")) return true;
  // As an object the name must end its phrase: "met Scholz in Paris", not "met Taliban leaders".
  const after = t[ce];
  if (after && after.kind === "word" && !STOPWORDS.has(after.lower) && !TEMPORAL_AFTER.has(after.lower)) return false;
  let p = cs - 1;
  if (t[p]?.lower === "with" || t[p]?.lower === "and") p--;
  return p >= s.tokStart && (MEETING_VERBS.has(t[p]!.lower) || t[p]!.lower === "meeting") && !/^(a|an|the)$/.test(t[cs - 1]!.lower);
}
