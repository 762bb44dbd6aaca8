// Upsert organisations; a later article may bring a fuller name form, which becomes the name (most words, then longest),
// while every form stays searchable in aliases, nameKeys and the full-text aliasText.
UNWIND $rows AS r
MERGE (n:Organisation {id: r.id})
WITH n, r, coalesce(n.aliases, []) + CASE WHEN n.name IS NULL THEN [] ELSE [n.name] END + r.aliases + [r.name] AS all
CALL (all) {
  UNWIND all AS f
  WITH DISTINCT f
  RETURN f ORDER BY size(split(f, ' ')) DESC, size(f) DESC, f ASC
}
WITH n, r, collect(f) AS forms
SET n.name = forms[0],
    n.aliases = forms[1..],
    n.aliasText = reduce(s = '', f IN forms[1..] | s + f + ' | '),
    n.nameKeys = reduce(acc = coalesce(n.nameKeys, []), k IN r.nameKeys | CASE WHEN k IN acc THEN acc ELSE acc + k END),
    n.kind = coalesce(n.kind, r.kind)
