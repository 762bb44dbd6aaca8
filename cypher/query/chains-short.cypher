// Chains of one, two and three meetings from one actor to another, shortest first, by meet-in-the-middle
// (see fragments/short-chains), each with its actors and meetings.
{{fragments/short-chains}}
UNWIND (one + two + three)[0..$first] AS chain
WITH a, b, chain.ms AS hops, CASE WHEN forward THEN chain.mid ELSE reverse(chain.mid) END AS mid
RETURN [actor IN [a] + mid + [b] | {{fragments/actor-map}}] AS actors,
       [meeting IN hops | {{fragments/meeting-map}}] AS meetings
