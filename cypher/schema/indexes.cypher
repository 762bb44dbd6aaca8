// Lookups the questions need: names (exact and by any normalised form), meeting dates and kinds, article hashes.
CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name);
CREATE INDEX actor_keys IF NOT EXISTS FOR (n:Actor) ON (n.nameKeys);
CREATE INDEX organisation_name IF NOT EXISTS FOR (n:Organisation) ON (n.name);
CREATE INDEX organisation_keys IF NOT EXISTS FOR (n:Organisation) ON (n.nameKeys);
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE INDEX meeting_date_from IF NOT EXISTS FOR (n:Meeting) ON (n.dateFrom);
CREATE INDEX meeting_date_to IF NOT EXISTS FOR (n:Meeting) ON (n.dateTo);
CREATE INDEX meeting_kind IF NOT EXISTS FOR (n:Meeting) ON (n.kind);
CREATE INDEX article_hash IF NOT EXISTS FOR (n:Article) ON (n.contentHash);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published);
// Any name form, tolerant of small misspellings through Lucene fuzzy queries (name~).
CREATE FULLTEXT INDEX name_search IF NOT EXISTS FOR (n:Actor|Organisation) ON EACH [n.name, n.aliasText]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}};
// Corpus-wide identity: name keys by family (surname) and by key, meetings by group (same people and kind).
CREATE INDEX name_form_family IF NOT EXISTS FOR (n:NameForm) ON (n.family);
CREATE INDEX name_form_key IF NOT EXISTS FOR (n:NameForm) ON (n.key);
CREATE INDEX meeting_group IF NOT EXISTS FOR (n:Meeting) ON (n.groupKey);
