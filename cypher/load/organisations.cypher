// Upsert organisations; a later article may bring a fuller name form, which becomes the name,
// while every form stays searchable in aliases, nameKeys and the full-text aliasText.
UNWIND $rows AS r
MERGE (n:Organisation {id: r.id})
// A known node is rewritten only when the row brings a new name, form or key or a kind: in a large load most
// rows repeat what the graph has, and every rewrite also updates the name indexes.
WITH n, r
WHERE n.name IS NULL OR r.name <> n.name
   OR any(f IN r.aliases WHERE NOT f IN coalesce(n.aliases, []))
   OR any(k IN r.nameKeys WHERE NOT k IN coalesce(n.nameKeys, []))
   OR (n.kind IS NULL AND r.kind IS NOT NULL)
// The name is the fuller of the stored and the new canonical name (most words, then longest); never an alias.
WITH n, r, CASE
  WHEN n.name IS NULL THEN r.name
  WHEN size(split(r.name, ' ')) > size(split(n.name, ' ')) THEN r.name
  WHEN size(split(r.name, ' ')) < size(split(n.name, ' ')) THEN n.name
  WHEN size(r.name) > size(n.name) OR (size(r.name) = size(n.name) AND r.name < n.name) THEN r.name
  ELSE n.name END AS name
WITH n, r, name, coalesce(n.aliases, []) + CASE WHEN n.name IS NULL THEN [] ELSE [n.name] END + r.aliases + [r.name] AS all
WITH n, r, name, COLLECT { UNWIND all AS f WITH DISTINCT f WHERE f <> name RETURN f ORDER BY f } AS aliases
SET n.name = name,
    n.aliases = aliases,
    n.aliasText = reduce(s = '', f IN aliases | s + f + ' | '),
    n.nameKeys = reduce(acc = coalesce(n.nameKeys, []), k IN r.nameKeys | CASE WHEN k IN acc THEN acc ELSE acc + k END),
    n.kind = coalesce(n.kind, r.kind)
